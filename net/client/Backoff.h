#pragma once

#include <QtGlobal>

namespace ensemble {

/// Exponential backoff with jitter for reconnect attempts: the n-th delay is drawn uniformly from
/// [base/2, base] where base = initial * 2^n capped at maximum, so many clients cut off by the
/// same outage do not all come back in the same instant.
class Backoff
{
public:
    /// Delays start near @p initialMs and never exceed @p maximumMs.
    explicit Backoff(int initialMs = 500, int maximumMs = 30000);

    /// The delay before the next attempt, in milliseconds; each call doubles the base.
    int nextDelay();
    /// Starts over after a successful connection.
    void reset() { m_attempt = 0; }
    /// How many delays were handed out since the last reset().
    int attempts() const { return m_attempt; }

private:
    int m_initialMs;
    int m_maximumMs;
    int m_attempt = 0;
};

} // namespace ensemble
