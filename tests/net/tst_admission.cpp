// Admission under attack, over loopback: silent connections from ten addresses cannot keep
// honest participants out, and every cap a client can meet answers with an error it can name.
#include "AccessFixtures.h"
#include "RawClient.h"
#include "TestPeer.h"
#include "server/RoomServer.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <memory>
#include <sys/resource.h>
#include <vector>

using namespace ensemble;
using ensemble::test::RawClient;
using ensemble::test::TestPeer;

namespace {

Invite invite(quint16 port, const QString &room)
{
    return Invite(QStringLiteral("127.0.0.1"), port, room);
}

// Silent TCP connections from one loopback address (127.0.0.2 and up) that never start the
// WebSocket handshake; each one the server drops is opened again a moment later, as a
// determined attacker would. They are opened one after the other: a burst of connections would
// overflow the listen backlog, and the kernel would keep many of them from the server.
class SilentFlood : public QObject
{
public:
    SilentFlood(const QHostAddress &from, quint16 port, int sockets)
        : m_from(from)
        , m_port(port)
        , m_wanted(sockets)
    {
        open();
    }
    int reopened() const { return m_reopened; }

private:
    void open()
    {
        auto *socket = new QTcpSocket(this);
        ++m_open;
        socket->bind(m_from, 0);
        connect(socket, &QTcpSocket::connected, this, [this] {
            if (m_open < m_wanted)
                open();
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { replace(socket); });
        connect(socket, &QTcpSocket::errorOccurred, this, [this, socket] { replace(socket); });
        socket->connectToHost(QHostAddress::LocalHost, m_port);
    }
    void replace(QTcpSocket *socket)
    {
        if (socket->property("replaced").toBool())
            return;
        socket->setProperty("replaced", true);
        socket->deleteLater();
        --m_open;
        ++m_reopened;
        QTimer::singleShot(100, this, [this] {
            if (m_open < m_wanted)
                open();
        });
    }

    QHostAddress m_from;
    quint16 m_port;
    int m_wanted;
    int m_open = 0;
    int m_reopened = 0;
};

// CPU seconds this process has used, user and system.
double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

} // namespace

class AdmissionTest : public QObject
{
    Q_OBJECT

private slots:
    void honestJoinsSucceedWhileTenAddressesFloodThePool_data()
    {
        QTest::addColumn<int>("pool");
        QTest::addColumn<int>("socketsPerAttacker");
        // Each attacking address alone holds more than a fair share; together more than the pool.
        QTest::addRow("pool of 64") << 64 << 13;
        QTest::addRow("pool of 256 (default)") << 256 << 30;
    }
    void honestJoinsSucceedWhileTenAddressesFloodThePool()
    {
        QFETCH(int, pool);
        QFETCH(int, socketsPerAttacker);
        ServerConfig config;
        config.limits.maxPendingConnections = pool;
        // Silent connections are not dropped for the whole test, so only admission can help.
        config.limits.handshakeTimeoutMs = 120000;
        RoomServer server(config);
        QSignalSpy refused(&server, &RoomServer::clientError);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("x")).value();
        std::vector<std::unique_ptr<SilentFlood>> attackers;
        for (int i = 0; i < 10; ++i) {
            attackers.push_back(
                std::make_unique<SilentFlood>(QHostAddress(QStringLiteral("127.0.0.%1").arg(i + 2)),
                                              server.port(), socketsPerAttacker));
        }
        // The pool is full (newcomers are refused or take others' places) and the attackers
        // keep it so.
        const auto reopened = [&] {
            int sum = 0;
            for (const auto &attacker : attackers)
                sum += attacker->reopened();
            return sum;
        };
        QTRY_VERIFY_WITH_TIMEOUT(reopened() > 0 || !refused.isEmpty(), 30000);
        constexpr int joins = 8;
        int joined = 0;
        for (int i = 0; i < joins; ++i) {
            TestPeer peer(QStringLiteral("honest%1").arg(i));
            peer.client().join(invite(server.port(), room));
            joined += QTest::qWaitFor([&] { return peer.ready(); }, 5000) ? 1 : 0;
            peer.client().leave();
        }
        qInfo("%d of %d honest joins succeeded", joined, joins);
        QCOMPARE(joined, joins);
    }

