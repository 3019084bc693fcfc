#include "Envelope.h"
#include "ErrorCode.h"
#include "HistoryMessageParser.h"
#include "JsonReader.h"
#include "MessageParser.h"

#include <QJsonArray>

// The client trusts the server it chose to join, but a broken or foreign server must still give
// an error rather than undefined behaviour, so server frames are validated like client frames.

namespace ensemble {

namespace {

constexpr qsizetype anyLength = std::numeric_limits<int>::max();
constexpr qsizetype anyCount = std::numeric_limits<int>::max();
const QString badMessage = errorCodeName(ErrorCode::BadMessage);

Result<ServerMessage> finish(const JsonReader &reader, ServerMessage message)
{
    if (reader.failed())
        return reader.error();
    return message;
}

QString readDoc(JsonReader &in)
{
    return in.optionalString(QLatin1String("doc"), anyLength).value_or(QString());
}

int readUser(JsonReader &in, QLatin1String key = QLatin1String("user"))
{
    return int(in.integer(key, 0, std::numeric_limits<int>::max()));
}

Participant readParticipant(const QJsonValue &value, JsonReader &outer, const QString &where)
{
    JsonReader in(value.toObject(), where);
    if (!value.isObject())
        in.fail(badMessage, where + QStringLiteral(" must be an object"));
    Participant p;
    p.id = readUser(in, QLatin1String("id"));
    p.name = in.string(QLatin1String("name"), anyLength);
    p.color = in.string(QLatin1String("color"), anyLength);
    p.selection = in.optionalRanges(QLatin1String("selection"), anyCount).value_or(Selection());
    p.host = in.optionalBoolean(QLatin1String("host")).value_or(false);
    p.doc = readDoc(in);
    if (in.failed())
        outer.fail(in.error().code, in.error().message);
    return p;
}

TreeEntry readEntry(const QJsonValue &value, JsonReader &outer)
{
    JsonReader in(value.toObject(), QStringLiteral("tree entry"));
    TreeEntry entry {in.string(QLatin1String("path"), anyLength),
                     in.string(QLatin1String("kind"), anyLength), readDoc(in),
                     in.optionalInteger(QLatin1String("size"), 0, maxJsonInteger).value_or(0),
                     in.optionalBoolean(QLatin1String("deletedOnDisk")).value_or(false)};
    if (in.failed())
        outer.fail(in.error().code, in.error().message);
    return entry;
}

std::optional<SessionTree> readTree(JsonReader &in)
{
    const QJsonValue value = in.value(QLatin1String("tree"));
    if (value.isUndefined())
        return std::nullopt;
    JsonReader tree(value.toObject(), QStringLiteral("welcome.tree"));
    SessionTree result {tree.integer(QLatin1String("revision"), 0, maxJsonInteger), {}};
    const QJsonValue entries = tree.value(QLatin1String("entries"));
    if (!entries.isArray())
        tree.fail(badMessage, QStringLiteral("welcome.tree.entries must be an array"));
    for (const QJsonValue &entry : entries.toArray())
        result.entries.append(readEntry(entry, tree));
    if (tree.failed())
        in.fail(tree.error().code, tree.error().message);
    return result;
}

std::optional<QList<LoggedOperation>> readLog(JsonReader &in)
{
    const QJsonValue value = in.value(QLatin1String("ops"));
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isArray()) {
        in.fail(badMessage, QStringLiteral("welcome.ops must be an array"));
        return std::nullopt;
    }
    QList<LoggedOperation> log;
    for (const QJsonValue &item : value.toArray()) {
        JsonReader entry(item.toObject(), QStringLiteral("welcome.ops[]"));
        LoggedOperation logged;
        logged.revision = entry.integer(QLatin1String("revision"), 1, maxJsonInteger);
        // Only the recipient's own entries name their author.
        logged.client
            = entry.optionalString(QLatin1String("client"), anyLength).value_or(QString());
        logged.seq
            = quint64(entry.optionalInteger(QLatin1String("seq"), 0, maxJsonInteger).value_or(0));
        Result<TextOperation> op = TextOperation::fromJson(entry.value(QLatin1String("op")));
        if (!op)
            entry.fail(errorCodeName(ErrorCode::BadOperation), op.error().message);
        if (entry.failed()) {
            in.fail(entry.error().code, entry.error().message);
            return std::nullopt;
        }
        logged.op = std::move(op).value();
        log.append(std::move(logged));
    }
    return log;
}

// Optional: a client that cannot use it (or a document without it) goes on without colours.
std::optional<AuthorshipInfo> readAuthorship(JsonReader &in)
{
    const QJsonValue value = in.value(QLatin1String("authorship"));
    if (value.isUndefined())
        return std::nullopt;
    Result<AuthorshipInfo> info = authorshipFromJson(value);
    if (!info) {
        in.fail(info.error().code, info.error().message);
        return std::nullopt;
    }
    return std::move(info).value();
}

Result<ServerMessage> parseWelcome(JsonReader &in)
{
    WelcomeMsg w;
    w.room = in.string(QLatin1String("room"), anyLength);
    w.tree = readTree(in);
    // Protocol 2 sends the documents with `opened`.
    if (!w.tree) {
        w.epoch = in.string(QLatin1String("epoch"), anyLength);
        w.revision = in.integer(QLatin1String("revision"), 0, maxJsonInteger);
        w.text = in.optionalString(QLatin1String("text"), anyLength);
        w.ops = readLog(in);
        if (!in.failed() && w.text.has_value() == w.ops.has_value())
            in.fail(badMessage, QStringLiteral("welcome needs exactly one of text and ops"));
        w.lastSeq = quint64(in.integer(QLatin1String("lastSeq"), 0, maxJsonInteger));
        w.language = in.string(QLatin1String("language"), anyLength);
        w.authorship = readAuthorship(in);
    }
    w.title = in.optionalString(QLatin1String("title"), anyLength).value_or(QString());
    w.readOnly = in.optionalBoolean(QLatin1String("readOnly")).value_or(false);
    w.you = readParticipant(in.value(QLatin1String("you")), in, QStringLiteral("welcome.you"));
    const QJsonValue users = in.value(QLatin1String("users"));
    if (!users.isArray())
        in.fail(badMessage, QStringLiteral("welcome.users must be an array"));
    for (const QJsonValue &user : users.toArray())
        w.users.append(readParticipant(user, in, QStringLiteral("welcome.users[]")));
    JsonReader limits(in.value(QLatin1String("limits")).toObject(), QStringLiteral("limits"));
    w.maxMessageBytes = limits.integer(QLatin1String("message"), 0, maxJsonInteger);
    w.maxDocumentLength = limits.integer(QLatin1String("document"), 0, maxJsonInteger);
    if (limits.failed())
        in.fail(limits.error().code, limits.error().message);
    return finish(in, std::move(w));
}

Result<ServerMessage> parsePeerOp(JsonReader &in)
{
    PeerOpMsg m;
    m.revision = in.integer(QLatin1String("revision"), 1, maxJsonInteger);
    m.user = readUser(in);
    m.selection = in.optionalRanges(QLatin1String("selection"), anyCount);
    m.doc = readDoc(in);
    if (in.failed())
        return in.error();
    Result<TextOperation> op = TextOperation::fromJson(in.value(QLatin1String("op")));
    if (!op)
        return Error {errorCodeName(ErrorCode::BadOperation), op.error().message};
    m.op = std::move(op).value();
    return ServerMessage {std::move(m)};
}

Result<ServerMessage> parseError(JsonReader &in)
{
    ErrorMsg e;
    e.code = in.string(QLatin1String("code"), anyLength);
    e.message = in.string(QLatin1String("message"), anyLength);
    const std::optional<qint64> seq = in.optionalInteger(QLatin1String("seq"), 0, maxJsonInteger);
    if (seq)
        e.seq = quint64(*seq);
    e.retryAfter = in.optionalInteger(QLatin1String("retryAfter"), 0, maxJsonInteger);
    e.address = in.optionalString(QLatin1String("address"), anyLength).value_or(QString());
    e.doc = readDoc(in);
    return finish(in, e);
}

Result<ServerMessage> parseOpened(JsonReader &in)
{
    OpenedMsg m;
    m.doc = in.string(QLatin1String("doc"), anyLength);
    m.epoch = in.string(QLatin1String("epoch"), anyLength);
    m.revision = in.integer(QLatin1String("revision"), 0, maxJsonInteger);
    m.text = in.optionalString(QLatin1String("text"), anyLength);
    m.ops = readLog(in);
    if (!in.failed() && m.text.has_value() == m.ops.has_value())
        in.fail(badMessage, QStringLiteral("opened needs exactly one of text and ops"));
    m.lastSeq = quint64(in.integer(QLatin1String("lastSeq"), 0, maxJsonInteger));
    m.language = in.string(QLatin1String("language"), anyLength);
    m.authorship = readAuthorship(in);
    return finish(in, std::move(m));
}

Result<ServerMessage> parseTree(JsonReader &in)
{
    TreeMsg m;
    m.revision = in.integer(QLatin1String("revision"), 1, maxJsonInteger);
    m.change = in.string(QLatin1String("change"), anyLength);
    m.path = in.string(QLatin1String("path"), anyLength);
    m.to = in.optionalString(QLatin1String("to"), anyLength).value_or(QString());
    const QJsonValue entry = in.value(QLatin1String("entry"));
    if (!entry.isUndefined())
        m.entry = readEntry(entry, in);
    m.user = readUser(in);
    return finish(in, std::move(m));
}

} // namespace

