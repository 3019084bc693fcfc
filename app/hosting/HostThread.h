#pragma once

#include "server/RoomServer.h"

#include <QSemaphore>
#include <QThread>
#include <optional>
#include <type_traits>

namespace ensemble {

// The thread a hosting window's RoomServer runs in, so that the guests' edits are relayed while
// the window is busy (styling or painting a large file, a long synchronous operation). The server
// and its sockets are made, used and destroyed in this thread; other threads reach the server
// only through call() and finish().
class HostThread : public QThread
{
public:
    explicit HostThread(ServerConfig config, QObject *parent = nullptr);
    // Waits for the thread to end: at once unless finish() was called, whose connections then get
    // their moment to close (a second at most).
    ~HostThread() override;

    // Starts the thread and makes the server in it.
    void launch();
    // Runs work(server) in the thread and returns what it returns, the caller waiting meanwhile.
    // Only between launch() and finish(), and never from this thread itself.
    template<class Work> std::invoke_result_t<Work, RoomServer &> call(Work work)
    {
        using Value = std::invoke_result_t<Work, RoomServer &>;
        if constexpr (std::is_void_v<Value>) {
            QMetaObject::invokeMethod(
                m_server, [this, &work] { work(*m_server); }, Qt::BlockingQueuedConnection);
        } else {
            std::optional<Value> result;
            QMetaObject::invokeMethod(
                m_server, [this, &result, &work] { result.emplace(work(*m_server)); },
                Qt::BlockingQueuedConnection);
            return std::move(*result);
        }
    }
    // Closes room roomId and deletes its files, waiting while its participants are sent
    // room_closed and the close frame; the thread then ends by itself once every connection has
    // closed, or after a second, and deletes the server's data directory.
    void finish(const QString &roomId);

protected:
    void run() override;

private:
    ServerConfig m_config;
    QSemaphore m_ready;
    // Set by run() before m_ready is released; used in this thread only.
    RoomServer *m_server = nullptr;
    bool m_finishing = false; // used by the owner's thread
    bool m_removeDataDir = false; // used by this thread
};

} // namespace ensemble
