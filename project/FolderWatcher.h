#pragma once

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace ensemble {

/// Watches the files of a shared folder on disk and reports the ones changed or deleted from
/// outside (a `git checkout`, a formatter, another editor), so that the application can bring the
/// change into the session as an edit. It knows the text the application last had on disk for
/// each file (watch(), noteSaved()), so its own saves are not reported. Survives the atomic
/// saves of other programs (write a temporary file, rename it over the old one), which end a
/// plain QFileSystemWatcher's watch. Paths are relative to the root and `/`-separated.
class FolderWatcher : public QObject
{
    Q_OBJECT

public:
    /// Why a changed file could not be taken in (for the app to word; project/ has no strings).
    enum class Unreadable {
        CannotOpen, ///< The file cannot be opened (permissions, a lock).
        NotUtf8, ///< Its bytes are not UTF-8 text.
    };
    Q_ENUM(Unreadable)

    /// Watches files under @p root.
    explicit FolderWatcher(const QString &root, QObject *parent = nullptr);

    /// How long a file must be quiet before it is read (default 30 ms): a program writing a file
    /// in several steps is reported once.
    void setSettleTime(int ms) { m_settle.setInterval(ms); }
    /// Starts watching @p path, whose content the application knows as @p text; false when the
    /// file does not exist.
    bool watch(const QString &path, const QString &text);
    /// Stops watching @p path.
    void unwatch(const QString &path);
    /// The application wrote @p text to @p path (a save): finding it there is no change.
    void noteSaved(const QString &path, const QString &text);
    /// Looks now at the files with events not looked at yet, instead of after the settle time:
    /// before the application writes the folder, so that it does not overwrite an outside change
    /// it has not heard of.
    void checkPending();
    /// The paths watched.
    QStringList paths() const { return m_files.keys(); }
    /// Watches @p folders (relative, "" for the root) for entries that come and go, instead of
    /// the folders watched so before: foldersChanged() follows.
    void watchFolders(const QStringList &folders);
    /// How long the folders must be quiet before foldersChanged() (default 200 ms, and never
    /// more than 10 times that after the first change): a checkout of many files is one report.
    void setFolderSettleTime(int ms) { m_folderSettle.setInterval(ms); }

signals:
    /// @p path now holds @p text on disk, which the application did not write.
    void fileChanged(const QString &path, const QString &text);
    /// @p path is gone from disk (it is no longer watched).
    void fileDeleted(const QString &path);
    /// @p path changed but cannot be read as text (@p why); it stays watched.
    void fileUnreadable(const QString &path, ensemble::FolderWatcher::Unreadable why);
    /// Entries came or went in the folders of watchFolders(): new files may be there.
    void foldersChanged();

private:
    struct File
    {
        QString known; ///< The text the application last had on disk.
        qint64 size = -1;
        QDateTime modified;
        bool forced = false; ///< Its own watch fired: read it even if size and time match.
        bool missing = false; ///< Was missing at the last check (an atomic save in progress?).
    };

    void onFileChanged(const QString &absolute);
    void onDirectoryChanged(const QString &absolute);
    void schedule(const QString &path, bool forced);
    void checkDirty();
    void check(const QString &path);
    QString relative(const QString &absolute) const;

    QDir m_root;
    QFileSystemWatcher m_watcher;
    QHash<QString, File> m_files;
    QHash<QString, QSet<QString>> m_byDirectory; ///< Absolute folder -> watched paths in it.
    QSet<QString> m_dirty;
    QTimer m_settle;
    QSet<QString> m_folders; ///< Absolute folders of watchFolders().
    QTimer m_folderSettle;
    QElapsedTimer m_folderChangedSince; ///< Since the first change not reported yet.
};

} // namespace ensemble
