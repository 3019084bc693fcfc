#pragma once

#include "TextFormat.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace ensemble {

struct DecodedText
{
    QString text;
    TextFormat format;
};

// Bytes to text such that encodeText(decoded.text, decoded.format) gives the same bytes back.
// Valid UTF-8 (with or without BOM) decodes as UTF-8; anything else decodes as Latin-1, which
// maps every byte to one code point, so nothing is replaced or lost.
DecodedText decodeText(const QByteArray &bytes);

// Text to bytes in the given format. No line ending conversion: the text carries its own.
// Empty when the text holds characters the encoding cannot represent (Latin-1 beyond U+00FF).
std::optional<QByteArray> encodeText(QStringView text, const TextFormat &format);

} // namespace ensemble
