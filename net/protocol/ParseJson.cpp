#include "ParseJson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <cstring>
#include <emmintrin.h>

namespace ensemble {

namespace {

// The same nesting limit as Qt's parser.
constexpr int nestingLimit = 1024;

// A recursive-descent JSON reader that accepts what QJsonDocument::fromJson() accepts and builds
// the same document, except that every string keeps every character (Qt's parser drops a U+FEFF
// that starts a string without escapes), and that strings are decoded in one pass over their
// bytes, sixteen at a time while they are plain ASCII. Qt's parser decodes a string with escapes
// one character at a time, which made a 10 MB text of program code take 200 ms.
class JsonParser
{
public:
    explicit JsonParser(const QByteArray &utf8)
        : m_begin(utf8.constData())
        , m_at(utf8.constData())
        , m_end(utf8.constData() + utf8.size())
    {
    }

    QJsonDocument parse(QJsonParseError *error)
    {
        QJsonDocument document;
        // Qt skips a UTF-8 byte order mark in front of the document.
        if (m_end - m_at > 3 && std::memcmp(m_at, "\xEF\xBB\xBF", 3) == 0)
            m_at += 3;
        const char token = nextToken();
        if (token == '[') {
            QJsonArray array;
            if (parseArray(array))
                document.setArray(array);
        } else if (token == '{') {
            QJsonObject object;
            if (parseObject(object))
                document.setObject(object);
        } else {
            m_error = QJsonParseError::IllegalValue;
        }
        if (m_error == QJsonParseError::NoError) {
            eatSpace();
            if (m_at < m_end)
                m_error = QJsonParseError::GarbageAtEnd;
        }
        if (error) {
            error->error = m_error;
            error->offset = m_error == QJsonParseError::NoError ? 0 : int(m_at - m_begin);
        }
        return m_error == QJsonParseError::NoError ? document : QJsonDocument();
    }

private:
    bool fail(QJsonParseError::ParseError error)
    {
        m_error = error;
        return false;
    }

    bool eatSpace()
    {
        while (m_at < m_end && (*m_at == ' ' || *m_at == '\t' || *m_at == '\n' || *m_at == '\r'))
            ++m_at;
        return m_at < m_end;
    }

    // The next structural character (consumed), or 0 for anything else (also consumed).
    char nextToken()
    {
        if (!eatSpace())
            return 0;
        const char token = *m_at++;
        return std::strchr("[]{}:,\"", token) && token != '\0' ? token : 0;
    }

    bool parseObject(QJsonObject &object)
    {
        if (++m_depth > nestingLimit)
            return fail(QJsonParseError::DeepNesting);
        char token = nextToken();
        while (token == '"') {
            QString key;
            if (!parseString(key))
                return false;
            if (nextToken() != ':')
                return fail(QJsonParseError::MissingNameSeparator);
            if (!eatSpace())
                return fail(QJsonParseError::UnterminatedObject);
            QJsonValue value;
            if (!parseValue(value))
                return false;
            object.insert(key, value); // a later duplicate key wins, as in Qt
            token = nextToken();
            if (token != ',')
                break;
            token = nextToken();
            if (token == '}')
                return fail(QJsonParseError::MissingObject);
        }
        if (token != '}')
            return fail(QJsonParseError::UnterminatedObject);
        --m_depth;
        return true;
    }

    bool parseArray(QJsonArray &array)
    {
        if (++m_depth > nestingLimit)
            return fail(QJsonParseError::DeepNesting);
        if (!eatSpace())
            return fail(QJsonParseError::UnterminatedArray);
        if (*m_at == ']') {
            ++m_at;
        } else {
            while (true) {
                if (!eatSpace())
                    return fail(QJsonParseError::UnterminatedArray);
                QJsonValue value;
                if (!parseValue(value))
                    return false;
                array.append(value);
                const char token = nextToken();
                if (token == ']')
                    break;
                if (token != ',') {
                    return fail(eatSpace() ? QJsonParseError::MissingValueSeparator
                                           : QJsonParseError::UnterminatedArray);
                }
            }
        }
        --m_depth;
        return true;
    }

