#include "Envelope.h"
#include "ErrorCode.h"
#include "HistoryMessageParser.h"
#include "JsonReader.h"
#include "MessageParser.h"
#include "OpReader.h"
#include "SeedTextReader.h"

#include <QRegularExpression>

namespace ensemble {

namespace {

constexpr qsizetype maxClientIdLength = 128;
constexpr qsizetype maxPasswordLength = 1024;
constexpr qsizetype maxEpochLength = 64;
// Owner keys are hashed quickly (unlike passwords), so they must be too long to guess.
constexpr qsizetype minOwnerKeyLength = 16;
constexpr qsizetype maxOwnerKeyLength = 128;
constexpr qsizetype maxTitleLength = 255;
constexpr qsizetype maxPathLength = 4096;

// The optional `doc` of protocol 2's per-document messages.
QString readDoc(JsonReader &in)
{
    return in.optionalString(QLatin1String("doc"), maxDocIdLength).value_or(QString());
}

Result<ClientMessage> finish(const JsonReader &reader, ClientMessage message)
{
    if (reader.failed())
        return reader.error();
    return message;
}

// A name is shown to everyone in the room: control characters could break a line or a log
// entry, and bidirectional overrides could make it read as someone else's, so they go (controls
// become spaces) and runs of white space fold into one.
QString cleanDisplayName(const QString &name)
{
    QString cleaned;
    cleaned.reserve(name.size());
    for (const QChar c : name) {
        const char16_t unit = c.unicode();
        const bool bidiControl = unit == 0x200e || unit == 0x200f
            || (unit >= 0x202a && unit <= 0x202e) || (unit >= 0x2066 && unit <= 0x2069);
        if (c.category() == QChar::Other_Control)
            cleaned.append(u' ');
        else if (!bidiControl)
            cleaned.append(c);
    }
    return cleaned.simplified();
}

bool isColor(const QString &color)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return pattern.match(color).hasMatch();
}

RoomSeed parseSeed(const QJsonValue &create, JsonReader &hello, const Limits &limits)
{
    JsonReader in(create.toObject(), QStringLiteral("hello.create"));
    if (!create.isObject())
        in.fail(errorCodeName(ErrorCode::BadMessage),
                QStringLiteral("hello.create must be an object"));
    RoomSeed seed;
    seed.text
        = in.optionalString(QLatin1String("text"), limits.maxDocumentLength).value_or(QString());
    seed.language = in.optionalString(QLatin1String("language"), limits.maxLanguageLength)
                        .value_or(QString());
    seed.title = in.optionalString(QLatin1String("title"), maxTitleLength).value_or(QString());
    seed.password = in.optionalString(QLatin1String("password"), maxPasswordLength);
    if (!in.failed() && !seed.title.isEmpty() && !isValidTitle(seed.title))
        in.fail(errorCodeName(ErrorCode::BadMessage),
                QStringLiteral("hello.create.title must be a file name, not a path"));
    if (in.failed())
        hello.fail(in.error().code, in.error().message);
    return seed;
}

Result<ClientMessage> parseHello(JsonReader &in, const Limits &limits)
{
    HelloMsg hello;
    // The version is checked before anything else: a future hello may look entirely different.
    hello.protocol = int(in.integer(QLatin1String("protocol"), 0, 1 << 30));
    if (!in.failed() && (hello.protocol < 1 || hello.protocol > maxProtocol)) {
        in.fail(errorCodeName(ErrorCode::IncompatibleVersion),
                QStringLiteral("this server speaks protocols 1 and 2, not %1").arg(hello.protocol));
    }
    hello.name = cleanDisplayName(in.string(QLatin1String("name"), limits.maxNameLength));
    hello.color = in.string(QLatin1String("color"), 7);
    hello.client = in.string(QLatin1String("client"), maxClientIdLength);
    hello.password = in.optionalString(QLatin1String("password"), maxPasswordLength);
    hello.revision = in.optionalInteger(QLatin1String("revision"), 0, maxJsonInteger);
    hello.epoch = in.optionalString(QLatin1String("epoch"), maxEpochLength).value_or(QString());
    hello.textHash = in.optionalString(QLatin1String("textHash"), 64).value_or(QString());
    if (!in.failed() && hello.name.isEmpty())
        in.fail(errorCodeName(ErrorCode::BadMessage), QStringLiteral("hello.name is empty"));
    if (!in.failed() && !isColor(hello.color))
        in.fail(errorCodeName(ErrorCode::BadMessage), QStringLiteral("hello.color is not #rrggbb"));
    if (!in.failed() && hello.client.isEmpty())
        in.fail(errorCodeName(ErrorCode::BadMessage), QStringLiteral("hello.client is empty"));
    hello.owner = in.optionalString(QLatin1String("owner"), maxOwnerKeyLength);
    if (!in.failed() && hello.owner && hello.owner->size() < minOwnerKeyLength)
        in.fail(
            errorCodeName(ErrorCode::BadMessage),
            QStringLiteral("hello.owner must have at least %1 characters").arg(minOwnerKeyLength));
    const QJsonValue create = in.value(QLatin1String("create"));
    if (!create.isUndefined())
        hello.create = parseSeed(create, in, limits);
    return finish(in, hello);
}

Result<ClientMessage> parseOp(JsonReader &in, const Limits &limits)
{
    OpMsg op;
    op.revision = in.integer(QLatin1String("revision"), 0, maxJsonInteger);
    op.seq = quint64(in.integer(QLatin1String("seq"), 0, maxJsonInteger));
    op.selection = in.optionalRanges(QLatin1String("selection"), limits.maxSelectionRanges);
    op.doc = readDoc(in);
    if (in.failed())
        return in.error();
    Result<TextOperation> parsed = TextOperation::fromJson(in.value(QLatin1String("op")));
    if (!parsed)
        return Error {errorCodeName(ErrorCode::BadOperation), parsed.error().message};
    op.op = std::move(parsed).value();
    return ClientMessage {std::move(op)};
}

Result<ClientMessage> parseReplace(JsonReader &in, const Limits &limits)
{
    ReplaceMsg replace;
    replace.revision = in.integer(QLatin1String("revision"), 0, maxJsonInteger);
    replace.seq = quint64(in.integer(QLatin1String("seq"), 0, maxJsonInteger));
    replace.text = in.string(QLatin1String("text"), limits.maxDocumentLength);
    replace.doc = readDoc(in);
    return finish(in, replace);
}

Result<ClientMessage> parseSelection(JsonReader &in, const Limits &limits)
{
    SelectionMsg selection;
    selection.revision = in.integer(QLatin1String("revision"), 0, maxJsonInteger);
    selection.ranges = in.ranges(QLatin1String("ranges"), limits.maxSelectionRanges);
    selection.doc = readDoc(in);
    return finish(in, selection);
}

Result<ClientMessage> parseLanguage(JsonReader &in, const Limits &limits)
{
    LanguageMsg language {in.string(QLatin1String("language"), limits.maxLanguageLength)};
    language.doc = readDoc(in);
    return finish(in, language);
}

Result<ClientMessage> parseChat(JsonReader &in, const Limits &limits)
{
    ChatMsg chat {in.string(QLatin1String("text"), limits.maxChatLength)};
    if (!in.failed() && chat.text.trimmed().isEmpty())
        in.fail(errorCodeName(ErrorCode::BadMessage), QStringLiteral("chat.text is empty"));
    return finish(in, chat);
}

Result<ClientMessage> parseRemove(JsonReader &in)
{
    return finish(
        in, RemoveMsg {int(in.integer(QLatin1String("user"), 1, std::numeric_limits<int>::max()))});
}

Result<ClientMessage> parseOpen(JsonReader &in)
{
    OpenMsg open {in.string(QLatin1String("doc"), maxDocIdLength)};
    open.revision = in.optionalInteger(QLatin1String("revision"), 0, maxJsonInteger);
    open.epoch = in.optionalString(QLatin1String("epoch"), maxEpochLength).value_or(QString());
    open.textHash = in.optionalString(QLatin1String("textHash"), 64).value_or(QString());
    return finish(in, open);
}

Result<ClientMessage> parseCreate(JsonReader &in, const Limits &limits)
{
    CreateMsg create {in.string(QLatin1String("path"), maxPathLength),
                      in.string(QLatin1String("kind"), 4)};
    create.text
        = in.optionalString(QLatin1String("text"), limits.maxDocumentLength).value_or(QString());
    create.language = in.optionalString(QLatin1String("language"), limits.maxLanguageLength)
                          .value_or(QString());
    if (!in.failed() && create.kind != QLatin1String("file") && create.kind != QLatin1String("dir"))
        in.fail(errorCodeName(ErrorCode::BadMessage),
                QStringLiteral("create.kind must be \"file\" or \"dir\""));
    return finish(in, create);
}

Result<ClientMessage> parseSettings(JsonReader &in)
{
    SettingsMsg settings;
    settings.readOnly = in.optionalBoolean(QLatin1String("readOnly"));
    settings.password = in.optionalString(QLatin1String("password"), maxPasswordLength);
    return finish(in, settings);
}

} // namespace

