#pragma once

#include "ProjectScan.h"

#include <QObject>
#include <QSet>

namespace ensemble {

class FolderDiskChanges;
class FolderSession;
class FolderWatcher;
struct SessionDocument;

// Files that appear in the host's shared folder after the share (a git checkout, a build step,
// another editor's new file) come into the session as the host's creations, by the rules of
// Share Folder… (ProjectScan: every .gitignore, .git/, binary files, links, the limits), with
// what is left out named as Share Folder… names it. The folders are walked again once they are
// quiet, so a checkout of hundreds of files is one batch. A path is new when the last walk did
// not find it on disk and the application did not write it: a file a guest deleted in the
// session stays out although Save Shared Folder has not removed it yet. A file that appears
// where the session has a document (a guest's new file not saved yet, a file kept after its
// deletion on disk) is an outside change of that document, not a second one. What has been
// seen is kept beside the hosted room's hosting.json (seen.json), so that a session resumed after
// a crash adds the files that appeared while its host was down (a git pull before the restart).
class FolderDiskAdditions : public QObject
{
    Q_OBJECT

public:
    FolderDiskAdditions(FolderSession &session, FolderDiskChanges &disk, FolderWatcher &watcher,
                        const QString &root, QObject *parent = nullptr);

    // The limits new files are held to (the session's files count against them).
    void setLimits(const ProjectLimits &limits) { m_limits = limits; }
    // The files at paths are the session's, on disk: the first call walks the folder for what
    // is there besides (never added; in a resumed session, what its record has not seen is
    // added), and watches its folders.
    void noteShared(const QSet<QString> &paths);
    // The application wrote path: never a new file.
    void noteWritten(const QString &path);
    // Walks the folder now for new files, without waiting for the folders to be quiet.
    void rescan();

signals:
    // The files at paths joined the session, in one batch.
    void added(const QStringList &paths);
    // What was not added, worded as Share Folder… words it.
    void leftOut(const QString &message);

private:
    // Walks the folder, counting the server's @p tree towards the limits; the walk, with m_seen
    // and the watched folders brought up to date.
    std::optional<ProjectScan> walk(const QList<SessionDocument> &tree);
    // The session's files as the server has them now (a call into the server's thread).
    QList<SessionDocument> serverTree() const;
    // Reads what an earlier run of this session had seen; false when it left no record.
    bool restoreSeen();
    // Writes m_seen to the record once control returns to the event loop (a save writes many
    // files, each noted).
    void keepRecordSoon();
    void keepRecord();

    FolderSession &m_session;
    FolderDiskChanges &m_disk;
    FolderWatcher &m_watcher;
    QString m_root;
    ProjectLimits m_limits;
    QSet<QString> m_seen; // every path the last walk found on disk, or the application wrote
    QString m_recordFile; // where m_seen is kept (empty: nowhere)
    bool m_resumed = false; // m_seen came from the record of an earlier run
    bool m_recordDue = false;
    bool m_started = false;
};

} // namespace ensemble
