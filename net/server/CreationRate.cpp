#include "CreationRate.h"

#include "AttemptLimiter.h"

namespace ensemble {

namespace {
constexpr qint64 hourMs = 60 * 60 * 1000;
} // namespace

CreationRate::CreationRate(int perHour)
    : m_perHour(perHour)
{
    m_clock.start();
}

void CreationRate::forgetOld(QList<qint64> &times, qint64 now) const
{
    times.removeIf([&](qint64 when) { return now - when >= hourMs; });
}

qint64 CreationRate::waitFor(const QHostAddress &peer)
{
    if (m_perHour <= 0)
        return 0;
    const auto found = m_created.find(AttemptLimiter::keyOf(peer));
    if (found == m_created.end())
        return 0;
    const qint64 now = m_clock.elapsed();
    forgetOld(*found, now);
    if (found->size() < m_perHour)
        return 0;
    return found->constFirst() + hourMs - now;
}

void CreationRate::record(const QHostAddress &peer)
{
    if (m_perHour <= 0)
        return;
    const qint64 now = m_clock.elapsed();
    // Addresses that created nothing for an hour are forgotten, so the table stays small.
    if (m_created.size() > 1024) {
        m_created.removeIf([&](QHash<QString, QList<qint64>>::iterator it) {
            forgetOld(it.value(), now);
            return it->isEmpty();
        });
    }
    m_created[AttemptLimiter::keyOf(peer)].append(now);
}

} // namespace ensemble
