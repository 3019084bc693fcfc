// Three `ensemble --serve --store postgresql` processes sharing one PostgreSQL
// (docs/DEPLOYMENT.md): clients sent to a session's owner, the owner killed while clients type,
// the owner paused past its lease, the database restarted. Every acknowledged revision must be in
// the database, without a gap and written once, and every client must converge with each token it
// typed there once.
#include "ClusterDatabase.h"
#include "ServerProcess.h"
#include "StoredText.h"
#include "TestPeer.h"
#include "client/Invite.h"
#include "protocol/RoomId.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace ensemble;
using namespace ensemble::test;

namespace {

constexpr double leaseSeconds = 2;
constexpr int convergeMs = 30000;

} // namespace

class TestClusterServers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_db.start(), qPrintable(m_db.error())); }

    void init()
    {
        for (int i = 0; i < 3; ++i) {
            auto &server = m_servers.emplace_back(std::make_unique<ServerProcess>());
            QVERIFY2(server->start(m_db.conninfo(), QStringLiteral("s%1").arg(i), leaseSeconds),
                     qPrintable(server->log()));
        }
        m_room = newRoomId();
        m_peers.clear();
        m_typed.clear();
    }

    void cleanup()
    {
        m_peers.clear();
        m_servers.clear();
    }

    void unreachableDatabaseStopsTheServer()
    {
        ServerProcess server;
        QVERIFY(!server.start("host=127.0.0.1 port=1 connect_timeout=2", QStringLiteral("x"),
                              leaseSeconds));
        QVERIFY2(server.log().contains(QLatin1String("cannot use the store")),
                 qPrintable(server.log()));
    }

    void clientOfANonOwnerReachesTheOwner()
    {
        createOn(0);
        TestPeer &b = join(QStringLiteral("b"), 1);
        TestPeer &c = join(QStringLiteral("c"), 2);
        for (int i = 0; i < 20; ++i) {
            type(b);
            type(c);
            QTest::qWait(10);
        }
        converge();
        QCOMPARE(holder(), QStringLiteral("s0"));
        QVERIFY(!b.errors().contains(QLatin1String("no_such_room")));
    }

    void ownerKilledWhileClientsType()
    {
        createOn(0);
        join(QStringLiteral("a"), 1);
        join(QStringLiteral("b"), 2);
        join(QStringLiteral("c"), 1);
        QTimer typing;
        connect(&typing, &QTimer::timeout, this, [this] {
            for (auto &peer : m_peers)
                type(*peer);
        });
        typing.start(5); // Faster than a commit: some edits are always waiting for one.
        QTest::qWait(800);
        m_servers[0]->kill();
        // Nothing a client heard of can be missing from the database.
        const qint64 stored = storedRevision();
        for (auto &peer : m_peers)
            QVERIFY2(peer->client().revision() <= stored,
                     qPrintable(QStringLiteral("%1 at %2, database at %3")
                                    .arg(peer->name())
                                    .arg(peer->client().revision())
                                    .arg(stored)));
        QTest::qWait(1500);
        typing.stop();
        converge();
        QVERIFY(holder() != QLatin1String("s0"));
    }

    void pausedOwnerStepsDown()
    {
        createOn(0);
        TestPeer &a = join(QStringLiteral("a"), 1);
        a.client().setPingInterval(300);
        for (int i = 0; i < 10; ++i)
            type(a);
        QTRY_COMPARE_WITH_TIMEOUT(a.client().unsentEditCount(), 0, convergeMs);
        m_servers[0]->pause();
        QTRY_VERIFY_WITH_TIMEOUT(holder() == QLatin1String("s1") || holder() == QLatin1String("s2"),
                                 convergeMs);
        for (int i = 0; i < 10; ++i)
            type(a);
        QTRY_COMPARE_WITH_TIMEOUT(a.client().unsentEditCount(), 0, convergeMs);
        m_servers[0]->resume();
        QTRY_VERIFY2_WITH_TIMEOUT(m_servers[0]->log().contains(QLatin1String("went to another")),
                                  qPrintable(m_servers[0]->log()), convergeMs);
        for (int i = 0; i < 10; ++i)
            type(a);
        converge();
        // The old owner's fence wrote nothing after the new owner's first revision.
        auto fences
            = m_db.sql().exec("SELECT fence, min(revision), max(revision) FROM ensemble_ops "
                              "WHERE session = $1 GROUP BY fence ORDER BY min(revision)",
                              {m_room.toUtf8()});
        QVERIFY(fences);
        QVERIFY2(fences.value().rows.size() >= 2, "no take-over was written");
        for (qsizetype i = 1; i < fences.value().rows.size(); ++i)
            QVERIFY(fences.value().rows[i - 1][2].toLongLong()
                    < fences.value().rows[i][1].toLongLong());
    }

    void databaseRestartedMidSession()
    {
        createOn(0);
        TestPeer &a = join(QStringLiteral("a"), 1);
        TestPeer &b = join(QStringLiteral("b"), 2);
        type(a);
        type(b);
        QTRY_COMPARE_WITH_TIMEOUT(a.client().unsentEditCount() + b.client().unsentEditCount(), 0,
                                  convergeMs);
        QVERIFY2(m_db.cluster().stop(), qPrintable(m_db.cluster().error()));
        for (int i = 0; i < 5; ++i) {
            type(a);
            type(b);
            QTest::qWait(50);
        }
        // Unacknowledged, not refused: the edits wait for the database.
        QTRY_VERIFY_WITH_TIMEOUT(a.errors().contains(QLatin1String("storage_failed")), convergeMs);
        QVERIFY(a.client().unsentEditCount() > 0);
        QVERIFY2(m_db.cluster().start(), qPrintable(m_db.cluster().error()));
        // The checker's own connections report the outage once, then connect again.
        (void)m_db.sql().exec("SELECT 1");
        (void)m_db.store().documents(m_room);
        converge();
    }

