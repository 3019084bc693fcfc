#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpSocket>

#include <optional>

namespace ensemble::test {

/// A WebSocket client written by hand over a QTcpSocket, for what QWebSocket never sends: bad
/// UTF-8, reserved opcodes and bits, unmasked or lying frame headers, a handshake dribbled out
/// byte by byte. It reads the server's text frames and its close code.
class HandmadeSocket
{
public:
    /// Opens a TCP connection to 127.0.0.1:@p port (waits up to 5 s), with a kernel receive
    /// buffer of @p receiveBuffer bytes if not 0.
    bool connectTo(quint16 port, int receiveBuffer = 0);
    /// The HTTP upgrade request for @p path ("/ROOM-ID").
    static QByteArray upgradeRequest(quint16 port, const QString &path);
    /// Sends the upgrade request and waits (up to 5 s) for "101 Switching Protocols".
    bool handshake(quint16 port, const QString &path, int receiveBuffer = 0);
    /// Sends one frame: @p head is the first header byte (FIN, RSV bits, opcode); the payload is
    /// masked unless @p masked is false.
    void sendFrame(quint8 head, const QByteArray &payload, bool masked = true);
    /// Sends bytes as they are.
    void sendRaw(const QByteArray &bytes);
    /// Waits (up to 5 s) for the next text frame from the server; empty if none came.
    QByteArray nextText();
    /// Waits (up to 5 s) for the server to end the connection: the code of its close frame, 0
    /// if it closed without one, -1 if it is still open.
    int waitForClose();
    /// Waits (up to 10 s) for the server's close frame, reading past everything sent before it,
    /// without answering it: its code, or -1 if none came.
    int nextCloseCode();
    /// Waits (up to 5 s) for the server to end the connection: how many close frames it sent in
    /// all, or -1 if it is still open.
    int closeFramesUntilClosed();
    QTcpSocket &socket() { return m_socket; }

private:
    struct Frame
    {
        int opcode;
        QByteArray payload;
    };
    // Takes the next complete (unmasked) server frame off what was received, if there is one.
    std::optional<Frame> takeFrame();

    QTcpSocket m_socket;
    QByteArray m_received;
};

} // namespace ensemble::test
