#include "HistoryMessageParser.h"

#include "ErrorCode.h"

#include <QJsonArray>

namespace ensemble {

namespace {

constexpr qsizetype anyLength = std::numeric_limits<int>::max();

quint64 readId(JsonReader &in)
{
    return quint64(in.integer(QLatin1String("id"), 0, maxJsonInteger));
}

// Protocol 2's `doc` (absent in protocol 1).
QString readDoc(JsonReader &in, qsizetype maxLength)
{
    return in.optionalString(QLatin1String("doc"), maxLength).value_or(QString());
}

std::optional<HistoryRecord> readRecord(const QJsonValue &value, JsonReader &outer)
{
    JsonReader in(value.toObject(), QStringLiteral("history.entries[]"));
    if (!value.isObject())
        in.fail(errorCodeName(ErrorCode::BadMessage),
                QStringLiteral("history.entries[] must be objects"));
    HistoryRecord record;
    record.revision = in.integer(QLatin1String("revision"), 1, maxJsonInteger);
    record.author = in.string(QLatin1String("author"), anyLength);
    record.name = in.string(QLatin1String("name"), anyLength);
    record.color = in.string(QLatin1String("color"), anyLength);
    record.time = in.integer(QLatin1String("time"), 0, maxJsonInteger);
    Result<TextOperation> op = TextOperation::fromJson(in.value(QLatin1String("op")));
    if (!op && !in.failed())
        in.fail(errorCodeName(ErrorCode::BadOperation), op.error().message);
    if (in.failed()) {
        outer.fail(in.error().code, in.error().message);
        return std::nullopt;
    }
    record.op = std::move(op).value();
    return record;
}

Result<ServerMessage> parseEntries(JsonReader &in)
{
    HistoryEntriesMsg m;
    m.id = readId(in);
    m.oldest = in.integer(QLatin1String("oldest"), 0, maxJsonInteger);
    m.latest = in.integer(QLatin1String("latest"), 0, maxJsonInteger);
    m.doc = readDoc(in, anyLength);
    const QJsonValue entries = in.value(QLatin1String("entries"));
    if (!entries.isArray() && !in.failed())
        in.fail(errorCodeName(ErrorCode::BadMessage),
                QStringLiteral("history.entries must be an array"));
    for (const QJsonValue &item : entries.toArray()) {
        std::optional<HistoryRecord> record = readRecord(item, in);
        if (!record)
            break;
        m.entries.append(std::move(*record));
    }
    if (in.failed())
        return in.error();
    return ServerMessage {std::move(m)};
}

} // namespace

Result<ClientMessage> parseHistoryRequest(JsonReader &in)
{
    HistoryRequestMsg m;
    m.id = readId(in);
    m.from = in.integer(QLatin1String("from"), 0, maxJsonInteger);
    m.to = in.integer(QLatin1String("to"), 0, maxJsonInteger);
    m.doc = readDoc(in, maxDocIdLength);
    if (!in.failed() && m.from > m.to)
        in.fail(errorCodeName(ErrorCode::BadMessage),
                QStringLiteral("history.from must not be after history.to"));
    if (in.failed())
        return in.error();
    return ClientMessage {m};
}

Result<ClientMessage> parseHistoryTextRequest(JsonReader &in)
{
    HistoryTextRequestMsg m;
    m.id = readId(in);
    m.revision = in.integer(QLatin1String("revision"), 0, maxJsonInteger);
    m.doc = readDoc(in, maxDocIdLength);
    if (in.failed())
        return in.error();
    return ClientMessage {m};
}

std::optional<Result<ServerMessage>> parseHistoryAnswer(const QString &type, JsonReader &in)
{
    if (type == QLatin1String("history"))
        return parseEntries(in);
    if (type == QLatin1String("history_text")) {
        HistoryTextMsg m;
        m.id = readId(in);
        m.revision = in.integer(QLatin1String("revision"), 0, maxJsonInteger);
        m.text = in.string(QLatin1String("text"), anyLength);
        m.doc = readDoc(in, anyLength);
        if (in.failed())
            return Result<ServerMessage>(in.error());
        return Result<ServerMessage>(ServerMessage {std::move(m)});
    }
    if (type == QLatin1String("history_error")) {
        HistoryErrorMsg m;
        m.id = readId(in);
        m.code = in.string(QLatin1String("code"), anyLength);
        m.message = in.string(QLatin1String("message"), anyLength);
        m.oldest = in.optionalInteger(QLatin1String("oldest"), 0, maxJsonInteger);
        m.latest = in.optionalInteger(QLatin1String("latest"), 0, maxJsonInteger);
        m.doc = readDoc(in, anyLength);
        if (in.failed())
            return Result<ServerMessage>(in.error());
        return Result<ServerMessage>(ServerMessage {std::move(m)});
    }
    return std::nullopt;
}

} // namespace ensemble
