#include "OpReader.h"

#include "JsonCursor.h"
#include "JsonReader.h"

namespace ensemble {

namespace {

// Operations are most of what the server reads, and building a QJsonObject for each (its CBOR
// form, a QString per key) was most of their parse. This reader gives up at the first thing it
// does not expect: the general reader answers those.
class PlainOpReader : public JsonCursor
{
public:
    PlainOpReader(const QByteArray &utf8, const Limits &limits)
        : JsonCursor(utf8.constData(), utf8.constData() + utf8.size())
        , m_limits(limits)
    {
    }

    std::optional<OpMsg> read()
    {
        if (nextToken() != '{')
            return std::nullopt;
        OpMsg message;
        unsigned seen = 0;
        char token = nextToken();
        while (token == '"') {
            const QByteArrayView key = rawKey();
            Field field;
            if (key == "type")
                field = Type;
            else if (key == "revision")
                field = Revision;
            else if (key == "seq")
                field = Seq;
            else if (key == "op")
                field = Op;
            else if (key == "selection")
                field = Selection;
            else if (key == "doc")
                field = Doc;
            else
                return std::nullopt;
            if ((seen & field) || nextToken() != ':' || !eatSpace())
                return std::nullopt;
            seen |= field;
            if (!readField(field, message))
                return std::nullopt;
            token = nextToken();
            if (token != ',')
                break;
            token = nextToken();
            if (token != '"')
                return std::nullopt;
        }
        constexpr unsigned required = Type | Revision | Seq | Op;
        if (token != '}' || eatSpace() || (seen & required) != required)
            return std::nullopt;
        return message;
    }

private:
    enum Field : unsigned { Type = 1, Revision = 2, Seq = 4, Op = 8, Selection = 16, Doc = 32 };

    bool readField(Field field, OpMsg &message)
    {
        switch (field) {
        case Type:
            return nextToken() == '"' && rawKey() == "op";
        case Revision:
            return readDigits(message.revision);
        case Seq: {
            qint64 seq = 0;
            if (!readDigits(seq))
                return false;
            message.seq = quint64(seq);
            return true;
        }
        case Op:
            return readOperation(message.op);
        case Selection:
            message.selection.emplace();
            return readSelection(*message.selection);
        case Doc:
            return nextToken() == '"' && parseString(message.doc)
                && message.doc.size() <= maxDocIdLength;
        }
        return false;
    }

    // The bytes up to the closing quote of a string without escapes (empty on an escape or no
    // end, which no expected key or value matches).
    QByteArrayView rawKey()
    {
        const auto *end = static_cast<const char *>(std::memchr(m_at, '"', size_t(m_end - m_at)));
        if (!end)
            return {};
        const QByteArrayView key(m_at, end - m_at);
        if (key.contains('\\'))
            return {};
        m_at = end + 1;
        return key;
    }

    // Digits only, no leading zero, at most maxJsonInteger: the integers JsonReader takes without
    // a question. A fraction or an exponent is left to it.
    template<typename Integer> bool readDigits(Integer &value)
    {
        const char *start = m_at;
        qint64 n = 0;
        while (m_at < m_end && *m_at >= '0' && *m_at <= '9' && m_at - start < 16) {
            n = n * 10 + (*m_at - '0');
            ++m_at;
        }
        const qsizetype length = m_at - start;
        if (length == 0 || (length > 1 && *start == '0') || n > maxJsonInteger || m_at == m_end)
            return false;
        const char next = *m_at;
        if ((next >= '0' && next <= '9') || next == '.' || next == 'e' || next == 'E')
            return false;
        value = Integer(n);
        return true;
    }

    bool readOperation(TextOperation &op)
    {
        if (nextToken() != '[' || !eatSpace())
            return false;
        if (*m_at == ']') {
            ++m_at;
            return true;
        }
        qsizetype components = 0;
        while (true) {
            if (++components > TextOperation::maxComponents || !eatSpace())
                return false;
            if (*m_at == '"') {
                ++m_at;
                QString text;
                if (!parseString(text) || text.isEmpty())
                    return false;
                op.insert(text);
            } else {
                const bool negative = *m_at == '-';
                m_at += negative ? 1 : 0;
                qint64 n = 0;
                if (!readDigits(n) || n == 0 || n > TextOperation::maxLength)
                    return false;
                if (negative)
                    op.remove(n);
                else
                    op.retain(n);
            }
            if (op.baseLength() > TextOperation::maxLength
                || op.targetLength() > TextOperation::maxLength)
                return false;
            const char token = nextToken();
            if (token == ']')
                return true;
            if (token != ',')
                return false;
        }
    }

    bool readSelection(ensemble::Selection &selection)
    {
        if (nextToken() != '[' || !eatSpace())
            return false;
        if (*m_at == ']') {
            ++m_at;
            return true;
        }
        while (true) {
            if (selection.size() >= m_limits.maxSelectionRanges)
                return false;
            SelectionRange range;
            if (!readRange(range))
                return false;
            selection.append(range);
            const char token = nextToken();
            if (token == ']')
                return true;
            if (token != ',')
                return false;
        }
    }

    bool readRange(SelectionRange &range)
    {
        if (nextToken() != '{')
            return false;
        bool anchor = false;
        bool head = false;
        for (int i = 0; i < 2; ++i) {
            if (i == 1 && nextToken() != ',')
                return false;
            if (nextToken() != '"')
                return false;
            const QByteArrayView key = rawKey();
            if (nextToken() != ':' || !eatSpace())
                return false;
            if (key == "anchor" && !anchor)
                anchor = readDigits(range.anchor);
            else if (key == "head" && !head)
                head = readDigits(range.head);
            else
                return false;
            if (!(i == 0 ? anchor || head : anchor && head))
                return false;
        }
        return nextToken() == '}';
    }

    const Limits &m_limits;
};

} // namespace

std::optional<OpMsg> readPlainOp(const QByteArray &utf8, const Limits &limits)
{
    return PlainOpReader(utf8, limits).read();
}

} // namespace ensemble
