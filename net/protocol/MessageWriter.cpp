#include "MessageWriter.h"
#include "HistoryMessageWriter.h"
#include "JsonWriter.h"
#include "WriteOperation.h"

namespace ensemble {

namespace {

// Protocol 2's `doc`; protocol 1 messages have none (and look exactly as before it).
template<class Text> void writeDoc(JsonWriter<Text> &w, const QString &doc)
{
    if (!doc.isEmpty())
        w.field(QLatin1StringView("doc"), doc);
}

template<class Text> void writeRanges(JsonWriter<Text> &w, const Selection &selection)
{
    w.beginArray();
    for (const SelectionRange &range : selection) {
        w.beginObject()
            .field(QLatin1StringView("anchor"), qint64(range.anchor))
            .field(QLatin1StringView("head"), qint64(range.head))
            .endObject();
    }
    w.endArray();
}

template<class Text>
void writeParticipant(JsonWriter<Text> &w, const Participant &p, bool withSelection)
{
    w.beginObject()
        .field(QLatin1StringView("id"), qint64(p.id))
        .field(QLatin1StringView("name"), p.name)
        .field(QLatin1StringView("color"), p.color);
    if (withSelection && !p.selection.isEmpty())
        writeRanges(w.key(QLatin1StringView("selection")), p.selection);
    if (p.host)
        w.field(QLatin1StringView("host"), true);
    writeDoc(w, p.doc);
    w.endObject();
}

template<class Text> void writeEntry(JsonWriter<Text> &w, const TreeEntry &e)
{
    w.beginObject()
        .field(QLatin1StringView("path"), e.path)
        .field(QLatin1StringView("kind"), e.kind);
    if (!e.doc.isEmpty())
        w.field(QLatin1StringView("doc"), e.doc);
    if (!e.doc.isEmpty() || e.size != 0)
        w.field(QLatin1StringView("size"), e.size);
    if (e.deletedOnDisk)
        w.field(QLatin1StringView("deletedOnDisk"), true);
    w.endObject();
}

template<class Text>
void writeLog(JsonWriter<Text> &w, const std::optional<QList<LoggedOperation>> &ops)
{
    if (!ops)
        return;
    w.key(QLatin1StringView("ops")).beginArray();
    for (const LoggedOperation &entry : *ops) {
        w.beginObject().field(QLatin1StringView("revision"), entry.revision);
        writeOperation(w.key(QLatin1StringView("op")), entry.op);
        if (!entry.client.isEmpty())
            w.field(QLatin1StringView("client"), entry.client);
        if (entry.seq != 0)
            w.field(QLatin1StringView("seq"), qint64(entry.seq));
        w.endObject();
    }
    w.endArray();
}

template<class Text> JsonWriter<Text> &typed(JsonWriter<Text> &w, const char *type)
{
    return w.beginObject().field(QLatin1StringView("type"), QLatin1StringView(type));
}

template<class Text> void write(JsonWriter<Text> &w, const HelloMsg &m)
{
    typed(w, "hello")
        .field(QLatin1StringView("protocol"), qint64(m.protocol))
        .field(QLatin1StringView("name"), m.name)
        .field(QLatin1StringView("color"), m.color)
        .field(QLatin1StringView("client"), m.client);
    if (m.password)
        w.field(QLatin1StringView("password"), *m.password);
    if (m.revision) {
        w.field(QLatin1StringView("revision"), *m.revision)
            .field(QLatin1StringView("epoch"), m.epoch);
        if (!m.textHash.isEmpty())
            w.field(QLatin1StringView("textHash"), m.textHash);
    }
    if (m.create) {
        w.key(QLatin1StringView("create"))
            .beginObject()
            .field(QLatin1StringView("text"), m.create->text)
            .field(QLatin1StringView("language"), m.create->language);
        if (!m.create->title.isEmpty())
            w.field(QLatin1StringView("title"), m.create->title);
        if (m.create->password)
            w.field(QLatin1StringView("password"), *m.create->password);
        w.endObject();
    }
    if (m.owner)
        w.field(QLatin1StringView("owner"), *m.owner);
    w.endObject();
}

template<class Text> void write(JsonWriter<Text> &w, const OpMsg &m)
{
    typed(w, "op")
        .field(QLatin1StringView("revision"), m.revision)
        .field(QLatin1StringView("seq"), qint64(m.seq));
    writeOperation(w.key(QLatin1StringView("op")), m.op);
    if (m.selection)
        writeRanges(w.key(QLatin1StringView("selection")), *m.selection);
    writeDoc(w, m.doc);
    w.endObject();
}

template<class Text> void write(JsonWriter<Text> &w, const ReplaceMsg &m)
{
    typed(w, "replace")
        .field(QLatin1StringView("revision"), m.revision)
        .field(QLatin1StringView("seq"), qint64(m.seq))
        .field(QLatin1StringView("text"), m.text);
    writeDoc(w, m.doc);
    w.endObject();
}

template<class Text> void write(JsonWriter<Text> &w, const SelectionMsg &m)
{
    typed(w, "selection").field(QLatin1StringView("revision"), m.revision);
    writeRanges(w.key(QLatin1StringView("ranges")), m.ranges);
    writeDoc(w, m.doc);
    w.endObject();
}

template<class Text> void write(JsonWriter<Text> &w, const LanguageMsg &m)
{
    typed(w, "language").field(QLatin1StringView("language"), m.language);
    writeDoc(w, m.doc);
    w.endObject();
}

template<class Text> void write(JsonWriter<Text> &w, const OpenMsg &m)
{
    typed(w, "open").field(QLatin1StringView("doc"), m.doc);
    if (m.revision) {
        w.field(QLatin1StringView("revision"), *m.revision)
            .field(QLatin1StringView("epoch"), m.epoch);
        if (!m.textHash.isEmpty())
            w.field(QLatin1StringView("textHash"), m.textHash);
    }
    w.endObject();
}

template<class Text> void write(JsonWriter<Text> &w, const CloseMsg &m)
{
    typed(w, "close").field(QLatin1StringView("doc"), m.doc).endObject();
}

template<class Text> void write(JsonWriter<Text> &w, const FocusMsg &m)
{
    typed(w, "focus").field(QLatin1StringView("doc"), m.doc).endObject();
}

template<class Text> void write(JsonWriter<Text> &w, const SummonMsg &)
{
    typed(w, "summon").endObject();
}

template<class Text> void write(JsonWriter<Text> &w, const CreateMsg &m)
{
    typed(w, "create")
        .field(QLatin1StringView("path"), m.path)
        .field(QLatin1StringView("kind"), m.kind);
    if (m.kind == QLatin1String("file"))
        w.field(QLatin1StringView("text"), m.text).field(QLatin1StringView("language"), m.language);
    w.endObject();
}

template<class Text> void write(JsonWriter<Text> &w, const RenameMsg &m)
{
    typed(w, "rename")
        .field(QLatin1StringView("path"), m.path)
        .field(QLatin1StringView("to"), m.to)
        .endObject();
}

template<class Text> void write(JsonWriter<Text> &w, const DeleteMsg &m)
{
    typed(w, "delete").field(QLatin1StringView("path"), m.path).endObject();
}

template<class Text> void write(JsonWriter<Text> &w, const ChatMsg &m)
{
    typed(w, "chat").field(QLatin1StringView("text"), m.text).endObject();
}

template<class Text> void write(JsonWriter<Text> &w, const RemoveMsg &m)
{
    typed(w, "remove").field(QLatin1StringView("user"), qint64(m.user)).endObject();
}

template<class Text> void write(JsonWriter<Text> &w, const SettingsMsg &m)
{
    typed(w, "settings");
    if (m.readOnly)
        w.field(QLatin1StringView("readOnly"), *m.readOnly);
    if (m.password)
        w.field(QLatin1StringView("password"), *m.password);
    w.endObject();
}

// With @p text, the welcome's text is read from it instead of m.text.
template<class Text>
void write(JsonWriter<Text> &w, const WelcomeMsg &m, const Rope *text = nullptr)
{
    typed(w, "welcome").field(QLatin1StringView("room"), m.room);
    if (m.tree) {
        w.key(QLatin1StringView("tree"))
            .beginObject()
            .field(QLatin1StringView("revision"), m.tree->revision)
            .key(QLatin1StringView("entries"))
            .beginArray();
        for (const TreeEntry &entry : m.tree->entries)
            writeEntry(w, entry);
        w.endArray().endObject();
    } else {
        w.field(QLatin1StringView("epoch"), m.epoch)
            .field(QLatin1StringView("revision"), m.revision);
        if (text)
            w.field(QLatin1StringView("text"), *text);
        else if (m.text)
            w.field(QLatin1StringView("text"), *m.text);
        writeLog(w, m.ops);
        w.field(QLatin1StringView("lastSeq"), qint64(m.lastSeq))
            .field(QLatin1StringView("language"), m.language);
        if (m.authorship)
            w.key(QLatin1StringView("authorship")).jsonValue(authorshipToJson(*m.authorship));
    }
    w.field(QLatin1StringView("title"), m.title).field(QLatin1StringView("readOnly"), m.readOnly);
    writeParticipant(w.key(QLatin1StringView("you")), m.you, false);
    w.key(QLatin1StringView("users")).beginArray();
    for (const Participant &user : m.users)
        writeParticipant(w, user, true);
    w.endArray()
        .key(QLatin1StringView("limits"))
        .beginObject()
        .field(QLatin1StringView("message"), m.maxMessageBytes)
        .field(QLatin1StringView("document"), qint64(m.maxDocumentLength))
        .endObject()
        .endObject();
}

template<class Text> void write(JsonWriter<Text> &w, const AckMsg &m)
{
    typed(w, "ack")
        .field(QLatin1StringView("revision"), m.revision)
        .field(QLatin1StringView("seq"), qint64(m.seq));
    writeDoc(w, m.doc);
    w.endObject();
}

template<class Text> void write(JsonWriter<Text> &w, const PeerOpMsg &m)
{
    typed(w, "op").field(QLatin1StringView("revision"), m.revision);
    writeOperation(w.key(QLatin1StringView("op")), m.op);
    w.field(QLatin1StringView("user"), qint64(m.user));
    if (m.selection)
        writeRanges(w.key(QLatin1StringView("selection")), *m.selection);
    writeDoc(w, m.doc);
    w.endObject();
}

template<class Text> void write(JsonWriter<Text> &w, const PeerSelectionMsg &m)
{
    typed(w, "selection")
        .field(QLatin1StringView("user"), qint64(m.user))
        .field(QLatin1StringView("revision"), m.revision);
    writeRanges(w.key(QLatin1StringView("ranges")), m.ranges);
    writeDoc(w, m.doc);
    w.endObject();
}

template<class Text> void write(JsonWriter<Text> &w, const JoinedMsg &m)
{
    writeParticipant(typed(w, "joined").key(QLatin1StringView("user")), m.user, false);
    w.endObject();
}

template<class Text> void write(JsonWriter<Text> &w, const LeftMsg &m)
{
    typed(w, "left").field(QLatin1StringView("user"), qint64(m.user)).endObject();
}

template<class Text> void write(JsonWriter<Text> &w, const PeerLanguageMsg &m)
{
    typed(w, "language")
        .field(QLatin1StringView("language"), m.language)
        .field(QLatin1StringView("user"), qint64(m.user));
    writeDoc(w, m.doc);
    w.endObject();
}

template<class Text> void write(JsonWriter<Text> &w, const PeerChatMsg &m)
{
    typed(w, "chat")
        .field(QLatin1StringView("user"), qint64(m.user))
        .field(QLatin1StringView("text"), m.text);
    if (m.name)
        w.field(QLatin1StringView("name"), *m.name);
    if (m.color)
        w.field(QLatin1StringView("color"), *m.color);
    if (m.time)
        w.field(QLatin1StringView("time"), *m.time);
    if (m.history)
        w.field(QLatin1StringView("history"), true);
    w.endObject();
}

template<class Text> void write(JsonWriter<Text> &w, const PeerSettingsMsg &m)
{
    typed(w, "settings")
        .field(QLatin1StringView("readOnly"), m.readOnly)
        .field(QLatin1StringView("user"), qint64(m.user))
        .endObject();
}

template<class Text> void write(JsonWriter<Text> &w, const ErrorMsg &m)
{
    typed(w, "error")
        .field(QLatin1StringView("code"), m.code)
        .field(QLatin1StringView("message"), m.message);
    if (m.seq)
        w.field(QLatin1StringView("seq"), qint64(*m.seq));
    if (m.retryAfter)
        w.field(QLatin1StringView("retryAfter"), *m.retryAfter);
    if (!m.address.isEmpty())
        w.field(QLatin1StringView("address"), m.address);
    writeDoc(w, m.doc);
    w.endObject();
}

template<class Text> void write(JsonWriter<Text> &w, const OpenedMsg &m)
{
    typed(w, "opened")
        .field(QLatin1StringView("doc"), m.doc)
        .field(QLatin1StringView("epoch"), m.epoch)
        .field(QLatin1StringView("revision"), m.revision);
    if (m.text)
        w.field(QLatin1StringView("text"), *m.text);
    writeLog(w, m.ops);
    w.field(QLatin1StringView("lastSeq"), qint64(m.lastSeq))
        .field(QLatin1StringView("language"), m.language);
    if (m.authorship)
        w.key(QLatin1StringView("authorship")).jsonValue(authorshipToJson(*m.authorship));
    w.endObject();
}

template<class Text> void write(JsonWriter<Text> &w, const PeerFocusMsg &m)
{
    typed(w, "focus")
        .field(QLatin1StringView("user"), qint64(m.user))
        .field(QLatin1StringView("doc"), m.doc)
        .endObject();
}

template<class Text> void write(JsonWriter<Text> &w, const PeerSummonMsg &m)
{
    typed(w, "summon").field(QLatin1StringView("user"), qint64(m.user)).endObject();
}

template<class Text> void write(JsonWriter<Text> &w, const DiskMsg &m)
{
    typed(w, "disk")
        .field(QLatin1StringView("doc"), m.doc)
        .field(QLatin1StringView("deleted"), m.deleted)
        .endObject();
}

template<class Text> void write(JsonWriter<Text> &w, const TreeMsg &m)
{
    typed(w, "tree")
        .field(QLatin1StringView("revision"), m.revision)
        .field(QLatin1StringView("change"), m.change)
        .field(QLatin1StringView("path"), m.path);
    if (!m.to.isEmpty())
        w.field(QLatin1StringView("to"), m.to);
    if (m.entry)
        writeEntry(w.key(QLatin1StringView("entry")), *m.entry);
    w.field(QLatin1StringView("user"), qint64(m.user)).endObject();
}

template<class Text, class Message> Text written(const Message &message, qsizetype headroom = 0)
{
    JsonWriter<Text> w(128, headroom);
    std::visit([&](const auto &m) { write(w, m); }, message);
    return w.take();
}

} // namespace

QByteArray serialize(const ClientMessage &message)
{
    return written<QByteArray>(message);
}

QByteArray serialize(const ServerMessage &message)
{
    return written<QByteArray>(message);
}

QByteArray serialize(const ServerMessage &message, qsizetype headroom)
{
    return written<QByteArray>(message, headroom);
}

QByteArray serializeWelcome(const WelcomeMsg &welcome, const Rope &text)
{
    JsonWriter<QByteArray> w;
    write(w, welcome, &text);
    return w.take();
}

QString serializeText(const ClientMessage &message)
{
    return written<QString>(message);
}

QString serializeText(const ServerMessage &message)
{
    return written<QString>(message);
}

} // namespace ensemble
