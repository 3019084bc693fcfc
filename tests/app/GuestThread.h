#pragma once

#include "TestPeer.h"

#include <QSemaphore>
#include <QThread>
#include <memory>
#include <vector>

namespace ensemble::test {

// Guests in a thread of their own, as people on other machines are: nothing the host's window
// does holds them up. Their TestPeers are made, used and destroyed in that thread; the test
// reaches them with call() or post().
class GuestThread : public QThread
{
public:
    GuestThread()
    {
        start();
        m_ready.acquire();
    }
    ~GuestThread() override
    {
        quit();
        wait();
    }

    // Runs work(peers) in the guests' thread and returns its result, waiting for it.
    template<class Work> auto call(Work work)
    {
        std::optional<decltype(work(m_peers))> result;
        QMetaObject::invokeMethod(
            m_context, [&] { result.emplace(work(m_peers)); }, Qt::BlockingQueuedConnection);
        return *result;
    }
    // Runs work(peers) in the guests' thread without waiting.
    template<class Work> void post(Work work)
    {
        QMetaObject::invokeMethod(
            m_context, [this, work] { work(m_peers); }, Qt::QueuedConnection);
    }
    // Adds a guest called name who joins invite.
    void join(const QString &name, const Invite &invite)
    {
        call([&](std::vector<std::unique_ptr<TestPeer>> &peers) {
            peers.push_back(std::make_unique<TestPeer>(name));
            peers.back()->client().join(invite);
            return true;
        });
    }
    // Whether every guest is in the room and sees the others and the host.
    bool allJoined()
    {
        return call([](std::vector<std::unique_ptr<TestPeer>> &peers) {
            for (const auto &peer : peers) {
                if (!peer->ready()
                    || peer->client().participants().size() != qsizetype(peers.size()))
                    return false;
            }
            return true;
        });
    }
    // The guests' texts.
    QStringList texts()
    {
        return call([](std::vector<std::unique_ptr<TestPeer>> &peers) {
            QStringList texts;
            for (const auto &peer : peers)
                texts.append(peer->text());
            return texts;
        });
    }
    // The error codes each guest received, one string per guest.
    QStringList errors()
    {
        return call([](std::vector<std::unique_ptr<TestPeer>> &peers) {
            QStringList errors;
            for (const auto &peer : peers)
                errors.append(peer->errors().join(u' '));
            return errors;
        });
    }

protected:
    void run() override
    {
        QObject context;
        m_context = &context;
        m_ready.release();
        exec();
        m_peers.clear();
    }

private:
    QSemaphore m_ready;
    QObject *m_context = nullptr;
    std::vector<std::unique_ptr<TestPeer>> m_peers;
};

} // namespace ensemble::test
