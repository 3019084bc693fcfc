#pragma once

#include <QtGlobal>

namespace ensemble {

/// A token bucket that may go into debt: something passes whenever the bucket is not empty and
/// then takes its whole cost, so a costly message is never refused outright; the debt makes the
/// following ones wait. Time is passed in (milliseconds on any monotonic clock) so tests can
/// drive it.
class TokenBucket
{
public:
    /// A bucket refilled with @p ratePerSecond tokens per second, holding at most @p capacity and
    /// starting full. A rate of 0 never runs dry.
    explicit TokenBucket(double ratePerSecond = 0, double capacity = 0);

    /// Whether something may pass at @p nowMs.
    bool ready(qint64 nowMs);
    /// Takes @p tokens at @p nowMs (possibly more than the bucket holds).
    void take(double tokens, qint64 nowMs);
    /// Milliseconds from @p nowMs until ready() (0 when it is already).
    qint64 msUntilReady(qint64 nowMs);

private:
    void refill(qint64 nowMs);

    double m_rate = 0;
    double m_capacity = 0;
    double m_level = 0;
    qint64 m_lastMs = 0;
};

} // namespace ensemble
