#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>

namespace ensemble {

/// How many rooms clients from one address (an IPv6 /64, as AttemptLimiter counts) created in
/// the last hour, so that one machine cannot use up the server's room quota in a moment.
class CreationRate
{
public:
    /// At most @p perHour creations per address in any hour; 0: no limit.
    explicit CreationRate(int perHour);

    /// Milliseconds until @p peer may create a room (0 when it may now).
    qint64 waitFor(const QHostAddress &peer);
    /// Records a room created by @p peer.
    void record(const QHostAddress &peer);

private:
    void forgetOld(QList<qint64> &times, qint64 now) const;

    int m_perHour;
    QElapsedTimer m_clock;
    QHash<QString, QList<qint64>> m_created; // when, on m_clock, oldest first
};

} // namespace ensemble
