#include "TextCodec.h"

#include <QStringDecoder>
#include <QStringEncoder>

namespace ensemble {

namespace {

constexpr char utf8Bom[] = "\xEF\xBB\xBF";

std::optional<QString> decodeUtf8Exactly(QByteArrayView bytes)
{
    // ConvertInitialBom: a second BOM after the one we stripped is content and must survive.
    QStringDecoder decoder(QStringConverter::Utf8,
                           QStringConverter::Flag::Stateless
                               | QStringConverter::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    // Belt and braces: only call it UTF-8 when re-encoding reproduces the bytes exactly.
    if (text.toUtf8() != bytes)
        return std::nullopt;
    return text;
}

} // namespace

DecodedText decodeText(const QByteArray &bytes)
{
    DecodedText decoded;
    const bool bom = bytes.startsWith(utf8Bom);
    const QByteArrayView body = QByteArrayView(bytes).sliced(bom ? 3 : 0);
    if (std::optional<QString> text = decodeUtf8Exactly(body)) {
        decoded.text = std::move(*text);
        decoded.format.byteOrderMark = bom;
    } else {
        decoded.text = QString::fromLatin1(bytes);
        decoded.format.encoding = Encoding::Latin1;
    }
    const LineEndingScan scan = scanLineEndings(decoded.text);
    decoded.format.lineEnding = scan.dominant;
    decoded.format.mixedLineEndings = scan.mixed;
    return decoded;
}

std::optional<QByteArray> encodeText(QStringView text, const TextFormat &format)
{
    if (format.encoding == Encoding::Latin1) {
        for (const QChar c : text) {
            if (c.unicode() > 0xFF)
                return std::nullopt;
        }
        return text.toLatin1();
    }
    QByteArray bytes;
    if (format.byteOrderMark)
        bytes.append(utf8Bom, 3);
    bytes.append(text.toUtf8());
    return bytes;
}

} // namespace ensemble
