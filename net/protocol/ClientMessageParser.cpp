#include "Envelope.h"
#include "ErrorCode.h"
#include "JsonReader.h"
#include "MessageParser.h"

#include <QRegularExpression>

namespace ensemble {

namespace {

constexpr qsizetype maxClientIdLength = 128;
constexpr qsizetype maxPasswordLength = 1024;
constexpr qsizetype maxEpochLength = 64;

Result<ClientMessage> finish(const JsonReader &reader, ClientMessage message)
{
    if (reader.failed())
        return reader.error();
    return message;
}

bool isColor(const QString &color)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return pattern.match(color).hasMatch();
}

Result<ClientMessage> parseHello(JsonReader &in, const Limits &limits)
{
    HelloMsg hello;
    // The version is checked before anything else: a future hello may look entirely different.
    hello.protocol = int(in.integer(QLatin1String("protocol"), 0, 1 << 30));
    if (!in.failed() && hello.protocol != 1) {
        in.fail(errorCodeName(ErrorCode::IncompatibleVersion),
                QStringLiteral("this server speaks protocol 1, not %1").arg(hello.protocol));
    }
    hello.name = in.string(QLatin1String("name"), limits.maxNameLength);
    hello.color = in.string(QLatin1String("color"), 7);
    hello.client = in.string(QLatin1String("client"), maxClientIdLength);
    hello.password = in.optionalString(QLatin1String("password"), maxPasswordLength);
    hello.revision = in.optionalInteger(QLatin1String("revision"), 0, maxJsonInteger);
    hello.epoch = in.optionalString(QLatin1String("epoch"), maxEpochLength).value_or(QString());
    if (!in.failed() && hello.name.trimmed().isEmpty())
        in.fail(errorCodeName(ErrorCode::BadMessage), QStringLiteral("hello.name is empty"));
    if (!in.failed() && !isColor(hello.color))
        in.fail(errorCodeName(ErrorCode::BadMessage), QStringLiteral("hello.color is not #rrggbb"));
    if (!in.failed() && hello.client.isEmpty())
        in.fail(errorCodeName(ErrorCode::BadMessage), QStringLiteral("hello.client is empty"));
    const QJsonValue create = in.value(QLatin1String("create"));
    if (!create.isUndefined()) {
        JsonReader seed(create.toObject(), QStringLiteral("hello.create"));
        if (!create.isObject())
            seed.fail(errorCodeName(ErrorCode::BadMessage),
                      QStringLiteral("hello.create must be an object"));
        RoomSeed roomSeed;
        roomSeed.text = seed.optionalString(QLatin1String("text"), limits.maxDocumentLength)
                            .value_or(QString());
        roomSeed.language = seed.optionalString(QLatin1String("language"), limits.maxLanguageLength)
                                .value_or(QString());
        if (seed.failed())
            in.fail(seed.error().code, seed.error().message);
        hello.create = roomSeed;
    }
    return finish(in, hello);
}

Result<ClientMessage> parseOp(JsonReader &in, const Limits &limits)
{
    OpMsg op;
    op.revision = in.integer(QLatin1String("revision"), 0, maxJsonInteger);
    op.seq = quint64(in.integer(QLatin1String("seq"), 0, maxJsonInteger));
    op.selection = in.optionalRanges(QLatin1String("selection"), limits.maxSelectionRanges);
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
    return finish(in, replace);
}

Result<ClientMessage> parseSelection(JsonReader &in, const Limits &limits)
{
    SelectionMsg selection;
    selection.revision = in.integer(QLatin1String("revision"), 0, maxJsonInteger);
    selection.ranges = in.ranges(QLatin1String("ranges"), limits.maxSelectionRanges);
    return finish(in, selection);
}

Result<ClientMessage> parseLanguage(JsonReader &in, const Limits &limits)
{
    return finish(in, LanguageMsg {in.string(QLatin1String("language"), limits.maxLanguageLength)});
}

Result<ClientMessage> parseChat(JsonReader &in, const Limits &limits)
{
    ChatMsg chat {in.string(QLatin1String("text"), limits.maxChatLength)};
    if (!in.failed() && chat.text.trimmed().isEmpty())
        in.fail(errorCodeName(ErrorCode::BadMessage), QStringLiteral("chat.text is empty"));
    return finish(in, chat);
}

} // namespace

Result<ClientMessage> parseClientMessage(const QByteArray &utf8, const Limits &limits)
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
    return unknownTypeError(type);
}

} // namespace ensemble
