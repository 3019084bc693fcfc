#pragma once

#include "CheckpointWriter.h"
#include "ot/Result.h"
#include "ot/TextOperation.h"

#include <QFile>
#include <QList>
#include <QMap>
#include <QString>
#include <memory>
#include <optional>
#include <variant>

namespace ensemble {

/// Who made an operation, as the history keeps it: never the client id (a secret that lets a
/// connection take a participant's place), but an id derived from it (HistoryStore::authorId)
/// plus the name and colour the participant had then.
struct HistoryAuthor
{
    QString id;
    QString name;
    QString color;
    friend bool operator==(const HistoryAuthor &, const HistoryAuthor &) = default;
};

/// One applied operation: it turned revision - 1 into revision.
struct HistoryEntry
{
    qint64 revision = 0;
    TextOperation op;
    HistoryAuthor author;
    qint64 time = 0; ///< When the server applied it, in ms since 1970 UTC.
};

/// When a checkpoint is written and how much history is kept.
struct HistoryOptions
{
    /// A checkpoint (the whole text) every this many revisions...
    qint64 checkpointRevisions = 1000;
    /// ...or once the segment since the last one holds this many bytes, whichever comes first.
    qint64 checkpointBytes = 256 * 1024;
    /// Old segments are dropped while the revisions after them number at least this; 0: all.
    qint64 maxRevisions = 0;
    /// Old segments are dropped while the history takes more bytes than this; 0: no bound.
    qint64 maxBytes = 0;
};

/// One room's whole history on disk, in a directory of its own (`history/` in the room's): the
/// text at some revisions (checkpoints, `checkpoint-R.text`: a header line with a SHA-256, then
/// the text) and every operation since each of them in an append-only segment (`ops-R.jsonl`, one
/// entry per line, flushed on every append). A segment starts at its checkpoint's revision R and
/// holds R+1 onwards, until the next checkpoint starts the next one. Memory holds only the index of
/// segments; textAt() reads the nearest checkpoint and replays the segments from it.
///
/// Damage: a torn or unreadable tail of the last segment is cut off on open (kept aside as
/// `.damaged`); a checkpoint whose hash does not match is skipped for an earlier one; a missing
/// or damaged segment makes only the revisions it held unreachable, with an error that says so.
///
/// Checkpoints are written in the background (CheckpointWriter), one at a time: whatever reads or
/// drops a checkpoint waits for the one being written, and one that fails is as a missing one.
class HistoryStore
{
public:
    /// Waits for the checkpoint being written, so the directory may go once it returns.
    ~HistoryStore();

    /// At most this many entries per entries() call.
    static constexpr qsizetype maxEntries = 1000;

    /// Creates @p dir, a history starting at @p revision with @p text.
    static Result<std::unique_ptr<HistoryStore>>
    create(const QString &dir, qint64 revision, const Rope &text, HistoryOptions options = {});
    /// Opens the history in @p dir; @p warning receives what was repaired.
    static Result<std::unique_ptr<HistoryStore>>
    open(const QString &dir, HistoryOptions options = {}, QString *warning = nullptr);

    /// Appends @p entry, which must be revision() + 1, and flushes it to the operating system.
    /// Once appended, it returns the error of a checkpoint that failed in the background, once.
    Result<std::monostate> append(const HistoryEntry &entry);
    /// Whether the current segment is long enough for checkpoint() to be called on a text of
    /// @p textLength units: its revisions or bytes reach the options' interval, and its bytes at
    /// least an eighth of the text, so a long text is not written again every few edits.
    bool wantsCheckpoint(qsizetype textLength = 0) const;
    /// Starts writing the text at revision() as a checkpoint (after the one being written), starts
    /// a new segment and drops old segments beyond the retention options; it returns the error of
    /// the previous checkpoint if that one failed.
    Result<std::monostate> checkpoint(const Rope &text);
    /// Continues the history at @p revision (> revision()) with @p text, after revisions it never
    /// received (a failed write, files lost): those stay out of reach.
    Result<std::monostate> restart(qint64 revision, const Rope &text);

    /// The text at @p revision, from oldestRevision() to revision().
    Result<QString> textAt(qint64 revision) const;
    /// The entries from revision @p from to @p to included, at most maxEntries (the first ones).
    Result<QList<HistoryEntry>> entries(qint64 from, qint64 to) const;

    /// A read-only copy of the index as it is now, for textAt() and entries() on another
    /// thread while this one goes on appending (the files a later retention drops give errors);
    /// it waits for the checkpoint being written when it needs it.
    std::shared_ptr<const HistoryStore> snapshot() const;

    qint64 revision() const { return m_revision; }
    /// The oldest revision kept.
    qint64 oldestRevision() const;
    /// What the history's files take on disk, in bytes (a checkpoint being written counted as
    /// the size it will have when retention bounds bytes, else as its text's length).
    qint64 diskBytes() const;
    /// The revisions with a checkpoint file (damaged or not), oldest first.
    QList<qint64> checkpoints() const;
    qsizetype segmentCount() const;

    /// The author id of the client @p clientId: the first 16 bytes, in hex, of an HMAC-SHA256 of
    /// it keyed with this history's random salt (`salt`), so it is stable within the room,
    /// different in every room, and does not give the client id away.
    QString authorId(const QString &clientId) const;

private:
    struct Part
    {
        // Mutable: settling a checkpoint written in the background, which const readers wait
        // for, tells whether it exists and its size.
        mutable bool hasCheckpoint = false;
        bool hasSegment = false;
        mutable qint64 checkpointBytes = 0;
        qint64 segmentBytes = 0;
        mutable bool checkpointBad = false;
    };
    using Parts = QMap<qint64, Part>;

    HistoryStore(QString dir, HistoryOptions options);
    QString checkpointPath(qint64 revision) const;
    QString segmentPath(qint64 revision) const;
    void writeCheckpoint(qint64 revision, const Rope &text);
    void settleCheckpoint(bool wait) const;
    Result<std::monostate> checkpointFailure();
    Result<std::monostate> startSegment(qint64 revision);
    Result<QString> readCheckpoint(Parts::const_iterator part) const;
    Result<std::monostate> checkRange(qint64 from, qint64 to) const;
    void enforceRetention();
    Result<std::monostate> loadSalt();

    QString m_dir;
    HistoryOptions m_options;
    Parts m_parts;
    QFile m_segment; ///< The last segment, open for appending.
    qint64 m_revision = 0;
    std::optional<HistoryAuthor> m_segmentAuthor; ///< The last line's: the next may leave it out.
    QByteArray m_salt;
    bool m_broken = false; ///< A failed append may have left a torn line: only restart() helps.
    bool m_readOnly = false; ///< A snapshot(): the files are the original's.
    mutable CheckpointWriter m_writer;
    mutable std::optional<Error> m_checkpointError; ///< A failed write, not reported yet.
};

} // namespace ensemble
