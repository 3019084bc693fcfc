#pragma once

#include "ot/TextOperation.h"
#include "protocol/ParseJson.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ensemble::test {

// Compact JSON bytes, the form JSON.stringify produces and the wire carries.
inline QByteArray compactJson(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

inline QByteArray compactJson(const TextOperation &op)
{
    return compactJson(op.toJson());
}

// Parses an operation written as JSON text in a test table; an unparsable table entry yields an
// error result so the test fails instead of crashing.
inline Result<TextOperation> parseOperation(const QByteArray &json)
{
    QJsonParseError error {};
    const QJsonDocument document = parseJson("{\"op\":" + json + "}", &error);
    if (error.error != QJsonParseError::NoError)
        return Error {QStringLiteral("test_table"), error.errorString()};
    return TextOperation::fromJson(document.object().value(QStringLiteral("op")));
}

} // namespace ensemble::test
