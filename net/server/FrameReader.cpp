#include "FrameReader.h"

#include <QtEndian>

#include <cstring>

namespace ensemble {

namespace {

constexpr int continuationOpcode = 0x0;
constexpr int textOpcode = 0x1;
constexpr int binaryOpcode = 0x2;
constexpr int closeOpcode = 0x8;
constexpr int pingOpcode = 0x9;
constexpr int pongOpcode = 0xa;
constexpr quint64 maxControlPayload = 125;
constexpr int noCodeGiven = 1005;

// Applies the frame's mask to @p size bytes lying @p offset bytes into its payload, eight bytes
// at a time (the compiler widens this further): a 10 MB message is unmasked in a few ms.
void unmask(char *data, qsizetype size, const uchar mask[4], quint64 offset)
{
    uchar key[8];
    for (int i = 0; i < 8; ++i)
        key[i] = mask[(offset + quint64(i)) % 4];
    quint64 wide;
    std::memcpy(&wide, key, sizeof wide);
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, sizeof word);
        word ^= wide;
        std::memcpy(data + i, &word, sizeof word);
    }
    for (; i < size; ++i)
        data[i] = char(uchar(data[i]) ^ key[i % 8]);
}

// The close codes a peer may send (RFC 6455 section 7.4): not the reserved 1004-1006 and 1015,
// nothing unassigned below 3000.
bool isValidCloseCode(int code)
{
    return (code >= 1000 && code <= 1011 && code != 1004 && code != 1005 && code != 1006)
        || (code >= 3000 && code <= 4999);
}

} // namespace

FrameReader::FrameReader(qint64 maxMessageBytes, qint64 hardMessageBytes)
    : m_maxMessageBytes(maxMessageBytes)
    , m_hardMessageBytes(hardMessageBytes)
{
}

void FrameReader::read(QByteArrayView bytes, const Sink &sink)
{
    while (!bytes.isEmpty() && m_mode != Mode::Done) {
        if (!m_inPayload) {
            bytes = bytes.sliced(readHeader(bytes, sink));
            continue;
        }
        const qsizetype size = qsizetype(std::min<quint64>(m_remaining, quint64(bytes.size())));
        readPayload(bytes.first(size), sink);
        bytes = bytes.sliced(size);
        m_remaining -= quint64(size);
        m_payloadRead += quint64(size);
        if (m_remaining == 0) {
            m_inPayload = false;
            endFrame(sink);
        }
    }
}

bool FrameReader::skipToClose()
{
    if (m_mode == Mode::Reading && m_inPayload && m_opcode == closeOpcode)
        m_mode = Mode::Done;
    if (m_mode == Mode::Reading)
        m_mode = Mode::Skipping;
    dropMessage();
    m_control.clear();
    return m_mode == Mode::Done;
}

bool FrameReader::midMessage() const
{
    return m_mode == Mode::Reading
        && (m_headerBytes > 0 || m_inPayload || m_message != Message::None);
}

qint64 FrameReader::heldBytes() const
{
    return m_data.size() + m_control.size() + m_headerBytes;
}

int FrameReader::headerLength() const
{
    const int length7 = m_header[1] & 0x7f;
    const int extended = length7 == 126 ? 2 : length7 == 127 ? 8 : 0;
    return 2 + extended + ((m_header[1] & 0x80) ? 4 : 0);
}

qsizetype FrameReader::readHeader(QByteArrayView bytes, const Sink &sink)
{
    qsizetype used = 0;
    while (used < bytes.size()) {
        m_header[m_headerBytes++] = uchar(bytes[used++]);
        if (m_headerBytes >= 2 && m_headerBytes == headerLength()) {
            startFrame(sink);
            break;
        }
    }
    return used;
}

void FrameReader::startFrame(const Sink &sink)
{
    const int length7 = m_header[1] & 0x7f;
    if (length7 == 126)
        m_remaining = qFromBigEndian<quint16>(m_header + 2);
    else if (length7 == 127)
        m_remaining = qFromBigEndian<quint64>(m_header + 2);
    else
        m_remaining = quint64(length7);
    m_topBitSet = m_remaining >> 63;
    m_opcode = m_header[0] & 0x0f;
    m_final = m_header[0] & 0x80;
    if (m_header[1] & 0x80)
        std::memcpy(m_mask, m_header + m_headerBytes - 4, 4);
    m_headerBytes = 0;
    m_payloadRead = 0;
    m_inPayload = m_remaining > 0;
    if (m_mode == Mode::Skipping && m_opcode == closeOpcode) {
        m_mode = Mode::Done;
        sink(Event {Event::Kind::Close, {}, 0, 0, {}});
        return;
    }
    if (m_mode == Mode::Reading)
        checkFrame(sink);
    if (!m_inPayload)
        endFrame(sink);
}

