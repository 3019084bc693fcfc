#include "SendQueue.h"

namespace ensemble {

void SendQueue::queued(qint64 bytes)
{
    m_queuedTotal += std::max<qint64>(bytes, 0);
    m_pending += std::max<qint64>(bytes, 0);
    m_frameEnds.push_back(m_queuedTotal);
}

void SendQueue::update(qint64 pending)
{
    m_pending = std::max<qint64>(pending, 0);
    // Bytes the socket added of its own count as frames' bytes here, so a frame is forgotten
    // a little late rather than too early.
    const qint64 written = m_queuedTotal - std::min(m_pending, m_queuedTotal);
    while (!m_frameEnds.empty() && m_frameEnds.front() <= written)
        m_frameEnds.pop_front();
}

qint64 SendQueue::bytesBehindFirst() const
{
    return m_frameEnds.empty() ? 0 : m_queuedTotal - m_frameEnds.front();
}

} // namespace ensemble
