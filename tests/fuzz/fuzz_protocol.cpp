// Fuzz target for the protocol's message layer: one input is one text frame, parsed as a client
// message (under the default limits and under tiny ones) and as a server message. A frame either
// parses into a typed message that survives serialise -> parse unchanged, or gets an error with a
// code docs/PROTOCOL.md names.
#include "FuzzTarget.h"

#include "protocol/ErrorCode.h"
#include "protocol/MessageParser.h"
#include "protocol/MessageWriter.h"
#include "protocol/Overloaded.h"

using namespace ensemble;

namespace {

Limits tinyLimits()
{
    Limits limits;
    limits.maxDocumentLength = 16;
    limits.maxNameLength = 4;
    limits.maxChatLength = 8;
    limits.maxLanguageLength = 3;
    limits.maxSelectionRanges = 2;
    return limits;
}

void checkError(const Error &error)
{
    const std::optional<ErrorCode> code = errorCodeFromName(error.code);
    FUZZ_CHECK(code.has_value() && errorCodeName(*code) == error.code);
    FUZZ_CHECK(!error.message.isEmpty());
    // A parse error concerns one message: the session goes on.
    FUZZ_CHECK(closeCodeFor(*code) == 0 || *code == ErrorCode::IncompatibleVersion);
}

// The writer leaves out fields that mean nothing in their context (an epoch or a text hash
// without a revision, the selection of `you` and of a `joined` user), so a parsed message is
// compared with its reparsed form after dropping those too.
ClientMessage withoutUnwrittenFields(ClientMessage message)
{
    if (auto *hello = std::get_if<HelloMsg>(&message); hello && !hello->revision) {
        hello->epoch.clear();
        hello->textHash.clear();
    }
    if (auto *open = std::get_if<OpenMsg>(&message); open && !open->revision) {
        open->epoch.clear();
        open->textHash.clear();
    }
    if (auto *create = std::get_if<CreateMsg>(&message); create && create->kind != u"file") {
        create->text.clear();
        create->language.clear();
    }
    return message;
}

ServerMessage withoutUnwrittenFields(ServerMessage message)
{
    if (auto *welcome = std::get_if<WelcomeMsg>(&message))
        welcome->you.selection.clear();
    if (auto *joined = std::get_if<JoinedMsg>(&message))
        joined->user.selection.clear();
    return message;
}

// What the parser accepted honours the limits it was given and the fields' documented forms, so
// the room never has to check them again.
void checkWithinLimits(const ClientMessage &message, const Limits &limits)
{
    std::visit(
        Overloaded {
            [&](const HelloMsg &m) {
                FUZZ_CHECK(m.protocol >= 1 && m.protocol <= maxProtocol);
                FUZZ_CHECK(!m.name.trimmed().isEmpty() && m.name.size() <= limits.maxNameLength);
                FUZZ_CHECK(m.color.size() == 7 && m.color.startsWith(u'#'));
                FUZZ_CHECK(!m.client.isEmpty());
                FUZZ_CHECK(!m.owner || m.owner->size() >= 16);
                if (m.create) {
                    FUZZ_CHECK(m.create->text.size() <= limits.maxDocumentLength);
                    FUZZ_CHECK(m.create->language.size() <= limits.maxLanguageLength);
                    FUZZ_CHECK(m.create->title.isEmpty() || isValidTitle(m.create->title));
                }
            },
            [&](const OpMsg &m) {
                FUZZ_CHECK(!m.selection || m.selection->size() <= limits.maxSelectionRanges);
            },
            [&](const ReplaceMsg &m) { FUZZ_CHECK(m.text.size() <= limits.maxDocumentLength); },
            [&](const SelectionMsg &m) {
                FUZZ_CHECK(m.ranges.size() <= limits.maxSelectionRanges);
            },
            [&](const LanguageMsg &m) {
                FUZZ_CHECK(m.language.size() <= limits.maxLanguageLength);
            },
            [&](const ChatMsg &m) {
                FUZZ_CHECK(!m.text.trimmed().isEmpty() && m.text.size() <= limits.maxChatLength);
            },
            [](const RemoveMsg &m) { FUZZ_CHECK(m.user > 0); },
            [](const SettingsMsg &) {},
            [](const OpenMsg &m) { FUZZ_CHECK(m.doc.size() <= 16); },
            [](const CloseMsg &m) { FUZZ_CHECK(m.doc.size() <= 16); },
            [](const FocusMsg &m) { FUZZ_CHECK(m.doc.size() <= 16); },
            [&](const CreateMsg &m) {
                FUZZ_CHECK(m.kind == u"file" || m.kind == u"dir");
                FUZZ_CHECK(m.path.size() <= 4096 && m.text.size() <= limits.maxDocumentLength);
            },
            [](const RenameMsg &m) { FUZZ_CHECK(m.path.size() <= 4096 && m.to.size() <= 4096); },
            [](const DeleteMsg &m) { FUZZ_CHECK(m.path.size() <= 4096); },
            [](const SummonMsg &) {},
            [](const HistoryRequestMsg &m) { FUZZ_CHECK(m.from <= m.to && m.doc.size() <= 16); },
            [](const HistoryTextRequestMsg &m) {
                FUZZ_CHECK(m.revision >= 0 && m.doc.size() <= 16);
            },
        },
        message);
}

template<class Message, class Parse> void checkRoundTrip(const Message &message, Parse parse)
{
    const QByteArray frame = serialize(message);
    Result<Message> again = parse(frame);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.value() == withoutUnwrittenFields(message));
    FUZZ_CHECK(serialize(again.value()) == frame);
}

void checkClientFrame(const QByteArray &frame)
{
    static const Limits defaults;
    static const Limits tiny = tinyLimits();
    Result<ClientMessage> loose = parseClientMessage(frame, defaults);
    Result<ClientMessage> strict = parseClientMessage(frame, tiny);
    for (const auto *parsed : {&loose, &strict}) {
        if (!parsed->ok())
            checkError(parsed->error());
    }
    if (loose) {
        checkWithinLimits(loose.value(), defaults);
        checkRoundTrip(loose.value(),
                       [](const QByteArray &f) { return parseClientMessage(f, defaults); });
    }
    if (strict) {
        // Tighter limits only ever turn a message into a too_large error.
        FUZZ_CHECK(loose.ok() && loose.value() == strict.value());
        checkWithinLimits(strict.value(), tiny);
        checkRoundTrip(strict.value(),
                       [](const QByteArray &f) { return parseClientMessage(f, tiny); });
    } else if (loose) {
        FUZZ_CHECK(strict.error().code == errorCodeName(ErrorCode::TooLarge));
    }
}

void checkServerFrame(const QByteArray &frame)
{
    Result<ServerMessage> parsed = parseServerMessage(frame);
    if (parsed)
        checkRoundTrip(parsed.value(), [](const QByteArray &f) { return parseServerMessage(f); });
    else
        checkError(parsed.error());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A copy, as the server gets it from QWebSocket: QByteArray's own terminator and allocation.
    const QByteArray frame(reinterpret_cast<const char *>(data), qsizetype(size));
    checkClientFrame(frame);
    checkServerFrame(frame);
    return 0;
}
