// The server's side of the WebSocket close handshake (RFC 6455 section 5.5.1): when it ends a
// connection it sends one close frame with its code, waits for the peer's answer, and then closes
// the TCP connection, without answering the answer. A second close frame is a protocol violation
// after which Chromium reports the close as 1006 and the page never learns the server's code.
#include "HandmadeSocket.h"
#include "RawFrames.h"
#include "server/RoomServer.h"

#include <QTest>
#include <QtEndian>

using namespace ensemble;
using namespace ensemble::test;

class TestCloseHandshake : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RoomServer> m_server;
    QString m_room;

private slots:
    void initTestCase()
    {
        ServerConfig config;
        config.limits.helloTimeoutMs = 300;
        m_server = std::make_unique<RoomServer>(config);
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0).ok());
        RoomSetup setup;
        setup.password = QStringLiteral("tulip");
        m_room = m_server->createRoom(QStringLiteral("guarded\n"), {}, {}, setup).value();
    }

    void oneCloseFrameEachWay_data()
    {
        QTest::addColumn<bool>("existingRoom");
        QTest::addColumn<QByteArray>("hello");
        QTest::addColumn<int>("closeCode");
        QTest::addColumn<int>("framesBeforeAnswer");
        const QByteArray hello = json("{'type':'hello','protocol':1,'name':'Eve','color':'#000000',"
                                      "'client':'eve-1'");
        QTest::addRow("wrong password") << true << hello + json(",'password':'tulp'}") << 4003 << 0;
        QTest::addRow("another protocol version")
            << true << json("{'type':'hello','protocol':99}") << 4001 << 0;
        QTest::addRow("no such room") << false << hello + '}' << 4004 << 0;
        QTest::addRow("no hello in time") << true << QByteArray() << 4008 << 0;
        // The server skips what a peer still sends before it answers, long frames too.
        QTest::addRow("frames before the answer")
            << true << hello + json(",'password':'x'}") << 4003 << 3;
    }

    void oneCloseFrameEachWay()
    {
        QFETCH(bool, existingRoom);
        QFETCH(QByteArray, hello);
        QFETCH(int, closeCode);
        QFETCH(int, framesBeforeAnswer);
        HandmadeSocket peer;
        const QString room
            = existingRoom ? m_room : QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(peer.handshake(m_server->port(), u'/' + room));
        if (!hello.isEmpty())
            peer.sendFrame(0x81, hello);
        QCOMPARE(peer.nextCloseCode(), closeCode);
        for (int i = 0; i < framesBeforeAnswer; ++i)
            peer.sendFrame(0x81, QByteArray(i == 1 ? 70000 : 300, 'x'));
        // The answer a browser gives: a close frame with the same code.
        QByteArray payload(2, '\0');
        qToBigEndian<quint16>(quint16(closeCode), payload.data());
        peer.sendFrame(0x88, payload);
        QCOMPARE(peer.closeFramesUntilClosed(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCloseHandshake)
#include "tst_closehandshake.moc"
