#include "MemoryBudget.h"

namespace ensemble {

void MemoryBudget::set(Connection *holder, qint64 bytes)
{
    // A holder that drops to nothing keeps its entry: a connection goes from some bytes to none
    // and back for every frame it sends, and erasing and inserting cost an allocation each time.
    qint64 &held = m_held[holder];
    bytes = std::max<qint64>(bytes, 0);
    m_total += bytes - held;
    held = bytes;
}

void MemoryBudget::forget(Connection *holder)
{
    m_total -= m_held.take(holder);
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
