// Connection loss is normal: a client cut off in the middle of typing keeps typing, reconnects,
// and its work merges, by operations or by full text, never lost and never applied twice.
#include "TcpProxy.h"
#include "TestPeer.h"
#include "server/RoomServer.h"

#include <QSignalSpy>
#include <QTest>

using namespace ensemble;
using ensemble::test::TcpProxy;
using ensemble::test::TestPeer;

class TestReconnect : public QObject
{
    Q_OBJECT

private slots:
    void cutOffMidBurstMergesOnReconnect_data()
    {
        QTest::addColumn<int>("keptOperations");
        QTest::addColumn<bool>("ackLost");
        QTest::addColumn<quint32>("seed");
        QTest::addRow("catch up by ops") << 10000 << false << 11u;
        QTest::addRow("catch up by ops, ack lost") << 10000 << true << 12u;
        QTest::addRow("merge by text") << 0 << false << 13u;
        QTest::addRow("merge by text, ack lost") << 0 << true << 14u;
    }
    void cutOffMidBurstMergesOnReconnect()
    {
        QFETCH(int, keptOperations);
        QFETCH(bool, ackLost);
        QFETCH(quint32, seed);
        ServerConfig config;
        config.limits.keptOperations = keptOperations;
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("xyz\n")).value();
        TcpProxy proxy(server.port());
        TestPeer ada(QStringLiteral("ada"));
        TestPeer bob(QStringLiteral("bob"));
        ada.client().join(Invite(QStringLiteral("127.0.0.1"), proxy.port(), room));
        bob.client().join(Invite(QStringLiteral("127.0.0.1"), server.port(), room));
        QTRY_VERIFY(ada.ready() && bob.ready());

        QRandomGenerator random(seed);
        for (int i = 0; i < 20; ++i) {
            ada.insert(random.bounded(int(ada.text().size()) + 1), QStringLiteral("a"));
            QTest::qWait(1);
        }
        if (ackLost) {
            // Ada's op reaches the server, the answers do not reach Ada.
            proxy.setDropReplies(true);
            ada.client().flush();
            QTRY_VERIFY(server.roomText(room).count(u'a') > 0);
            QTest::qWait(20);
        }
        proxy.cutAll();
        proxy.setOffline(true);
        QTRY_COMPARE(ada.client().state(), SessionClient::State::Reconnecting);
        for (int i = 0; i < 30; ++i) {
            ada.insert(random.bounded(int(ada.text().size()) + 1), QStringLiteral("a"));
            bob.insert(random.bounded(int(bob.text().size()) + 1), QStringLiteral("b"));
            QTest::qWait(1);
        }
        QVERIFY(ada.client().unsentEditCount() > 0);
        QVERIFY(ada.client().statusText().contains(QStringLiteral("unsent")));
        proxy.setDropReplies(false);
        proxy.setOffline(false);

