// Connection's reading side: the frames of its socket, through FrameReader, and what a message
// received in part holds.
#include "Connection.h"

#include "MemoryBudget.h"
#include "OutgoingFrame.h"

#include <QTcpSocket>
#include <QWebSocket>

namespace ensemble {

void Connection::readFrames()
{
    QTcpSocket *tcp = m_outer.data();
    if (!tcp)
        return;
    const QByteArray bytes = tcp->readAll();
    m_reader.read(bytes, [this](FrameReader::Event &&event) { onFrame(std::move(event)); });
    accountUnfinished();
}

void Connection::onFrame(FrameReader::Event &&event)
{
    using Kind = FrameReader::Event::Kind;
    if (m_closing) {
        // After the server's close frame only the peer's answer to it matters.
        if (event.kind == Kind::Close && m_outer)
            m_outer->disconnectFromHost();
        return;
    }
    // Only whole messages and pongs are signs of life: a part of a message is not, or an empty
    // continuation frame now and then would keep a message unfinished, and its memory held,
    // forever. A long message that is really on its way has messageTimeoutMs to arrive.
    switch (event.kind) {
    case Kind::Text:
        m_silentPings = 0;
        receive({Frame::Kind::Text, std::move(event.payload), event.bytes});
        return;
    case Kind::Binary:
        m_silentPings = 0;
        receive({Frame::Kind::Binary, {}, event.bytes});
        return;
    case Kind::Oversized:
        m_silentPings = 0;
        receive({Frame::Kind::Oversized, {}, event.bytes});
        return;
    case Kind::Ping:
        if (QTcpSocket *tcp = m_outer.data())
            tcp->write(pongFrame(event.payload));
        return;
    case Kind::Pong:
        m_silentPings = 0;
        return;
    case Kind::Close:
        // The peer's close: answered with its own code, as QWebSocket did, and the connection
        // ends (the server closes the TCP connection first, RFC 6455 section 7.1.1).
        closeNow(event.closeCode == 1005 ? 1000 : event.closeCode, event.reason);
        return;
    case Kind::Failure:
        // Failing the connection (RFC 6455 section 7.1.7): no waiting for an answer.
        closeNow(event.closeCode, event.reason);
        return;
    }
}

void Connection::accountUnfinished()
{
    if (m_closing)
        return;
    const qint64 held = m_reader.heldBytes() + transportBytes(&QTcpSocket::bytesAvailable);
    if (held == 0 && !m_reader.midMessage())
        m_messageTimer.stop();
    else if (!m_messageTimer.isActive() && m_limits.messageTimeoutMs > 0)
        m_messageTimer.start(m_limits.messageTimeoutMs);
    if (!m_unfinishedBudget)
        return;
    m_unfinishedBudget->set(this, held);
    if (Connection *largest = m_unfinishedBudget->overdrawnBy()) {
        largest->sendError(ErrorCode::UnfinishedMessage,
                           QStringLiteral("the server's %1 bytes for messages received in part "
                                          "ran out; this connection held the most")
                               .arg(m_limits.unfinishedBudgetBytes));
    }
}

} // namespace ensemble
