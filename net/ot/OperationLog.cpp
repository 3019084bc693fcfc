#include "OperationLog.h"

#include <algorithm>

namespace ensemble {

OperationLog::OperationLog(qsizetype capacity, qint64 maxUnits)
    : m_capacity(std::max<qsizetype>(0, capacity))
    , m_maxUnits(std::max<qint64>(0, maxUnits))
{
}

qint64 OperationLog::unitsOf(const Stored &stored)
{
    const TextOperation &op = stored.entry.op;
    return op.componentCount() + op.insertedLength() + stored.deleted.size();
}

void OperationLog::setCapacity(qsizetype capacity)
{
    m_capacity = std::max<qsizetype>(0, capacity);
    trim();
}

void OperationLog::setMaxUnits(qint64 maxUnits)
{
    m_maxUnits = std::max<qint64>(0, maxUnits);
    trim();
}

void OperationLog::append(LogEntry entry, QString deleted)
{
    Stored stored {std::move(entry), std::move(deleted), 0, 0};
    const qint64 units = unitsOf(stored);
    m_componentsTotal += stored.entry.op.componentCount();
    m_unitsTotal += units;
    stored.componentsThrough = m_componentsTotal;
    stored.unitsThrough = m_unitsTotal;
    m_units += units;
    m_entries.push_back(std::move(stored));
    trim();
}

qint64 OperationLog::componentsFrom(qsizetype i) const
{
    if (i >= size())
        return 0;
    const Stored &first = at(i);
    return m_componentsTotal - first.componentsThrough + first.entry.op.componentCount();
}

qint64 OperationLog::unitsFrom(qsizetype i) const
{
    if (i >= size())
        return 0;
    const Stored &first = at(i);
    return m_unitsTotal - first.unitsThrough + unitsOf(first);
}

void OperationLog::trim()
{
    while (!m_entries.empty() && (size() > m_capacity || m_units > m_maxUnits)) {
        m_units -= unitsOf(m_entries.front());
        m_entries.pop_front();
    }
}

} // namespace ensemble
