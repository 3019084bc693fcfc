#include "OutgoingFrame.h"

#include "protocol/MessageWriter.h"

#include <QtEndian>

namespace ensemble {

OutgoingFrame::OutgoingFrame(const ServerMessage &message)
{
    const QByteArray utf8 = serialize(message);
    const QByteArray header = textFrameHeader(utf8.size());
    m_headerSize = header.size();
    m_bytes.reserve(header.size() + utf8.size());
    m_bytes.append(header).append(utf8);
}

QString OutgoingFrame::text() const
{
    return QString::fromUtf8(QByteArrayView(m_bytes).sliced(m_headerSize));
}

QByteArray textFrameHeader(qint64 length)
{
    QByteArray header(1, char(0x81));
    if (length < 126) {
        header.append(char(length));
    } else if (length <= 0xffff) {
        header.append(char(126));
        header.resize(4);
        qToBigEndian(quint16(length), header.data() + 2);
    } else {
        header.append(char(127));
        header.resize(10);
        qToBigEndian(quint64(length), header.data() + 2);
    }
    return header;
}

QByteArray closeFrame(int code, const QString &reason)
{
    QByteArray payload(2, '\0');
    qToBigEndian(quint16(code), payload.data());
    payload.append(reason.toUtf8().left(123));
    return QByteArray(1, char(0x88)) + char(payload.size()) + payload;
}

} // namespace ensemble
