#pragma once

#include "ot/Rope.h"

#include <QFuture>
#include <QString>

namespace ensemble {

/// How a checkpoint written in the background ended.
struct CheckpointOutcome
{
    qint64 revision = -1;
    qint64 bytes = 0; ///< What the file takes, when it was written.
    QString error; ///< Why it was not written; empty when it was.
};

/// Writes one history's checkpoints (HistoryStore) on a thread pool of their own, one at a time,
/// so the rooms' thread does not wait for hashing and writing a long text. A copy shares the
/// write in flight: a read-only snapshot on another thread can wait for it too.
class CheckpointWriter
{
public:
    /// Starts writing @p text as the checkpoint at @p revision to @p path (through a `.tmp` file
    /// renamed when complete); the previous write must have been settled. The rope is copied in
    /// O(1): even the text's concatenation happens on the pool thread.
    void start(const QString &path, qint64 revision, const Rope &text);
    /// The revision whose write is not settled yet, or -1.
    qint64 pendingRevision() const { return m_revision; }
    /// Whether the write not settled yet has finished, so settle() would not wait.
    bool isFinished() const { return m_future.isFinished(); }
    /// Waits for the write not settled yet and returns how it ended; none is pending afterwards.
    CheckpointOutcome settle();
    /// Waits for the write in flight, if any, without settling it.
    void wait();

private:
    QFuture<CheckpointOutcome> m_future;
    qint64 m_revision = -1;
};

} // namespace ensemble
