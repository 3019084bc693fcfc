#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>
#include <QStringView>
#include <type_traits>

namespace ensemble {

class Rope;

/// Compact JSON written straight into UTF-8 (Text = QByteArray) or UTF-16 (Text = QString) text,
/// with no document in between: values are written in order and the writer puts in the commas.
/// Strings are escaped as JSON requires and no more; a lone surrogate, which neither UTF-8 nor a
/// WebSocket text frame can carry, is written as a \uXXXX escape.
template<class Text> class JsonWriter
{
    static_assert(std::is_same_v<Text, QByteArray> || std::is_same_v<Text, QString>);

public:
    /// A writer whose text starts with room for @p reserve code units, after @p headroom units
    /// (zero) that the caller fills in afterwards (a WebSocket frame header).
    explicit JsonWriter(qsizetype reserve = 128, qsizetype headroom = 0);

    /// Opens an object or an array (as a value: after key(), in an array, or at the top).
    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    /// Writes the key of the next member of the open object.
    JsonWriter &key(QLatin1StringView name);
    /// Writes a value.
    JsonWriter &value(QStringView text);
    JsonWriter &value(QLatin1StringView text);
    /// Writes @p text as value(QStringView) would, read from the rope a part at a time: a long
    /// document is never copied whole.
    JsonWriter &value(const Rope &text);
    JsonWriter &value(qint64 number);
    JsonWriter &value(bool flag);
    /// Writes a value built as a QJsonValue (for small parts, such as a room's stored access).
    JsonWriter &jsonValue(const QJsonValue &json);
    /// Writes a member: key(@p name), then value(@p v).
    template<class T> JsonWriter &field(QLatin1StringView name, const T &v)
    {
        return key(name).value(v);
    }

    /// The text written so far; the writer is empty afterwards.
    Text take();

private:
    using Unit = std::conditional_t<std::is_same_v<Text, QByteArray>, char, char16_t>;

    void separate();
    void append(char c);
    void appendAscii(QLatin1StringView ascii);
    void appendEscaped(QStringView text);
    Unit *makeRoom(Unit *at, qsizetype needed);

    Text m_text;
    bool m_needsComma = false;
};

extern template class JsonWriter<QByteArray>;
extern template class JsonWriter<QString>;

} // namespace ensemble
