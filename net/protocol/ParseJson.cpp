#include "ParseJson.h"

#include "JsonCursor.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <cstring>

namespace ensemble {

namespace {

// The same nesting limit as Qt's parser.
constexpr int nestingLimit = 1024;

// A recursive-descent JSON reader that accepts what QJsonDocument::fromJson() accepts and builds
// the same document, except that every string keeps every character (Qt's parser drops a U+FEFF
// that starts a string without escapes), and that strings are decoded in one pass over their
// bytes, sixteen at a time while they are plain ASCII. Qt's parser decodes a string with escapes
// one character at a time, which made a 10 MB text of program code take 200 ms.
class JsonParser : public JsonCursor
{
public:
    explicit JsonParser(const QByteArray &utf8)
        : JsonCursor(utf8.constData(), utf8.constData() + utf8.size())
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

    int m_depth = 0;
};

} // namespace

QJsonDocument parseJson(const QByteArray &utf8, QJsonParseError *error)
{
    return JsonParser(utf8).parse(error);
}

} // namespace ensemble
