#include "CloseReplyReader.h"

#include <QtEndian>

namespace ensemble {

namespace {
constexpr int closeOpcode = 0x8;

// How long a frame header is, once its first two bytes are known.
qsizetype headerLength(const QByteArray &start)
{
    const int length7 = quint8(start[1]) & 0x7f;
    const qsizetype extended = length7 == 126 ? 2 : length7 == 127 ? 8 : 0;
    const qsizetype mask = (quint8(start[1]) & 0x80) ? 4 : 0;
    return 2 + extended + mask;
}

quint64 payloadLength(const QByteArray &header)
{
    const int length7 = quint8(header[1]) & 0x7f;
    if (length7 == 126)
        return qFromBigEndian<quint16>(header.constData() + 2);
    if (length7 == 127)
        return qFromBigEndian<quint64>(header.constData() + 2);
    return quint64(length7);
}
} // namespace

bool CloseReplyReader::read(QByteArrayView bytes)
{
    while (!bytes.isEmpty()) {
        if (m_skip > 0) {
            const qsizetype skipped = qsizetype(std::min<quint64>(m_skip, quint64(bytes.size())));
            bytes = bytes.sliced(skipped);
            m_skip -= quint64(skipped);
            continue;
        }
        m_header.append(bytes.front());
        bytes = bytes.sliced(1);
        if (m_header.size() < 2 || m_header.size() < headerLength(m_header))
            continue;
        if ((quint8(m_header[0]) & 0x0f) == closeOpcode)
            return true;
        m_skip = payloadLength(m_header);
        m_header.clear();
    }
    return false;
}

} // namespace ensemble