    void aClientOverTheAddressCapHearsWhyAndStops_data()
    {
        QTest::addColumn<int>("cap");
        QTest::addRow("cap 1") << 1;
        QTest::addRow("cap 3") << 3;
    }
    void aClientOverTheAddressCapHearsWhyAndStops()
    {
        QFETCH(int, cap);
        ServerConfig config;
        config.limits.maxConnectionsPerAddress = cap;
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("x")).value();
        std::vector<std::unique_ptr<TestPeer>> inside;
        for (int i = 0; i < cap; ++i) {
            inside.push_back(std::make_unique<TestPeer>(QStringLiteral("in%1").arg(i)));
            inside.back()->client().join(invite(server.port(), room));
            QTRY_VERIFY(inside.back()->ready());
        }
        TestPeer late(QStringLiteral("late"));
        late.client().join(invite(server.port(), room));
        QTRY_COMPARE(late.client().state(), SessionClient::State::Failed);
        QCOMPARE(late.errors(), QStringList {QStringLiteral("too_many_connections")});
        // It does not come back by itself.
        QTest::qWait(1500);
        QCOMPARE(late.client().state(), SessionClient::State::Failed);
        QCOMPARE(server.participants(room).size(), cap);
    }

    void theBusiestAddressHearsServerBusy()
    {
        ServerConfig config;
        config.limits.maxPendingConnections = 2;
        RoomServer server(config);
        QSignalSpy logged(&server, &RoomServer::clientError);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("x")).value();
        QTcpSocket a;
        QTcpSocket b;
        a.connectToHost(QHostAddress::LocalHost, server.port());
        b.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(a.waitForConnected(5000) && b.waitForConnected(5000));
        RawClient third;
        QVERIFY(
            third.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/%2").arg(server.port()).arg(room))));
        QCOMPARE(third.next(QStringLiteral("error")).value(QLatin1String("code")).toString(),
                 QStringLiteral("server_busy"));
        QCOMPARE(third.waitForClose(), 4016);
        // Its neighbours from another address would still have got in: see the flood test.
        QCOMPARE(a.state(), QAbstractSocket::ConnectedState);
    }

    void anOpenUnjoinedConnectionGivesItsPlaceToANewcomerWithServerBusy()
    {
        ServerConfig config;
        config.limits.maxPendingConnections = 2;
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("x")).value();
        const QUrl url(QStringLiteral("ws://127.0.0.1:%1/%2").arg(server.port()).arg(room));
        RawClient first;
        RawClient second;
        QVERIFY(first.open(url) && second.open(url));
        // A third address's newcomer takes the oldest place of the busiest address.
        QTcpSocket newcomer;
        newcomer.bind(QHostAddress(QStringLiteral("127.0.0.2")), 0);
        newcomer.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(newcomer.waitForConnected(5000));
        QCOMPARE(first.next(QStringLiteral("error")).value(QLatin1String("code")).toString(),
                 QStringLiteral("server_busy"));
        QCOMPARE(first.waitForClose(), 4016);
        QVERIFY(second.isOpen());
    }

    void guessesSentAtOnceAreCountedWhenTheyArrive_data()
    {
        QTest::addColumn<int>("guesses");
        QTest::addColumn<int>("maxFailures");
        QTest::addRow("60 guesses, 10 allowed") << 60 << 10;
        QTest::addRow("30 guesses, 3 allowed") << 30 << 3;
    }
    void guessesSentAtOnceAreCountedWhenTheyArrive()
    {
        QFETCH(int, guesses);
        QFETCH(int, maxFailures);
        ServerConfig config = test::quickConfig();
        config.access.maxFailures = maxFailures;
        config.access.passwordIterations = 20000;
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        RoomSetup setup;
        setup.password = test::password;
        const QString room = server.createRoom(QStringLiteral("x"), {}, {}, setup).value();
        std::vector<std::unique_ptr<RawClient>> clients;
        for (int i = 0; i < guesses; ++i) {
            clients.push_back(std::make_unique<RawClient>());
            QVERIFY(clients.back()->open(test::roomUrl(server, room)));
        }
        const double cpuBefore = cpuSeconds();
        for (int i = 0; i < guesses; ++i) {
            clients[size_t(i)]->send(
                QJsonObject {{QStringLiteral("type"), QStringLiteral("hello")},
                             {QStringLiteral("protocol"), 1},
                             {QStringLiteral("name"), QStringLiteral("guess")},
                             {QStringLiteral("color"), QStringLiteral("#102030")},
                             {QStringLiteral("client"), QStringLiteral("guess%1").arg(i)},
                             {QStringLiteral("password"), QStringLiteral("wrong %1").arg(i)}});
        }
        QMap<QString, int> answers;
        for (const auto &client : clients)
            ++answers[test::code(client->next(QStringLiteral("error")))];
        qInfo("%d guesses at once: %d checked, %d refused unchecked; %.2f s of CPU", guesses,
              answers.value(QStringLiteral("wrong_password")),
              answers.value(QStringLiteral("too_many_attempts")), cpuSeconds() - cpuBefore);
        QCOMPARE(answers.value(QStringLiteral("wrong_password")), maxFailures);
        QCOMPARE(answers.value(QStringLiteral("too_many_attempts")), guesses - maxFailures);
        // The right password is locked out too, as after failures one at a time.
        RawClient honest;
        QVERIFY(honest.open(test::roomUrl(server, room)));
        QCOMPARE(test::code(honest.hello(QStringLiteral("honest"),
                                         test::field(QStringLiteral("password"), test::password))),
                 QStringLiteral("too_many_attempts"));
    }

    void manyJoiningWithTheRightPasswordCostOneSlowCheck()
    {
        ServerConfig config = test::quickConfig();
        config.access.passwordIterations = 20000;
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        RoomSetup setup;
        setup.password = test::password;
        const QString room = server.createRoom(QStringLiteral("x"), {}, {}, setup).value();
        // A classroom behind one address, joining together: none is turned away.
        constexpr int students = 30;
        std::vector<std::unique_ptr<RawClient>> clients;
        for (int i = 0; i < students; ++i) {
            clients.push_back(std::make_unique<RawClient>());
            QVERIFY(clients.back()->open(test::roomUrl(server, room)));
        }
        RawClient first;
        QVERIFY(first.open(test::roomUrl(server, room)));
        QCOMPARE(test::type(first.hello(QStringLiteral("first"),
                                        test::field(QStringLiteral("password"), test::password))),
                 QStringLiteral("welcome"));
        for (int i = 0; i < students; ++i) {
            clients[size_t(i)]->send(
                QJsonObject {{QStringLiteral("type"), QStringLiteral("hello")},
                             {QStringLiteral("protocol"), 1},
                             {QStringLiteral("name"), QStringLiteral("student")},
                             {QStringLiteral("color"), QStringLiteral("#102030")},
                             {QStringLiteral("client"), QStringLiteral("student%1").arg(i)},
                             {QStringLiteral("password"), test::password}});
        }
        for (const auto &client : clients)
            QVERIFY(!client->next(QStringLiteral("welcome")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(AdmissionTest)
#include "tst_admission.moc"
