#include "MemoryBudget.h"

namespace ensemble {

void MemoryBudget::set(Connection *holder, qint64 bytes)
{
    const auto found = m_held.find(holder);
    if (found != m_held.end()) {
        m_total -= *found;
        if (bytes > 0)
            *found = bytes;
        else
            m_held.erase(found);
    } else if (bytes > 0) {
        m_held.insert(holder, bytes);
    }
    m_total += std::max<qint64>(bytes, 0);
}

Connection *MemoryBudget::overdrawnBy() const
{
    if (m_limit <= 0 || m_total <= m_limit)
        return nullptr;
    // Only reached when the budget ran out, which an honest load never causes.
    Connection *largest = nullptr;
    qint64 most = 0;
    for (auto it = m_held.cbegin(); it != m_held.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            largest = it.key();
        }
    }
    return largest;
}

} // namespace ensemble
