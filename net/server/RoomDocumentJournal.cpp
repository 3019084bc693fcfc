// Write before acknowledge (docs/DEPLOYMENT.md): with a durable journal, an edit's ack and relay
// wait until the journal has stored it, so nobody hears of a revision that a server taking the
// session over would not have. The document goes on taking edits meanwhile; only the answers wait.
#include "Connection.h"
#include "RoomDocument.h"

namespace ensemble {

JournalDocument RoomDocument::journalEntry() const
{
    return JournalDocument {m_id,
                            m_epoch,
                            m_document.revision(),
                            text(),
                            m_language,
                            {},
                            {},
                            m_authorSalt,
                            m_document.clients(),
                            m_authors.toJson()};
}

void RoomDocument::deliver(Connection *from, const AckMsg &ack, std::optional<ServerMessage> relay)
{
    if (!m_journal) {
        reply(from, ack);
        if (relay)
            broadcast(std::move(*relay), from);
        return;
    }
    // A duplicate's ack waits behind whatever is held, so acks keep their order.
    const qint64 revision = relay ? ack.revision
        : m_held.isEmpty()        ? 0
                                  : m_held.constLast().revision;
    if (revision == 0) {
        reply(from, ack);
        return;
    }
    m_held.append(Held {revision, from, ack, std::move(relay), from});
}

void RoomDocument::relay(ServerMessage message, const Connection *except)
{
    // A selection at a held revision would name a text its receivers do not have yet.
    if (m_held.isEmpty()) {
        broadcast(std::move(message), except);
        return;
    }
    m_held.append(Held {m_held.constLast().revision, nullptr, {}, std::move(message), except});
}

void RoomDocument::written(qint64 revision)
{
    while (!m_held.isEmpty() && m_held.constFirst().revision <= revision) {
        Held held = m_held.takeFirst();
        if (held.ackTo && isSubscribed(held.ackTo))
            reply(held.ackTo, held.ack);
        if (held.relay)
            broadcast(std::move(*held.relay), held.except, held.revision);
    }
    if (m_held.isEmpty()) {
        m_joinedAt.clear();
        journalSnapshotIfDue();
    }
}

void RoomDocument::journalSnapshotIfDue()
{
    // Only while every applied edit is stored: the snapshot's revision then follows the stored
    // operations without a gap, and nobody heard of anything it holds that is not stored. Every
    // keptOperations edits, so a take-over replays at most about that many; a client further
    // behind rejoins by text anyway, as the in-memory log does not reach back further.
    if (!m_journal || !m_held.isEmpty()
        || (!m_journalSnapshotDue
            && m_document.revision() - m_journaledRevision < m_limits.keptOperations))
        return;
    m_journal->create(m_session, journalEntry());
    m_journaledRevision = m_document.revision();
    m_journalSnapshotDue = false;
}

} // namespace ensemble