    bool parseLiteral(const char *rest, QJsonValue literal, QJsonValue &value)
    {
        const auto length = qsizetype(std::strlen(rest));
        // Qt asks for one byte more than the literal: a document cannot end with a value.
        if (m_end - m_at < length + 1)
            return fail(QJsonParseError::IllegalValue);
        if (std::memcmp(m_at, rest, size_t(length)) != 0)
            return fail(QJsonParseError::IllegalValue);
        m_at += length;
        value = literal;
        return true;
    }

    bool parseValue(QJsonValue &value)
    {
        switch (*m_at++) {
        case 'n':
            return parseLiteral("ull", QJsonValue(QJsonValue::Null), value);
        case 't':
            return parseLiteral("rue", QJsonValue(true), value);
        case 'f':
            return parseLiteral("alse", QJsonValue(false), value);
        case '"': {
            QString string;
            if (!parseString(string))
                return false;
            value = QJsonValue(std::move(string));
            return true;
        }
        case '[': {
            QJsonArray array;
            if (!parseArray(array))
                return false;
            value = QJsonValue(std::move(array));
            return true;
        }
        case '{': {
            QJsonObject object;
            if (!parseObject(object))
                return false;
            value = QJsonValue(std::move(object));
            return true;
        }
        case ',':
            return fail(QJsonParseError::IllegalValue);
        case ']':
        case '}':
            return fail(QJsonParseError::MissingObject);
        default:
            --m_at;
            return parseNumber(value);
        }
    }

    // Scans a number as Qt's parser does (it is lenient: ".5" and "1." pass) and converts it the
    // same way: an integer when it has no exponent and no non-zero fraction and fits, otherwise a
    // double, stored as an integer again when it is a whole number that fits.
    bool parseNumber(QJsonValue &value)
    {
        const char *start = m_at;
        bool isInt = true;
        if (m_at < m_end && *m_at == '-')
            ++m_at;
        if (m_at < m_end && *m_at == '0') {
            ++m_at;
        } else {
            while (m_at < m_end && *m_at >= '0' && *m_at <= '9')
                ++m_at;
        }
        if (m_at < m_end && *m_at == '.') {
            ++m_at;
            while (m_at < m_end && *m_at >= '0' && *m_at <= '9') {
                isInt = isInt && *m_at == '0';
                ++m_at;
            }
        }
        if (m_at < m_end && (*m_at == 'e' || *m_at == 'E')) {
            isInt = false;
            ++m_at;
            if (m_at < m_end && (*m_at == '-' || *m_at == '+'))
                ++m_at;
            while (m_at < m_end && *m_at >= '0' && *m_at <= '9')
                ++m_at;
        }
        if (m_at >= m_end)
            return fail(QJsonParseError::TerminationByNumber);
        const QByteArrayView number(start, m_at - start);
        bool ok = false;
        if (isInt) {
            const qlonglong n = number.toLongLong(&ok);
            if (ok) {
                value = QJsonValue(qint64(n));
                return true;
            }
        }
        const double d = number.toDouble(&ok);
        if (!ok)
            return fail(QJsonParseError::IllegalNumber);
        constexpr double twoTo63 = 9223372036854775808.0;
        if (d >= -twoTo63 && d < twoTo63 && std::trunc(d) == d)
            value = QJsonValue(qint64(d));
        else
            value = QJsonValue(d);
        return true;
    }

    // The end of the string that starts at m_at (its closing quote), or nullptr when unterminated.
    const char *stringEnd() const
    {
        const char *p = m_at;
        while (p < m_end) {
            const auto *hit = static_cast<const char *>(std::memchr(p, '"', size_t(m_end - p)));
            if (!hit)
                return nullptr;
            // The quote is escaped when an odd number of backslashes stand right before it.
            const char *q = hit;
            while (q > m_at && q[-1] == '\\')
                --q;
            if ((hit - q) % 2 == 0)
                return hit;
            p = hit + 1;
        }
        return nullptr;
    }

