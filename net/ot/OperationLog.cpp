#include "OperationLog.h"

#include <algorithm>

namespace ensemble {

OperationLog::OperationLog(qsizetype capacity)
    : m_capacity(std::max<qsizetype>(0, capacity))
{
}

void OperationLog::setCapacity(qsizetype capacity)
{
    capacity = std::max<qsizetype>(0, capacity);
    const qsizetype kept = std::min(size(), capacity);
    std::vector<Stored> entries;
    entries.reserve(size_t(kept));
    for (qsizetype i = size() - kept; i < size(); ++i)
        entries.push_back(at(i));
    m_entries.swap(entries);
    m_head = 0;
    m_capacity = capacity;
}

void OperationLog::append(Stored stored)
{
    if (m_capacity == 0)
        return;
    if (size() < m_capacity) {
        m_entries.push_back(std::move(stored));
        return;
    }
    m_entries[size_t(m_head)] = std::move(stored);
    m_head = (m_head + 1) % m_capacity;
}

} // namespace ensemble
