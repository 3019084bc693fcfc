#include "JsonReader.h"

#include "ErrorCode.h"

#include <QJsonArray>
#include <cmath>

namespace ensemble {

JsonReader::JsonReader(const QJsonObject &object, QString messageType)
    : m_object(object)
    , m_type(std::move(messageType))
{
}

void JsonReader::fail(const QString &code, const QString &message)
{
    if (!m_error)
        m_error = Error {code, message};
}

void JsonReader::failField(QLatin1String key, const char *expectation)
{
    fail(errorCodeName(ErrorCode::BadMessage),
         QStringLiteral("%1.%2 must be %3").arg(m_type, key, QLatin1String(expectation)));
}

QString JsonReader::string(QLatin1String key, qsizetype maxLength)
{
    const QJsonValue v = m_object.value(key);
    if (!v.isString()) {
        failField(key, "a string");
        return {};
    }
    QString s = v.toString();
    if (s.size() > maxLength) {
        fail(errorCodeName(ErrorCode::TooLarge),
             QStringLiteral("%1.%2 is longer than %3").arg(m_type, key).arg(maxLength));
        return {};
    }
    return s;
}

std::optional<QString> JsonReader::optionalString(QLatin1String key, qsizetype maxLength)
{
    if (!m_object.contains(key))
        return std::nullopt;
    return string(key, maxLength);
}

qint64 JsonReader::integer(QLatin1String key, qint64 min, qint64 max)
{
    const QJsonValue v = m_object.value(key);
    const double d = v.toDouble(std::nan(""));
    // Qt parses every JSON number as a double; anything fractional, huge or out of range is
    // rejected rather than rounded into a plausible-looking revision.
    if (!v.isDouble() || !std::isfinite(d) || std::floor(d) != d || d < double(min)
        || d > double(max) || std::fabs(d) > double(maxJsonInteger)) {
        failField(key, "an integer in range");
        return 0;
    }
    return qint64(d);
}

std::optional<qint64> JsonReader::optionalInteger(QLatin1String key, qint64 min, qint64 max)
{
    if (!m_object.contains(key))
        return std::nullopt;
    return integer(key, min, max);
}

bool JsonReader::boolean(QLatin1String key)
{
    const QJsonValue v = m_object.value(key);
    if (!v.isBool()) {
        failField(key, "true or false");
        return false;
    }
    return v.toBool();
}

std::optional<bool> JsonReader::optionalBoolean(QLatin1String key)
{
    if (!m_object.contains(key))
        return std::nullopt;
    return boolean(key);
}

Selection JsonReader::ranges(QLatin1String key, qsizetype maxRanges)
{
    const QJsonValue v = m_object.value(key);
    if (!v.isArray()) {
        failField(key, "an array of {anchor, head}");
        return {};
    }
    const QJsonArray array = v.toArray();
    if (array.size() > maxRanges) {
        fail(errorCodeName(ErrorCode::TooLarge),
             QStringLiteral("%1.%2 has more than %3 ranges").arg(m_type, key).arg(maxRanges));
        return {};
    }
    Selection result;
    result.reserve(array.size());
    for (const QJsonValue &item : array) {
        JsonReader range(item.toObject(), m_type + u'.' + key);
        if (!item.isObject())
            range.failField(QLatin1String("range"), "an object");
        const qint64 anchor = range.integer(QLatin1String("anchor"), 0, maxJsonInteger);
        const qint64 head = range.integer(QLatin1String("head"), 0, maxJsonInteger);
        if (range.failed()) {
            fail(range.error().code, range.error().message);
            return {};
        }
        result.append(SelectionRange {anchor, head});
    }
    return result;
}

std::optional<Selection> JsonReader::optionalRanges(QLatin1String key, qsizetype maxRanges)
{
    if (!m_object.contains(key))
        return std::nullopt;
    return ranges(key, maxRanges);
}

} // namespace ensemble
