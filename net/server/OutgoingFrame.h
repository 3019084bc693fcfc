#pragma once

#include "protocol/Messages.h"

#include <QByteArray>
#include <QString>

namespace ensemble {

/// A server message serialised once into the bytes of a whole WebSocket text frame, which every
/// connection it goes to writes to its socket as they are: a relay to many members costs one
/// serialisation and, per member, one append to a socket buffer.
class OutgoingFrame
{
public:
    /// The frame carrying @p message.
    explicit OutgoingFrame(const ServerMessage &message);

    /// The frame's bytes: header, then the message's UTF-8.
    const QByteArray &bytes() const { return m_bytes; }
    /// The message as text, for a socket that has to go through QWebSocket::sendTextMessage().
    QString text() const;

private:
    QByteArray m_bytes;
    qsizetype m_headerSize;
};

/// The header of an unmasked, unfragmented text frame (RFC 6455 section 5.2) of @p length bytes.
QByteArray textFrameHeader(qint64 length);
/// An unmasked pong frame (RFC 6455 section 5.5.3) echoing a ping's @p payload.
QByteArray pongFrame(QByteArrayView payload);
/// An unmasked close frame (RFC 6455 section 5.5.1) with @p code and as much of @p reason as fits
/// in a control frame.
QByteArray closeFrame(int code, const QString &reason);

} // namespace ensemble
