#include "SeedTextReader.h"

#include "JsonCursor.h"
#include "MessageParser.h"

#include <cstring>

namespace ensemble {

namespace {

// Through a QJsonObject a 10 MB text was converted twice more (into the object's compact form
// and back into a QString), a third of a creating hello's parse; a short one costs little.
constexpr qsizetype minTextBytes = 64 * 1024;
// The same nesting limit as the general reader's.
constexpr int nestingLimit = 1024;

// Finds the top level's one `create` object and in it its one `text` string, decodes the text
// and skips the rest without building anything. It gives up at anything unexpected (another
// type than hello, a repeated key, a text that is not a string): the general reader answers.
class SeedTextScanner : public JsonCursor
{
public:
    explicit SeedTextScanner(const QByteArray &utf8)
        : JsonCursor(utf8.constData(), utf8.constData() + utf8.size())
    {
    }

    bool scan()
    {
        if (nextToken() != '{')
            return false;
        bool hello = false;
        bool created = false;
        const bool read = readMembers([&](const QString &key) {
            if (key == u"type") {
                // Usually first: any other message is left alone before its text is read.
                QString type;
                if (hello || *m_at++ != '"' || !parseString(type) || type != u"hello")
                    return false;
                hello = true;
                return true;
            }
            if (key == u"create") {
                if (created || *m_at++ != '{' || !readMembers([&](const QString &field) {
                        return field == u"text" ? readText() : skipValue(0);
                    }))
                    return false;
                created = true;
                return true;
            }
            return skipValue(0);
        });
        return read && hello && m_textEnd;
    }

    qsizetype textBegin() const { return m_textBegin - m_begin; }
    qsizetype textEnd() const { return m_textEnd - m_begin; }
    QString takeText() { return std::move(m_text); }

private:
    // Reads the members of the object whose '{' was just read: @p member gets each key with the
    // cursor at its value, and reads the value.
    template<class Member> bool readMembers(Member &&member)
    {
        char token = nextToken();
        while (token == '"') {
            QString key;
            if (!parseString(key) || nextToken() != ':' || !eatSpace() || !member(key))
                return false;
            token = nextToken();
            if (token != ',')
                break;
            token = nextToken();
        }
        return token == '}';
    }

    bool readText()
    {
        if (m_textEnd || *m_at != '"')
            return false;
        m_textBegin = m_at++;
        if (!parseString(m_text))
            return false;
        m_textEnd = m_at;
        return true;
    }

    bool skipValue(int depth)
    {
        if (depth > nestingLimit)
            return false;
        const char first = *m_at;
        if (first == '"') {
            ++m_at;
            return skipString();
        }
        if (first == '{' || first == '[') {
            const char close = first == '{' ? '}' : ']';
            ++m_at;
            if (!eatSpace())
                return false;
            if (*m_at == close) {
                ++m_at;
                return true;
            }
            while (true) {
                if (first == '{' && (nextToken() != '"' || !skipString() || nextToken() != ':'))
                    return false;
                if (!eatSpace() || !skipValue(depth + 1))
                    return false;
                const char token = nextToken();
                if (token == close)
                    return true;
                if (token != ',' || !eatSpace())
                    return false;
            }
        }
        // A number or a literal, which the general reader checks.
        while (m_at < m_end && *m_at != '\0' && !std::strchr(",}] \t\n\r", *m_at))
            ++m_at;
        return m_at < m_end;
    }

    bool skipString()
    {
        const char *end = stringEnd();
        if (!end)
            return false;
        m_at = end + 1;
        return true;
    }

    const char *m_textBegin = nullptr; ///< The text's opening quote.
    const char *m_textEnd = nullptr; ///< Just after its closing quote.
    QString m_text;
};

} // namespace

std::optional<Result<ClientMessage>> readCreatingHello(const QByteArray &utf8, const Limits &limits)
{
    if (utf8.size() < minTextBytes)
        return std::nullopt;
    SeedTextScanner scanner(utf8);
    // A text over the limit is left to the general reader too, which names the first of the
    // message's faults.
    if (!scanner.scan() || scanner.textEnd() - scanner.textBegin() < minTextBytes)
        return std::nullopt;
    QString text = scanner.takeText();
    if (text.size() > limits.maxDocumentLength)
        return std::nullopt;
    QByteArray rest;
    rest.reserve(utf8.size() - (scanner.textEnd() - scanner.textBegin()) + 2);
    rest.append(utf8.constData(), scanner.textBegin());
    rest.append("\"\"");
    rest.append(utf8.constData() + scanner.textEnd(), utf8.size() - scanner.textEnd());
    Result<ClientMessage> message = parseClientMessageInGeneral(rest, limits);
    HelloMsg *hello = message ? std::get_if<HelloMsg>(&message.value()) : nullptr;
    if (!hello || !hello->create)
        return std::nullopt;
    hello->create->text = std::move(text);
    return message;
}

} // namespace ensemble
