#pragma once

#include "ot/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace ensemble {

/// A frame decoded as a JSON object with its `type` string.
struct Envelope
{
    QJsonObject object;
    QString type;
};

/// Decodes @p utf8 as a JSON object with a string `type`, or fails with `bad_message`.
Result<Envelope> readEnvelope(const QByteArray &utf8);

/// The `bad_message`/`unknown_type` error for a frame whose type this side does not handle.
Error unknownTypeError(const QString &type);

} // namespace ensemble
