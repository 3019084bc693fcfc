#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace ensemble {

/// Reads what a peer sends after the server's close frame, skipping frames whole, until the
/// peer's own close frame (its answer, RFC 6455 section 5.5.1). Holds at most one frame header.
class CloseReplyReader
{
public:
    /// Reads @p bytes; true once the peer's close frame has begun.
    bool read(QByteArrayView bytes);

private:
    QByteArray m_header; ///< The header read so far of the frame being read.
    quint64 m_skip = 0; ///< Payload bytes of the current frame still to skip.
};

} // namespace ensemble
