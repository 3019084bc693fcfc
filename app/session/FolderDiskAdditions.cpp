#include "session/FolderDiskAdditions.h"

#include "FolderWatcher.h"
#include "hosting/SessionHost.h"
#include "hosting/SharedFolder.h"
#include "session/FolderDiskChanges.h"
#include "session/FolderSession.h"

namespace ensemble {

FolderDiskAdditions::FolderDiskAdditions(FolderSession &session, FolderDiskChanges &disk,
                                         FolderWatcher &watcher, const QString &root,
                                         QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_disk(disk)
    , m_watcher(watcher)
    , m_root(root)
{
    connect(&watcher, &FolderWatcher::foldersChanged, this, &FolderDiskAdditions::rescan);
}

void FolderDiskAdditions::noteShared(const QSet<QString> &paths)
{
    m_seen.unite(paths);
    // What the folder holds besides the shared files when the share starts (left out, or
    // files made while a resumed session's host was down) is not new.
    if (!std::exchange(m_started, true))
        walk(serverTree());
}

void FolderDiskAdditions::rescan()
{
    SessionHost *host = m_session.host();
    const QSet<QString> before = m_seen;
    const QList<SessionDocument> tree = serverTree();
    const std::optional<ProjectScan> scan = walk(tree);
    if (!host || !scan)
        return;
    // Each omission named once, and not what the user asked for (.gitignore) or never wants.
    const SharedFolder found
        = SharedFolder::read(m_root, *scan, [&before](const ProjectScan::Omission &omission) {
              return omission.reason != ProjectScan::Reason::Ignored
                  && omission.reason != ProjectScan::Reason::GitDirectory
                  && !before.contains(omission.path);
          });
    QHash<QString, QString> docs; // path -> document, as the server has them now
    for (const SessionDocument &entry : tree)
        docs.insert(entry.path, entry.doc);
    QList<SharedFile> created;
    for (const SharedFile &file : found.files) {
        const QString doc = docs.value(file.path);
        if (doc.isEmpty())
            created.append(file);
        else
            m_disk.takeAppeared(file.path, doc, file.text);
    }
    SharedFolder notShared;
    notShared.leftOut = found.leftOut;
    if (!created.isEmpty()) {
        const QStringList refused = host->addFiles(created);
        m_disk.watch(host->folderSnapshot(), m_disk.unsettled());
        QStringList paths;
        for (const SharedFile &file : std::as_const(created))
            paths.append(file.path);
        if (refused.size() < paths.size())
            emit added(paths);
        notShared.leftOut += refused;
    }
    if (!notShared.leftOut.isEmpty())
        emit leftOut(notShared.leftOutMessage());
}

QList<SessionDocument> FolderDiskAdditions::serverTree() const
{
    const SessionHost *host = m_session.host();
    return host ? host->folderVersion().tree : QList<SessionDocument>();
}

std::optional<ProjectScan> FolderDiskAdditions::walk(const QList<SessionDocument> &tree)
{
    ProjectScan::Known known {m_seen};
    // The files as the server has them (a batch just added counts at once); their sizes as the
    // tree last told them, which is close enough for a limit of 100 MiB.
    for (const SessionDocument &entry : tree)
        known.files += entry.doc.isEmpty() ? 0 : 1;
    for (const TreeEntry &entry : m_session.tree().entries)
        known.bytes += entry.size;
    std::optional<ProjectScan> scan = ProjectScan::scan(m_root, m_limits, known);
    if (!scan)
        return scan;
    m_watcher.watchFolders(scan->directories());
    // A file that leaves the disk is new again when it comes back; an ignored one is new once a
    // changed .gitignore lets it in.
    QSet<QString> seen(scan->knownFound().cbegin(), scan->knownFound().cend());
    for (const ProjectScan::File &file : scan->files())
        seen.insert(file.path);
    for (const ProjectScan::Omission &omission : scan->leftOut()) {
        if (omission.reason != ProjectScan::Reason::Ignored)
            seen.insert(omission.path);
    }
    m_seen = seen;
    return scan;
}

} // namespace ensemble
