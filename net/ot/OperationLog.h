#pragma once

#include "TextOperation.h"

#include <QString>

#include <deque>

namespace ensemble {

/// One applied operation in a room's history.
struct LogEntry
{
    TextOperation op; ///< as applied (already transformed): what everyone else received
    QString clientId; ///< the author's stable client id
    quint64 seq = 0; ///< the author's sequence number for it
    qint64 revision = 0; ///< the revision this operation produced
};

/// The newest applied operations of a room, bounded both in number and in size (units of text
/// inserted or deleted plus components), so neither a long session nor a few huge edits can make
/// it hold more than a known amount of memory. The oldest entries go first.
class OperationLog
{
public:
    /// A log entry plus the units its operation deleted, which lets the log be undone.
    struct Stored
    {
        LogEntry entry;
        QString deleted;
        // Components and units of every entry ever appended, up to this one: running totals make
        // the cost of a range of entries a subtraction.
        qint64 componentsThrough = 0;
        qint64 unitsThrough = 0;
    };

    /// An empty log keeping at most capacity entries (0 keeps none) and maxUnits units.
    explicit OperationLog(qsizetype capacity, qint64 maxUnits = defaultMaxUnits);

    /// Most units kept unless told otherwise: 16 Mi, four times the default document limit.
    static constexpr qint64 defaultMaxUnits = qint64(16) * 1024 * 1024;

    /// Number of entries kept.
    qsizetype size() const { return qsizetype(m_entries.size()); }
    /// The most entries kept.
    qsizetype capacity() const { return m_capacity; }
    /// Changes the bound, dropping the oldest entries that no longer fit.
    void setCapacity(qsizetype capacity);
    /// Bounds the units kept (inserted plus deleted units plus components, over all entries),
    /// dropping the oldest entries that no longer fit.
    void setMaxUnits(qint64 maxUnits);
    /// The units the kept entries hold.
    qint64 units() const { return m_units; }
    /// Adds the newest entry (with the units its operation deleted), dropping old ones as needed.
    void append(LogEntry entry, QString deleted);
    /// The i-th entry, oldest first (0 <= i < size()).
    const Stored &at(qsizetype i) const { return m_entries[size_t(i)]; }
    /// The components of the entries from the i-th to the newest, in O(1): what transforming
    /// something over them visits.
    qint64 componentsFrom(qsizetype i) const;
    /// The units of the entries from the i-th to the newest, in O(1): what undoing them touches.
    qint64 unitsFrom(qsizetype i) const;

private:
    static qint64 unitsOf(const Stored &stored);
    void trim();

    std::deque<Stored> m_entries;
    qsizetype m_capacity = 0;
    qint64 m_maxUnits = 0;
    qint64 m_units = 0;
    qint64 m_componentsTotal = 0;
    qint64 m_unitsTotal = 0;
};

} // namespace ensemble