        QTRY_COMPARE_WITH_TIMEOUT(ada.client().state(), SessionClient::State::Connected, 10000);
        QTRY_COMPARE(ada.client().unsentEditCount(), 0);
        QTRY_COMPARE(bob.client().unsentEditCount(), 0);
        const QString text = server.roomText(room);
        QTRY_COMPARE(ada.text(), text);
        QTRY_COMPARE(bob.text(), text);
        QCOMPARE(text.count(u'a'), qsizetype(50));
        QCOMPARE(text.count(u'b'), qsizetype(30));
    }

    void serverThatLostTheRoomGetsItBackFromItsClients()
    {
        ServerConfig config;
        config.allowClientCreatedRooms = true;
        auto server = std::make_unique<RoomServer>(config);
        QVERIFY(server->listen(QHostAddress::LocalHost, 0).ok());
        TcpProxy proxy(server->port());
        const Invite invite(QStringLiteral("127.0.0.1"), proxy.port(),
                            QStringLiteral("3f2b8c1e-9a4d-4e6f-8b1a-0c2d3e4f5a6b"));
        TestPeer ada(QStringLiteral("ada"));
        TestPeer bob(QStringLiteral("bob"));
        ada.client().joinOrCreate(invite, QStringLiteral("|"), QStringLiteral("go"));
        QTRY_VERIFY(ada.ready());
        bob.client().joinOrCreate(invite, QStringLiteral("ignored"), {});
        QTRY_VERIFY(bob.ready());
        QCOMPARE(bob.text(), QStringLiteral("|"));
        for (int i = 0; i < 10; ++i) {
            ada.insert(0, QStringLiteral("a"));
            bob.insert(bob.text().size(), QStringLiteral("b"));
        }
        QTRY_COMPARE(ada.client().unsentEditCount(), 0);
        QTRY_COMPARE(bob.client().unsentEditCount(), 0);
        proxy.setOffline(true);
        server = std::make_unique<RoomServer>(config); // a restart without any saved rooms
        QVERIFY(server->listen(QHostAddress::LocalHost, 0).ok());
        for (int i = 0; i < 10; ++i) {
            ada.insert(0, QStringLiteral("a"));
            bob.insert(bob.text().size(), QStringLiteral("b"));
        }
        proxy.setTargetPort(server->port());
        proxy.setOffline(false);
        for (TestPeer *peer : {&ada, &bob}) {
            QTRY_COMPARE_WITH_TIMEOUT(peer->client().state(), SessionClient::State::Connected,
                                      10000);
            QTRY_COMPARE(peer->client().unsentEditCount(), 0);
        }
        const QString text = server->roomText(invite.roomId());
        QCOMPARE(text.count(u'a'), qsizetype(20));
        QCOMPARE(text.count(u'b'), qsizetype(20));
        QCOMPARE(text.count(u'|'), qsizetype(1));
        QTRY_COMPARE(ada.text(), text);
        QTRY_COMPARE(bob.text(), text);
        QCOMPARE(server->roomLanguage(invite.roomId()), QStringLiteral("go"));
    }

    void staysOfflineGracefullyAndCountsUnsentEdits()
    {
        RoomServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("x")).value();
        TcpProxy proxy(server.port());
        TestPeer ada(QStringLiteral("ada"));
        ada.client().setReconnectDelays(50, 400);
        ada.client().join(Invite(QStringLiteral("127.0.0.1"), proxy.port(), room));
        QTRY_VERIFY(ada.ready());
        QSignalSpy states(&ada.client(), &SessionClient::stateChanged);
        QSignalSpy errors(&ada.client(), &SessionClient::errorOccurred);
        proxy.setOffline(true);
        proxy.cutAll();
        for (int i = 0; i < 5; ++i)
            ada.insert(0, QStringLiteral("z"));
        QTRY_VERIFY(states.size() >= 4); // several retries, each announced
        QCOMPARE(ada.client().state(), SessionClient::State::Reconnecting);
        QVERIFY(ada.client().millisecondsUntilRetry() <= 400);
        QCOMPARE(ada.client().unsentEditCount(), 5);
        // One report for the outage, not one per retry.
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first().value<SessionError>().kind,
                 SessionError::Kind::ConnectionLost);
        proxy.setOffline(false);
        QTRY_COMPARE(server.roomText(room), QStringLiteral("zzzzzx"));
    }

    void silentlyDeadConnectionsAreGivenUp_data()
    {
        QTest::addColumn<bool>("whileOpening");
        QTest::addRow("in the room") << false;
        QTest::addRow("while opening") << true;
    }
    void silentlyDeadConnectionsAreGivenUp()
    {
        // A path that dies without a word (no FIN, no RST) leaves TCP waiting forever; the
        // keep-alive has to notice, also when the WebSocket handshake is what hangs.
        QFETCH(bool, whileOpening);
        RoomServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("x")).value();
        TcpProxy proxy(server.port());
        TestPeer ada(QStringLiteral("ada"));
        ada.client().setPingInterval(50);
        if (whileOpening)
            proxy.setBlackHole(true);
        ada.client().join(Invite(QStringLiteral("127.0.0.1"), proxy.port(), room));
        if (!whileOpening) {
            QTRY_VERIFY(ada.ready());
            proxy.setBlackHole(true);
        }
        QTRY_COMPARE(ada.client().state(), SessionClient::State::Reconnecting);
        proxy.setBlackHole(false);
        QTRY_COMPARE(ada.client().state(), SessionClient::State::Connected);
        ada.insert(0, QStringLiteral("y"));
        QTRY_COMPARE(server.roomText(room), QStringLiteral("yx"));
    }

    void fallingOutOfTheKeptLogMergesByText()
    {
        ServerConfig config;
        config.limits.keptOperations = 1;
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("x")).value();
        TcpProxy proxy(server.port());
        TestPeer ada(QStringLiteral("ada"));
        TestPeer bob(QStringLiteral("bob"));
        ada.client().join(Invite(QStringLiteral("127.0.0.1"), proxy.port(), room));
        bob.client().join(Invite(QStringLiteral("127.0.0.1"), server.port(), room));
        QTRY_VERIFY(ada.ready() && bob.ready());
        // Ada's op, based on revision 0, is held up while Bob makes three revisions.
        proxy.setStalled(true);
        ada.insert(0, QStringLiteral("a"));
        ada.client().flush();
        for (int i = 0; i < 3; ++i) {
            bob.insert(bob.text().size(), QStringLiteral("b"));
            QTRY_COMPARE(bob.client().unsentEditCount(), 0);
        }
        QSignalSpy errors(&ada.client(), &SessionClient::errorOccurred);
        proxy.setStalled(false);
        QTRY_COMPARE(server.roomText(room), QStringLiteral("axbbb"));
        QTRY_COMPARE(ada.text(), server.roomText(room));
        // The server refused one message (and the client reconnected to catch up); nothing is
        // wrong with the protocol.
        QVERIFY(!errors.isEmpty());
        const auto error = errors.first().first().value<SessionError>();
        QCOMPARE(error.kind, SessionError::Kind::Rejected);
        QCOMPARE(error.code, QStringLiteral("bad_revision"));
        QVERIFY(!error.fatal);
    }

    void refusedConnectionIsReportedAndRetried()
    {
        quint16 port = 0;
        {
            QTcpServer probe; // A port that was free a moment ago and has nobody listening now.
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        TestPeer ada(QStringLiteral("ada"));
        QSignalSpy errors(&ada.client(), &SessionClient::errorOccurred);
        ada.client().join(Invite(QStringLiteral("127.0.0.1"), port,
                                 QStringLiteral("3f2b8c1e-9a4d-4e6f-8b1a-0c2d3e4f5a6b")));
        QTRY_COMPARE(errors.size(), 1);
        const auto error = errors.first().first().value<SessionError>();
        QCOMPARE(error.kind, SessionError::Kind::ConnectionRefused);
        QVERIFY(!error.fatal);
        QVERIFY(!error.message.isEmpty());
        QTRY_COMPARE(ada.client().state(), SessionClient::State::Reconnecting);
    }

    void fatalErrorsStopTheSession_data()
    {
        QTest::addColumn<QString>("room");
        QTest::addColumn<int>("kind");
        QTest::addRow("no such room") << QStringLiteral("3f2b8c1e-9a4d-4e6f-8b1a-0c2d3e4f5a6b")
                                      << int(SessionError::Kind::NoSuchRoom);
    }
    void fatalErrorsStopTheSession()
    {
        QFETCH(QString, room);
        QFETCH(int, kind);
        RoomServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        TestPeer ada(QStringLiteral("ada"));
        QSignalSpy errors(&ada.client(), &SessionClient::errorOccurred);
        ada.client().join(Invite(QStringLiteral("127.0.0.1"), server.port(), room));
        QTRY_COMPARE(ada.client().state(), SessionClient::State::Failed);
        QCOMPARE(errors.size(), 1);
        const auto error = errors.first().first().value<SessionError>();
        QCOMPARE(int(error.kind), kind);
        QVERIFY(error.fatal);
        QTest::qWait(100);
        QCOMPARE(ada.client().state(), SessionClient::State::Failed); // no retries
    }
};

QTEST_GUILESS_MAIN(TestReconnect)
#include "tst_reconnect.moc"
