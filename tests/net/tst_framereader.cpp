// FrameReader, the reader of what WebSocket clients send: every row is a stream of bytes and the
// events it must give, whether read whole, split in two anywhere, or a byte at a time.
#include "server/FrameReader.h"

#include <QTest>
#include <QtEndian>

using namespace ensemble;

namespace {

constexpr qint64 maxMessage = 300;
constexpr qint64 hardMessage = 600;

// A client frame: @p head (FIN, reserved bits, opcode), the length in its shortest form unless
// @p lengthBytes asks for the 2- or 8-byte one, the payload masked unless @p masked is false.
QByteArray frame(quint8 head, const QByteArray &payload, bool masked = true, int lengthBytes = 0)
{
    QByteArray out(1, char(head));
    const char maskBit = masked ? char(0x80) : 0;
    const qsizetype size = payload.size();
    if (lengthBytes == 0)
        lengthBytes = size < 126 ? 0 : size <= 0xffff ? 2 : 8;
    if (lengthBytes == 0) {
        out.append(char(maskBit | char(size)));
    } else if (lengthBytes == 2) {
        out.append(char(maskBit | 126));
        char length[2];
        qToBigEndian(quint16(size), length);
        out.append(length, 2);
    } else {
        out.append(char(maskBit | 127));
        char length[8];
        qToBigEndian(quint64(size), length);
        out.append(length, 8);
    }
    const char key[4] = {0x37, char(0xfa), 0x21, 0x3d};
    if (masked)
        out.append(key, 4);
    for (qsizetype i = 0; i < size; ++i)
        out.append(masked ? char(payload[i] ^ key[i % 4]) : payload[i]);
    return out;
}

QByteArray closePayload(quint16 code, const QByteArray &reason = {})
{
    char bytes[2];
    qToBigEndian(code, bytes);
    return QByteArray(bytes, 2) + reason;
}

QString describe(const FrameReader::Event &event)
{
    using Kind = FrameReader::Event::Kind;
    switch (event.kind) {
    case Kind::Text:
        return QStringLiteral("text:") + QString::fromUtf8(event.payload);
    case Kind::Binary:
        return QStringLiteral("binary:%1").arg(event.bytes);
    case Kind::Oversized:
        return QStringLiteral("oversized:%1").arg(event.bytes);
    case Kind::Ping:
        return QStringLiteral("ping:") + QString::fromUtf8(event.payload);
    case Kind::Pong:
        return QStringLiteral("pong");
    case Kind::Close:
        return QStringLiteral("close:%1:%2").arg(event.closeCode).arg(event.reason);
    case Kind::Failure:
        return QStringLiteral("failure:%1").arg(event.closeCode);
    }
    return {};
}

// Reads @p stream in the pieces that @p cuts (ascending offsets) make.
QStringList readInPieces(const QByteArray &stream, const QList<qsizetype> &cuts,
                         qint64 limit = maxMessage, qint64 hardLimit = hardMessage)
{
    FrameReader reader(limit, hardLimit);
    QStringList events;
    qsizetype from = 0;
    for (qsizetype cut : cuts + QList<qsizetype> {stream.size()}) {
        reader.read(QByteArrayView(stream).sliced(from, cut - from),
                    [&](FrameReader::Event &&event) { events.append(describe(event)); });
        from = cut;
    }
    return events;
}

} // namespace

class TestFrameReader : public QObject
{
    Q_OBJECT

private slots:
    void events_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QStringList>("events");
        const QByteArray utf8 = QStringLiteral("h\u00e9llo \U0001F600").toUtf8();

