// Sessions shared with other servers through a durable journal (docs/DEPLOYMENT.md): a hello for
// a session this server does not hold takes its lease first (loading what the journal has of it)
// or is sent to the server that holds it; a lost lease drops the session.
#include "Connection.h"
#include "Room.h"
#include "RoomServer.h"

namespace ensemble {

void RoomServer::connectJournal()
{
    DurableJournal *journal = m_config.journal;
    connect(journal, &DurableJournal::claimed, this, &RoomServer::onClaimed);
    connect(journal, &DurableJournal::ownedBy, this, &RoomServer::onOwnedBy);
    connect(journal, &DurableJournal::lost, this, &RoomServer::onLost);
    connect(journal, &DurableJournal::unavailable, this, &RoomServer::onJournalUnavailable);
    connect(journal, &DurableJournal::written, this,
            [this](const QString &session, const QString &doc, qint64 revision) {
                if (Room *room = m_rooms.value(session))
                    room->journalWritten(doc, revision);
            });
}

void RoomServer::claimFor(Connection *connection, const HelloMsg &hello)
{
    const QString id = connection->requestedRoom();
    auto &waiting = m_claiming[id];
    waiting.append({connection, hello});
    if (waiting.size() == 1)
        m_config.journal->claim(id);
}

void RoomServer::onClaimed(const QString &session, const std::optional<JournalSession> &stored)
{
    m_leases.insert(session);
    if (stored && !m_rooms.contains(session)) {
        QString note;
        Result<Room *> room = Room::restore(*stored, m_config, this, &note);
        if (!note.isEmpty())
            emit warning(note);
        if (!room) {
            emit warning(tr("Room %1 was not loaded: %2").arg(session, room.error().message));
            onJournalUnavailable(session, room.error().message);
            m_leases.remove(session);
            m_config.journal->release(session);
            return;
        }
        adoptRoom(room.value());
    }
    for (const auto &[connection, hello] : m_claiming.take(session)) {
        if (connection)
            onHello(connection, hello);
    }
}

void RoomServer::onOwnedBy(const QString &session, const QString &address)
{
    for (const auto &[connection, hello] : m_claiming.take(session)) {
        if (!connection)
            continue;
        //: %1 a server's address, ws://HOST:PORT.
        const QString message = tr("This session is served by %1.").arg(address);
        connection->sendError(
            ErrorCode::Moved,
            ErrorMsg {errorCodeName(ErrorCode::Moved), message, {}, {}, {}, address});
    }
}

void RoomServer::onLost(const QString &session)
{
    m_leases.remove(session);
    Room *room = m_rooms.take(session);
    if (!room)
        return;
    emit warning(
        tr("Room %1 went to another server (its lease ran out or was taken).").arg(session));
    m_verified.remove(session);
    // Without an address: the clients start again from their invite, whose server finds the
    // session's new owner.
    room->closeAll(ErrorCode::Moved, tr("This server no longer serves the session."));
    delete room;
}

void RoomServer::onJournalUnavailable(const QString &session, const QString &message)
{
    if (Room *room = m_rooms.value(session))
        room->journalUnavailable(message);
    for (const auto &[connection, hello] : m_claiming.take(session)) {
        if (connection)
            connection->sendError(ErrorCode::StoreUnavailable,
                                  tr("The server cannot reach its database; trying again."));
    }
}

void RoomServer::releaseUnused(const QString &session)
{
    // A lease taken for a hello that did not create the session (a wrong id, a refused
    // creation) would otherwise be renewed for nothing.
    if (m_rooms.contains(session) || m_claiming.contains(session) || !m_leases.remove(session))
        return;
    m_config.journal->release(session);
}

} // namespace ensemble
