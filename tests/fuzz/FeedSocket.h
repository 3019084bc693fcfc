#pragma once

#include <QTcpSocket>

namespace ensemble::fuzz {

/// A TCP socket without a network, for a Connection's transport: what feed() is given is read as
/// if it had arrived, and what is written is dropped.
class FeedSocket : public QTcpSocket
{
public:
    FeedSocket() { setOpenMode(QIODevice::ReadWrite); }

    /// Makes @p bytes readable and says so, as the socket does when they arrive.
    void feed(const QByteArray &bytes)
    {
        m_incoming += bytes;
        emit readyRead();
    }
    qint64 bytesAvailable() const override { return m_incoming.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 size = std::min<qint64>(maxSize, m_incoming.size());
        std::copy_n(m_incoming.constData(), size, data);
        m_incoming.remove(0, size);
        return size;
    }
    qint64 writeData(const char *, qint64 size) override { return size; }

private:
    QByteArray m_incoming;
};

/// A client's text frame carrying @p utf8, masked with the key 0 (RFC 6455 section 5.3).
inline QByteArray maskedTextFrame(const QByteArray &utf8)
{
    QByteArray frame(1, char(0x81));
    const qsizetype size = utf8.size();
    if (size < 126) {
        frame.append(char(0x80 | size));
    } else if (size <= 0xffff) {
        frame.append(char(0x80 | 126)).append(char(size >> 8)).append(char(size & 0xff));
    } else {
        frame.append(char(0x80 | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char((quint64(size) >> shift) & 0xff));
    }
    return frame + QByteArray(4, '\0') + utf8;
}

} // namespace ensemble::fuzz
