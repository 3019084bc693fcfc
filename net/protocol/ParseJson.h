#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace ensemble {

/// QJsonDocument::fromJson() that keeps every character of every string, for all JSON that
/// Ensemble reads (frames and stored rooms); fails as fromJson() does, through @p error (whose
/// offset counts 5 more bytes for each raw U+FEFF inside a string before it).
QJsonDocument parseJson(const QByteArray &utf8, QJsonParseError *error = nullptr);

} // namespace ensemble
