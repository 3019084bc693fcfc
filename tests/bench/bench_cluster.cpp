// The cluster store in an operation's path (docs/DEPLOYMENT.md): on a PostgreSQL cluster the
// benchmark starts itself, through ClusterJournal as a server would use it,
//   1. closed loop: one operation at a time, append() to written(): the delay an acknowledgement
//      gains when it waits for the database;
//   2. pipelined: operations of 10 sessions handed over as fast as they come, for 3 s: operations
//      written per second and statements per second (batching);
//   3. take-over: how long after its owner stops renewing another server has the session.
#include "ClusterJournal.h"
#include "PgCluster.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace ensemble;
using ensemble::test::PgCluster;

namespace {

StoredOp op(qint64 revision)
{
    return StoredOp {revision, QByteArrayLiteral(R"([12,"x",40])"), QStringLiteral("c"), revision,
                     QStringLiteral("author")};
}

double percentile(std::vector<double> values, double q)
{
    std::sort(values.begin(), values.end());
    return values[size_t(q * double(values.size() - 1))];
}

} // namespace

class BenchCluster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_cluster = std::make_unique<PgCluster>();
        QVERIFY2(m_cluster->isRunning(), qPrintable(m_cluster->error()));
    }

    void acknowledgeDelay()
    {
        ClusterJournal journal(m_cluster->conninfo(), QStringLiteral("a"), QStringLiteral("a:1"),
                               10000);
        open(journal);
        const Lease lease = take(journal, QStringLiteral("delay"));
        std::vector<double> delays;
        QElapsedTimer clock;
        qint64 revision = 0;
        QObject::connect(&journal, &ClusterJournal::written, [&] {
            delays.push_back(double(clock.nsecsElapsed()) / 1e6);
            if (revision < 2000) {
                clock.start();
                journal.append(lease, QStringLiteral("d1"), op(++revision));
            }
        });
        clock.start();
        journal.append(lease, QStringLiteral("d1"), op(++revision));
        QTRY_COMPARE_WITH_TIMEOUT(delays.size(), size_t(2000), 120000);
        std::printf("closed loop, 2000 operations: append to written p50 %.3f ms, p99 %.3f ms, "
                    "max %.3f ms\n",
                    percentile(delays, 0.5), percentile(delays, 0.99), percentile(delays, 1.0));
        std::fflush(stdout);
    }

    void pipelined()
    {
        ClusterJournal journal(m_cluster->conninfo(), QStringLiteral("b"), QStringLiteral("b:1"),
                               10000);
        const int sessions = 10;
        open(journal);
        std::vector<Lease> leases;
        for (int i = 0; i < sessions; ++i)
            leases.push_back(take(journal, QStringLiteral("pipe-%1").arg(i)));
        qint64 written = 0;
        qint64 statements = 0;
        std::vector<qint64> revisions(sessions, 0);
        QObject::connect(&journal, &ClusterJournal::written,
                         [&](const QString &, const QString &, qint64 upTo) {
                             ++statements;
                             written = std::max(written, upTo);
                         });
        QElapsedTimer clock;
        clock.start();
        qint64 sent = 0;
        // Keep at most 2,000 operations unwritten, as clients waiting for acknowledgements would.
        while (clock.elapsed() < 3000) {
            for (int i = 0; i < sessions; ++i) {
                journal.append(leases[size_t(i)], QStringLiteral("d1"), op(++revisions[size_t(i)]));
                ++sent;
            }
            while (sent - written * sessions > 2000 && clock.elapsed() < 3000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
        }
        const qint64 last = revisions[0];
        QTRY_VERIFY_WITH_TIMEOUT(written >= last, 60000);
        const double seconds = double(clock.elapsed()) / 1000.0;
        std::printf("pipelined, %d sessions: %lld operations in %.2f s, %.0f operations/s, "
                    "%.0f statements/s (%.1f operations each)\n",
                    sessions, static_cast<long long>(sent), seconds, double(sent) / seconds,
                    double(statements) / seconds, double(sent) / double(statements));
        std::fflush(stdout);
    }

    void takeOver()
    {
        const qint64 leaseMs = 3000;
        auto owner = std::make_unique<ClusterJournal>(m_cluster->conninfo(), QStringLiteral("c"),
                                                      QStringLiteral("c:1"), leaseMs);
        open(*owner);
        take(*owner, QStringLiteral("takeover"));
        ClusterJournal successor(m_cluster->conninfo(), QStringLiteral("d"), QStringLiteral("d:1"),
                                 leaseMs);
        open(successor);
        QSignalSpy acquired(&successor, &ClusterJournal::acquired);
        QElapsedTimer clock;
        owner.reset(); // Dies without giving the lease back, as kill -9 would.
        clock.start();
        // What a server does for a client that reaches it: try, and again every 100 ms.
        while (acquired.isEmpty() && clock.elapsed() < 30000) {
            successor.acquire(QStringLiteral("takeover"));
            QTest::qWait(100);
        }
        QVERIFY(!acquired.isEmpty());
        std::printf("take-over with a %lld ms lease: the session had a new owner %lld ms after "
                    "the old one died\n",
                    static_cast<long long>(leaseMs), static_cast<long long>(clock.elapsed()));
        std::fflush(stdout);
    }

private:
    static void open(ClusterJournal &journal)
    {
        QSignalSpy ready(&journal, &ClusterJournal::ready);
        journal.start();
        if (!ready.wait(10000))
            qFatal("journal not ready");
    }
    static Lease take(ClusterJournal &journal, const QString &session)
    {
        QSignalSpy acquired(&journal, &ClusterJournal::acquired);
        journal.acquire(session);
        if (!acquired.wait(10000))
            qFatal("no lease");
        return acquired.constFirst().at(0).value<Lease>();
    }

    std::unique_ptr<PgCluster> m_cluster;
};

QTEST_GUILESS_MAIN(BenchCluster)
#include "bench_cluster.moc"