void FrameReader::checkFrame(const Sink &sink)
{
    if (m_header[0] & 0x70)
        return fail(1002, QStringLiteral("a reserved bit is set"), sink);
    if (!(m_header[1] & 0x80))
        return fail(1002, QStringLiteral("a client frame must be masked"), sink);
    if (m_topBitSet)
        return fail(1002, QStringLiteral("a 64-bit length with its top bit set"), sink);
    const int length7 = m_header[1] & 0x7f;
    if ((length7 == 126 && m_remaining < 126) || (length7 == 127 && m_remaining <= 0xffff))
        return fail(1002, QStringLiteral("a length not in its shortest form"), sink);
    const bool control = m_opcode >= closeOpcode;
    if (control ? m_opcode > pongOpcode : m_opcode > binaryOpcode)
        return fail(1002, QStringLiteral("reserved opcode %1").arg(m_opcode), sink);
    if (control) {
        if (!m_final)
            return fail(1002, QStringLiteral("a fragmented control frame"), sink);
        if (m_remaining > maxControlPayload)
            return fail(1002, QStringLiteral("a control frame over 125 bytes"), sink);
        return;
    }
    if (m_opcode == continuationOpcode && m_message == Message::None)
        return fail(1002, QStringLiteral("a continuation with nothing to continue"), sink);
    if (m_opcode != continuationOpcode && m_message != Message::None)
        return fail(1002, QStringLiteral("a new message before the last one ended"), sink);
    if (m_opcode != continuationOpcode) {
        m_message = m_opcode == textOpcode ? Message::Text : Message::Binary;
        m_keep = m_message == Message::Text;
        m_messageBytes = 0;
        m_utf8.reset();
    }
    // Checked before a byte of the payload is read: a header may announce anything.
    if (quint64(m_messageBytes) + m_remaining > quint64(m_hardMessageBytes)) {
        return fail(1009,
                    QStringLiteral("a message may have at most %1 bytes").arg(m_hardMessageBytes),
                    sink);
    }
    if (m_keep && quint64(m_messageBytes) + m_remaining > quint64(m_maxMessageBytes)) {
        m_keep = false;
        m_data = QByteArray();
    }
}

void FrameReader::readPayload(QByteArrayView chunk, const Sink &sink)
{
    if (m_mode != Mode::Reading)
        return;
    if (m_opcode >= closeOpcode) {
        m_control.append(chunk);
        return;
    }
    m_messageBytes += chunk.size();
    if (m_message == Message::Binary)
        return; // The protocol has no binary messages: only their size is needed.
    // A text message over the limit is still checked for UTF-8, a piece at a time.
    QByteArray unkept;
    QByteArray &target = m_keep ? m_data : unkept;
    const qsizetype at = target.size();
    target.append(chunk);
    unmask(target.data() + at, chunk.size(), m_mask, m_payloadRead);
    if (!m_utf8.read(QByteArrayView(target).sliced(at)))
        fail(1007, QStringLiteral("a text message that is not UTF-8"), sink);
}

void FrameReader::endFrame(const Sink &sink)
{
    if (m_mode != Mode::Reading)
        return;
    if (m_opcode >= closeOpcode) {
        endControlFrame(sink);
        return;
    }
    if (!m_final)
        return;
    if (m_message == Message::Text && !m_utf8.atBoundary())
        return fail(1007, QStringLiteral("a text message that is not UTF-8"), sink);
    Event event {Event::Kind::Text, {}, m_messageBytes, 0, {}};
    if (m_message == Message::Binary)
        event.kind = Event::Kind::Binary;
    else if (!m_keep)
        event.kind = Event::Kind::Oversized;
    else
        event.payload = std::exchange(m_data, {});
    dropMessage();
    sink(std::move(event));
}

void FrameReader::endControlFrame(const Sink &sink)
{
    QByteArray payload = std::exchange(m_control, {});
    unmask(payload.data(), payload.size(), m_mask, 0);
    if (m_opcode == pingOpcode)
        return sink(Event {Event::Kind::Ping, std::move(payload), 0, 0, {}});
    if (m_opcode == pongOpcode)
        return sink(Event {Event::Kind::Pong, {}, 0, 0, {}});
    if (payload.size() == 1)
        return fail(1002, QStringLiteral("a close frame with a one-byte payload"), sink);
    const int code = payload.isEmpty() ? noCodeGiven : qFromBigEndian<quint16>(payload.constData());
    if (!payload.isEmpty() && !isValidCloseCode(code))
        return fail(1002, QStringLiteral("close code %1").arg(code), sink);
    const QByteArrayView reason
        = QByteArrayView(payload).sliced(std::min<qsizetype>(2, payload.size()));
    Utf8Validator utf8;
    if (!utf8.read(reason) || !utf8.atBoundary())
        return fail(1007, QStringLiteral("a close reason that is not UTF-8"), sink);
    m_mode = Mode::Done;
    dropMessage();
    sink(Event {Event::Kind::Close, {}, 0, code, QString::fromUtf8(reason)});
}

void FrameReader::fail(int closeCode, const QString &reason, const Sink &sink)
{
    m_mode = Mode::Skipping;
    dropMessage();
    m_control.clear();
    sink(Event {Event::Kind::Failure, {}, 0, closeCode, reason});
}

void FrameReader::dropMessage()
{
    m_message = Message::None;
    m_keep = false;
    m_messageBytes = 0;
    m_data = QByteArray();
    m_utf8.reset();
}

} // namespace ensemble