Result<ServerMessage> parseServerMessage(const QByteArray &utf8)
{
    Result<Envelope> envelope = readEnvelope(utf8);
    if (!envelope)
        return envelope.error();
    const QString &type = envelope.value().type;
    JsonReader in(envelope.value().object, type);
    if (type == QLatin1String("op"))
        return parsePeerOp(in);
    if (type == QLatin1String("ack")) {
        AckMsg ack {in.integer(QLatin1String("revision"), 1, maxJsonInteger),
                    quint64(in.integer(QLatin1String("seq"), 0, maxJsonInteger)), readDoc(in)};
        return finish(in, ack);
    }
    if (type == QLatin1String("selection")) {
        PeerSelectionMsg m;
        m.user = readUser(in);
        m.revision = in.integer(QLatin1String("revision"), 0, maxJsonInteger);
        m.ranges = in.ranges(QLatin1String("ranges"), anyCount);
        m.doc = readDoc(in);
        return finish(in, m);
    }
    if (type == QLatin1String("welcome"))
        return parseWelcome(in);
    if (type == QLatin1String("joined"))
        return finish(in,
                      JoinedMsg {readParticipant(in.value(QLatin1String("user")), in,
                                                 QStringLiteral("joined.user"))});
    if (type == QLatin1String("left"))
        return finish(in, LeftMsg {readUser(in)});
    if (type == QLatin1String("language")) {
        PeerLanguageMsg m {in.string(QLatin1String("language"), anyLength), readUser(in),
                           readDoc(in)};
        return finish(in, m);
    }
    if (type == QLatin1String("chat")) {
        PeerChatMsg m {readUser(in), in.string(QLatin1String("text"), anyLength)};
        // Chat history (and its fields on live lines) came later: all optional.
        m.name = in.optionalString(QLatin1String("name"), anyLength);
        m.color = in.optionalString(QLatin1String("color"), anyLength);
        m.time = in.optionalInteger(QLatin1String("time"), 0, maxJsonInteger);
        m.history = in.optionalBoolean(QLatin1String("history")).value_or(false);
        return finish(in, m);
    }
    if (type == QLatin1String("settings")) {
        PeerSettingsMsg m {in.boolean(QLatin1String("readOnly")), readUser(in)};
        return finish(in, m);
    }
    if (type == QLatin1String("error"))
        return parseError(in);
    if (type == QLatin1String("opened"))
        return parseOpened(in);
    if (type == QLatin1String("focus"))
        return finish(in, PeerFocusMsg {readUser(in), in.string(QLatin1String("doc"), anyLength)});
    if (type == QLatin1String("summon"))
        return finish(in, PeerSummonMsg {readUser(in)});
    if (type == QLatin1String("tree"))
        return parseTree(in);
    if (type == QLatin1String("disk")) {
        DiskMsg disk {in.string(QLatin1String("doc"), anyLength),
                      in.optionalBoolean(QLatin1String("deleted")).value_or(false)};
        return finish(in, std::move(disk));
    }
    if (std::optional<Result<ServerMessage>> history = parseHistoryAnswer(type, in))
        return std::move(*history);
    return unknownTypeError(type);
}

} // namespace ensemble
