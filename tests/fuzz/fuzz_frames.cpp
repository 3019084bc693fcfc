// Fuzz target for FrameReader, the server's reader of what WebSocket clients send. The input is
// either the byte stream itself (first byte odd) or, so that most inputs get past the masking
// rule, a list of frames to build: a head byte (FIN, reserved bits, opcode), a length byte and
// that many payload bytes, each frame masked with a key taken from the input. The stream is read
// whole, a byte at a time and in pieces cut where the input says: every way must give the same
// events; a text message is valid UTF-8 within the limit, nothing held grows past the hard limit,
// and nothing but the close that ends the handshake follows a failure.
#include "FuzzTarget.h"

#include "server/FrameReader.h"

#include <QStringDecoder>
#include <QStringList>

using namespace ensemble;

namespace {

constexpr qint64 maxMessage = 64;
constexpr qint64 hardMessage = 256;
// A header, a control frame's payload and the message so far are all a reader may hold.
constexpr qint64 maxHeld = hardMessage + 14 + 125;

QByteArray buildFrames(QByteArrayView spec)
{
    QByteArray stream;
    while (spec.size() >= 2) {
        const auto head = char(spec[0]);
        const qsizetype length = std::min<qsizetype>(uchar(spec[1]), spec.size() - 2);
        const QByteArrayView payload = spec.sliced(2, length);
        spec = spec.sliced(2 + length);
        stream.append(head);
        stream.append(char(0x80 | std::min<qsizetype>(length, 125)));
        if (length > 125) {
            stream[stream.size() - 1] = char(0x80 | 126);
            stream.append(char(length >> 8)).append(char(length & 0xff));
        }
        const char key[4] = {char(length), char(0x5a), head, char(0xc3)};
        stream.append(key, 4);
        for (qsizetype i = 0; i < length; ++i)
            stream.append(char(payload[i] ^ key[i % 4]));
    }
    return stream;
}

QString describe(const FrameReader::Event &event)
{
    using Kind = FrameReader::Event::Kind;
    switch (event.kind) {
    case Kind::Text: {
        FUZZ_CHECK(event.payload.size() == event.bytes && event.bytes <= maxMessage);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(event.payload);
        FUZZ_CHECK(!decoder.hasError());
        return QStringLiteral("T") + text;
    }
    case Kind::Binary:
        FUZZ_CHECK(event.payload.isEmpty() && event.bytes <= hardMessage);
        return QStringLiteral("B%1").arg(event.bytes);
    case Kind::Oversized:
        FUZZ_CHECK(event.bytes > maxMessage && event.bytes <= hardMessage);
        return QStringLiteral("O%1").arg(event.bytes);
    case Kind::Ping:
        FUZZ_CHECK(event.payload.size() <= 125);
        return QStringLiteral("P") + QString::fromLatin1(event.payload.toHex());
    case Kind::Pong:
        return QStringLiteral("p");
    case Kind::Close:
        return QStringLiteral("C%1:%2").arg(event.closeCode).arg(event.reason);
    case Kind::Failure:
        FUZZ_CHECK(event.closeCode == 1002 || event.closeCode == 1007 || event.closeCode == 1009);
        return QStringLiteral("F%1").arg(event.closeCode);
    }
    return {};
}

QStringList readInPieces(const QByteArray &stream, const QList<qsizetype> &cuts)
{
    FrameReader reader(maxMessage, hardMessage);
    QStringList events;
    qsizetype from = 0;
    for (qsizetype cut : cuts + QList<qsizetype> {stream.size()}) {
        reader.read(QByteArrayView(stream).sliced(from, cut - from),
                    [&](FrameReader::Event &&event) { events.append(describe(event)); });
        FUZZ_CHECK(reader.heldBytes() >= 0 && reader.heldBytes() <= maxHeld);
        from = cut;
    }
    return events;
}

void checkOrder(const QStringList &events)
{
    for (qsizetype i = 0; i < events.size(); ++i) {
        // After the peer's close nothing is read; after a failure only the close ending the
        // handshake, which carries no code.
        if (events[i].startsWith(u'C'))
            FUZZ_CHECK(i == events.size() - 1);
        if (events[i].startsWith(u'F'))
            FUZZ_CHECK(i == events.size() - 1
                       || (i == events.size() - 2 && events[i + 1] == QStringLiteral("C0:")));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0 || size > 4096)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray stream
        = (data[0] & 1) ? input.sliced(1).toByteArray() : buildFrames(input.sliced(1));

    const QStringList whole = readInPieces(stream, {});
    checkOrder(whole);
    QList<qsizetype> everyByte;
    QList<qsizetype> chosen;
    for (qsizetype cut = 1; cut < stream.size(); ++cut) {
        everyByte.append(cut);
        if ((uchar(stream[cut]) ^ data[0]) % 5 == 0)
            chosen.append(cut);
    }
    FUZZ_CHECK(readInPieces(stream, everyByte) == whole);
    FUZZ_CHECK(readInPieces(stream, chosen) == whole);
    return 0;
}
