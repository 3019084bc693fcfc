// Differential fuzz target for Ensemble's JSON reader (parseJson): on any bytes it must agree with
// Qt's QJsonDocument::fromJson(), the reader it replaced, fed the same bytes with every raw U+FEFF
// inside a string written as its escape (Qt would drop one that starts a string; parseJson keeps
// it): both refuse, or both read the same document.
#include "FuzzTarget.h"

#include "protocol/ParseJson.h"

#include <QJsonDocument>

using namespace ensemble;

namespace {

// Qt 6.4 keeps an escaped U+FEFF; outside strings a raw one is an error either way (or, first in
// the document, the byte order mark both readers skip).
QByteArray escapeByteOrderMarks(const QByteArray &utf8)
{
    const QByteArrayView mark("\xEF\xBB\xBF");
    QByteArray escaped;
    bool inString = false;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (inString && c == '\\' && i + 1 < utf8.size()) {
            escaped.append(c).append(utf8[++i]);
            continue;
        }
        if (inString && QByteArrayView(utf8).sliced(i).startsWith(mark)) {
            escaped.append("\\ufeff");
            i += 2;
            continue;
        }
        if (c == '"')
            inString = !inString;
        escaped.append(c);
    }
    return escaped;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError ours;
    const QJsonDocument read = parseJson(input, &ours);
    QJsonParseError qts;
    const QJsonDocument expected = QJsonDocument::fromJson(escapeByteOrderMarks(input), &qts);
    FUZZ_CHECK((ours.error == QJsonParseError::NoError) == (qts.error == QJsonParseError::NoError));
    FUZZ_CHECK(read == expected);
    FUZZ_CHECK(read.isNull() == (ours.error != QJsonParseError::NoError));
    return 0;
}