        QTest::addRow("a text frame") << frame(0x81, "hello") << QStringList {"text:hello"};
        QTest::addRow("an empty text frame") << frame(0x81, "") << QStringList {"text:"};
        QTest::addRow("a 16-bit length")
            << frame(0x81, QByteArray(200, 'a')) << QStringList {"text:" + QString(200, u'a')};
        QTest::addRow("two messages")
            << frame(0x81, "one") + frame(0x81, "two") << QStringList {"text:one", "text:two"};
        QTest::addRow("a fragmented text") << frame(0x01, "hel") + frame(0x00, "")
                + frame(0x80, "lo") << QStringList {"text:hello"};
        QTest::addRow("a ping between fragments") << frame(0x01, "hel") + frame(0x89, "p!")
                + frame(0x80, "lo") << QStringList {"ping:p!", "text:hello"};
        QTest::addRow("a pong between fragments") << frame(0x01, "hel") + frame(0x8a, "")
                + frame(0x80, "lo") << QStringList {"pong", "text:hello"};
        QTest::addRow("UTF-8 split between fragments")
            << frame(0x01, utf8.left(2)) + frame(0x00, utf8.mid(2, 7)) + frame(0x80, utf8.mid(9))
            << QStringList {"text:" + QString::fromUtf8(utf8)};
        QTest::addRow("a binary message")
            << frame(0x02, "\x01\x02") + frame(0x80, "\xff") << QStringList {"binary:3"};
        QTest::addRow("a text of exactly the limit")
            << frame(0x81, QByteArray(maxMessage, 'x'))
            << QStringList {"text:" + QString(maxMessage, u'x')};
        QTest::addRow("a text one byte over the limit")
            << frame(0x81, QByteArray(maxMessage + 1, 'x')) << QStringList {"oversized:301"};
        QTest::addRow("fragments over the limit, then a message")
            << frame(0x01, QByteArray(200, 'x')) + frame(0x80, QByteArray(200, 'x'))
                + frame(0x81, "next")
            << QStringList {"oversized:400", "text:next"};
        QTest::addRow("a frame over the hard limit")
            << frame(0x81, QByteArray(hardMessage + 1, 'x')) << QStringList {"failure:1009"};
        QTest::addRow("fragments over the hard limit") << frame(0x01, QByteArray(400, 'x'))
                + frame(0x80, QByteArray(201, 'x')) << QStringList {"failure:1009"};
        QTest::addRow("a header announcing 2^62 bytes")
            << QByteArray("\x81\xff\x40\x00\x00\x00\x00\x00\x00\x00\x12\x34\x56\x78", 14)
            << QStringList {"failure:1009"};
        QTest::addRow("a length not in its shortest form")
            << frame(0x81, "hello", true, 2) << QStringList {"failure:1002"};

        QTest::addRow("invalid UTF-8") << frame(0x81, "\xc3\x28") << QStringList {"failure:1007"};
        QTest::addRow("a character cut off at the end")
            << frame(0x81, utf8.left(utf8.size() - 1)) << QStringList {"failure:1007"};
        QTest::addRow("a surrogate") << frame(0x81, "\xed\xa0\x80") << QStringList {"failure:1007"};
        QTest::addRow("an overlong form")
            << frame(0x81, "\xc0\xaf") << QStringList {"failure:1007"};
        QTest::addRow("beyond U+10FFFF")
            << frame(0x81, "\xf4\x90\x80\x80") << QStringList {"failure:1007"};
        QTest::addRow("invalid UTF-8 in a text over the limit")
            << frame(0x81, QByteArray(maxMessage, 'x') + "\xff") << QStringList {"failure:1007"};

        QTest::addRow("an unmasked frame")
            << frame(0x81, "hello", false) << QStringList {"failure:1002"};
        QTest::addRow("a reserved bit") << frame(0xc1, "hello") << QStringList {"failure:1002"};
        QTest::addRow("a reserved data opcode")
            << frame(0x83, "hello") << QStringList {"failure:1002"};
        QTest::addRow("a reserved control opcode")
            << frame(0x8b, "hello") << QStringList {"failure:1002"};
        QTest::addRow("a continuation with nothing to continue")
            << frame(0x80, "hello") << QStringList {"failure:1002"};
        QTest::addRow("a new message inside a fragmented one")
            << frame(0x01, "a") + frame(0x81, "b") << QStringList {"failure:1002"};
        QTest::addRow("a control frame over 125 bytes")
            << frame(0x89, QByteArray(126, 'p')) << QStringList {"failure:1002"};
        QTest::addRow("a fragmented control frame")
            << frame(0x09, "p") << QStringList {"failure:1002"};

