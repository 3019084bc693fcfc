// RoomServer's part in sharing a folder (protocol 2): documents added by the host's application.
#include "Room.h"
#include "RoomServer.h"

namespace ensemble {

Result<TreeEntry> RoomServer::addDocument(const QString &id, const QString &path,
                                          const QString &text, const QString &language,
                                          const QString &kind)
{
    Room *room = m_rooms.value(id);
    if (!room)
        return Error {errorCodeName(ErrorCode::NoSuchRoom), tr("There is no room %1.").arg(id)};
    return room->create(path, kind, text, language);
}

} // namespace ensemble
