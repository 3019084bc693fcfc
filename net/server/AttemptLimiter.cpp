#include "AttemptLimiter.h"

namespace ensemble {

AttemptLimiter::AttemptLimiter(const AccessPolicy &policy)
    : m_policy(policy)
{
    m_clock.start();
}

QString AttemptLimiter::keyOf(const QHostAddress &peer)
{
    bool isIpv4 = false;
    const quint32 ipv4 = peer.toIPv4Address(&isIpv4); // also for ::ffff:a.b.c.d
    if (isIpv4)
        return QHostAddress(ipv4).toString();
    const Q_IPV6ADDR ipv6 = peer.toIPv6Address();
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(ipv6.c), 8).toHex())
        + QStringLiteral("::/64");
}

qint64 AttemptLimiter::lockedFor(const QHostAddress &peer) const
{
    const auto found = m_records.constFind(keyOf(peer));
    if (found == m_records.cend())
        return 0;
    return std::max<qint64>(0, found->lockedUntil - m_clock.elapsed());
}

AttemptLimiter::Failure AttemptLimiter::recordFailure(const QHostAddress &peer)
{
    const qint64 now = m_clock.elapsed();
    if (m_records.size() >= m_pruneAt)
        forgetExpired(now);
    Record &record = m_records[keyOf(peer)];
    record.failures.removeIf([&](qint64 when) { return now - when >= m_policy.failureWindowMs; });
    record.failures.append(now);
    const auto count = int(record.failures.size());
    const qint64 delay = qint64(m_policy.failureDelayMs) << std::min(count - 1, 20);
    Failure failure {int(std::min<qint64>(delay, m_policy.maxFailureDelayMs)), false};
    if (count >= m_policy.maxFailures && record.lockedUntil <= now) {
        record.lockedUntil = now + m_policy.lockoutMs;
        failure.lockedOut = true;
    }
    return failure;
}

bool AttemptLimiter::beginGuess(const QHostAddress &peer)
{
    const qint64 now = m_clock.elapsed();
    if (m_records.size() >= m_pruneAt)
        forgetExpired(now);
    Record &record = m_records[keyOf(peer)];
    record.failures.removeIf([&](qint64 when) { return now - when >= m_policy.failureWindowMs; });
    // One guess at a time may still follow the end of a lockout, as before this counting.
    if (record.lockedUntil > now
        || (record.guessing > 0
            && record.failures.size() + record.guessing >= qsizetype(m_policy.maxFailures)))
        return false;
    ++record.guessing;
    return true;
}

void AttemptLimiter::endGuess(const QHostAddress &peer)
{
    const auto found = m_records.find(keyOf(peer));
    if (found != m_records.end() && found->guessing > 0)
        --found->guessing;
}

void AttemptLimiter::forgetExpired(qint64 now)
{
    // Many addresses failing once each must not grow the table for ever.
    m_records.removeIf([&](const QHash<QString, Record>::iterator &it) {
        const Record &record = it.value();
        return record.lockedUntil <= now && record.guessing == 0
            && (record.failures.isEmpty()
                || now - record.failures.constLast() >= m_policy.failureWindowMs);
    });
    m_pruneAt = std::max<qsizetype>(1024, m_records.size() * 2);
}

} // namespace ensemble
