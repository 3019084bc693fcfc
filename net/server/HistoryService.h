#pragma once

#include "OutgoingFrame.h"
#include "protocol/HistoryMessages.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <deque>
#include <memory>
#include <variant>

namespace ensemble {

class Connection;
class HistoryStore;

/// Answers a room's `history` and `history_text` requests (docs/PROTOCOL.md 3.1), each about
/// one of its documents, under the request's `doc`. Reading the
/// files and rebuilding a revision can take milliseconds, so it happens on the thread pool, from
/// a snapshot of the history's index, one request of the room at a time and in order; the answer
/// is written there too and goes out on the rooms' thread, charged to the asker's message budget
/// by its size.
class HistoryService : public QObject
{
    Q_OBJECT

public:
    /// Requests one connection may have waiting or running; more get `rate_limited`.
    static constexpr int maxPendingPerConnection = 4;
    /// An answer costs one message token per this many bytes.
    static constexpr qint64 bytesPerToken = 256 * 1024;

    explicit HistoryService(QObject *parent = nullptr);
    ~HistoryService() override;

    /// Queues @p request of @p from, answered from @p store, the history of the document it
    /// names (null: the document keeps no history).
    void request(Connection *from, const HistoryRequestMsg &request, const HistoryStore *store);
    /// Queues @p request of @p from, answered from @p store (null: no history).
    void request(Connection *from, const HistoryTextRequestMsg &request, const HistoryStore *store);

private:
    using Request = std::variant<HistoryRequestMsg, HistoryTextRequestMsg>;
    struct Job
    {
        QPointer<Connection> to;
        Request request;
        std::shared_ptr<const HistoryStore> store;
    };

    void enqueue(Connection *from, quint64 id, const QString &doc, Request request,
                 const HistoryStore *store);
    void startNext();
    void onFinished();
    int pendingOf(const Connection *connection) const;

    std::deque<Job> m_queue; ///< The front one runs while m_running.
    bool m_running = false;
    QFutureWatcher<OutgoingFrame> m_watcher;
};

} // namespace ensemble
