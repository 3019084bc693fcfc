#include "OutgoingFrame.h"

#include "protocol/MessageWriter.h"

#include <QtEndian>

#include <cstring>

namespace ensemble {

namespace {

// The longest header of an unmasked frame: 2 bytes and a 64-bit length.
constexpr qsizetype maxHeaderSize = 10;

// Writes the header of a text frame of @p length bytes to @p out; returns its size.
qsizetype writeTextFrameHeader(char *out, qint64 length)
{
    out[0] = char(0x81);
    if (length < 126) {
        out[1] = char(length);
        return 2;
    }
    if (length <= 0xffff) {
        out[1] = char(126);
        qToBigEndian(quint16(length), out + 2);
        return 4;
    }
    out[1] = char(127);
    qToBigEndian(quint64(length), out + 2);
    return maxHeaderSize;
}

} // namespace

OutgoingFrame::OutgoingFrame(const ServerMessage &message)
    : m_bytes(serialize(message, maxHeaderSize))
{
    // The message is written after room for the longest header; the header goes at the end of
    // that room, and the room before it is dropped, which for an unshared QByteArray moves its
    // start and copies nothing. One allocation for the whole frame.
    char header[maxHeaderSize];
    m_headerSize = writeTextFrameHeader(header, m_bytes.size() - maxHeaderSize);
    std::memcpy(m_bytes.data() + maxHeaderSize - m_headerSize, header, size_t(m_headerSize));
    m_bytes.remove(0, maxHeaderSize - m_headerSize);
}

QString OutgoingFrame::text() const
{
    return QString::fromUtf8(QByteArrayView(m_bytes).sliced(m_headerSize));
}

QByteArray textFrameHeader(qint64 length)
{
    char header[maxHeaderSize];
    return QByteArray(header, writeTextFrameHeader(header, length));
}

QByteArray pongFrame(QByteArrayView payload)
{
    QByteArray frame(1, char(0x8a));
    frame.append(char(payload.size()));
    frame.append(payload);
    return frame;
}

QByteArray closeFrame(int code, const QString &reason)
{
    QByteArray payload(2, '\0');
    qToBigEndian(quint16(code), payload.data());
    payload.append(reason.toUtf8().left(123));
    return QByteArray(1, char(0x88)) + char(payload.size()) + payload;
}

} // namespace ensemble
