#include "GuessQueue.h"

namespace ensemble {

GuessQueue::GuessQueue(int maxWaiting)
    : m_maxWaiting(maxWaiting)
{
}

bool GuessQueue::add(const QString &key, std::function<void()> start)
{
    if (m_waiting >= m_maxWaiting)
        return false;
    ++m_waiting;
    std::deque<std::function<void()>> &queue = m_queues[key];
    queue.push_back(std::move(start));
    if (queue.size() == 1) {
        // Copied: starting it may finish it at once, emptying the queue.
        const std::function<void()> first = queue.front();
        first();
    }
    return true;
}

void GuessQueue::done(const QString &key)
{
    const auto found = m_queues.find(key);
    if (found == m_queues.end() || found->empty())
        return;
    --m_waiting;
    found->pop_front();
    if (found->empty()) {
        m_queues.erase(found);
        return;
    }
    // Copied: starting it may add to or finish this very queue.
    const std::function<void()> next = found->front();
    next();
}

} // namespace ensemble
