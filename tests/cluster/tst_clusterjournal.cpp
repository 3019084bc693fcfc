// ClusterJournal against a real PostgreSQL (docs/DEPLOYMENT.md): operations written in batches off
// the caller's thread, leases renewed while held, a lost lease reported, an outage survived.
#include "ClusterJournal.h"
#include "PgCluster.h"

#include <QSignalSpy>
#include <QTest>

using namespace ensemble;
using ensemble::test::PgCluster;

namespace {

constexpr qint64 leaseMs = 900;

StoredOp op(qint64 revision)
{
    return StoredOp {revision, QByteArrayLiteral(R"(["x"])"), QStringLiteral("c"), revision,
                     QStringLiteral("author")};
}

} // namespace

class TestClusterJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_cluster = std::make_unique<PgCluster>();
        QVERIFY2(m_cluster->isRunning(), qPrintable(m_cluster->error()));
        auto store = ClusterStore::open(m_cluster->conninfo(), QStringLiteral("checker"),
                                        QStringLiteral("checker:1"));
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        m_checker = std::move(store).value();
    }

    void init()
    {
        m_journal = std::make_unique<ClusterJournal>(m_cluster->conninfo(), QStringLiteral("a"),
                                                     QStringLiteral("a:7717"), leaseMs);
        QSignalSpy ready(m_journal.get(), &ClusterJournal::ready);
        m_journal->start();
        QVERIFY(ready.wait(10000));
    }

    void cleanup() { m_journal.reset(); }

    void operationsArriveInBatches()
    {
        const Lease lease = take(QStringLiteral("batches"));
        QSignalSpy written(m_journal.get(), &ClusterJournal::written);
        const int count = 300;
        for (int revision = 1; revision <= count; ++revision)
            m_journal->append(lease, QStringLiteral("d1"), op(revision));
        QTRY_COMPARE_WITH_TIMEOUT(written.isEmpty() ? 0 : written.constLast().at(2).toLongLong(),
                                  qint64(count), 20000);
        // Calls queued while a statement was in flight share the next one.
        QVERIFY2(written.size() < count, qPrintable(QString::number(written.size())));
        QCOMPARE(
            m_checker->load(QStringLiteral("batches"), QStringLiteral("d1")).value()->ops.size(),
            count);
    }

    void aHeldLeaseIsRenewed()
    {
        take(QStringLiteral("renewed"));
        QTest::qWait(int(3 * leaseMs));
        auto other = m_checker->acquire(QStringLiteral("renewed"), leaseMs);
        QVERIFY(other);
        QVERIFY(std::holds_alternative<LeaseHolder>(other.value()));
        QCOMPARE(std::get<LeaseHolder>(other.value()).server, QStringLiteral("a"));
    }

    void aLeaseTakenOverIsLost()
    {
        const Lease lease = take(QStringLiteral("taken"));
        QSignalSpy lost(m_journal.get(), &ClusterJournal::lost);
        QSignalSpy written(m_journal.get(), &ClusterJournal::written);
        // As if the journal's server had been stopped past its lease: the lease runs out and
        // another server takes the session.
        auto db = PgConnection::open(m_cluster->conninfo());
        QVERIFY(db);
        QVERIFY(db.value()->exec("UPDATE ensemble_leases SET expires = now() WHERE session = $1",
                                 {QByteArrayLiteral("taken")}));
        auto other = m_checker->acquire(QStringLiteral("taken"), 60000);
        QVERIFY(other && std::holds_alternative<Lease>(other.value()));
        m_journal->append(lease, QStringLiteral("d1"), op(1));
        QVERIFY(lost.wait(10000));
        QCOMPARE(lost.constFirst().at(0).toString(), QStringLiteral("taken"));
        QVERIFY(written.isEmpty());
        QVERIFY(!m_checker->load(QStringLiteral("taken"), QStringLiteral("d1")).value());
    }

    void anOutageDelaysWritesWithoutLosingThem()
    {
        // An outage longer than the lease loses the session (the lease cannot be renewed), so
        // this one is shorter than the lease: stopping and starting PostgreSQL takes seconds.
        m_journal = std::make_unique<ClusterJournal>(m_cluster->conninfo(), QStringLiteral("a"),
                                                     QStringLiteral("a:7717"), 120000);
        QSignalSpy ready(m_journal.get(), &ClusterJournal::ready);
        m_journal->start();
        QVERIFY(ready.wait(10000));
        const Lease lease = take(QStringLiteral("outage"));
        QSignalSpy unavailable(m_journal.get(), &ClusterJournal::unavailable);
        QSignalSpy written(m_journal.get(), &ClusterJournal::written);
        QVERIFY2(m_cluster->stop(), qPrintable(m_cluster->error()));
        m_journal->append(lease, QStringLiteral("d1"), op(1));
        QVERIFY(unavailable.wait(10000));
        QVERIFY(written.isEmpty());
        QVERIFY2(m_cluster->start(), qPrintable(m_cluster->error()));
        QVERIFY(written.wait(30000));
        QCOMPARE(written.constFirst().at(2).toLongLong(), 1);
    }

    void cleanupTestCase()
    {
        m_checker.reset();
        m_cluster.reset();
    }

private:
    Lease take(const QString &session)
    {
        QSignalSpy acquired(m_journal.get(), &ClusterJournal::acquired);
        m_journal->acquire(session);
        if (!acquired.wait(10000))
            qFatal("no lease for %s", qPrintable(session));
        return acquired.constFirst().at(0).value<Lease>();
    }

    std::unique_ptr<PgCluster> m_cluster;
    std::unique_ptr<ClusterStore> m_checker;
    std::unique_ptr<ClusterJournal> m_journal;
};

QTEST_GUILESS_MAIN(TestClusterJournal)
#include "tst_clusterjournal.moc"
