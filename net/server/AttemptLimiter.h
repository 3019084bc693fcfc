#pragma once

#include "AccessPolicy.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>

namespace ensemble {

/// Counts failed joins (wrong passwords, unknown rooms) per peer address: each failure is
/// answered after a delay that doubles with the failures before it, and an address with too many
/// failures in a window is locked out for a while. A password guess counts from the moment it
/// arrives, so guesses sent all at once cannot all be checked before the first one fails. IPv6
/// peers count per /64 network, the block a single host usually has to itself.
class AttemptLimiter
{
public:
    /// What became of one failure.
    struct Failure
    {
        int delayMs = 0; ///< Wait this long before answering it.
        bool lockedOut = false; ///< It was one too many: the address is locked out from now on.
    };

    explicit AttemptLimiter(const AccessPolicy &policy);

    /// Milliseconds until @p peer may try again (0 when it may now).
    qint64 lockedFor(const QHostAddress &peer) const;
    /// Records a failure of @p peer.
    Failure recordFailure(const QHostAddress &peer);
    /// A password guess of @p peer arrived: false when the address is locked out, or when its
    /// failures and its guesses still being checked already make the most it may fail; otherwise
    /// it counts until endGuess().
    bool beginGuess(const QHostAddress &peer);
    /// A guess begun with beginGuess() was checked (a failure is recorded separately).
    void endGuess(const QHostAddress &peer);
    /// What the address of @p peer counts under: itself, or its IPv6 /64.
    static QString keyOf(const QHostAddress &peer);

private:
    struct Record
    {
        QList<qint64> failures; ///< When, on m_clock, oldest first.
        qint64 lockedUntil = 0;
        int guessing = 0; ///< Guesses begun and not ended.
    };

    void forgetExpired(qint64 now);

    AccessPolicy m_policy;
    QElapsedTimer m_clock;
    QHash<QString, Record> m_records;
    qsizetype m_pruneAt = 1024;
};

} // namespace ensemble
