#include "RoomDocument.h"

#include "Connection.h"
#include "protocol/TextHash.h"

#include <QDir>
#include <QRandomGenerator>

namespace ensemble {

namespace {

// A fresh epoch tells rejoining clients that revisions from an earlier incarnation of a document
// with the same id mean nothing here.
QString newEpoch()
{
    return QString::number(QRandomGenerator::system()->generate64(), 16);
}

// Names the document in a message that can carry `doc` (protocol 2), or leaves it unnamed.
void setDoc(ServerMessage &message, const QString &doc)
{
    std::visit(
        [&doc](auto &m) {
            if constexpr (requires { m.doc = doc; })
                m.doc = doc;
        },
        message);
}

ServerDocument makeDocument(const QString &text, qint64 revision, const Limits &limits)
{
    ServerDocument document(text, revision, limits.keptOperations);
    document.setMaxLogUnits(limits.keptOperationUnits);
    document.setMaxTransformWork(limits.maxTransformWork);
    return document;
}

} // namespace

RoomDocument::RoomDocument(const RoomSnapshot &snapshot, ServerDocument document,
                           std::unique_ptr<RoomStore> store, const Limits &limits, QObject *parent)
    : QObject(parent)
    , m_session(snapshot.room)
    , m_epoch(snapshot.epoch)
    , m_document(std::move(document))
    , m_language(snapshot.language)
    , m_store(std::move(store))
    , m_limits(limits)
    , m_authors(DocumentAuthors::fromJson(snapshot.authorship, snapshot.text.size()))
{
    // Set after a loaded document's log has replayed, so one over a lowered limit still loads.
    // The document checks each operation after transforming it: one based on an older revision
    // can grow the text more than it did in its sender's.
    m_document.setMaxDocumentLength(m_limits.maxDocumentLength);
    m_authorSalt.resize(16);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(m_authorSalt.data()),
                                         reinterpret_cast<quint32 *>(m_authorSalt.data() + 16));
}

RoomDocument::~RoomDocument() = default;

Result<RoomDocument *> RoomDocument::create(const QString &id, const QString &session,
                                            const QString &text, const QString &language,
                                            const QString &dir, const Limits &limits,
                                            QObject *parent)
{
    RoomSnapshot seed {session, newEpoch(), 0, text, language, {}};
    std::unique_ptr<RoomStore> store;
    if (!dir.isEmpty()) {
        Result<std::unique_ptr<RoomStore>> created = RoomStore::create(dir, seed);
        if (!created)
            return created.error();
        store = std::move(created).value();
    }
    auto *document
        = new RoomDocument(seed, makeDocument(text, 0, limits), std::move(store), limits, parent);
    document->m_id = id;
    if (document->m_store)
        document->openHistory(true); // retried on the next edit
    return document;
}

Result<RoomDocument *> RoomDocument::load(const QString &id, const QString &session,
                                          const QString &dir, const Limits &limits, QObject *parent,
                                          QString *note)
{
    auto opened = RoomStore::open(dir);
    if (!opened)
        return opened.error();
    auto [store, stored] = std::move(opened).value();
    *note = stored.warning;
    const RoomSnapshot &s = stored.snapshot;
    // A document copied by hand from another session would mix up two rooms' clients and seqs.
    if (s.room != session) {
        return Error {
            errorCodeName(ErrorCode::StorageFailed),
            QStringLiteral("%1 holds a document of room %2, not of %3").arg(dir, s.room, session)};
    }
    ServerDocument document = makeDocument(s.text, s.revision, limits);
    for (auto it = s.clients.cbegin(); it != s.clients.cend(); ++it)
        document.restoreClient(it.key(), it.value());
    QList<LoggedOperation> replayed; // as applied, for the authorship
    if (Result<std::monostate> done = replay(document, stored.log, dir, replayed); !done)
        return done.error();
    document.forgetSentOperations();
    auto *loaded = new RoomDocument(s, std::move(document), std::move(store), limits, parent);
    loaded->m_id = id;
    if (const QString historyNote = loaded->openHistory(false); !historyNote.isEmpty())
        *note = note->isEmpty() ? historyNote : *note + u'\n' + historyNote;
    // After the history, whose salt makes the author ids.
    loaded->replayAuthors(replayed);
    return loaded;
}

