#pragma once

#include <QHash>
#include <QString>
#include <deque>
#include <functional>

namespace ensemble {

/// Password checks waiting for their turn: one at a time per address (AttemptLimiter::keyOf), so
/// an address sending many guesses at once uses one core at most, and a bounded number waiting
/// in all.
class GuessQueue
{
public:
    /// At most @p maxWaiting checks waiting or running, all addresses together.
    explicit GuessQueue(int maxWaiting);

    /// Queues @p start for @p key, calling it now when nothing of @p key runs; false when the
    /// queue is full (nothing is queued).
    bool add(const QString &key, std::function<void()> start);
    /// The check of @p key that was started is over: starts its next one.
    void done(const QString &key);

private:
    int m_maxWaiting;
    int m_waiting = 0;
    QHash<QString, std::deque<std::function<void()>>> m_queues; // front: the running one
};

} // namespace ensemble
