// ClusterStore against a real PostgreSQL cluster the test starts itself (docs/DEPLOYMENT.md):
// leases and their fencing, fenced writes, all-or-none batches, loading, and an outage.
#include "ClusterStore.h"
#include "PgCluster.h"

#include <QTest>
#include <QThread>

using namespace ensemble;
using ensemble::test::PgCluster;

namespace {

std::unique_ptr<ClusterStore> openStore(const PgCluster &cluster, const QString &server)
{
    auto store = ClusterStore::open(cluster.conninfo(), server, server + QStringLiteral(":7717"));
    if (!store)
        qFatal("cannot open the store: %s", qPrintable(store.error().message));
    return std::move(store).value();
}

Lease take(ClusterStore &store, const QString &session, qint64 ttlMs = 10000)
{
    auto taken = store.acquire(session, ttlMs);
    if (!taken || !std::holds_alternative<Lease>(taken.value()))
        qFatal("lease of %s not taken", qPrintable(session));
    return std::get<Lease>(taken.value());
}

StoredOp op(qint64 revision, const QByteArray &json = QByteArrayLiteral(R"(["x"])"))
{
    return StoredOp {revision, json, QStringLiteral("c"), revision, QStringLiteral("author")};
}

} // namespace

class TestClusterStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_cluster = std::make_unique<PgCluster>();
        QVERIFY2(m_cluster->isRunning(), qPrintable(m_cluster->error()));
        m_a = openStore(*m_cluster, QStringLiteral("a"));
        m_b = openStore(*m_cluster, QStringLiteral("b"));
    }

    void aHeldLeaseNamesItsHolder()
    {
        const Lease lease = take(*m_a, QStringLiteral("held"));
        QVERIFY(lease.fence > 0);
        auto other = m_b->acquire(QStringLiteral("held"), 10000);
        QVERIFY(other);
        QVERIFY(std::holds_alternative<LeaseHolder>(other.value()));
        QCOMPARE(std::get<LeaseHolder>(other.value()).server, QStringLiteral("a"));
        QCOMPARE(std::get<LeaseHolder>(other.value()).address, QStringLiteral("a:7717"));
        QVERIFY(m_a->renew(lease, 10000).value());
        QVERIFY(m_a->release(lease));
        QVERIFY(take(*m_b, QStringLiteral("held")).fence > lease.fence);
    }

    void aLapsedLeaseIsTakenOverAndFencesTheOldHolder()
    {
        const Lease old = take(*m_a, QStringLiteral("lapsed"), 200);
        QCOMPARE(m_a->append(old, QStringLiteral("d1"), {op(1)}).value(),
                 ClusterStore::Write::Written);
        QThread::msleep(400); // The lease runs out by the database's clock.
        // Nobody took the session yet, and still a lapsed lease writes nothing.
        QCOMPARE(m_a->append(old, QStringLiteral("d1"), {op(2)}).value(),
                 ClusterStore::Write::NotOwner);
        const Lease taken = take(*m_b, QStringLiteral("lapsed"));
        QVERIFY(taken.fence > old.fence);
        QCOMPARE(m_a->renew(old, 10000).value(), false);
        // The paused server wakes up: a revision nobody wrote yet is refused all the same.
        QCOMPARE(m_a->append(old, QStringLiteral("d1"), {op(2)}).value(),
                 ClusterStore::Write::NotOwner);
        QCOMPARE(m_a->saveSnapshot(old, QStringLiteral("d1"), 1, QByteArrayLiteral(R"("x")"),
                                   QStringLiteral("Text"))
                     .value(),
                 ClusterStore::Write::NotOwner);
        QCOMPARE(m_a->saveRecord(old, "{}").value(), ClusterStore::Write::NotOwner);
        QCOMPARE(m_a->saveChat(old, "[]").value(), ClusterStore::Write::NotOwner);
        QCOMPARE(m_b->append(taken, QStringLiteral("d1"), {op(2)}).value(),
                 ClusterStore::Write::Written);
        QCOMPARE(m_b->load(QStringLiteral("lapsed"), QStringLiteral("d1")).value()->ops.size(), 2);
        QVERIFY(m_b->loadSession(QStringLiteral("lapsed")).value().record.isEmpty());
    }

    void theSessionRowAndSnapshotStateAreReplaced()
    {
        const Lease lease = take(*m_a, QStringLiteral("row"));
        QVERIFY(m_a->loadSession(QStringLiteral("row")).value().isEmpty());
        QCOMPARE(m_a->saveChat(lease, "[{\"text\":\"hi\"}]").value(), ClusterStore::Write::Written);
        QCOMPARE(m_a->saveRecord(lease, "{\"title\":\"a\"}").value(), ClusterStore::Write::Written);
        QCOMPARE(m_a->saveRecord(lease, "{\"title\":\"b\"}").value(), ClusterStore::Write::Written);
        const StoredSession stored = m_b->loadSession(QStringLiteral("row")).value();
        QCOMPARE(stored.record, QByteArray("{\"title\":\"b\"}"));
        QCOMPARE(stored.chat, QByteArray("[{\"text\":\"hi\"}]"));
        const StoredDocument snapshot {QStringLiteral("d1"),
                                       QStringLiteral("e1"),
                                       7,
                                       "\"text\"",
                                       QStringLiteral("Go"),
                                       {},
                                       "00ff",
                                       "{\"clients\":{}}"};
        QCOMPARE(m_a->saveSnapshot(lease, snapshot).value(), ClusterStore::Write::Written);
        const StoredDocument loaded
            = *m_b->load(QStringLiteral("row"), QStringLiteral("d1")).value();
        QCOMPARE(loaded.revision, qint64(7));
        QCOMPARE(loaded.salt, QByteArray("00ff"));
        QCOMPARE(loaded.state, QByteArray("{\"clients\":{}}"));
    }

    void writes_data()
    {
        QTest::addColumn<QList<qint64>>("first");
        QTest::addColumn<QList<qint64>>("second");
        QTest::addColumn<ClusterStore::Write>("outcome");
        QTest::addColumn<qint64>("stored");
        QTest::addRow("consecutive batches") << QList<qint64> {1, 2} << QList<qint64> {3, 4}
                                             << ClusterStore::Write::Written << qint64(4);
        QTest::addRow("a revision written twice") << QList<qint64> {1} << QList<qint64> {1}
                                                  << ClusterStore::Write::Duplicate << qint64(1);
        QTest::addRow("a batch with one duplicate is refused whole")
            << QList<qint64> {1, 2} << QList<qint64> {2, 3} << ClusterStore::Write::Duplicate
            << qint64(2);
    }
    void writes()
    {
        QFETCH(QList<qint64>, first);
        QFETCH(QList<qint64>, second);
        QFETCH(ClusterStore::Write, outcome);
        QFETCH(qint64, stored);
        const QString session
            = QStringLiteral("writes-") + QString::fromUtf8(QTest::currentDataTag());
        const Lease lease = take(*m_a, session);
        const auto batch = [](const QList<qint64> &revisions) {
            QList<StoredOp> ops;
            for (qint64 revision : revisions)
                ops.append(op(revision));
            return ops;
        };
        QCOMPARE(m_a->append(lease, QStringLiteral("d1"), batch(first)).value(),
                 ClusterStore::Write::Written);
        QCOMPARE(m_a->append(lease, QStringLiteral("d1"), batch(second)).value(), outcome);
        auto loaded = m_a->load(session, QStringLiteral("d1"));
        QVERIFY(loaded);
        QCOMPARE(loaded.value()->ops.size(), stored);
    }

    void loadsTheSnapshotAndTheOpsAfterIt()
    {
        const Lease lease = take(*m_a, QStringLiteral("load"));
        // Text and ops travel as JSON, so characters PostgreSQL's text type cannot hold keep.
        const QByteArray text = QByteArrayLiteral(R"("\u0000\ufeff\ud800 a")");
        const QByteArray insert = QByteArrayLiteral(R"([5,"\u0000\ud83d"])");
        QCOMPARE(m_a->append(lease, QStringLiteral("d1"), {op(1), op(2)}).value(),
                 ClusterStore::Write::Written);
        QCOMPARE(
            m_a->saveSnapshot(lease, QStringLiteral("d1"), 2, text, QStringLiteral("C++")).value(),
            ClusterStore::Write::Written);
        QCOMPARE(m_a->append(lease, QStringLiteral("d1"), {op(3, insert)}).value(),
                 ClusterStore::Write::Written);
        auto loaded = m_b->load(QStringLiteral("load"), QStringLiteral("d1"));
        QVERIFY(loaded);
        QVERIFY(loaded.value().has_value());
        const StoredDocument &document = *loaded.value();
        QCOMPARE(document.revision, 2);
        QCOMPARE(document.text, text);
        QCOMPARE(document.language, QStringLiteral("C++"));
        QCOMPARE(document.ops.size(), 1);
        QCOMPARE(document.ops[0].revision, 3);
        QCOMPARE(document.ops[0].op, insert);
        QVERIFY(!m_b->load(QStringLiteral("load"), QStringLiteral("d2")).value().has_value());
    }

    void aGapInTheOpsIsAnError()
    {
        const Lease lease = take(*m_a, QStringLiteral("gap"));
        QCOMPARE(m_a->append(lease, QStringLiteral("d1"), {op(1), op(3)}).value(),
                 ClusterStore::Write::Written);
        auto loaded = m_a->load(QStringLiteral("gap"), QStringLiteral("d1"));
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().message.contains(QStringLiteral("revision 2")),
                 qPrintable(loaded.error().message));
    }

    void anOutageIsAnErrorAndPassesByItself()
    {
        const Lease lease = take(*m_a, QStringLiteral("outage"), 60000);
        QVERIFY2(m_cluster->stop(), qPrintable(m_cluster->error()));
        auto during = m_a->append(lease, QStringLiteral("d1"), {op(1)});
        QVERIFY(!during);
        QCOMPARE(during.error().code, QStringLiteral("storage_unavailable"));
        QVERIFY2(m_cluster->start(), qPrintable(m_cluster->error()));
        QCOMPARE(m_a->append(lease, QStringLiteral("d1"), {op(1)}).value(),
                 ClusterStore::Write::Written);
    }

    void anUnreachableDatabaseIsAClearError()
    {
        auto store = ClusterStore::open(QByteArrayLiteral("host=127.0.0.1 port=1 user=x "
                                                          "connect_timeout=5"),
                                        QStringLiteral("a"), QStringLiteral("a:7717"));
        QVERIFY(!store);
        QCOMPARE(store.error().code, QStringLiteral("storage_unavailable"));
        QVERIFY(store.error().message.contains(QStringLiteral("cannot be reached")));
    }

    void cleanupTestCase()
    {
        m_a.reset();
        m_b.reset();
        m_cluster.reset();
    }

private:
    std::unique_ptr<PgCluster> m_cluster;
    std::unique_ptr<ClusterStore> m_a;
    std::unique_ptr<ClusterStore> m_b;
};

QTEST_GUILESS_MAIN(TestClusterStore)
#include "tst_clusterstore.moc"