Result<RoomDocument *> RoomDocument::restore(const QString &session, const JournalDocument &stored,
                                             const Limits &limits, QObject *parent)
{
    ServerDocument document = makeDocument(stored.text, stored.revision, limits);
    for (auto it = stored.clients.cbegin(); it != stored.clients.cend(); ++it)
        document.restoreClient(it.key(), it.value());
    const QString where = QStringLiteral("document %1 of session %2").arg(stored.id, session);
    QList<LoggedOperation> replayed;
    if (Result<std::monostate> done = replay(document, stored.ops, where, replayed); !done)
        return done.error();
    document.forgetSentOperations();
    RoomSnapshot s {session, stored.epoch, stored.revision, stored.text, stored.language, {}};
    s.authorship = stored.authorship;
    auto *restored = new RoomDocument(s, std::move(document), nullptr, limits, parent);
    restored->m_id = stored.id;
    restored->m_journaledRevision = stored.revision;
    // The same salt, so a typist's author id is the one the server before gave them.
    if (!stored.authorSalt.isEmpty()) {
        restored->m_authorSalt = stored.authorSalt;
        restored->m_authorIds.clear(); // derived from the salt the constructor drew
    }
    // The snapshot's authorship, then the operations since it.
    restored->replayAuthors(replayed, stored.authors);
    return restored;
}

Result<std::monostate> RoomDocument::replay(ServerDocument &document,
                                            const QList<LoggedOperation> &ops, const QString &where,
                                            QList<LoggedOperation> &replayed)
{
    // Replaying through receive() rebuilds the in-memory log too, so clients that were connected
    // before the restart catch up by operations rather than by a full-text merge.
    for (const LoggedOperation &entry : ops) {
        const auto applied
            = document.receive(entry.op, entry.revision - 1, entry.client, entry.seq);
        if (applied)
            replayed.append(LoggedOperation {entry.revision, applied.value().op, entry.client});
        // A duplicate changes nothing, so the document would give its revision to the next edit,
        // which the next load would skip as already replayed.
        if (applied && applied.value().duplicate) {
            return Error {errorCodeName(ErrorCode::StorageFailed),
                          QStringLiteral("%1: revision %2 repeats an operation of %3")
                              .arg(where)
                              .arg(entry.revision)
                              .arg(entry.client)};
        }
        if (!applied) {
            return Error {applied.error().code,
                          QStringLiteral("%1: revision %2 does not replay: %3")
                              .arg(where)
                              .arg(entry.revision)
                              .arg(applied.error().message)};
        }
    }
    return std::monostate {};
}

DocumentOpening RoomDocument::opening(const QString &clientId, std::optional<qint64> revision,
                                      const QString &epoch, const QString &textHash) const
{
    DocumentOpening opening {
        m_epoch, m_document.revision(), m_document.lastSeq(clientId), m_language, {}, {}};
    if (revision && epoch == m_epoch && namesSameText(*revision, textHash)) {
        if (auto since = m_document.operationsSince(*revision))
            opening.ops = catchUp(since.value(), clientId);
    }
    // Anything the log cannot bridge (a fresh join, another epoch, a revision from before the
    // kept log or after a lost write, or one handed out again since) gets the whole text; the
    // client merges against it.
    if (!opening.ops)
        opening.text = m_document.textSnapshot();
    return opening;
}

bool RoomDocument::namesSameText(qint64 revision, const QString &clientTextHash) const
{
    // Clients that do not send the hash get the benefit of the doubt, as before it existed.
    // Rebuilding the old text is catch-up work; beyond the bound the client gets the whole text.
    if (clientTextHash.isEmpty())
        return true;
    const Result<QString> text = m_document.chargedTextAt(revision);
    return text && textHash(text.value()) == clientTextHash;
}

