#include "TokenBucket.h"

#include <algorithm>
#include <cmath>

namespace ensemble {

TokenBucket::TokenBucket(double ratePerSecond, double capacity)
    : m_rate(std::max(0.0, ratePerSecond))
    , m_capacity(std::max(0.0, capacity))
    , m_level(m_capacity)
{
}

void TokenBucket::refill(qint64 nowMs)
{
    if (nowMs > m_lastMs)
        m_level = std::min(m_capacity, m_level + double(nowMs - m_lastMs) * m_rate / 1000.0);
    m_lastMs = std::max(m_lastMs, nowMs);
}

bool TokenBucket::ready(qint64 nowMs)
{
    if (m_rate == 0)
        return true;
    refill(nowMs);
    return m_level > 0;
}

void TokenBucket::take(double tokens, qint64 nowMs)
{
    if (m_rate == 0)
        return;
    refill(nowMs);
    m_level -= tokens;
}

qint64 TokenBucket::msUntilReady(qint64 nowMs)
{
    if (ready(nowMs))
        return 0;
    // The first whole millisecond after which the level is above zero.
    return qint64(std::floor(-m_level * 1000.0 / m_rate)) + 1;
}

} // namespace ensemble