private:
    Invite invite(int server) const
    {
        return Invite(QStringLiteral("127.0.0.1"), m_servers[size_t(server)]->port(), m_room);
    }

    void createOn(int server)
    {
        // The creator leaves at once: its invite names one server, which the tests kill.
        TestPeer creator(QStringLiteral("creator"));
        creator.client().joinOrCreate(invite(server), QStringLiteral("start\n"), {});
        QTRY_VERIFY_WITH_TIMEOUT(creator.ready(), convergeMs);
        QTRY_COMPARE_WITH_TIMEOUT(holder(), QStringLiteral("s%1").arg(server), convergeMs);
        creator.client().leave();
    }

    TestPeer &join(const QString &name, int server)
    {
        auto &peer = m_peers.emplace_back(std::make_unique<TestPeer>(name));
        peer->client().join(invite(server));
        [&] { QTRY_VERIFY_WITH_TIMEOUT(peer->ready(), convergeMs); }();
        return *peer;
    }

    void type(TestPeer &peer)
    {
        if (!peer.ready())
            return;
        const QString token = QStringLiteral("<%1%2>").arg(peer.name()).arg(m_typed.size());
        peer.insert(peer.text().size(), token);
        m_typed.append(token);
    }

    QString holder() const
    {
        auto rows = m_db.sql().exec("SELECT server FROM ensemble_leases WHERE session = $1",
                                    {m_room.toUtf8()});
        return rows && !rows.value().rows.isEmpty() ? QString::fromUtf8(rows.value().rows[0][0])
                                                    : QString();
    }

    qint64 storedRevision() const
    {
        auto rows = m_db.sql().exec("SELECT coalesce(max(revision), 0) FROM ensemble_ops WHERE "
                                    "session = $1",
                                    {m_room.toUtf8()});
        return rows ? rows.value().rows[0][0].toLongLong() : -1;
    }

    void converge()
    {
        for (auto &peer : m_peers)
            QTRY_VERIFY_WITH_TIMEOUT(peer->client().state() == SessionClient::State::Connected
                                         && peer->client().unsentEditCount() == 0,
                                     convergeMs);
        const QString expected = m_peers.front()->text();
        for (auto &peer : m_peers)
            QTRY_COMPARE_WITH_TIMEOUT(peer->text(), expected, convergeMs);
        QCOMPARE(storedText(m_db.store(), m_room), expected);
        for (const QString &token : std::as_const(m_typed))
            QVERIFY2(expected.count(token) == 1, qPrintable(token));
    }

    ClusterDatabase m_db;
    std::vector<std::unique_ptr<ServerProcess>> m_servers;
    std::vector<std::unique_ptr<TestPeer>> m_peers;
    QStringList m_typed;
    QString m_room;
};

QTEST_GUILESS_MAIN(TestClusterServers)
#include "tst_clusterservers.moc"
