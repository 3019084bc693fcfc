#include "Backoff.h"

#include <QRandomGenerator>
#include <algorithm>

namespace ensemble {

Backoff::Backoff(int initialMs, int maximumMs)
    : m_initialMs(std::max(1, initialMs))
    , m_maximumMs(std::max(m_initialMs, maximumMs))
{
}

int Backoff::nextDelay()
{
    // Doubling stops once the cap is reached, so the shift cannot overflow.
    qint64 base = m_initialMs;
    for (int i = 0; i < m_attempt && base < m_maximumMs; ++i)
        base *= 2;
    base = std::min<qint64>(base, m_maximumMs);
    ++m_attempt;
    const qint64 low = base / 2;
    return int(low + QRandomGenerator::global()->bounded(base - low + 1));
}

} // namespace ensemble