    // Reads the string after its opening quote and the closing quote. Decoded UTF-16 is never
    // longer than the UTF-8 it comes from, so the output is sized once.
    bool parseString(QString &out)
    {
        const char *end = stringEnd();
        if (!end) {
            m_at = m_end;
            return fail(QJsonParseError::UnterminatedString);
        }
        out.resize(end - m_at);
        char16_t *to = reinterpret_cast<char16_t *>(out.data());
        const char16_t *const first = to;
        const __m128i zero = _mm_setzero_si128();
        const __m128i backslash = _mm_set1_epi8('\\');
        while (m_at < end) {
            if (end - m_at >= 16) {
                const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(m_at));
                const int special = _mm_movemask_epi8(bytes)
                    | _mm_movemask_epi8(_mm_cmpeq_epi8(bytes, backslash));
                if (special == 0) {
                    _mm_storeu_si128(reinterpret_cast<__m128i *>(to),
                                     _mm_unpacklo_epi8(bytes, zero));
                    _mm_storeu_si128(reinterpret_cast<__m128i *>(to + 8),
                                     _mm_unpackhi_epi8(bytes, zero));
                    m_at += 16;
                    to += 16;
                    continue;
                }
            }
            const auto byte = static_cast<unsigned char>(*m_at);
            if (byte == '\\') {
                if (!readEscape(to))
                    return fail(QJsonParseError::IllegalEscapeSequence);
            } else if (byte < 0x80) {
                *to++ = byte;
                ++m_at;
            } else if (!readUtf8(end, to)) {
                return fail(QJsonParseError::IllegalUTF8String);
            }
        }
        out.resize(to - first);
        ++m_at; // the closing quote
        return true;
    }

    // Qt's escapes: the JSON ones, \uXXXX as one unit (lone surrogates included), and any other
    // byte standing for itself.
    bool readEscape(char16_t *&to)
    {
        ++m_at;
        if (m_at >= m_end)
            return false;
        const auto escaped = static_cast<unsigned char>(*m_at++);
        switch (escaped) {
        case 'b':
            *to++ = 0x8;
            return true;
        case 'f':
            *to++ = 0xc;
            return true;
        case 'n':
            *to++ = 0xa;
            return true;
        case 'r':
            *to++ = 0xd;
            return true;
        case 't':
            *to++ = 0x9;
            return true;
        case 'u': {
            if (m_end - m_at < 4)
                return false;
            char16_t unit = 0;
            for (int i = 0; i < 4; ++i) {
                const char c = *m_at++;
                unit <<= 4;
                if (c >= '0' && c <= '9')
                    unit |= char16_t(c - '0');
                else if (c >= 'a' && c <= 'f')
                    unit |= char16_t(c - 'a' + 10);
                else if (c >= 'A' && c <= 'F')
                    unit |= char16_t(c - 'A' + 10);
                else
                    return false;
            }
            *to++ = unit;
            return true;
        }
        default:
            // Even a non-ASCII byte, taken for a Latin-1 character, as Qt does: what follows is
            // read as usual (a continuation byte then fails as invalid UTF-8).
            *to++ = escaped;
            return true;
        }
    }

    // One UTF-8 sequence of two to four bytes, refusing what Qt refuses: stray continuation
    // bytes, overlong forms, encoded surrogates and code points past U+10FFFF.
    bool readUtf8(const char *end, char16_t *&to)
    {
        const auto *p = reinterpret_cast<const unsigned char *>(m_at);
        const auto *stop = reinterpret_cast<const unsigned char *>(end);
        const unsigned char lead = p[0];
        int length = 0;
        char32_t cp = 0;
        char32_t minimum = 0;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            cp = lead & 0x1F;
            minimum = 0x80;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            cp = lead & 0x0F;
            minimum = 0x800;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            cp = lead & 0x07;
            minimum = 0x10000;
        } else {
            return false;
        }
        if (stop - p < length)
            return false;
        for (int i = 1; i < length; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        if (cp >= 0x10000) {
            *to++ = char16_t(0xD800 + ((cp - 0x10000) >> 10));
            *to++ = char16_t(0xDC00 + ((cp - 0x10000) & 0x3FF));
        } else {
            *to++ = char16_t(cp);
        }
        m_at += length;
        return true;
    }

    const char *m_begin;
    const char *m_at;
    const char *m_end;
    int m_depth = 0;
    QJsonParseError::ParseError m_error = QJsonParseError::NoError;
};

} // namespace

QJsonDocument parseJson(const QByteArray &utf8, QJsonParseError *error)
{
    return JsonParser(utf8).parse(error);
}

} // namespace ensemble
