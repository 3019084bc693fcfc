// One, two and three `ensemble --serve --store postgresql` processes on one PostgreSQL
// (docs/PERFORMANCE.md "Several servers on PostgreSQL"): acknowledged operations per second and
// acknowledge latency with the database in the path, and the time a session takes to come back
// on another server after its owner is killed, and how long a long session takes to load on the
// server that takes it over, replaying its whole log or only what follows its latest snapshot.
// Prints figures; it fails only when nothing works.
#include "ClusterRoomJournal.h"
#include "PgCluster.h"
#include "ServerProcess.h"
#include "TestPeer.h"
#include "client/Invite.h"
#include "protocol/RoomId.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace ensemble;
using namespace ensemble::test;

namespace {

constexpr int roomsPerRun = 6;
constexpr int measureMs = 3000;

/// A peer that types one character, waits for its ack, and types the next.
struct Typist
{
    std::unique_ptr<TestPeer> peer;
    QElapsedTimer sent;
    QList<qint64> latenciesUs;
    bool running = false;

    void next()
    {
        if (!running)
            return;
        sent.start();
        peer->insert(peer->text().size(), QStringLiteral("x"));
    }
};

qint64 percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[qsizetype(p * double(values.size() - 1))];
}

} // namespace

class BenchClusterServers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_pg = std::make_unique<PgCluster>();
        QVERIFY2(m_pg->isRunning(), qPrintable(m_pg->error()));
        std::printf("%-10s %12s %10s %10s %10s\n", "servers", "acked ops/s", "p50 ms", "p99 ms",
                    "max ms");
    }

    void throughput_data()
    {
        QTest::addColumn<int>("servers");
        QTest::addRow("1 server") << 1;
        QTest::addRow("2 servers") << 2;
        QTest::addRow("3 servers") << 3;
    }

    void throughput()
    {
        QFETCH(int, servers);
        std::vector<std::unique_ptr<ServerProcess>> processes;
        for (int i = 0; i < servers; ++i) {
            auto &process = processes.emplace_back(std::make_unique<ServerProcess>());
            QVERIFY2(process->start(m_pg->conninfo(), QStringLiteral("b%1").arg(i), 10),
                     qPrintable(process->log()));
        }
        // Two typists per room, each room owned by the server its creator reached.
        std::vector<std::unique_ptr<Typist>> typists;
        for (int room = 0; room < roomsPerRun; ++room) {
            const Invite invite(QStringLiteral("127.0.0.1"),
                                processes[size_t(room % servers)]->port(), newRoomId());
            for (int i = 0; i < 2; ++i) {
                auto &typist = typists.emplace_back(std::make_unique<Typist>());
                typist->peer
                    = std::make_unique<TestPeer>(QStringLiteral("t%1-%2").arg(room).arg(i));
                Typist *t = typist.get();
                connect(&t->peer->client(), &SessionClient::unsentEditCountChanged, this,
                        [t](qsizetype count) {
                            if (count != 0 || !t->running)
                                return;
                            t->latenciesUs.append(t->sent.nsecsElapsed() / 1000);
                            t->next();
                        });
                t->peer->client().joinOrCreate(invite, QString(), QString());
                QTRY_VERIFY_WITH_TIMEOUT(t->peer->ready(), 30000);
            }
        }
        for (auto &typist : typists) {
            typist->running = true;
            typist->next();
        }
        QTest::qWait(measureMs);
        QList<qint64> latencies;
        for (auto &typist : typists) {
            typist->running = false;
            latencies += typist->latenciesUs;
        }
        QVERIFY(!latencies.isEmpty());
        std::printf("%-10d %12.0f %10.1f %10.1f %10.1f\n", servers,
                    double(latencies.size()) * 1000.0 / measureMs,
                    double(percentile(latencies, 0.5)) / 1000.0,
                    double(percentile(latencies, 0.99)) / 1000.0,
                    double(percentile(latencies, 1.0)) / 1000.0);
        std::fflush(stdout);
    }

    void takeOver()
    {
        constexpr double lease = 3;
        std::vector<std::unique_ptr<ServerProcess>> processes;
        for (int i = 0; i < 2; ++i) {
            auto &process = processes.emplace_back(std::make_unique<ServerProcess>());
            QVERIFY2(process->start(m_pg->conninfo(), QStringLiteral("k%1").arg(i), lease),
                     qPrintable(process->log()));
        }
        const QString room = newRoomId();
        TestPeer creator(QStringLiteral("creator"));
        creator.client().joinOrCreate(
            Invite(QStringLiteral("127.0.0.1"), processes[0]->port(), room), QStringLiteral("text"),
            QString());
        QTRY_VERIFY_WITH_TIMEOUT(creator.ready(), 30000);
        TestPeer peer(QStringLiteral("peer"));
        peer.client().join(Invite(QStringLiteral("127.0.0.1"), processes[1]->port(), room));
        QTRY_VERIFY_WITH_TIMEOUT(peer.ready(), 30000);
        QElapsedTimer since;
        processes[0]->kill();
        since.start();
        peer.insert(0, QStringLiteral("after "));
        QTRY_VERIFY_WITH_TIMEOUT(peer.client().state() == SessionClient::State::Connected
                                     && peer.client().unsentEditCount() == 0,
                                 60000);
        std::printf("take-over after kill -9 with a %.0f s lease: %.2f s until an edit is "
                    "acknowledged again\n",
                    lease, double(since.elapsed()) / 1000.0);
        std::fflush(stdout);
    }

    void loadLongSession_data()
    {
        QTest::addColumn<int>("snapshotAt");
        // The default --kept-operations is 10,000: at most about that many follow the snapshot.
        QTest::addRow("whole log") << 0;
        QTest::addRow("snapshot") << longSessionOps - 10000;
    }

    void loadLongSession()
    {
        QFETCH(int, snapshotAt);
        const QString room = newRoomId();
        auto store = ClusterStore::open(m_pg->conninfo(), QStringLiteral("filler"),
                                        QStringLiteral("ws://127.0.0.1:1"));
        QVERIFY(store);
        auto taken = store.value()->acquire(room, 60000);
        QVERIFY2(taken, qPrintable(taken ? QString() : taken.error().message));
        QVERIFY(std::holds_alternative<Lease>(taken.value()));
        const Lease lease = std::get<Lease>(taken.value());
        // One character typed per operation, its snapshot (first text or later) with its epoch.
        const QString text(longSessionOps, u'x');
        QVERIFY(store.value()->saveSnapshot(lease, QStringLiteral("d1"), snapshotAt,
                                            ClusterRoomJournal::encodeText(text.left(snapshotAt)),
                                            QString(), QStringLiteral("e1")));
        QList<StoredOp> ops;
        for (int revision = snapshotAt + 1; revision <= longSessionOps; ++revision) {
            const QByteArray op = revision == 1
                ? QByteArray("[\"x\"]")
                : "[" + QByteArray::number(revision - 1) + ",\"x\"]";
            ops.append(StoredOp {revision, op, QStringLiteral("typist"), revision,
                                 QStringLiteral("typist")});
        }
        QVERIFY(ops.isEmpty() || store.value()->append(lease, QStringLiteral("d1"), ops));
        QVERIFY(store.value()->release(lease));
        ServerProcess server;
        QVERIFY2(server.start(m_pg->conninfo(), QStringLiteral("loader"), 10),
                 qPrintable(server.log()));
        QElapsedTimer since;
        since.start();
        TestPeer peer(QStringLiteral("reader"));
        peer.client().join(Invite(QStringLiteral("127.0.0.1"), server.port(), room));
        QTRY_VERIFY_WITH_TIMEOUT(peer.ready(), 120000);
        QCOMPARE(peer.text(), text);
        std::printf("loading a session of %d operations, replaying %d: %.2f s until its text "
                    "arrives\n",
                    longSessionOps, longSessionOps - snapshotAt, double(since.elapsed()) / 1000.0);
        std::fflush(stdout);
    }

private:
    static constexpr int longSessionOps = 50000;
    std::unique_ptr<PgCluster> m_pg;
};

QTEST_GUILESS_MAIN(BenchClusterServers)
#include "bench_clusterservers.moc"
