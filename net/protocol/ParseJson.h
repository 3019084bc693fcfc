#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace ensemble {

/// QJsonDocument::fromJson() that keeps every character of every string, for all JSON that
/// Ensemble reads (frames and stored rooms); fails as fromJson() does, through @p error.
QJsonDocument parseJson(const QByteArray &utf8, QJsonParseError *error = nullptr);

} // namespace ensemble
