#include "Room.h"

#include "Connection.h"
#include "ParticipantColors.h"
#include "RoomDocument.h"

#include <QDateTime>
#include <QDir>
#include <utility>

namespace ensemble {

namespace {

// How long chat lines wait to be written: at most this much chat is lost in a crash.
constexpr int chatSaveDelayMs = 1000;

const QString firstDocument = QStringLiteral("d1");

} // namespace

Room::Room(const SessionRecord &record, std::unique_ptr<SessionStore> store,
           const ServerConfig &config, QObject *parent)
    : QObject(parent)
    , m_id(record.room)
    , m_title(record.title)
    , m_access(record.access)
    , m_chat(config.limits.keptChatLines)
    , m_store(std::move(store))
    , m_tree(record.documents)
    , m_treeRevision(record.treeRevision)
    , m_nextDocument(record.nextDocument)
    , m_limits(config.limits)
    , m_passwordIterations(config.access.passwordIterations)
    , m_lastJoined(record.lastJoined ? record.lastJoined : QDateTime::currentMSecsSinceEpoch())
    , m_kept(record.kept)
    , m_journal(config.journal)
{
    m_paths.rebuild(m_tree);
    m_chatSave.setSingleShot(true);
    m_chatSave.setInterval(chatSaveDelayMs);
    connect(&m_chatSave, &QTimer::timeout, this, &Room::saveChat);
}

Room::~Room() = default;

Result<Room *> Room::create(RoomSnapshot seed, const ServerConfig &config, QObject *parent)
{
    // The tree names the document by its title; a room without one has an untitled file.
    const QString path = seed.title.isEmpty() ? QStringLiteral("untitled") : seed.title;
    const SessionRecord record {seed.room, seed.title, seed.access, seed.lastJoined,
                                seed.kept, 0,          2,           {{firstDocument, path}}};
    std::unique_ptr<SessionStore> store;
    QString documentDir;
    if (!config.dataDir.isEmpty()) {
        const QString dir = QDir(config.dataDir).filePath(seed.room);
        // session.json first: a document directory without it would be left over, not a room.
        Result<std::unique_ptr<SessionStore>> created = SessionStore::create(dir, record);
        if (!created)
            return created.error();
        store = std::move(created).value();
        documentDir = SessionStore::documentDirectory(dir, firstDocument);
    }
    Result<RoomDocument *> document = RoomDocument::create(
        firstDocument, seed.room, seed.text, seed.language, documentDir, config.limits, nullptr);
    if (!document)
        return document.error();
    auto *room = new Room(record, std::move(store), config, parent);
    room->adopt(document.value(), true);
    if (room->m_journal) // Its title and access, for a server that takes it over.
        room->m_journal->saveSession(room->m_id, SessionStore::encode(record));
    return room;
}

Result<Room *> Room::load(const QString &dir, const ServerConfig &config, QObject *parent,
                          QString *note)
{
    auto opened = SessionStore::open(dir);
    if (!opened)
        return opened.error();
    auto [store, record] = std::move(opened).value();
    QStringList notes;
    std::vector<std::unique_ptr<RoomDocument>> documents;
    for (const SessionDocument &entry : std::as_const(record.documents)) {
        if (entry.doc.isEmpty())
            continue; // a folder
        QString documentNote;
        Result<RoomDocument *> document = RoomDocument::load(
            entry.doc, record.room, SessionStore::documentDirectory(dir, entry.doc), config.limits,
            nullptr, &documentNote);
        if (!document)
            return document.error();
        documents.emplace_back(document.value());
        if (!documentNote.isEmpty())
            notes.append(documentNote);
    }
    // A damaged chat is not worth losing the room over: it starts empty, and the operator hears.
    QString chatNote;
    ChatHistory chat = store->loadChat(config.limits.keptChatLines, &chatNote);
    if (!chatNote.isEmpty())
        notes.append(chatNote);
    auto *room = new Room(record, std::move(store), config, parent);
    room->m_chat = std::move(chat);
    for (std::unique_ptr<RoomDocument> &document : documents)
        room->adopt(document.release());
    *note = notes.join(u'\n');
    return room;
}

void Room::adopt(RoomDocument *document, bool fresh)
{
    if (m_journal) {
        document->setJournal(m_journal);
        if (fresh)
            m_journal->create(m_id, document->journalEntry());
    }
    document->setParent(this);
    m_textLength += document->length();
    m_documents.append(document);
    m_documentsById.insert(document->id(), document);
    connect(document, &RoomDocument::warning, this, &Room::warning);
}

QString Room::epoch() const
{
    return m_documents.isEmpty() ? QString() : m_documents.constFirst()->epoch();
}

QString Room::text() const
{
    return m_documents.isEmpty() ? QString() : m_documents.constFirst()->text();
}

qint64 Room::revision() const
{
    return m_documents.isEmpty() ? 0 : m_documents.constFirst()->revision();
}

QString Room::language() const
{
    return m_documents.isEmpty() ? QString() : m_documents.constFirst()->language();
}

bool Room::isFolder() const
{
    return m_tree.size() != 1 || m_documents.size() != 1;
}

RoomDocument *Room::document(const QString &id) const
{
    // By id, not by a walk of the list: a welcome names every document of a 1,000-file session.
    return m_documentsById.value(id);
}

qint64 Room::droppedSelections() const
{
    qint64 dropped = 0;
    for (const RoomDocument *document : m_documents)
        dropped += document->droppedSelections();
    return dropped;
}

QList<Participant> Room::participants() const
{
    QList<Participant> result;
    for (const Connection *member : m_members) {
        Participant p = member->participant();
        if (!m_documents.isEmpty())
            p.selection = m_documents.constFirst()->selectionOf(member).value_or(Selection());
        p.doc = m_focus.value(member);
        result.append(p);
    }
    return result;
}

void Room::join(Connection *connection, const HelloMsg &hello, bool owner)
{
    if (m_access.removed.contains(hello.client)) {
        connection->sendError(ErrorCode::Removed, tr("The owner removed you from this room."));
        return;
    }
    // A client that reconnects before the server noticed its old socket die takes over.
    for (Connection *member : std::as_const(m_members)) {
        if (member->clientId() == hello.client) {
            member->sendError(ErrorCode::Replaced,
                              tr("The same client joined again from elsewhere."));
            removeMember(member);
            break;
        }
    }
    if (m_members.size() >= m_limits.maxParticipants) {
        connection->sendError(
            ErrorCode::RoomFull,
            tr("This room already has %n participant(s).", nullptr, int(m_members.size())));
        return;
    }
    if (hello.protocol == 1 && isFolder()) {
        connection->sendError(ErrorCode::IncompatibleVersion,
                              tr("this session shares a folder; it needs a client of protocol 2"));
        return;
    }
    // Two carets in one colour would look like one person's (two "Guest"s used to get the same).
    QList<QString> taken;
    for (const Connection *member : std::as_const(m_members))
        taken.append(member->participant().color);
    const Participant you {
        m_nextUserId++, hello.name, distinctColor(hello.color, taken), {}, owner};
    connection->setJoined(this, you, hello.client);
    connect(connection, &Connection::messageReceived, this, &Room::onMessage);
    if (hello.protocol == 1)
        welcomeToDocument(connection, hello, you);
    else
        welcomeToFolder(connection, you);
    sendChatHistory(connection);
    broadcast(JoinedMsg {you}, connection);
    m_members.append(connection);
    // Saved with the next snapshot (at the latest when the server stops), for room expiry.
    m_lastJoined = QDateTime::currentMSecsSinceEpoch();
    emit participantJoined(you);
}

void Room::welcomeToDocument(Connection *connection, const HelloMsg &hello, const Participant &you)
{
    RoomDocument *document = m_documents.constFirst();
    const qint64 workBefore = document->workDone();
    DocumentOpening opening
        = document->opening(hello.client, hello.revision, hello.epoch, hello.textHash);
    WelcomeMsg welcome;
    welcome.room = m_id;
    welcome.epoch = opening.epoch;
    welcome.revision = opening.revision;
    welcome.lastSeq = opening.lastSeq;
    welcome.language = opening.language;
    welcome.title = m_title;
    welcome.readOnly = m_access.readOnly;
    welcome.you = you;
    document->catchUpSelections();
    for (const Connection *member : std::as_const(m_members)) {
        Participant p = member->participant();
        p.selection = document->selectionOf(member).value_or(Selection());
        welcome.users.append(p);
    }
    welcome.maxMessageBytes = m_limits.maxMessageBytes;
    welcome.maxDocumentLength = m_limits.maxDocumentLength;
    welcome.ops = std::move(opening.ops);
    welcome.authorship = document->authorshipFor(connection);
    connection->chargeWork(document->workDone() - workBefore);
    connection->sendWelcome(std::move(welcome), std::move(opening.text));
    document->subscribe(connection, false);
}

void Room::welcomeToFolder(Connection *connection, const Participant &you)
{
    WelcomeMsg welcome;
    welcome.room = m_id;
    welcome.title = m_title;
    welcome.readOnly = m_access.readOnly;
    welcome.you = you;
    // Selections come with each document's `opened`; here only who is where.
    for (const Connection *member : std::as_const(m_members)) {
        Participant p = member->participant();
        p.doc = m_focus.value(member);
        welcome.users.append(p);
    }
    welcome.maxMessageBytes = m_limits.maxMessageBytes;
    welcome.maxDocumentLength = m_limits.maxDocumentLength;
    SessionTree tree {m_treeRevision, {}};
    for (const SessionDocument &entry : std::as_const(m_tree)) {
        const RoomDocument *file = document(entry.doc);
        tree.entries.append(file ? TreeEntry {entry.path, QStringLiteral("file"), entry.doc,
                                              qint64(file->length()),
                                              m_deletedOnDisk.contains(entry.doc)}
                                 : TreeEntry {entry.path, QStringLiteral("dir")});
    }
    welcome.tree = std::move(tree);
    m_protocols.insert(connection, 2);
    connection->sendWelcome(std::move(welcome), std::nullopt);
}

void Room::leave(Connection *connection)
{
    if (m_members.contains(connection))
        removeMember(connection);
}

void Room::removeMember(Connection *connection)
{
    m_members.removeOne(connection);
    m_protocols.remove(connection);
    m_focus.remove(connection);
    for (RoomDocument *document : std::as_const(m_documents))
        document->unsubscribe(connection);
    disconnect(connection, nullptr, this, nullptr);
    connection->detach();
    broadcast(LeftMsg {connection->participant().id}, nullptr);
    emit participantLeft(connection->participant());
}

void Room::detachAll()
{
    m_protocols.clear();
    m_focus.clear();
    for (Connection *member : std::exchange(m_members, {})) {
        for (RoomDocument *document : std::as_const(m_documents))
            document->unsubscribe(member);
        disconnect(member, nullptr, this, nullptr);
        member->detach();
    }
}

void Room::closeAll(ErrorCode code, const QString &message)
{
    for (Connection *member : std::exchange(m_members, {})) {
        for (RoomDocument *document : std::as_const(m_documents))
            document->unsubscribe(member);
        disconnect(member, nullptr, this, nullptr);
        member->detach();
        member->sendError(code, message);
    }
}

void Room::broadcast(const ServerMessage &message, const Connection *except)
{
    // Serialised once for everyone: with many members this is most of the cost of a relay.
    const OutgoingFrame frame(message);
    for (Connection *member : std::as_const(m_members)) {
        if (member != except)
            member->send(frame);
    }
}

SessionRecord Room::record() const
{
    return SessionRecord {m_id,   m_title,        m_access,       m_lastJoined,
                          m_kept, m_treeRevision, m_nextDocument, m_tree};
}

void Room::holdSessionSaves(bool held)
{
    m_holdSaves = held;
    if (!held && std::exchange(m_saveHeld, false))
        saveSession();
}

void Room::saveSession()
{
    if (m_journal)
        m_journal->saveSession(m_id, SessionStore::encode(record()));
    if (!m_store)
        return;
    if (m_holdSaves) {
        m_saveHeld = true;
        return;
    }
    Result<std::monostate> written = m_store->save(record());
    if (!written)
        emit warning(tr("Room %1 could not be saved: %2").arg(m_id, written.error().message));
}

void Room::persist()
{
    if (m_chatSave.isActive()) {
        m_chatSave.stop();
        saveChat();
    }
    if (!m_store)
        return;
    saveSession();
    for (RoomDocument *document : std::as_const(m_documents))
        document->persist();
}

void Room::saveChat()
{
    if (m_journal)
        m_journal->saveChat(m_id, m_chat.toJson());
    if (!m_store)
        return;
    Result<qint64> written = m_store->saveChat(m_chat);
    if (!written)
        emit warning(tr("Room %1 could not save its chat: %2").arg(m_id, written.error().message));
}

qint64 Room::diskBytes() const
{
    qint64 bytes = m_store ? m_store->diskBytes() : 0;
    for (const RoomDocument *document : m_documents)
        bytes += document->diskBytes();
    return bytes;
}

bool Room::removeFiles()
{
    bool removed = true;
    for (RoomDocument *document : std::as_const(m_documents))
        removed = document->removeFiles() && removed;
    return (!m_store || m_store->remove()) && removed;
}

} // namespace ensemble
