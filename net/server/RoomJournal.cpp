// A room whose session is shared with other servers through a durable journal
// (docs/DEPLOYMENT.md): rebuilt from it on take-over, told when edits are stored or cannot be.
#include "Room.h"
#include "RoomDocument.h"

namespace ensemble {

Result<Room *> Room::restore(const JournalSession &stored, const ServerConfig &config,
                             QObject *parent, QString *note)
{
    const QString where = QStringLiteral("session %1").arg(stored.id);
    Result<SessionRecord> record = stored.record.isEmpty()
        ? Result<SessionRecord>(untitledRecord(stored))
        : SessionStore::decode(stored.record, where);
    if (!record)
        return record.error();
    if (record.value().room != stored.id)
        return Error {errorCodeName(ErrorCode::StorageFailed),
                      QStringLiteral("%1 holds session %2").arg(where, record.value().room)};
    QHash<QString, const JournalDocument *> byId;
    for (const JournalDocument &entry : stored.documents)
        byId.insert(entry.id, &entry);
    // The tree says which documents the session has: one deleted keeps its rows, unread.
    std::vector<std::unique_ptr<RoomDocument>> documents;
    for (const SessionDocument &entry : std::as_const(record.value().documents)) {
        if (entry.doc.isEmpty())
            continue; // a folder
        const JournalDocument *found = byId.value(entry.doc);
        if (!found)
            return Error {errorCodeName(ErrorCode::StorageFailed),
                          QStringLiteral("%1 misses document %2").arg(where, entry.doc)};
        Result<RoomDocument *> document
            = RoomDocument::restore(stored.id, *found, config.limits, nullptr);
        if (!document)
            return document.error();
        documents.emplace_back(document.value());
    }
    auto *room = new Room(record.value(), nullptr, config, parent);
    // A damaged chat is not worth losing the session over: it starts empty.
    if (!stored.chat.isEmpty())
        room->m_chat = ChatHistory::fromJson(stored.chat, config.limits.keptChatLines, note);
    for (std::unique_ptr<RoomDocument> &document : documents)
        room->adopt(document.release());
    return room;
}

SessionRecord Room::untitledRecord(const JournalSession &stored)
{
    // A session stored before the journal kept its record: the first document is the untitled
    // one a room starts with, the others are named by their ids.
    SessionRecord record {stored.id, {}, {}, 0, false, 0, 1, {}};
    for (const JournalDocument &entry : stored.documents) {
        record.documents.append(SessionDocument {
            entry.id, record.documents.isEmpty() ? QStringLiteral("untitled") : entry.id});
        record.nextDocument = std::max(record.nextDocument, entry.id.mid(1).toInt() + 1);
    }
    return record;
}

void Room::journalWritten(const QString &doc, qint64 revision)
{
    if (m_journalFailing) {
        m_journalFailing = false;
        emit warning(tr("Room %1 is being saved again.").arg(m_id));
    }
    if (RoomDocument *target = document(doc))
        target->written(revision);
}

void Room::journalUnavailable(const QString &message)
{
    if (m_journalFailing)
        return;
    m_journalFailing = true;
    emit warning(tr("Room %1 is not being saved: %2").arg(m_id, message));
    // Without a seq: the edits are not refused, only not acknowledged until the store is back.
    broadcast(ErrorMsg {errorCodeName(ErrorCode::StorageFailed),
                        tr("The server cannot save this room for now; your edits wait and are "
                           "sent again."),
                        {}},
              nullptr);
}

} // namespace ensemble