        QTest::addRow("a close with code and reason")
            << frame(0x88, closePayload(1001, "bye")) << QStringList {"close:1001:bye"};
        QTest::addRow("a close without code") << frame(0x88, "") << QStringList {"close:1005:"};
        QTest::addRow("a close with a one-byte payload")
            << frame(0x88, "x") << QStringList {"failure:1002"};
        QTest::addRow("a close with a reserved code")
            << frame(0x88, closePayload(1005)) << QStringList {"failure:1002"};
        QTest::addRow("a close reason that is not UTF-8")
            << frame(0x88, closePayload(1000, "\xc3\x28")) << QStringList {"failure:1007"};
        QTest::addRow("nothing after the close")
            << frame(0x88, closePayload(1000)) + frame(0x81, "late") << QStringList {"close:1000:"};
        QTest::addRow("after a failure, frames are skipped until a close")
            << frame(0x81, "\xc3\x28") + frame(0x81, "skipped") + frame(0x89, "skipped")
                + frame(0x88, "x") + frame(0x81, "late")
            << QStringList {"failure:1007", "close:0:"};
    }

    void events()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QStringList, events);
        QCOMPARE(readInPieces(stream, {}), events);
        for (qsizetype cut = 1; cut < stream.size(); ++cut)
            QCOMPARE(readInPieces(stream, {cut}), events);
        QList<qsizetype> everyByte;
        for (qsizetype cut = 1; cut < stream.size(); ++cut)
            everyByte.append(cut);
        QCOMPARE(readInPieces(stream, everyByte), events);
    }

    void longMessages_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QString>("text");
        const QByteArray text = QStringLiteral("caf\u00e9 \U0001F600 ").toUtf8().repeated(7000);
        QTest::addRow("a 64-bit length") << frame(0x81, text) << QString::fromUtf8(text);
        QTest::addRow("fragments of 16-bit lengths")
            << frame(0x01, text.left(40000)) + frame(0x89, "p") + frame(0x80, text.mid(40000))
            << QString::fromUtf8(text);
    }

    void longMessages()
    {
        // Cut at every 97th byte: every offset into the mask and into a character comes by.
        QFETCH(QByteArray, stream);
        QFETCH(QString, text);
        QList<qsizetype> cuts;
        for (qsizetype cut = 1; cut < stream.size(); cut += 97)
            cuts.append(cut);
        const QStringList events = readInPieces(stream, cuts, 1 << 20, 1 << 21);
        QCOMPARE(events.size(), stream.contains("\x89") ? 2 : 1);
        QCOMPARE(events.last(), QStringLiteral("text:") + text);
    }

    void skipToClose_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<bool>("answered");
        QTest::addColumn<QStringList>("events");
        const QByteArray text = frame(0x81, "a message the server will not read");
        const QByteArray close = frame(0x88, closePayload(1000));
        QTest::addRow("between frames")
            << QByteArray() << text + close << false << QStringList {"close:0:"};
        QTest::addRow("inside a frame's header")
            << text.left(1) << text.mid(1) + close << false << QStringList {"close:0:"};
        QTest::addRow("inside a frame's payload")
            << text.left(10) << text.mid(10) + close << false << QStringList {"close:0:"};
        QTest::addRow("inside a fragmented message")
            << frame(0x01, "part") << frame(0x80, "rest") + close << false
            << QStringList {"close:0:"};
        QTest::addRow("inside the peer's close frame")
            << close.left(7) << close.mid(7) + text << true << QStringList {};
    }

    void skipToClose()
    {
        // The server sent its close frame: what comes until the peer's answer is not read.
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(bool, answered);
        QFETCH(QStringList, events);
        FrameReader reader(maxMessage, hardMessage);
        QStringList seen;
        const auto sink = [&](FrameReader::Event &&event) { seen.append(describe(event)); };
        reader.read(before, sink);
        QVERIFY(seen.isEmpty());
        QCOMPARE(reader.skipToClose(), answered);
        reader.read(after, sink);
        QCOMPARE(seen, events);
        QCOMPARE(reader.heldBytes(), 0);
    }

    void heldWhileUnfinished_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<bool>("midMessage");
        QTest::addColumn<qint64>("held");
        QTest::addRow("nothing") << QByteArray() << false << qint64(0);
        QTest::addRow("part of a header") << frame(0x81, "hello").left(3) << true << qint64(3);
        QTest::addRow("part of a payload") << frame(0x81, "hello").left(9) << true << qint64(3);
        QTest::addRow("a first fragment") << frame(0x01, "hello") << true << qint64(5);
        QTest::addRow("part of a binary frame, not kept")
            << frame(0x82, "hello").left(9) << true << qint64(0);
        QTest::addRow("a whole message") << frame(0x81, "hello") << false << qint64(0);
    }

    void heldWhileUnfinished()
    {
        QFETCH(QByteArray, stream);
        QFETCH(bool, midMessage);
        QFETCH(qint64, held);
        FrameReader reader(maxMessage, hardMessage);
        reader.read(stream, [](FrameReader::Event &&) {});
        QCOMPARE(reader.midMessage(), midMessage);
        QCOMPARE(reader.heldBytes(), held);
    }
};

QTEST_MAIN(TestFrameReader)
#include "tst_framereader.moc"
