#include "ChatHistory.h"

#include "protocol/JsonReader.h"
#include "protocol/JsonWriter.h"
#include "protocol/ParseJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ensemble {

namespace {

constexpr qint64 formatVersion = 1;
// Generous bounds for reading back: a file edited by hand must not hold a name of a megabyte.
constexpr qsizetype maxStoredName = 1024;
constexpr qsizetype maxStoredText = 1024 * 1024;

} // namespace

ChatHistory::ChatHistory(qsizetype capacity)
    : m_capacity(std::max<qsizetype>(capacity, 0))
{
}

void ChatHistory::add(PeerChatMsg line)
{
    if (m_capacity == 0)
        return;
    line.history = false;
    if (m_lines.size() >= m_capacity)
        m_lines.remove(0, m_lines.size() - m_capacity + 1);
    m_lines.append(std::move(line));
}

QByteArray ChatHistory::toJson() const
{
    // JsonWriter keeps every UTF-16 unit (lone surrogates as escapes), as the protocol does.
    JsonWriter<QByteArray> json(1024);
    json.beginObject().field(QLatin1StringView("format"), formatVersion);
    json.key(QLatin1StringView("lines")).beginArray();
    for (const PeerChatMsg &line : m_lines) {
        json.beginObject()
            .field(QLatin1StringView("user"), qint64(line.user))
            .field(QLatin1StringView("name"), line.name.value_or(QString()))
            .field(QLatin1StringView("color"), line.color.value_or(QString()))
            .field(QLatin1StringView("time"), line.time.value_or(0))
            .field(QLatin1StringView("text"), line.text)
            .endObject();
    }
    json.endArray().endObject();
    return json.take();
}

ChatHistory ChatHistory::fromJson(const QByteArray &json, qsizetype capacity, QString *warning)
{
    ChatHistory history(capacity);
    const QJsonDocument document = parseJson(json);
    JsonReader in(document.object(), QStringLiteral("chat"));
    if (!document.isObject())
        in.fail(QStringLiteral("bad_message"), QStringLiteral("not a JSON object"));
    in.integer(QLatin1String("format"), formatVersion, formatVersion);
    const QJsonValue lines = in.value(QLatin1String("lines"));
    if (!in.failed() && !lines.isArray())
        in.fail(QStringLiteral("bad_message"), QStringLiteral("chat.lines must be an array"));
    for (const QJsonValue &item : lines.toArray()) {
        if (in.failed())
            break;
        JsonReader entry(item.toObject(), QStringLiteral("chat.lines[]"));
        PeerChatMsg line;
        line.user = int(entry.integer(QLatin1String("user"), 0, std::numeric_limits<int>::max()));
        line.name = entry.string(QLatin1String("name"), maxStoredName);
        line.color = entry.string(QLatin1String("color"), maxStoredName);
        line.time = entry.integer(QLatin1String("time"), 0, maxJsonInteger);
        line.text = entry.string(QLatin1String("text"), maxStoredText);
        if (entry.failed())
            in.fail(entry.error().code, entry.error().message);
        else
            history.add(std::move(line));
    }
    if (in.failed()) {
        *warning = in.error().message;
        return ChatHistory(capacity);
    }
    return history;
}

} // namespace ensemble
