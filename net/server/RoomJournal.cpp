// A room whose session is shared with other servers through a durable journal
// (docs/DEPLOYMENT.md): rebuilt from it on take-over, told when edits are stored or cannot be.
#include "Room.h"
#include "RoomDocument.h"

namespace ensemble {

Result<Room *> Room::restore(const JournalSession &stored, const ServerConfig &config,
                             QObject *parent)
{
    SessionRecord record {stored.id, {}, {}, 0, false, 0, 1, {}};
    std::vector<std::unique_ptr<RoomDocument>> documents;
    for (const JournalDocument &entry : stored.documents) {
        Result<RoomDocument *> document
            = RoomDocument::restore(stored.id, entry, config.limits, nullptr);
        if (!document)
            return document.error();
        documents.emplace_back(document.value());
        // The journal keeps no paths yet: the first document is the untitled one a room starts
        // with, the others are named by their ids.
        record.documents.append(SessionDocument {
            entry.id, record.documents.isEmpty() ? QStringLiteral("untitled") : entry.id});
        record.nextDocument = std::max(record.nextDocument, entry.id.mid(1).toInt() + 1);
    }
    auto *room = new Room(record, nullptr, config, parent);
    for (std::unique_ptr<RoomDocument> &document : documents)
        room->adopt(document.release());
    return room;
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
