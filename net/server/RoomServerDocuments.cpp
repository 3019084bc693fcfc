// RoomServer's part in sharing a folder (protocol 2): documents added by the host's application.
#include "Room.h"
#include "RoomDocument.h"
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

QList<std::pair<QString, Error>>
RoomServer::addDocuments(const QString &id, const QList<std::pair<QString, QString>> &files)
{
    Room *room = m_rooms.value(id);
    if (!room) {
        const Error unknown {errorCodeName(ErrorCode::NoSuchRoom),
                             tr("There is no room %1.").arg(id)};
        QList<std::pair<QString, Error>> refused;
        for (const auto &[path, text] : files)
            refused.append({path, unknown});
        return refused;
    }
    QList<std::pair<QString, Error>> refused;
    room->holdSessionSaves(true);
    for (const auto &[path, text] : files) {
        const Result<TreeEntry> added = room->create(path, QStringLiteral("file"), text, {});
        if (!added)
            refused.append({path, added.error()});
    }
    room->holdSessionSaves(false);
    return refused;
}

bool RoomServer::setDeletedOnDisk(const QString &id, const QString &doc, bool deleted)
{
    Room *room = m_rooms.value(id);
    return room && room->setDeletedOnDisk(doc, deleted);
}

QList<SessionDocument> RoomServer::roomTree(const QString &id) const
{
    const Room *room = m_rooms.value(id);
    return room ? room->tree() : QList<SessionDocument> {};
}

QString RoomServer::documentText(const QString &id, const QString &doc) const
{
    const Room *room = m_rooms.value(id);
    const RoomDocument *document = room ? room->document(doc) : nullptr;
    return document ? document->text() : QString();
}

QHash<QString, qint64> RoomServer::documentRevisions(const QString &id) const
{
    QHash<QString, qint64> revisions;
    if (const Room *room = m_rooms.value(id)) {
        for (const RoomDocument *document : room->documents())
            revisions.insert(document->id(), document->revision());
    }
    return revisions;
}

} // namespace ensemble
