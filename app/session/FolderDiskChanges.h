#pragma once

#include "FolderWatcher.h"
#include "ot/Result.h"
#include "ot/TextOperation.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <functional>

namespace ensemble {

class FolderDiskAdditions;
class FolderSession;
struct FolderSnapshot;
struct ProjectLimits;

// The host's folder on disk as a participant of its session. A shared file another program
// changes (a git checkout, a formatter, a build step) comes into the session as an edit of the
// host's, rebased onto whatever the others typed since the file was last written
// (mergeThreeWay, as a client's offline edits are), so nobody's typing is lost and every guest
// sees it. A file deleted on disk leaves the session when nobody works in it, and is kept and
// reported when someone does; a file that is no longer UTF-8 text is reported and left alone by
// saves. The application's own writes (Save Shared Folder, a tab's Save) are told to it. Files
// that appear on disk come in as the host's creations (FolderDiskAdditions).
class FolderDiskChanges : public QObject
{
    Q_OBJECT

public:
    // Merges an outside change into the editor of document doc, if a tab shows it: true when it
    // took it (base: the file before, changed: after).
    using EditorMerge
        = std::function<bool(const QString &doc, const QString &base, const QString &changed)>;

    FolderDiskChanges(FolderSession &session, const QString &root, QObject *parent = nullptr);
    ~FolderDiskChanges() override;

    void setEditorMerge(EditorMerge merge) { m_editorMerge = std::move(merge); }
    // Watches every file of snapshot whose document is not in skipped, as holding its text
    // there (after the share, and after each save); stops watching files that left the tree.
    void watch(const FolderSnapshot &snapshot, const QSet<QString> &skipped = {});
    // The application wrote text to path (relative to the folder).
    void noteSaved(const QString &path, const QString &text);
    // Takes in the outside changes whose events arrived and not yet looked at (before a save).
    void checkPending() { m_watcher.checkPending(); }
    // Documents a save must leave alone: an outside change of theirs is not in the session yet,
    // or their file is no longer text.
    QSet<QString> unsettled() const;
    // For tests: how long a file must be quiet before it is read.
    void setSettleTime(int ms) { m_watcher.setSettleTime(ms); }
    // The limits files that appear on disk are held to (the defaults of Share Folder…).
    void setLimits(const ProjectLimits &limits);
    // A file appeared on disk at path, holding text, where the session has document doc (not
    // saved yet, or kept after the file's deletion): an outside change of doc, from the text
    // the file last had (none for a file never written).
    void takeAppeared(const QString &path, const QString &doc, const QString &text);
    // A session resumed after a crash: the files of snapshot that the folder held (savedPath:
    // where it holds each document) and that are gone from disk were deleted before the crash
    // or while the host was down. They are kept and marked as a deletion under someone's hands
    // is, since whoever worked in them comes back with the session.
    void keepMissing(const FolderSnapshot &snapshot,
                     const std::function<QString(const QString &doc)> &savedPath);

    // The edit that brings the change from base to changed into current, the document as the
    // session has it now (base plus what the others did since): a no-op when there is nothing
    // to bring.
    static Result<TextOperation> rebase(const QString &base, const QString &changed,
                                        const QString &current);

signals:
    // The outside change of path is in the session (and in the host's tab, if any).
    void merged(const QString &doc, const QString &path);
    // Files that appeared on disk joined the session, in one batch (a checkout).
    void appeared(const QStringList &paths);
    // Something the host must hear about the folder on disk.
    void problem(const QString &message);
    // Something to mention in passing.
    void notice(const QString &text);

private:
    struct Pending
    {
        QString base;
        QString changed;
    };

    void onChanged(const QString &path, const QString &text);
    void onDeleted(const QString &path);
    void onUnreadable(const QString &path, FolderWatcher::Unreadable why);
    void mergeWithoutEditor(const QString &doc);
    void apply(const QString &doc);
    // Closes what mergeWithoutEditor() opened.
    void release(const QString &doc);
    // The document the watched path belongs to, when it is still there in the session.
    QString liveDocAt(const QString &path) const;

    FolderSession &m_session;
    FolderWatcher m_watcher;
    QString m_root;
    EditorMerge m_editorMerge;
    QHash<QString, QString> m_docs; // watched path -> document
    QHash<QString, QString> m_known; // watched path -> its text on disk as last known
    QHash<QString, Pending> m_pending; // document -> outside change not in the session yet
    QSet<QString> m_unreadable; // documents whose file is no longer text
    QHash<QString, QString> m_kept; // document kept after its deletion on disk -> text it had
    FolderDiskAdditions *m_additions;
    // Documents opened here for a merge (no tab has them), until the server confirms it.
    QHash<QString, QList<QMetaObject::Connection>> m_held;
};

} // namespace ensemble
