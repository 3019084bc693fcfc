#include "ParseJson.h"

namespace ensemble {

namespace {

constexpr char byteOrderMark[] = "\xEF\xBB\xBF";

// Qt 6.4 decodes a string without escapes with QString::fromUtf8(), which takes a U+FEFF at its
// start for a byte order mark and drops it: "\uFEFFab" would arrive as "ab" and "\uFEFF" as "".
// An escaped U+FEFF is kept, so every raw one inside a string is rewritten as the escape. Bytes
// outside strings are left alone: there they are a parse error either way (or, at the very start
// of the document, the byte order mark Qt skips).
QByteArray escapeByteOrderMarks(const QByteArray &utf8)
{
    QByteArray escaped;
    escaped.reserve(utf8.size() + 16);
    const QByteArrayView in(utf8);
    qsizetype copied = 0;
    bool inString = false;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (!inString) {
            inString = c == '"';
        } else if (c == '\\') {
            // The escaped character is ASCII ('"', '\\', 'u' and the like), so it can neither
            // start a U+FEFF nor end the string.
            ++i;
        } else if (c == '"') {
            inString = false;
        } else if (in.sliced(i).startsWith(byteOrderMark)) {
            // 0xEF is never a continuation byte, so these three bytes are one whole U+FEFF.
            escaped.append(in.sliced(copied, i - copied)).append("\\ufeff");
            i += 2;
            copied = i + 1;
        }
    }
    return escaped.append(in.sliced(copied));
}

} // namespace

QJsonDocument parseJson(const QByteArray &utf8, QJsonParseError *error)
{
    // Most frames have no U+FEFF at all and are parsed as they are, without a copy.
    if (!utf8.contains(byteOrderMark))
        return QJsonDocument::fromJson(utf8, error);
    return QJsonDocument::fromJson(escapeByteOrderMarks(utf8), error);
}

} // namespace ensemble
