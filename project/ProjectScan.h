#pragma once

#include "GitIgnore.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace ensemble {

/// What a shared folder may hold at most; over a limit, files are left out (and reported).
struct ProjectLimits
{
    /// Files shared, in name order; later ones are left out.
    int maxFiles = 5000;
    /// 4 MiB: no more UTF-8 than a room's 4 Mi UTF-16 units could hold (Limits::maxDocumentLength).
    qint64 maxFileBytes = 4 * 1024 * 1024;
    /// What every guest may come to hold in memory when all files are open.
    qint64 maxTotalBytes = 100 * 1024 * 1024;
};

/// Which files of a directory tree a session shares, and which it leaves out and why.
class ProjectScan
{
public:
    /// Why an entry of the folder is not shared.
    enum class Reason {
        Ignored, // a .gitignore excludes it (detail: which one)
        GitDirectory, // .git/ holds the repository, not the project
        Binary, // a NUL byte in its first 8000 bytes, git's own test
        TooLarge, // over ProjectLimits::maxFileBytes
        TooManyFiles, // past ProjectLimits::maxFiles
        TotalTooLarge, // would take the total over ProjectLimits::maxTotalBytes
        Unreadable, // cannot be opened (permissions)
        SymbolicLink, // not followed: it may lead out of the folder or round in a loop
        NotARegularFile // a device, socket or pipe
    };

    /// A shared file: its path relative to the root, '/'-separated, and its size in bytes.
    struct File
    {
        QString path;
        qint64 bytes = 0;
    };

    /// An entry left out; a left-out directory stands for everything under it.
    struct Omission
    {
        QString path;
        Reason reason;
        QString detail;
    };

    /// What a folder shares already, when it is walked again for files that appeared since.
    struct Known
    {
        /// Entries not to consider again: neither read nor listed (in files() or leftOut()).
        QSet<QString> paths;
        /// The files and bytes shared already, counted against the limits before any new file.
        qsizetype files = 0;
        qint64 bytes = 0;
    };

    /// Walks @p root; nullopt when it is not a readable directory.
    static std::optional<ProjectScan> scan(const QString &root, const ProjectLimits &limits = {});
    /// Walks @p root again with the same rules, for what is not in @p known: files() and
    /// leftOut() hold only new entries (left-out folders, which it walks into, may be listed
    /// again), and the limits count the files shared already.
    static std::optional<ProjectScan> scan(const QString &root, const ProjectLimits &limits,
                                           const Known &known);

    /// The shared files, in the order of the walk (names sorted, directories in place).
    const QList<File> &files() const { return m_files; }
    /// What was left out, in the order of the walk.
    const QList<Omission> &leftOut() const { return m_leftOut; }
    /// The bytes of all shared files (with Known::bytes).
    qint64 totalBytes() const { return m_totalBytes; }
    /// How many entries were left out for @p reason.
    int count(Reason reason) const;
    /// The entries of Known::paths the walk found.
    const QStringList &knownFound() const { return m_knownFound; }
    /// Every folder the walk went into, "" for the root: where new files would appear.
    const QStringList &directories() const { return m_directories; }

private:
    ProjectScan(QString root, const ProjectLimits &limits);
    void walk(const QString &relative, QList<GitIgnore> ignores);
    void consider(const QString &path, qint64 bytes);
    static std::optional<QString> ignoredBy(const QList<GitIgnore> &ignores, const QString &path,
                                            bool isDirectory);

    QString m_root;
    ProjectLimits m_limits;
    QList<File> m_files;
    QList<Omission> m_leftOut;
    qint64 m_totalBytes = 0;
    Known m_known;
    QStringList m_knownFound;
    QStringList m_directories;
};

} // namespace ensemble
