#include "CheckpointWriter.h"

#include "HistoryFiles.h"

#include <QFile>
#include <QPromise>
#include <QThreadPool>
#include <memory>

namespace ensemble {

namespace {

// Not the global pool: a history request running there waits for a checkpoint (textAt), and
// with every thread of a shared pool waiting, a checkpoint queued behind them would never run.
QThreadPool &checkpointPool()
{
    static QThreadPool pool;
    return pool;
}

CheckpointOutcome write(const QString &path, qint64 revision, const QString &text)
{
    // Not synced to disk: a checkpoint that a crash leaves short fails its hash and is skipped,
    // and syncing one took tens of milliseconds.
    QFile file(path + QStringLiteral(".tmp"));
    const QByteArray bytes = checkpointFile(revision, text);
    const bool written = file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size() && file.flush();
    file.close();
    if (!written || (QFile::exists(path) && !QFile::remove(path)) || !file.rename(path)) {
        const QString why = file.errorString(); // before remove() sets its own
        file.remove();
        return {revision, 0, QStringLiteral("cannot write %1: %2").arg(path, why)};
    }
    return {revision, bytes.size(), {}};
}

} // namespace

void CheckpointWriter::start(const QString &path, qint64 revision, const Rope &text)
{
    Q_ASSERT(m_revision < 0);
    // The task holds its own copies of the path and of the text (a rope sharing the document's
    // chunks until the room changes them), nothing of the store.
    auto promise = std::make_shared<QPromise<CheckpointOutcome>>();
    m_future = promise->future();
    m_revision = revision;
    promise->start();
    checkpointPool().start([promise, path, revision, text] {
        promise->addResult(write(path, revision, text.text()));
        promise->finish();
    });
}

CheckpointOutcome CheckpointWriter::settle()
{
    m_future.waitForFinished();
    CheckpointOutcome outcome = m_future.resultCount() > 0
        ? m_future.result()
        : CheckpointOutcome {m_revision, 0,
                             QStringLiteral("the checkpoint at revision %1 was "
                                            "not written")
                                 .arg(m_revision)};
    m_future = {};
    m_revision = -1;
    return outcome;
}

void CheckpointWriter::wait()
{
    m_future.waitForFinished();
}

} // namespace ensemble
