// SessionHost's part in sharing a folder: one session whose documents are the folder's files,
// added through the server's API in its own thread rather than over a socket.
#include "hosting/HostThread.h"
#include "hosting/SessionHost.h"

#include <QDir>

namespace ensemble {

Result<QStringList> SessionHost::startFolder(const HostOptions &options, const QString &root,
                                             const QString &title, const QList<SharedFile> &files)
{
    if (files.isEmpty())
        return Error {QStringLiteral("no_files"), tr("The folder has no file to share.")};
    // The first file is the session's first document: a room starts with one.
    const SharedFile &first = files.constFirst();
    const Result<std::monostate> started = start(options, first.text, {}, first.path);
    if (!started)
        return started.error();
    m_room.title = title;
    m_room.folder = root;
    save();
    // A file the session refuses (over a limit of the server's) is left out like the scan's.
    QList<std::pair<QString, QString>> rest;
    rest.reserve(files.size() - 1);
    for (qsizetype i = 1; i < files.size(); ++i)
        rest.append({files[i].path, files[i].text});
    return add(rest);
}

QStringList SessionHost::addFiles(const QList<SharedFile> &files)
{
    QList<std::pair<QString, QString>> added;
    added.reserve(files.size());
    for (const SharedFile &file : files)
        added.append({file.path, file.text});
    return add(added);
}

void SessionHost::setDeletedOnDisk(const QString &doc, bool deleted)
{
    if (m_thread)
        m_thread->call([&](RoomServer &server) {
            return server.setDeletedOnDisk(m_room.roomId, doc, deleted);
        });
}

QStringList SessionHost::add(const QList<std::pair<QString, QString>> &files)
{
    if (!m_thread)
        return {};
    return m_thread->call([&](RoomServer &server) {
        QStringList refused;
        for (const auto &[path, error] : server.addDocuments(m_room.roomId, files))
            refused.append(QStringLiteral("%1 (%2)").arg(path, error.message));
        return refused;
    });
}

FolderSnapshot SessionHost::folderSnapshot() const
{
    if (!m_thread)
        return {};
    return m_thread->call([this](RoomServer &server) {
        FolderSnapshot snapshot;
        snapshot.tree = server.roomTree(m_room.roomId);
        for (const SessionDocument &entry : std::as_const(snapshot.tree)) {
            if (!entry.doc.isEmpty())
                snapshot.texts.insert(entry.doc, server.documentText(m_room.roomId, entry.doc));
        }
        return snapshot;
    });
}

FolderVersion SessionHost::folderVersion() const
{
    if (!m_thread)
        return {};
    return m_thread->call([this](RoomServer &server) {
        return FolderVersion {server.roomTree(m_room.roomId),
                              server.documentRevisions(m_room.roomId)};
    });
}

} // namespace ensemble
