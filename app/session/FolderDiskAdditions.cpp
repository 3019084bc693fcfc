#include "session/FolderDiskAdditions.h"

#include "FolderWatcher.h"
#include "hosting/SessionHost.h"
#include "hosting/SharedFolder.h"
#include "session/FolderDiskChanges.h"
#include "session/FolderSession.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

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
    if (const SessionHost *host = session.host())
        m_recordFile = QDir(host->directory()).filePath(QStringLiteral("seen.json"));
    m_resumed = restoreSeen();
}

void FolderDiskAdditions::noteShared(const QSet<QString> &paths)
{
    const qsizetype known = m_seen.size();
    m_seen.unite(paths);
    if (m_seen.size() != known || !m_started)
        keepRecordSoon();
    if (std::exchange(m_started, true))
        return;
    // A resumed session looks for what appeared while its host was down, once whoever resumed
    // it can hear of it. Otherwise what the folder holds besides the shared files when the
    // share starts was left out, and is not new.
    if (m_resumed)
        QTimer::singleShot(0, this, &FolderDiskAdditions::rescan);
    else
        walk(serverTree());
}

void FolderDiskAdditions::noteWritten(const QString &path)
{
    if (!m_seen.contains(path)) {
        m_seen.insert(path);
        keepRecordSoon();
    }
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
    if (seen != m_seen) {
        m_seen = seen;
        keepRecordSoon();
    }
    return scan;
}

bool FolderDiskAdditions::restoreSeen()
{
    QFile file(m_recordFile);
    if (m_recordFile.isEmpty() || !file.open(QIODevice::ReadOnly))
        return false;
    const QJsonDocument record = QJsonDocument::fromJson(file.readAll());
    if (!record.isArray())
        return false;
    const QJsonArray paths = record.array();
    for (const QJsonValue &path : paths) {
        if (path.isString())
            m_seen.insert(path.toString());
    }
    return true;
}

void FolderDiskAdditions::keepRecordSoon()
{
    if (m_recordFile.isEmpty() || std::exchange(m_recordDue, true))
        return;
    QTimer::singleShot(0, this, &FolderDiskAdditions::keepRecord);
}

void FolderDiskAdditions::keepRecord()
{
    m_recordDue = false;
    QJsonArray paths;
    for (const QString &path : std::as_const(m_seen))
        paths.append(path);
    // Without it a resumed session does not add the files that appeared while its host was
    // down; the session goes on regardless.
    QSaveFile file(m_recordFile);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(paths).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
        qWarning("ensemble: cannot write %s", qPrintable(m_recordFile));
}

} // namespace ensemble
