#pragma once

#include "ot/Result.h"
#include "ot/Selection.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace ensemble {

/// Reads typed fields out of one JSON object, remembering the first problem so a parser can read
/// every field and then check once. All failures are `bad_message` naming the field.
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &object, QString messageType);

    /// A required string no longer than @p maxLength UTF-16 units.
    QString string(QLatin1String key, qsizetype maxLength);
    /// A string that may be absent.
    std::optional<QString> optionalString(QLatin1String key, qsizetype maxLength);
    /// A required integer in [@p min, @p max]; JSON numbers beyond 2^53 are rejected as inexact.
    qint64 integer(QLatin1String key, qint64 min, qint64 max);
    /// An integer that may be absent.
    std::optional<qint64> optionalInteger(QLatin1String key, qint64 min, qint64 max);
    /// A required boolean.
    bool boolean(QLatin1String key);
    /// A boolean that may be absent.
    std::optional<bool> optionalBoolean(QLatin1String key);
    /// A required array of {anchor, head} objects, at most @p maxRanges of them.
    Selection ranges(QLatin1String key, qsizetype maxRanges);
    /// Like ranges() but may be absent.
    std::optional<Selection> optionalRanges(QLatin1String key, qsizetype maxRanges);
    /// The raw value (Undefined when absent).
    QJsonValue value(QLatin1String key) const { return m_object.value(key); }

    /// Records a failure unless one is already recorded.
    void fail(const QString &code, const QString &message);
    bool failed() const { return m_error.has_value(); }
    /// The first recorded failure.
    const Error &error() const { return *m_error; }

private:
    void failField(QLatin1String key, const char *expectation);

    QJsonObject m_object;
    QString m_type;
    std::optional<Error> m_error;
};

/// Largest integer a JSON number carries exactly (2^53 - 1).
constexpr qint64 maxJsonInteger = (qint64(1) << 53) - 1;

/// Longest document id a client may name (the server's ids are "d17"-like).
constexpr qsizetype maxDocIdLength = 16;

} // namespace ensemble
