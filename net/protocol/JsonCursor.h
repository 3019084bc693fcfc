#pragma once

#include <QJsonParseError>
#include <QString>

#include <cstring>

namespace ensemble {

/// A position in UTF-8 JSON text with the lexical reading every JSON reader of Ensemble shares:
/// white space, structural characters and strings decoded exactly as parseJson() decodes them.
class JsonCursor
{
public:
    explicit JsonCursor(const char *begin, const char *end)
        : m_begin(begin)
        , m_at(begin)
        , m_end(end)
    {
    }

    /// The first error met (NoError while there is none).
    QJsonParseError::ParseError error() const { return m_error; }

protected:
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

    // Reads the string after its opening quote and the closing quote. Decoded UTF-16 is never
    // longer than the UTF-8 it comes from, so the output is sized once.
    bool parseString(QString &out);
    // The end of the string that starts at m_at (its closing quote), or nullptr when unterminated.
    const char *stringEnd() const;

    const char *m_begin;
    const char *m_at;
    const char *m_end;
    QJsonParseError::ParseError m_error = QJsonParseError::NoError;

private:
    bool readEscape(char16_t *&to);
    bool readUtf8(const char *end, char16_t *&to);
};

} // namespace ensemble
