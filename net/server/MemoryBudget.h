#pragma once

#include <QHash>

namespace ensemble {

class Connection;

/// Memory of one kind (bytes waiting to be sent, or messages received in part) that all of a
/// server's connections hold together, with a ceiling: once their total passes it, the connection
/// holding the most is the one to close, so one server's memory stays bounded however many
/// connections an attacker opens.
class MemoryBudget
{
public:
    /// A budget of @p limit bytes; 0 means no ceiling.
    explicit MemoryBudget(qint64 limit = 0)
        : m_limit(limit)
    {
    }

    /// Records that @p holder now holds @p bytes.
    void set(Connection *holder, qint64 bytes);
    /// Forgets @p holder (it is going away).
    void forget(Connection *holder);
    /// Bytes held by all connections together.
    qint64 total() const { return m_total; }
    /// The connection holding the most when the total is over the ceiling, otherwise null.
    Connection *overdrawnBy() const;

private:
    qint64 m_limit;
    qint64 m_total = 0;
    QHash<Connection *, qint64> m_held;
};

} // namespace ensemble
