#pragma once

#include <QtGlobal>

#include <deque>

namespace ensemble {

/// The frames one connection has handed to its socket that have not left it yet, worked out from
/// how many bytes the socket still holds. QWebSocket writes every frame into its TCP (and TLS)
/// socket at once, and those buffers grow without limit while the peer does not read: this is
/// what tells a reader that has fallen behind.
class SendQueue
{
public:
    /// A frame that took @p bytes of the socket's buffers was handed to it.
    void queued(qint64 bytes);
    /// The socket still holds @p pending bytes: forgets the frames that have left.
    void update(qint64 pending);
    /// Bytes still waiting, frames and what the socket adds of its own (pings, TLS records).
    qint64 bytes() const { return m_pending; }
    /// Bytes of the frames waiting behind the one being written, which may be large by itself
    /// (a welcome with a long document) without its reader being slow.
    qint64 bytesBehindFirst() const;
    /// Frames still waiting, the one being written included.
    qsizetype frames() const { return qsizetype(m_frameEnds.size()); }

private:
    qint64 m_queuedTotal = 0; ///< Bytes of every frame handed over so far.
    qint64 m_pending = 0;
    std::deque<qint64> m_frameEnds; ///< m_queuedTotal just after each waiting frame.
};

} // namespace ensemble
