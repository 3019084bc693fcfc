#include "JsonMutation.h"

#include "protocol/ParseJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ensemble::fuzz {

namespace {

class ValueMutator
{
public:
    ValueMutator(std::mt19937_64 &random, const std::vector<std::string> &dictionary)
        : m_random(random)
        , m_dictionary(dictionary)
    {
    }

    // Descends into a random child most of the time, so deep values change as often as shallow.
    QJsonValue mutate(const QJsonValue &value)
    {
        if (value.isArray() && !value.toArray().isEmpty() && below(4) != 0) {
            QJsonArray array = value.toArray();
            const qsizetype at = qsizetype(below(size_t(array.size())));
            switch (below(4)) {
            case 0:
                array.removeAt(at);
                break;
            case 1:
                array.insert(at, array.at(at));
                break;
            case 2:
                array.insert(at, leaf());
                break;
            default:
                array.replace(at, mutate(array.at(at)));
                break;
            }
            return array;
        }
        if (value.isObject() && !value.toObject().isEmpty() && below(4) != 0) {
            QJsonObject object = value.toObject();
            const QString key = object.keys().at(qsizetype(below(size_t(object.size()))));
            if (below(5) == 0)
                object.remove(key);
            else
                object.insert(key, mutate(object.value(key)));
            return object;
        }
        return leaf();
    }

private:
    size_t below(size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(m_random); }

    QJsonValue leaf()
    {
        static const double numbers[]
            = {0, 1, -1, 2, 3, -2, 0.5, -0.0, 1e300, 9007199254740992.0, 67108864, -67108865};
        switch (below(6)) {
        case 0:
            return numbers[below(std::size(numbers))];
        case 1:
            return double(int64_t(below(64)) - 16);
        case 2: {
            // Dictionary tokens are mostly quoted names ("hello", "type":): use the name.
            const std::string &token = m_dictionary[below(m_dictionary.size())];
            QString text = QString::fromUtf8(token.data(), qsizetype(token.size()));
            if (text.endsWith(u':'))
                text.chop(1);
            if (text.size() >= 2 && text.startsWith(u'"') && text.endsWith(u'"'))
                text = text.mid(1, text.size() - 2);
            return text;
        }
        case 3: {
            static const char16_t units[] = u"ab\n\"\\é😀\xd800\xdc00";
            QString text;
            for (size_t n = below(6); n > 0; --n)
                text.append(QChar(units[below(std::size(units) - 1)]));
            return text;
        }
        case 4:
            return below(2) ? QJsonValue(QJsonArray()) : QJsonValue(QJsonObject());
        default:
            return below(2) ? QJsonValue(QJsonValue::Null) : QJsonValue(below(2) == 0);
        }
    }

    std::mt19937_64 &m_random;
    const std::vector<std::string> &m_dictionary;
};

} // namespace

std::optional<std::string> mutateJson(const std::string &input, std::mt19937_64 &random,
                                      const std::vector<std::string> &dictionary)
{
    const QJsonDocument document = parseJson(QByteArray(input.data(), qsizetype(input.size())));
    if (document.isNull() || dictionary.empty())
        return std::nullopt;
    ValueMutator mutator(random, dictionary);
    const QJsonValue root
        = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    const QJsonValue mutated = mutator.mutate(root);
    const QJsonDocument result
        = mutated.isArray() ? QJsonDocument(mutated.toArray()) : QJsonDocument(mutated.toObject());
    const QByteArray bytes = result.toJson(QJsonDocument::Compact);
    return std::string(bytes.constData(), size_t(bytes.size()));
}

} // namespace ensemble::fuzz
