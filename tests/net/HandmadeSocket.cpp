#include "HandmadeSocket.h"

#include <QElapsedTimer>
#include <QTest>
#include <QtEndian>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ensemble::test {

bool HandmadeSocket::connectTo(quint16 port, int receiveBuffer)
{
    if (receiveBuffer == 0) {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        return m_socket.waitForConnected(5000);
    }
    // The receive buffer must be set before connecting: shrunk later, it makes the kernel drop
    // what the peer already may send, and the peer then resends only after ever longer pauses.
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof receiveBuffer) != 0
        || ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    return m_socket.setSocketDescriptor(fd);
}

QByteArray HandmadeSocket::upgradeRequest(quint16 port, const QString &path)
{
    return "GET " + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
        + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
          "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
}

bool HandmadeSocket::handshake(quint16 port, const QString &path, int receiveBuffer)
{
    if (!connectTo(port, receiveBuffer))
        return false;
    m_socket.write(upgradeRequest(port, path));
    QElapsedTimer timer;
    timer.start();
    while (!m_received.contains("\r\n\r\n") && timer.elapsed() < 5000) {
        QTest::qWait(5);
        m_received += m_socket.readAll();
    }
    const qsizetype end = m_received.indexOf("\r\n\r\n");
    if (end < 0 || !m_received.startsWith("HTTP/1.1 101"))
        return false;
    m_received.remove(0, end + 4);
    return true;
}

void HandmadeSocket::sendFrame(quint8 head, const QByteArray &payload, bool masked)
{
    QByteArray frame(1, char(head));
    const quint8 maskBit = masked ? 0x80 : 0;
    const auto size = quint64(payload.size());
    if (size < 126) {
        frame.append(char(maskBit | size));
    } else if (size <= 0xffff) {
        frame.append(char(maskBit | 126));
        frame.append(char(size >> 8)).append(char(size & 0xff));
    } else {
        frame.append(char(maskBit | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char((size >> shift) & 0xff));
    }
    QByteArray body = payload;
    if (masked) {
        const QByteArray key("\x12\x34\x56\x78", 4);
        frame.append(key);
        for (qsizetype i = 0; i < body.size(); ++i)
            body[i] = char(body[i] ^ key[i % 4]);
    }
    m_socket.write(frame + body);
}

void HandmadeSocket::sendRaw(const QByteArray &bytes)
{
    m_socket.write(bytes);
}

std::optional<HandmadeSocket::Frame> HandmadeSocket::takeFrame()
{
    if (m_received.size() < 2)
        return std::nullopt;
    const int opcode = quint8(m_received[0]) & 0x0f;
    quint64 length = quint8(m_received[1]) & 0x7f;
    qsizetype header = 2;
    if (length == 126) {
        if (m_received.size() < 4)
            return std::nullopt;
        length = qFromBigEndian<quint16>(m_received.constData() + 2);
        header = 4;
    } else if (length == 127) {
        if (m_received.size() < 10)
            return std::nullopt;
        length = qFromBigEndian<quint64>(m_received.constData() + 2);
        header = 10;
    }
    if (quint64(m_received.size() - header) < length)
        return std::nullopt;
    Frame frame {opcode, m_received.mid(header, qsizetype(length))};
    m_received.remove(0, header + qsizetype(length));
    return frame;
}

QByteArray HandmadeSocket::nextText()
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 5000) {
        m_received += m_socket.readAll();
        while (std::optional<Frame> frame = takeFrame()) {
            if (frame->opcode == 0x1)
                return frame->payload;
        }
        QTest::qWait(5);
    }
    return {};
}

int HandmadeSocket::waitForClose()
{
    QElapsedTimer timer;
    timer.start();
    while (m_socket.state() != QAbstractSocket::UnconnectedState && timer.elapsed() < 5000) {
        QTest::qWait(5);
        m_received += m_socket.readAll();
    }
    m_received += m_socket.readAll();
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        return -1;
    while (std::optional<Frame> frame = takeFrame()) {
        if (frame->opcode == 0x8 && frame->payload.size() >= 2)
            return qFromBigEndian<quint16>(frame->payload.constData());
    }
    return 0;
}

int HandmadeSocket::closeFramesUntilClosed()
{
    QElapsedTimer timer;
    timer.start();
    while (m_socket.state() != QAbstractSocket::UnconnectedState && timer.elapsed() < 5000) {
        QTest::qWait(5);
        m_received += m_socket.readAll();
    }
    m_received += m_socket.readAll();
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        return -1;
    int closeFrames = 0;
    while (std::optional<Frame> frame = takeFrame())
        closeFrames += frame->opcode == 0x8 ? 1 : 0;
    return closeFrames;
}

int HandmadeSocket::nextCloseCode()
{
    QElapsedTimer timer;
    timer.start();
    qsizetype parsed = 0; // Frames are skipped by offset: removing each would copy the rest.
    while (timer.elapsed() < 10000) {
        m_received += m_socket.readAll();
        while (m_received.size() - parsed >= 2) {
            const QByteArray rest = QByteArray::fromRawData(m_received.constData() + parsed,
                                                            m_received.size() - parsed);
            const int opcode = quint8(rest[0]) & 0x0f;
            quint64 length = quint8(rest[1]) & 0x7f;
            qsizetype header = 2;
            if (length >= 126) {
                header = length == 126 ? 4 : 10;
                if (rest.size() < header)
                    break;
                length = length == 126 ? qFromBigEndian<quint16>(rest.constData() + 2)
                                       : qFromBigEndian<quint64>(rest.constData() + 2);
            }
            if (quint64(rest.size() - header) < length)
                break;
            if (opcode == 0x8)
                return length >= 2 ? qFromBigEndian<quint16>(rest.constData() + header) : 0;
            parsed += header + qsizetype(length);
        }
        QTest::qWait(5);
    }
    return -1;
}

} // namespace ensemble::test
