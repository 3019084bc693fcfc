#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace ensemble {

/// Reads what QJsonDocument::fromJson() reads, into the same document, for all JSON that Ensemble
/// reads (frames and stored rooms), but keeps every character of every string and decodes long
/// strings many times faster; fails where fromJson() fails, through @p error.
QJsonDocument parseJson(const QByteArray &utf8, QJsonParseError *error = nullptr);

} // namespace ensemble
