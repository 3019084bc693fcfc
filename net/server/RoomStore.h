#pragma once

#include "RoomAccess.h"
#include "ot/Result.h"
#include "ot/ServerDocument.h"
#include "protocol/Messages.h"

#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <memory>

namespace ensemble {

/// Everything needed to recreate a room at one revision.
struct RoomSnapshot
{
    QString room;
    QString epoch;
    qint64 revision = 0;
    QString text;
    QString language;
    QHash<QString, ClientProgress> clients; ///< Highest applied seq per client id.
    QString title = {}; ///< A file name for the guests' tabs.
    RoomAccess access = {};
    qint64 lastJoined = 0; ///< When someone last joined, in ms since 1970 UTC; 0: not known.
    bool kept = false; ///< Created by the server's operator, so it never expires.
    QJsonObject authorship = {}; ///< DocumentAuthors::toJson() at revision; empty: not known.
};

/// A room as read back from disk: its last snapshot and the operations logged after it.
struct StoredRoom
{
    RoomSnapshot snapshot;
    QList<LoggedOperation> log;
    QString warning; ///< Set when a damaged log was cut short (its tail is kept aside).
    qint64 logBytes = 0; ///< The length of the part of the log that replays.
    qint64 damagedBytes = 0; ///< What follows it: an incomplete or unreadable tail.
};

/// One document's files (`docs/ID/` of its session, see SessionStore): `snapshot.json`, replaced
/// atomically with QSaveFile, and `ops.jsonl`, an append-only log with one operation per line,
/// flushed to the OS on every append. A snapshot at revision R makes log lines up to R
/// redundant, so a crash between writing the snapshot and truncating the log loses nothing.
/// (A room of the one-document layout kept these files at its top, beside `chat.json`.)
class RoomStore
{
public:
    /// Creates the directory @p dir for a new room and writes its first snapshot.
    static Result<std::unique_ptr<RoomStore>> create(const QString &dir, const RoomSnapshot &seed);
    /// Opens an existing room directory, reading the snapshot and replaying the log; an incomplete
    /// last line (a crash mid-append) is cut off.
    static Result<std::pair<std::unique_ptr<RoomStore>, StoredRoom>> open(const QString &dir);
    /// Reads a room directory as open() does, but changes nothing: the log is read up to its
    /// first damaged line.
    static Result<StoredRoom> read(const QString &dir);

    /// Appends one operation and flushes it; when this returns, a crash of this process can no
    /// longer lose it.
    Result<std::monostate> append(const LoggedOperation &entry);
    /// Replaces the snapshot with @p snapshot and empties the log.
    Result<std::monostate> compact(const RoomSnapshot &snapshot);
    /// Whether the log has grown enough that compact() is cheaper than replaying it on restart.
    bool wantsCompaction(qsizetype textLength) const;
    /// Bytes appended to the log since the last snapshot.
    qint64 logBytes() const { return m_logBytes; }
    /// What the room's files take on disk, in bytes.
    qint64 diskBytes() const;
    /// The room's directory.
    QString directory() const { return m_dir; }
    /// Removes the room's directory.
    bool remove();

private:
    explicit RoomStore(QString dir);
    Result<std::monostate> openLog(QIODevice::OpenMode mode);

    QString m_dir;
    QFile m_log;
    qint64 m_logBytes = 0;
};

} // namespace ensemble
