#include "Room.h"

#include "Connection.h"
#include "ParticipantColors.h"
#include "protocol/MessageWriter.h"
#include "protocol/TextHash.h"

#include <QDateTime>
#include <QDir>
#include <QRandomGenerator>

namespace ensemble {

namespace {

const QString historyName = QStringLiteral("history");

// How long chat lines wait to be written: at most this much chat is lost in a crash.
constexpr int chatSaveDelayMs = 1000;

// A fresh epoch tells rejoining clients that revisions from an earlier incarnation of a room with
// the same id mean nothing here.
QString newEpoch()
{
    return QString::number(QRandomGenerator::system()->generate64(), 16);
}

ServerDocument makeDocument(const QString &text, qint64 revision, const Limits &limits)
{
    ServerDocument document(text, revision, limits.keptOperations);
    document.setMaxLogUnits(limits.keptOperationUnits);
    document.setMaxTransformWork(limits.maxTransformWork);
    return document;
}

} // namespace

Room::Room(const RoomSnapshot &snapshot, ServerDocument document, std::unique_ptr<RoomStore> store,
           const ServerConfig &config, QObject *parent)
    : QObject(parent)
    , m_id(snapshot.room)
    , m_epoch(snapshot.epoch)
    , m_document(std::move(document))
    , m_language(snapshot.language)
    , m_title(snapshot.title)
    , m_access(snapshot.access)
    , m_chat(config.limits.keptChatLines)
    , m_store(std::move(store))
    , m_limits(config.limits)
    , m_passwordIterations(config.access.passwordIterations)
    , m_lastJoined(snapshot.lastJoined ? snapshot.lastJoined : QDateTime::currentMSecsSinceEpoch())
    , m_kept(snapshot.kept)
{
    // Set after a loaded room's log has replayed, so a room over a lowered limit still loads.
    // The document checks each operation after transforming it: one based on an older revision
    // can grow the text more than it did in its sender's.
    m_document.setMaxDocumentLength(m_limits.maxDocumentLength);
    m_chatSave.setSingleShot(true);
    m_chatSave.setInterval(chatSaveDelayMs);
    connect(&m_chatSave, &QTimer::timeout, this, &Room::saveChat);
}

Room::~Room() = default;

Result<Room *> Room::create(RoomSnapshot seed, const ServerConfig &config, QObject *parent)
{
    seed.epoch = newEpoch();
    seed.revision = 0;
    seed.clients.clear();
    std::unique_ptr<RoomStore> store;
    if (!config.dataDir.isEmpty()) {
        Result<std::unique_ptr<RoomStore>> created
            = RoomStore::create(QDir(config.dataDir).filePath(seed.room), seed);
        if (!created)
            return created.error();
        store = std::move(created).value();
    }
    ServerDocument document = makeDocument(seed.text, 0, config.limits);
    auto *room = new Room(seed, std::move(document), std::move(store), config, parent);
    if (room->m_store)
        room->openHistory(room->m_store->directory(), true); // retried on the next edit
    return room;
}

Result<Room *> Room::load(const QString &dir, const ServerConfig &config, QObject *parent,
                          QString *note)
{
    auto opened = RoomStore::open(dir);
    if (!opened)
        return opened.error();
    auto [store, stored] = std::move(opened).value();
    *note = stored.warning;
    const RoomSnapshot &s = stored.snapshot;
    // The server finds a room by its directory's name: a room claiming another id (a directory
    // copied or renamed by hand) would be listed where nobody can reach it, or take another's
    // place.
    if (s.room != QDir(dir).dirName()) {
        return Error {
            errorCodeName(ErrorCode::StorageFailed),
            QStringLiteral("%1 holds room %2, not the room its directory names").arg(dir, s.room)};
    }
    ServerDocument document = makeDocument(s.text, s.revision, config.limits);
    for (auto it = s.clients.cbegin(); it != s.clients.cend(); ++it)
        document.restoreClient(it.key(), it.value());
    // Replaying through receive() rebuilds the in-memory log too, so clients that were connected
    // before the restart catch up by operations rather than by a full-text merge.
    for (const LoggedOperation &entry : std::as_const(stored.log)) {
        const auto applied
            = document.receive(entry.op, entry.revision - 1, entry.client, entry.seq);
        // A duplicate changes nothing, so the room would give its revision to the next edit,
        // which the next load would skip as already replayed.
        if (applied && applied.value().duplicate) {
            return Error {errorCodeName(ErrorCode::StorageFailed),
                          QStringLiteral("%1: revision %2 repeats an operation of %3")
                              .arg(dir)
                              .arg(entry.revision)
                              .arg(entry.client)};
        }
        if (!applied) {
            return Error {applied.error().code,
                          QStringLiteral("%1: revision %2 does not replay: %3")
                              .arg(dir)
                              .arg(entry.revision)
                              .arg(applied.error().message)};
        }
    }
    document.forgetSentOperations();
    // A damaged chat is not worth losing the room over: it starts empty, and the operator hears.
    QString chatNote;
    ChatHistory chat = store->loadChat(config.limits.keptChatLines, &chatNote);
    if (!chatNote.isEmpty())
        *note = note->isEmpty() ? chatNote : *note + u'\n' + chatNote;
    auto *room = new Room(s, std::move(document), std::move(store), config, parent);
    room->m_chat = std::move(chat);
    if (const QString historyNote = room->openHistory(dir, false); !historyNote.isEmpty())
        *note = note->isEmpty() ? historyNote : *note + u'\n' + historyNote;
    return room;
}

QList<Participant> Room::participants() const
{
    QList<Participant> result;
    for (const Connection *member : m_members) {
        Participant p = member->participant();
        p.selection = currentSelection(member).value_or(Selection());
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
    WelcomeMsg welcome;
    welcome.room = m_id;
    welcome.epoch = m_epoch;
    welcome.revision = m_document.revision();
    welcome.lastSeq = m_document.lastSeq(hello.client);
    welcome.language = m_language;
    welcome.title = m_title;
    welcome.readOnly = m_access.readOnly;
    // Two carets in one colour would look like one person's (two "Guest"s used to get the same).
    QList<QString> taken;
    for (const Connection *member : std::as_const(m_members))
        taken.append(member->participant().color);
    welcome.you
        = Participant {m_nextUserId++, hello.name, distinctColor(hello.color, taken), {}, owner};
    const qint64 workBefore = m_document.workDone();
    catchUpSelections();
    welcome.users = participants();
    welcome.maxMessageBytes = m_limits.maxMessageBytes;
    welcome.maxDocumentLength = m_limits.maxDocumentLength;
    if (hello.revision && hello.epoch == m_epoch
        && namesSameText(*hello.revision, hello.textHash)) {
        if (auto since = m_document.operationsSince(*hello.revision))
            welcome.ops = catchUp(since.value(), hello.client);
    }
    // Anything the log cannot bridge (a fresh join, another epoch, a revision from before the
    // kept log or after a lost write, or one handed out again since) gets the whole text; the
    // client merges against it.
    std::optional<Rope> text;
    if (!welcome.ops)
        text = m_document.textSnapshot();

    connection->chargeWork(m_document.workDone() - workBefore);
    connection->setJoined(this, welcome.you, hello.client);
    connect(connection, &Connection::messageReceived, this, &Room::onMessage);
    const Participant you = welcome.you;
    connection->sendWelcome(std::move(welcome), std::move(text));
    sendChatHistory(connection);
    broadcast(JoinedMsg {you}, connection);
    m_members.append(connection);
    // Saved with the next snapshot (at the latest when the server stops), for room expiry.
    m_lastJoined = QDateTime::currentMSecsSinceEpoch();
    emit participantJoined(you);
}

bool Room::namesSameText(qint64 revision, const QString &clientTextHash) const
{
    // Clients that do not send the hash get the benefit of the doubt, as before it existed.
    // Rebuilding the old text is catch-up work; beyond the bound the client gets the whole text.
    if (clientTextHash.isEmpty())
        return true;
    const Result<QString> text = m_document.chargedTextAt(revision);
    return text && textHash(text.value()) == clientTextHash;
}

void Room::catchUpSelections()
{
    // Done for the whole room so that later joins find the selections current; one join spends
    // at most maxTransformWork on them, and a selection beyond that is dropped (its owner's next
    // move shows it again).
    const qint64 limit = m_limits.maxTransformWork;
    qint64 left = limit;
    for (Connection *member : std::as_const(m_members)) {
        const qint64 revision = member->selectionRevision();
        if (member->selection().isEmpty() || revision == m_document.revision())
            continue;
        Selection moved;
        if (revision >= m_document.oldestRevision()) {
            const qint64 work = m_document.selectionWork(member->selection(), revision);
            if (limit == 0 || work <= left) {
                left -= work;
                if (Result<Selection> since
                    = m_document.selectionSince(member->selection(), revision))
                    moved = std::move(since).value();
            }
        }
        member->setSelection(m_document.revision(), moved);
    }
}

QList<LoggedOperation> Room::catchUp(const QList<LogEntry> &entries, const QString &clientId) const
{
    // Client ids are credentials of a kind (a connection with someone's id replaces theirs), so
    // only the recipient's own entries say whose they are: that is all it needs to recognise an
    // operation whose ack it missed.
    QList<LoggedOperation> ops;
    ops.reserve(entries.size());
    for (const LogEntry &entry : entries) {
        const bool own = entry.clientId == clientId;
        ops.append(LoggedOperation {entry.revision, entry.op, own ? entry.clientId : QString(),
                                    own ? entry.seq : 0});
    }
    return ops;
}

void Room::leave(Connection *connection)
{
    if (m_members.contains(connection))
        removeMember(connection);
}

void Room::removeMember(Connection *connection)
{
    m_members.removeOne(connection);
    disconnect(connection, nullptr, this, nullptr);
    connection->detach();
    broadcast(LeftMsg {connection->participant().id}, nullptr);
    emit participantLeft(connection->participant());
}

void Room::detachAll()
{
    for (Connection *member : std::exchange(m_members, {})) {
        disconnect(member, nullptr, this, nullptr);
        member->detach();
    }
}

void Room::closeAll(ErrorCode code, const QString &message)
{
    for (Connection *member : std::exchange(m_members, {})) {
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

RoomSnapshot Room::snapshot() const
{
    return RoomSnapshot {m_id,
                         m_epoch,
                         m_document.revision(),
                         m_document.text(),
                         m_language,
                         m_document.clients(),
                         m_title,
                         m_access,
                         m_lastJoined,
                         m_kept};
}

void Room::record(const LoggedOperation &entry, const Participant &author)
{
    if (!m_store)
        return;
    recordHistory(entry, author);
    // After a failed write the log has a gap, so only a full snapshot can make the room durable
    // again; it is retried on every edit until it succeeds.
    Result<std::monostate> written
        = m_storageFailing || m_store->wantsCompaction(m_document.length())
        ? m_store->compact(snapshot())
        : m_store->append(entry);
    if (!written) {
        if (!m_storageFailing) {
            emit warning(tr("Room %1 is not being saved: %2").arg(m_id, written.error().message));
            broadcast(ErrorMsg {errorCodeName(ErrorCode::StorageFailed),
                                tr("The server cannot save this room; recent edits may be lost if "
                                   "it stops."),
                                {}},
                      nullptr);
        }
        m_storageFailing = true;
        return;
    }
    if (m_storageFailing)
        emit warning(tr("Room %1 is being saved again.").arg(m_id));
    m_storageFailing = false;
}

QString Room::openHistory(const QString &roomDir, bool fresh)
{
    // The history continues the room's: it starts at the room's revision when it is new (a new
    // room, or one from before histories), and a gap marks revisions it missed (a crash between
    // the two appends, a failed write). One that cannot be read, or that is ahead of the room
    // (whose log was cut back), is kept aside and a new one starts.
    const QString dir = roomDir + u'/' + historyName;
    const qint64 revision = m_document.revision();
    QString note;
    if (QDir(dir).exists()) {
        // A new room's directory holds no history of its own: anything there is left over.
        auto opened = fresh ? Result<std::unique_ptr<HistoryStore>>(
                          Error {QStringLiteral("storage_failed"),
                                 QStringLiteral("%1 was left over from another room").arg(dir)})
                            : HistoryStore::open(dir, {}, &note);
        if (opened && opened.value()->revision() <= revision) {
            m_history = std::move(opened).value();
            if (m_history->revision() < revision) {
                if (Result<std::monostate> restarted = m_history->restart(revision, text());
                    !restarted) {
                    m_history.reset();
                    return restarted.error().message;
                }
            }
            return note;
        }
        const QString aside = dir + QStringLiteral(".damaged-")
            + QString::number(QDateTime::currentMSecsSinceEpoch());
        note = opened ? QStringLiteral("%1 is past revision %2, so it was moved to %3")
                            .arg(dir)
                            .arg(revision)
                            .arg(aside)
                      : QStringLiteral("%1 (moved to %2)").arg(opened.error().message, aside);
        if (!QDir().rename(dir, aside))
            return note + QStringLiteral("; it could not be moved, so the room keeps no history");
    }
    auto created = HistoryStore::create(dir, revision, text());
    if (!created)
        return created.error().message;
    m_history = std::move(created).value();
    return note;
}

void Room::recordHistory(const LoggedOperation &entry, const Participant &author)
{
    // Not part of the durability promise: a failed history write is reported to the operator,
    // not to the room, and the history goes on after a gap.
    if (!m_history) {
        // Opened or created at the current revision, which already holds this entry.
        const QString problem = openHistory(m_store->directory(), false);
        if (!m_history && !m_historyFailing)
            emit warning(tr("Room %1 does not keep its history: %2").arg(m_id, problem));
        m_historyFailing = !m_history;
        return;
    }
    Result<std::monostate> written = m_history->revision() == entry.revision - 1
        ? m_history->append(HistoryEntry {
            entry.revision, entry.op,
            HistoryAuthor {m_history->authorId(entry.client), author.name, author.color},
            QDateTime::currentMSecsSinceEpoch()})
        : m_history->restart(m_document.revision(), text());
    if (written && m_history->wantsCheckpoint(m_document.length()))
        written = m_history->checkpoint(text());
    if (!written) {
        if (!m_historyFailing)
            emit warning(
                tr("Room %1 does not keep its history: %2").arg(m_id, written.error().message));
        m_historyFailing = true;
        return;
    }
    m_historyFailing = false;
}

void Room::persist()
{
    if (!m_store)
        return;
    if (m_chatSave.isActive()) {
        m_chatSave.stop();
        saveChat();
    }
    Result<std::monostate> written = m_store->compact(snapshot());
    if (!written)
        emit warning(tr("Room %1 could not be saved: %2").arg(m_id, written.error().message));
}

void Room::saveChat()
{
    Result<qint64> written = m_store->saveChat(m_chat);
    if (!written)
        emit warning(tr("Room %1 could not save its chat: %2").arg(m_id, written.error().message));
}

qint64 Room::diskBytes() const
{
    return (m_store ? m_store->diskBytes() : 0) + (m_history ? m_history->diskBytes() : 0);
}

bool Room::removeFiles()
{
    m_history.reset();
    return !m_store || m_store->remove();
}

} // namespace ensemble
