#pragma once

#include "TextOperation.h"

#include <QString>

#include <vector>

namespace ensemble {

/// One applied operation in a room's history.
struct LogEntry
{
    TextOperation op; ///< as applied (already transformed): what everyone else received
    QString clientId; ///< the author's stable client id
    quint64 seq = 0; ///< the author's sequence number for it
    qint64 revision = 0; ///< the revision this operation produced
};

/// The newest applied operations of a room in a ring buffer of bounded capacity: appending to a
/// full log overwrites the oldest entry in place, so a busy room neither shifts nor reallocates.
class OperationLog
{
public:
    /// A log entry plus the units its operation deleted, which lets the log be undone.
    struct Stored
    {
        LogEntry entry;
        QString deleted;
    };

    /// An empty log keeping at most capacity entries (0 keeps none).
    explicit OperationLog(qsizetype capacity);

    /// Number of entries kept.
    qsizetype size() const { return qsizetype(m_entries.size()); }
    /// The most entries kept.
    qsizetype capacity() const { return m_capacity; }
    /// Changes the bound, dropping the oldest entries that no longer fit.
    void setCapacity(qsizetype capacity);
    /// Adds the newest entry, dropping the oldest when full.
    void append(Stored stored);
    /// The i-th entry, oldest first (0 <= i < size()).
    const Stored &at(qsizetype i) const
    {
        return m_entries[size_t((m_head + i) % qsizetype(m_entries.size()))];
    }

private:
    std::vector<Stored> m_entries;
    qsizetype m_head = 0; // index of the oldest entry once the ring is full
    qsizetype m_capacity = 0;
};

} // namespace ensemble
