#include "HistoryService.h"

#include "Connection.h"
#include "HistoryStore.h"
#include "protocol/Overloaded.h"

#include <QPromise>
#include <QThreadPool>

namespace ensemble {

namespace {

HistoryErrorMsg historyError(quint64 id, const QString &doc, const QString &code,
                             const QString &message, const HistoryStore *store = nullptr)
{
    HistoryErrorMsg error {id, code, message, {}, {}, doc};
    if (store) {
        error.oldest = store->oldestRevision();
        error.latest = store->revision();
    }
    return error;
}

ServerMessage entriesAnswer(const HistoryRequestMsg &m, const HistoryStore &store)
{
    // Entries start after the oldest revision: it has a text but no operation kept.
    if (m.from <= store.oldestRevision()) {
        return historyError(m.id, m.doc, historyErrors::noSuchRevision,
                            QStringLiteral("the history's operations start at revision %1")
                                .arg(store.oldestRevision() + 1),
                            &store);
    }
    HistoryEntriesMsg answer {m.id, store.oldestRevision(), store.revision(), {}, m.doc};
    if (m.from > store.revision())
        return answer; // nothing new yet
    Result<QList<HistoryEntry>> read = store.entries(m.from, std::min(m.to, store.revision()));
    if (!read)
        return historyError(m.id, m.doc, historyErrors::unavailable, read.error().message, &store);
    qsizetype units = 0;
    for (HistoryEntry &entry : read.value()) {
        if (units >= maxHistoryUnits || answer.entries.size() >= maxHistoryEntries)
            break;
        units += entry.op.insertedLength() + entry.op.componentCount();
        answer.entries.append(HistoryRecord {entry.revision, std::move(entry.op), entry.author.id,
                                             entry.author.name, entry.author.color, entry.time});
    }
    return answer;
}

ServerMessage textAnswer(const HistoryTextRequestMsg &m, const HistoryStore &store)
{
    if (m.revision < store.oldestRevision() || m.revision > store.revision()) {
        return historyError(m.id, m.doc, historyErrors::noSuchRevision,
                            QStringLiteral("the history holds revisions %1 to %2")
                                .arg(store.oldestRevision())
                                .arg(store.revision()),
                            &store);
    }
    Result<QString> text = store.textAt(m.revision);
    if (!text)
        return historyError(m.id, m.doc, historyErrors::unavailable, text.error().message, &store);
    return HistoryTextMsg {m.id, m.revision, std::move(text).value(), m.doc};
}

} // namespace

HistoryService::HistoryService(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &HistoryService::onFinished);
}

HistoryService::~HistoryService() = default;

void HistoryService::request(Connection *from, const HistoryRequestMsg &request,
                             const HistoryStore *store)
{
    enqueue(from, request.id, request.doc, request, store);
}

void HistoryService::request(Connection *from, const HistoryTextRequestMsg &request,
                             const HistoryStore *store)
{
    enqueue(from, request.id, request.doc, request, store);
}

int HistoryService::pendingOf(const Connection *connection) const
{
    return int(std::count_if(m_queue.cbegin(), m_queue.cend(),
                             [connection](const Job &job) { return job.to == connection; }));
}

void HistoryService::enqueue(Connection *from, quint64 id, const QString &doc, Request request,
                             const HistoryStore *store)
{
    if (!store) {
        from->send(historyError(id, doc, historyErrors::unavailable,
                                tr("This room keeps no history (the server has no data "
                                   "directory, or cannot write it).")));
        return;
    }
    if (pendingOf(from) >= maxPendingPerConnection) {
        from->send(historyError(
            id, doc, historyErrors::rateLimited,
            tr("At most %1 history requests may wait at a time.").arg(maxPendingPerConnection)));
        return;
    }
    m_queue.push_back(Job {from, std::move(request), store->snapshot()});
    startNext();
}

void HistoryService::startNext()
{
    // Requests of connections that left meanwhile are not worth the work.
    while (!m_running && !m_queue.empty() && !m_queue.front().to)
        m_queue.pop_front();
    if (m_running || m_queue.empty())
        return;
    m_running = true;
    auto promise = std::make_shared<QPromise<OutgoingFrame>>();
    m_watcher.setFuture(promise->future());
    promise->start();
    const Job &job = m_queue.front();
    QThreadPool::globalInstance()->start([promise, request = job.request, store = job.store] {
        const ServerMessage answer
            = std::visit(Overloaded {
                             [&](const HistoryRequestMsg &m) { return entriesAnswer(m, *store); },
                             [&](const HistoryTextRequestMsg &m) { return textAnswer(m, *store); },
                         },
                         request);
        promise->addResult(OutgoingFrame(answer));
        promise->finish();
    });
}

void HistoryService::onFinished()
{
    // Letting go of the result below reports a finished (empty) future once more.
    if (!m_running)
        return;
    m_running = false;
    const Job job = std::move(m_queue.front());
    m_queue.pop_front();
    if (job.to && m_watcher.future().resultCount() > 0) {
        const OutgoingFrame frame = m_watcher.result();
        job.to->chargeWork(qint64(frame.bytes().size()) * Limits::transformWorkPerToken
                           / bytesPerToken);
        job.to->send(frame);
    }
    m_watcher.setFuture(QFuture<OutgoingFrame>());
    startNext();
}

} // namespace ensemble
