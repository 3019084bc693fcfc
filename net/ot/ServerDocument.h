#pragma once

#include "OperationLog.h"
#include "Result.h"
#include "Rope.h"
#include "Selection.h"
#include "TextOperation.h"

#include <QHash>
#include <QHashFunctions>
#include <QList>
#include <QString>

#include <optional>
#include <unordered_map>

namespace ensemble {

/// What receive() did with an operation.
struct Applied
{
    TextOperation op; ///< the operation as applied, to broadcast (empty for an old duplicate)
    qint64 revision = 0; ///< the revision it produced: acknowledge the sender with it
    bool duplicate = false; ///< it had been applied before; nothing changed, do not broadcast
    /// The sender's selection moved into the text at revision (absent when none was given, or
    /// when moving it would cost more than maxTransformWork()).
    std::optional<Selection> selection;
};

/// How far the server has got with one client's operations (persist it with the room).
struct ClientProgress
{
    quint64 seq = 0; ///< the highest sequence number applied
    qint64 revision = 0; ///< the revision that operation produced
    /// What that operation was as sent (its base and content), to tell a resend from another
    /// operation under the same seq; 0 when unknown (restored from disk), not persisted.
    size_t sent = 0;
};

/// A room's document state with no I/O: the text (in a Rope), its revision and a bounded log of
/// applied operations, each tagged with its author and sequence number so a resubmitted operation
/// is acknowledged again instead of applied twice.
class ServerDocument
{
public:
    /// How many operations are kept for catching up clients unless told otherwise.
    static constexpr qsizetype defaultMaxLogLength = 10'000;

    /// A document holding text at revision, keeping at most maxLogLength log entries.
    explicit ServerDocument(const QString &text = {}, qint64 revision = 0,
                            qsizetype maxLogLength = defaultMaxLogLength);

    /// Transforms op (based on baseRevision) over everything applied since, applies it and logs
    /// it. seq must grow per client; resending the latest seq is a duplicate, an older one the
    /// error "bad_sequence"; seq 0 opts out of duplicate detection. Other errors:
    /// "bad_revision" (future or trimmed), "bad_operation" (wrong length), "too_large",
    /// "too_far_behind" (catching the op up would cost more than maxTransformWork()).
    /// selection, in the sender's text right after op, moves with the operations op is
    /// transformed over (as they apply after op), so it lands in the text at the new revision.
    Result<Applied> receive(const TextOperation &op, qint64 baseRevision, const QString &clientId,
                            quint64 seq, std::optional<Selection> selection = std::nullopt);
    /// A whole new text based on baseRevision (a `replace`): diffed against the text at that
    /// revision, then received like any operation. Rebuilding the old text counts the units
    /// undone against maxTransformWork().
    Result<Applied> receiveText(const QString &text, qint64 baseRevision, const QString &clientId,
                                quint64 seq);

    /// The current revision (number of operations ever applied, plus the starting revision).
    qint64 revision() const { return m_revision; }
    /// The current text, O(n).
    QString text() const { return m_text.text(); }
    /// The current text as a rope that shares its chunks with the document's, O(1): it may be
    /// read on another thread while the document goes on changing.
    Rope textSnapshot() const { return m_text; }
    /// The current length in UTF-16 units.
    qsizetype length() const { return m_text.size(); }
    /// The text as it was at revision (oldestRevision() <= revision <= revision()).
    Result<QString> textAt(qint64 revision) const;
    /// textAt() on a message's behalf: the units undone count against maxTransformWork()
    /// ("too_far_behind" beyond it) and in workDone().
    Result<QString> chargedTextAt(qint64 revision) const;

    /// The entries after revision, oldest first, to catch a client up; "bad_revision" when
    /// revision is in the future or older than oldestRevision().
    Result<QList<LogEntry>> operationsSince(qint64 revision) const;
    /// The document length at revision, or "bad_revision".
    Result<qsizetype> lengthAt(qint64 revision) const;
    /// selection, given in the text at revision, moved through everything applied since; errors
    /// "bad_revision" and "too_far_behind" (as for receive()).
    Result<Selection> selectionSince(const Selection &selection, qint64 revision) const;
    /// What selectionSince() would cost, in O(1) (revision must be kept).
    qint64 selectionWork(const Selection &selection, qint64 revision) const;
    /// The oldest revision a client can still be caught up from by operations.
    qint64 oldestRevision() const { return m_revision - logSize(); }
    /// Number of entries in the log.
    qsizetype logSize() const { return m_log.size(); }
    /// The log bound; older entries are dropped as new ones arrive.
    qsizetype maxLogLength() const { return m_log.capacity(); }
    /// Changes the log bound (at least 0), trimming at once if needed.
    void setMaxLogLength(qsizetype maxLogLength);
    /// Bounds the log's size too (OperationLog::units()), trimming at once if needed.
    void setMaxLogUnits(qint64 maxLogUnits);
    /// The units the log holds (inserted and deleted units plus components).
    qint64 logUnits() const { return m_log.units(); }

    /// The most work one receive(), receiveText() or selectionSince() may take to catch its input
    /// up: components visited by the transforms (plus units undone for a replace). 0: no limit.
    qint64 maxTransformWork() const { return m_maxTransformWork; }
    /// Sets maxTransformWork().
    void setMaxTransformWork(qint64 maxTransformWork);
    /// The catch-up work done so far, in the units of maxTransformWork(), refused calls included.
    qint64 workDone() const { return m_workDone; }

    /// The longest text this room accepts (TextOperation::maxLength unless set lower).
    qsizetype maxDocumentLength() const { return m_maxDocumentLength; }
    /// Sets the longest text accepted; edits making the text longer fail with "too_large".
    void setMaxDocumentLength(qsizetype maxDocumentLength);

    /// The highest seq applied for clientId (0 when none).
    quint64 lastSeq(const QString &clientId) const;
    /// Every client's progress, to persist with the room.
    QHash<QString, ClientProgress> clients() const;
    /// Restores a client's progress from persisted state.
    void restoreClient(const QString &clientId, ClientProgress progress);
    /// Forgets what every client's last operation looked like as sent (after replaying a log,
    /// whose operations are stored transformed), so their resends are taken on trust.
    void forgetSentOperations();

private:
    struct KeyHash
    {
        size_t operator()(const QString &key) const { return qHash(key); }
    };

    const OperationLog::Stored &storedAt(qint64 revision) const;
    bool withinBudget(qint64 work) const;
    ClientProgress *findClient(const QString &clientId);
    std::optional<Result<Applied>> checkSequence(const ClientProgress *progress, quint64 seq,
                                                 size_t sent) const;
    Result<Applied> receive(const TextOperation &op, qint64 baseRevision, const QString &clientId,
                            quint64 seq, std::optional<Selection> selection, size_t sent);

    Rope m_text;
    qint64 m_revision = 0;
    OperationLog m_log;
    qsizetype m_maxDocumentLength = TextOperation::maxLength;
    qint64 m_maxTransformWork = 0;
    // A statistic for callers that charge clients for the work they cause, not document state.
    mutable qint64 m_workDone = 0;
    // Node-based, so the cached pointer below stays valid while other clients are added.
    std::unordered_map<QString, ClientProgress, KeyHash> m_clients;
    // Most operations come from the same client as the previous one: skip the hash then.
    QString m_cachedClientId;
    ClientProgress *m_cachedClient = nullptr;
};

} // namespace ensemble