bool isValidTitle(const QString &title)
{
    // A guest's Save As proposes the title in a folder of theirs: it must not lead elsewhere.
    if (title.isEmpty() || title.size() > maxTitleLength || title == QLatin1String(".")
        || title == QLatin1String(".."))
        return false;
    return std::none_of(title.cbegin(), title.cend(), [](QChar c) {
        return c == u'/' || c == u'\\' || c.category() == QChar::Other_Control;
    });
}

Result<ClientMessage> parseClientMessage(const QByteArray &utf8, const Limits &limits)
{
    if (std::optional<OpMsg> op = readPlainOp(utf8, limits))
        return ClientMessage {std::move(*op)};
    if (std::optional<Result<ClientMessage>> hello = readCreatingHello(utf8, limits))
        return std::move(*hello);
    return parseClientMessageInGeneral(utf8, limits);
}

Result<ClientMessage> parseClientMessageInGeneral(const QByteArray &utf8, const Limits &limits)
{
    Result<Envelope> envelope = readEnvelope(utf8);
    if (!envelope)
        return envelope.error();
    const QString &type = envelope.value().type;
    JsonReader in(envelope.value().object, type);
    if (type == QLatin1String("op"))
        return parseOp(in, limits);
    if (type == QLatin1String("selection"))
        return parseSelection(in, limits);
    if (type == QLatin1String("hello"))
        return parseHello(in, limits);
    if (type == QLatin1String("replace"))
        return parseReplace(in, limits);
    if (type == QLatin1String("language"))
        return parseLanguage(in, limits);
    if (type == QLatin1String("chat"))
        return parseChat(in, limits);
    if (type == QLatin1String("remove"))
        return parseRemove(in);
    if (type == QLatin1String("settings"))
        return parseSettings(in);
    if (type == QLatin1String("open"))
        return parseOpen(in);
    if (type == QLatin1String("close"))
        return finish(in, CloseMsg {in.string(QLatin1String("doc"), maxDocIdLength)});
    if (type == QLatin1String("focus"))
        return finish(in, FocusMsg {in.string(QLatin1String("doc"), maxDocIdLength)});
    if (type == QLatin1String("summon"))
        return finish(in, SummonMsg {});
    if (type == QLatin1String("create"))
        return parseCreate(in, limits);
    if (type == QLatin1String("rename"))
        return finish(in,
                      RenameMsg {in.string(QLatin1String("path"), maxPathLength),
                                 in.string(QLatin1String("to"), maxPathLength)});
    if (type == QLatin1String("delete"))
        return finish(in, DeleteMsg {in.string(QLatin1String("path"), maxPathLength)});
    if (type == QLatin1String("history"))
        return parseHistoryRequest(in);
    if (type == QLatin1String("history_text"))
        return parseHistoryTextRequest(in);
    return unknownTypeError(type);
}

std::optional<quint64> readSeq(const QByteArray &utf8)
{
    const Result<Envelope> envelope = readEnvelope(utf8);
    if (!envelope)
        return std::nullopt;
    const QString &type = envelope.value().type;
    if (type != QLatin1String("op") && type != QLatin1String("replace"))
        return std::nullopt;
    JsonReader in(envelope.value().object, type);
    const auto seq = quint64(in.integer(QLatin1String("seq"), 0, maxJsonInteger));
    if (in.failed())
        return std::nullopt;
    return seq;
}

} // namespace ensemble