QList<LoggedOperation> RoomDocument::catchUp(const QList<LogEntry> &entries,
                                             const QString &clientId) const
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

void RoomDocument::subscribe(Connection *member, bool tagged)
{
    if (!m_subscribers.contains(member))
        m_subscribers.append(member);
    // Their entry in the authorship table, if they wrote here before, takes today's name.
    m_authors.rename(authorIdOf(member->clientId()), member->participant().name,
                     member->participant().color);
    // Its opening has the held revisions already: their relays are not for it.
    if (!m_held.isEmpty())
        m_joinedAt.insert(member, m_document.revision());
    if (tagged)
        m_tagged.insert(member);
}

void RoomDocument::unsubscribe(Connection *member)
{
    m_subscribers.removeOne(member);
    m_tagged.remove(member);
    m_selections.remove(member);
    m_joinedAt.remove(member);
}

void RoomDocument::setSelection(const Connection *member, qint64 revision,
                                const Selection &selection)
{
    m_selections.insert(member, Subscriber {revision, selection});
}

void RoomDocument::catchUpSelections()
{
    // Done for the whole document so that later joins find the selections current; one join
    // spends at most maxTransformWork on them, and a selection beyond that is dropped (its
    // owner's next move shows it again).
    const qint64 limit = m_limits.maxTransformWork;
    qint64 left = limit;
    for (auto it = m_selections.begin(); it != m_selections.end(); ++it) {
        Subscriber &s = it.value();
        if (s.selection.isEmpty() || s.revision == m_document.revision())
            continue;
        Selection moved;
        if (s.revision >= m_document.oldestRevision()) {
            const qint64 work = m_document.selectionWork(s.selection, s.revision);
            if (limit == 0 || work <= left) {
                left -= work;
                if (Result<Selection> since = m_document.selectionSince(s.selection, s.revision))
                    moved = std::move(since).value();
            }
        }
        s = Subscriber {m_document.revision(), moved};
    }
}

std::optional<Selection> RoomDocument::selectionOf(const Connection *member) const
{
    const auto found = m_selections.constFind(member);
    if (found == m_selections.cend() || found->selection.isEmpty())
        return std::nullopt;
    Result<Selection> moved = m_document.selectionSince(found->selection, found->revision);
    if (!moved)
        return std::nullopt;
    return std::move(moved).value();
}

void RoomDocument::broadcast(ServerMessage message, const Connection *except, qint64 revision)
{
    // Serialised once for each protocol: with many members this is most of the cost of a relay.
    std::optional<OutgoingFrame> bare;
    std::optional<OutgoingFrame> tagged;
    for (Connection *member : std::as_const(m_subscribers)) {
        if (member == except || (revision > 0 && m_joinedAt.value(member, 0) >= revision))
            continue;
        const bool tag = m_tagged.contains(member);
        std::optional<OutgoingFrame> &frame = tag ? tagged : bare;
        if (!frame) {
            setDoc(message, tag ? m_id : QString());
            frame.emplace(message);
        }
        member->send(*frame);
    }
}

void RoomDocument::reply(Connection *member, ServerMessage message) const
{
    setDoc(message, m_tagged.contains(member) ? m_id : QString());
    member->send(message);
}

void RoomDocument::refuse(Connection *member, ErrorCode code, const QString &message,
                          std::optional<quint64> seq) const
{
    member->sendError(
        code,
        ErrorMsg {
            errorCodeName(code), message, seq, {}, m_tagged.contains(member) ? m_id : QString()});
}

std::nullopt_t RoomDocument::dropSelection()
{
    // Never reached while the transforms are right; a selection outside the text it names would
    // put other clients' cursors past the end, so it is dropped (the op still goes out) and
    // counted where the operator can see it.
    if (m_droppedSelections++ == 0)
        emit warning(tr("Room %1 dropped a selection outside its text.").arg(m_session));
    return std::nullopt;
}

} // namespace ensemble
