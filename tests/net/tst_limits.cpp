// The server's limits over real sockets: the message budget queues and never drops, a backlog
// that overflows ends with rate_limited, silent connections end with idle_timeout, stalled
// handshakes end, connection caps turn away the surplus, and a client whose edit is too far
// behind for the server rejoins and loses nothing.
#include "RawClient.h"
#include "RawFrames.h"
#include "TcpProxy.h"
#include "TestPeer.h"
#include "server/RoomServer.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace ensemble;
using ensemble::test::opMessage;
using ensemble::test::RawClient;
using ensemble::test::roomUrl;
using ensemble::test::TcpProxy;
using ensemble::test::TestPeer;

namespace {

Invite invite(quint16 port, const QString &room)
{
    return Invite(QStringLiteral("127.0.0.1"), port, room);
}

QJsonObject chat(const QString &text)
{
    return QJsonObject {{QStringLiteral("type"), QStringLiteral("chat")},
                        {QStringLiteral("text"), text}};
}

// The codes of the errors the server logged (RoomServer::clientError).
QStringList loggedCodes(const QSignalSpy &spy)
{
    QStringList codes;
    for (const QList<QVariant> &call : spy)
        codes.append(call.at(2).toString());
    return codes;
}

// A plain TCP connection to the server that never completes a WebSocket handshake.
std::unique_ptr<QTcpSocket> rawTcp(quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, port);
    return socket->waitForConnected(5000) ? std::move(socket) : nullptr;
}

// Runs the event loop for @p ms without QTest::qWait's 10 ms naps, so timers fire on time.
void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

// Waits (up to 5 s) until @p peer's edits are all confirmed, polling more often than QTRY_*
// does, since the tests below wait for this after every one of many edits.
bool settled(TestPeer &peer)
{
    QElapsedTimer timer;
    timer.start();
    while (peer.client().unsentEditCount() > 0 && timer.elapsed() < 5000)
        QTest::qWait(2);
    return peer.client().unsentEditCount() == 0;
}

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT

private slots:
    void budgetQueuesMessagesInOrderAndLosesNone()
    {
        ServerConfig config;
        config.limits.messagesPerSecond = 20;
        config.limits.messageBurst = 5;
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QString()).value();
        TestPeer bystander(QStringLiteral("bystander"));
        bystander.client().join(invite(server.port(), room));
        QTRY_VERIFY(bystander.ready());
        RawClient raw;
        QVERIFY(raw.open(roomUrl(server, room)));
        QCOMPARE(raw.hello(QStringLiteral("raw")).value(QStringLiteral("type")).toString(),
                 QStringLiteral("welcome"));

        // 25 ops at once, all based on revision 0: 5 pass, the others wait for the budget.
        QElapsedTimer elapsed;
        elapsed.start();
        const int count = 25;
        for (int i = 1; i <= count; ++i)
            raw.send(opMessage(0, quint64(i), QJsonArray {QString(QChar(u'a' + i))}));
        // Someone else's edit is not held up behind them.
        bystander.insert(0, QStringLiteral("B"));
        QTRY_COMPARE(bystander.client().unsentEditCount(), 0);
        QVERIFY(server.roomRevision(room) < count);
        for (int i = 1; i <= count; ++i) {
            const QJsonObject ack = raw.next(QStringLiteral("ack"));
            QCOMPARE(ack.value(QStringLiteral("seq")).toInt(), i);
        }
        // 20 ops beyond the burst at 20 per second: no less than a second (hello took a token).
        QVERIFY2(elapsed.elapsed() >= 900, qPrintable(QString::number(elapsed.elapsed())));
        QCOMPARE(server.roomRevision(room), qint64(count + 1));
        QCOMPARE(server.roomText(room).size(), count + 1);
        QTRY_COMPARE(bystander.text(), server.roomText(room));
        QVERIFY(raw.isOpen());
        QVERIFY(bystander.errors().isEmpty());
    }

    void theAppsClientStaysWellWithinTheBudget()
    {
        // Half the default budget and no backlog at all: one message over it ends the session.
        ServerConfig config;
        config.limits.messagesPerSecond = Limits().messagesPerSecond / 2;
        config.limits.messageBurst = config.limits.messagesPerSecond;
        config.limits.maxQueuedMessages = 0;
        RoomServer server(config);
        QSignalSpy logged(&server, &RoomServer::clientError);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QString()).value();
        TestPeer typist(QStringLiteral("typist"));
        typist.client().setFlushInterval(100); // The editor's debounce.
        typist.client().join(invite(server.port(), room));
        QTRY_VERIFY(typist.ready());
        // Everything the typist sends is relayed to an observer, which counts it.
        RawClient observer;
        QVERIFY(observer.open(roomUrl(server, room)));
        QCOMPARE(observer.hello(QStringLiteral("observer")).value(QStringLiteral("type")),
                 QStringLiteral("welcome"));
        // The debounce sends once typing pauses for 100 ms, so pauses just over that make the
        // most messages: a key, a pause, a caret move, a pause, for 3 s.
        QSignalSpy sent(&typist.client(), &SessionClient::operationSent);
        QElapsedTimer elapsed;
        elapsed.start();
        int keys = 0;
        while (elapsed.elapsed() < 3000) {
            typist.insert(typist.text().size(), QStringLiteral("k"));
            ++keys;
            spin(110);
            typist.client().setLocalSelection({{keys - 1, keys - 1}});
            spin(110);
        }
        const double seconds = double(elapsed.elapsed()) / 1000.0;
        QVERIFY(sent.size() >= keys / 2);
        QTRY_COMPARE(typist.client().unsentEditCount(), 0);
        QTest::qWait(50);
        int relayed = 0;
        for (const QJsonObject &frame : observer.takeAll()) {
            const QString type = frame.value(QStringLiteral("type")).toString();
            relayed += type == QLatin1String("op") || type == QLatin1String("selection");
        }
        qInfo("the typist sent %d messages in %.1f s: %.1f a second", relayed, seconds,
              double(relayed) / seconds);
        QCOMPARE(server.roomText(room).size(), keys);
        QVERIFY2(logged.isEmpty(), qPrintable(loggedCodes(logged).join(u' ')));
        QVERIFY(typist.errors().isEmpty());
        QCOMPARE(typist.client().state(), SessionClient::State::Connected);
    }

    void overflowingBacklogClosesWithRateLimited()
    {
        ServerConfig config;
        config.limits.messagesPerSecond = 1;
        config.limits.messageBurst = 1;
        config.limits.maxQueuedMessages = 10;
        RoomServer server(config);
        QSignalSpy logged(&server, &RoomServer::clientError);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("x")).value();
        TestPeer bystander(QStringLiteral("bystander"));
        bystander.client().join(invite(server.port(), room));
        QTRY_VERIFY(bystander.ready());
        RawClient raw;
        QVERIFY(raw.open(roomUrl(server, room)));
        QCOMPARE(raw.hello(QStringLiteral("raw")).value(QStringLiteral("type")).toString(),
                 QStringLiteral("welcome"));
        for (int i = 0; i < 30; ++i)
            raw.send(chat(QStringLiteral("spam %1").arg(i)));
        const QJsonObject error = raw.next(QStringLiteral("error"));
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("rate_limited"));
        QCOMPARE(raw.waitForClose(), 4013);
        QVERIFY(loggedCodes(logged).contains(QStringLiteral("rate_limited")));
        bystander.insert(1, QStringLiteral("y"));
        QTRY_COMPARE(server.roomText(room), QStringLiteral("xy"));
        QTRY_COMPARE(server.participants(room).size(), 1);
    }

    void rateLimitedClientReconnectsAndLosesNothing()
    {
        // Room for a hello and one op at once, one message a second after that, and no backlog:
        // a client sending edit after edit goes over it.
        ServerConfig config;
        config.limits.messagesPerSecond = 1;
        config.limits.messageBurst = 2;
        config.limits.maxQueuedMessages = 0;
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QString()).value();
        TestPeer eager(QStringLiteral("eager"));
        eager.client().join(invite(server.port(), room));
        QTRY_VERIFY(eager.ready());
        int typed = 0;
        QElapsedTimer elapsed;
        elapsed.start();
        while (!eager.errors().contains(QStringLiteral("rate_limited"))
               && elapsed.elapsed() < 10000) {
            eager.insert(eager.text().size(), QStringLiteral("k"));
            ++typed;
            spin(20);
        }
        QVERIFY(eager.errors().contains(QStringLiteral("rate_limited")));
        // It reconnects by itself; the hello and its unsent edits, in one op, fit the new budget.
        QTRY_COMPARE_WITH_TIMEOUT(eager.client().state(), SessionClient::State::Connected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(eager.client().unsentEditCount(), 0, 10000);
        QTRY_COMPARE(server.roomText(room), QString(typed, u'k'));
        QCOMPARE(eager.text(), QString(typed, u'k'));
    }

    void silentConnectionIsClosedLiveOneIsNot()
    {
        ServerConfig config;
        config.limits.idleTimeoutMs = 400;
        RoomServer server(config);
        QSignalSpy logged(&server, &RoomServer::clientError);
        QSignalSpy left(&server, &RoomServer::participantLeft);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("x")).value();
        TcpProxy proxy(server.port());
        TestPeer alive(QStringLiteral("alive"));
        TestPeer ghost(QStringLiteral("ghost"));
        alive.client().join(invite(server.port(), room));
        ghost.client().join(invite(proxy.port(), room));
        QTRY_VERIFY(alive.ready() && ghost.ready());
        // The ghost's side hears nothing more, so it answers none of the server's pings.
        proxy.setDropReplies(true);
        QTRY_VERIFY_WITH_TIMEOUT(loggedCodes(logged).contains(QStringLiteral("idle_timeout")),
                                 10000);
        QTRY_COMPARE(server.participants(room).size(), 1);
        QCOMPARE(server.participants(room).first().name, QStringLiteral("alive"));
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().at(1).value<Participant>().name, QStringLiteral("ghost"));
        QCOMPARE(alive.client().state(), SessionClient::State::Connected);
    }

    void stalledHandshakeIsClosed()
    {
        ServerConfig config;
        config.limits.handshakeTimeoutMs = 300;
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("x")).value();
        std::unique_ptr<QTcpSocket> silent = rawTcp(server.port());
        std::unique_ptr<QTcpSocket> slow = rawTcp(server.port());
        QVERIFY(silent && slow);
        slow->write("GET /" + room.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(silent->state(), QAbstractSocket::UnconnectedState, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(slow->state(), QAbstractSocket::UnconnectedState, 10000);
        TestPeer peer(QStringLiteral("peer"));
        peer.client().join(invite(server.port(), room));
        QTRY_VERIFY(peer.ready());
    }

    void connectionsPerAddressAreCapped_data()
    {
        QTest::addColumn<bool>("encrypted");
        QTest::addRow("ws") << false;
        // The TLS handshake is the slowest part to stall in, and counts as well.
        QTest::addRow("wss") << true;
    }
    void connectionsPerAddressAreCapped()
    {
        QFETCH(bool, encrypted);
        ServerConfig config;
        config.limits.maxConnectionsPerAddress = 3;
        if (encrypted) {
            config.certificateFile = QStringLiteral(ENSEMBLE_TEST_TLS_DIR "/server.pem");
            config.privateKeyFile = QStringLiteral(ENSEMBLE_TEST_TLS_DIR "/server-key.pem");
        }
        RoomServer server(config);
        QSignalSpy logged(&server, &RoomServer::clientError);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("x")).value();
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 3; ++i) {
            held.push_back(rawTcp(server.port()));
            QVERIFY(held.back());
        }
        // One more hears why it is turned away, and does not retry what retrying cannot fix.
        TestPeer peer(QStringLiteral("peer"));
        Invite target = invite(server.port(), room);
        if (encrypted) {
            target.setEncrypted(true);
            target.setFingerprint(server.certificateFingerprint());
        }
        peer.client().join(target);
        QTRY_COMPARE(peer.client().state(), SessionClient::State::Failed);
        QCOMPARE(peer.errors(), QStringList {QStringLiteral("too_many_connections")});
        QCOMPARE(loggedCodes(logged), QStringList {QStringLiteral("too_many_connections")});
        for (int i = 0; i < 3; ++i)
            QCOMPARE(held[size_t(i)]->state(), QAbstractSocket::ConnectedState);
        // Once a place is free, joining again works.
        held[0]->abort();
        // Until the server has seen the abort, the place is still taken.
        for (int attempt = 0; attempt < 50 && !peer.ready(); ++attempt) {
            peer.client().join(target);
            QVERIFY(QTest::qWaitFor([&] {
                return peer.ready() || peer.client().state() == SessionClient::State::Failed;
            }));
        }
        QVERIFY(peer.ready());
        peer.insert(1, QStringLiteral("!"));
        QTRY_COMPARE(server.roomText(room), QStringLiteral("x!"));
    }

    void closedConnectionsGiveTheirPlaceBack()
    {
        ServerConfig config;
        config.limits.maxConnectionsPerAddress = 2;
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("x")).value();
        TestPeer stays(QStringLiteral("stays"));
        stays.client().join(invite(server.port(), room));
        QTRY_VERIFY(stays.ready());
        // One place left, taken and given back ten times over: left properly, or dropped when
        // the visitor's socket is destroyed.
        for (int i = 0; i < 10; ++i) {
            QTRY_COMPARE(server.connectionCount(), 1);
            TestPeer visitor(QStringLiteral("visitor%1").arg(i));
            visitor.client().join(invite(server.port(), room));
            QTRY_VERIFY(visitor.ready());
            if (i % 2)
                visitor.client().leave();
        }
        QTRY_COMPARE(server.connectionCount(), 1);
        TestPeer last(QStringLiteral("last"));
        last.client().join(invite(server.port(), room));
        QTRY_VERIFY(last.ready());
    }

    void pendingConnectionsAreCappedJoinedOnesAreNot()
    {
        ServerConfig config;
        config.limits.maxConnectionsPerAddress = 0;
        config.limits.maxPendingConnections = 2;
        RoomServer server(config);
        QSignalSpy logged(&server, &RoomServer::clientError);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("x")).value();
        TestPeer first(QStringLiteral("first"));
        TestPeer second(QStringLiteral("second"));
        first.client().join(invite(server.port(), room));
        QTRY_VERIFY(first.ready());
        second.client().join(invite(server.port(), room));
        QTRY_VERIFY(second.ready());
        std::unique_ptr<QTcpSocket> a = rawTcp(server.port());
        std::unique_ptr<QTcpSocket> b = rawTcp(server.port());
        QVERIFY(a && b);
        // The pool is full and this address holds all of it: a third hears server_busy.
        RawClient c;
        QVERIFY(c.open(roomUrl(server, room)));
        QCOMPARE(c.next(QStringLiteral("error")).value(QLatin1String("code")).toString(),
                 QStringLiteral("server_busy"));
        QCOMPARE(a->state(), QAbstractSocket::ConnectedState);
        QCOMPARE(loggedCodes(logged).first(), QStringLiteral("server_busy"));
        first.insert(0, QStringLiteral("1"));
        second.insert(2, QStringLiteral("2"));
        QTRY_COMPARE(server.roomText(room), QStringLiteral("1x2"));
        QTRY_COMPARE(first.text(), QStringLiteral("1x2"));
    }

    void editTooFarBehindIsMergedAfterARejoin()
    {
        ServerConfig config;
        config.limits.maxTransformWork = 150;
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("hello\n")).value();
        TcpProxy proxy(server.port());
        TestPeer ada(QStringLiteral("ada"));
        TestPeer bob(QStringLiteral("bob"));
        ada.client().join(invite(proxy.port(), room));
        bob.client().join(invite(server.port(), room));
        QTRY_VERIFY(ada.ready() && bob.ready());

        // Ada's edit is stuck on a slow uplink while Bob makes 40 revisions: transforming it over
        // them costs 200 (3 + 2 components, 40 times) > 150.
        proxy.setHoldRequests(true);
        ada.insert(0, QStringLiteral("A"));
        ada.client().flush();
        for (int i = 0; i < 40; ++i) {
            bob.insert(bob.text().size(), QStringLiteral("b"));
            QVERIFY(settled(bob));
        }
        QCOMPARE(server.roomRevision(room), qint64(40));
        proxy.setHoldRequests(false);

        QTRY_VERIFY(ada.errors().contains(QStringLiteral("too_far_behind")));
        QTRY_COMPARE(ada.client().state(), SessionClient::State::Connected);
        QTRY_COMPARE(ada.client().unsentEditCount(), 0);
        const QString expected = QStringLiteral("Ahello\n") + QString(40, u'b');
        QTRY_COMPARE(server.roomText(room), expected);
        QTRY_COMPARE(ada.text(), expected);
        QTRY_COMPARE(bob.text(), expected);
        QVERIFY(bob.errors().isEmpty());
    }

    void rejoinAfterTheLogOutgrewItsBoundMergesByText()
    {
        ServerConfig config;
        config.limits.keptOperationUnits = 50;
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("base\n")).value();
        TcpProxy proxy(server.port());
        TestPeer ada(QStringLiteral("ada"));
        TestPeer bob(QStringLiteral("bob"));
        ada.client().join(invite(proxy.port(), room));
        bob.client().join(invite(server.port(), room));
        QTRY_VERIFY(ada.ready() && bob.ready());
        proxy.cutAll();
        proxy.setOffline(true);
        QTRY_COMPARE(ada.client().state(), SessionClient::State::Reconnecting);
        ada.insert(0, QStringLiteral("ada "));
        // Bob's 30 revisions hold more than the log keeps: Ada comes back by text.
        for (int i = 0; i < 30; ++i) {
            bob.insert(bob.text().size(), QStringLiteral("bob"));
            QVERIFY(settled(bob));
        }
        proxy.setOffline(false);
        QTRY_COMPARE_WITH_TIMEOUT(ada.client().state(), SessionClient::State::Connected, 10000);
        QTRY_COMPARE(ada.client().unsentEditCount(), 0);
        const QString expected
            = QStringLiteral("ada base\n") + QString(QStringLiteral("bob")).repeated(30);
        QTRY_COMPARE(server.roomText(room), expected);
        QTRY_COMPARE(ada.text(), expected);
        QTRY_COMPARE(bob.text(), expected);
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
