// tst_chaos's workload over a cluster (docs/DEPLOYMENT.md): three `ensemble --serve --store
// postgresql` processes, each behind a fault-injecting proxy that is also its public address, and
// clients typing checkable random edits (ChaosPeer) through cut connections while the session's
// owner is killed twice and replaced by a fresh process. Then every fault heals: every client
// must converge on the text the database holds, with every token typed in it exactly once, and no
// client may ever have heard of a revision the database did not hold yet.
#include "ChaosPeer.h"
#include "ClusterDatabase.h"
#include "ServerProcess.h"
#include "StoredText.h"
#include "TcpProxy.h"
#include "client/Invite.h"
#include "protocol/RoomId.h"

#include <QRegularExpression>
#include <QTest>

using namespace ensemble;
using namespace ensemble::test;

namespace {

constexpr double leaseSeconds = 1.5;
constexpr int servers = 3;
constexpr int steps = 120;
constexpr int stepMs = 40;
// The steps at which the session's owner is killed (and replaced by a fresh server).
constexpr int kills[] = {30, 80};

} // namespace

class TestClusterChaos : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_db.start(), qPrintable(m_db.error())); }

    void typingThroughCutsAndTakeOvers_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addRow("seed 1") << 1u;
        QTest::addRow("seed 2") << 2u;
    }

    void typingThroughCutsAndTakeOvers()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        m_room = newRoomId();
        for (int i = 0; i < servers; ++i) {
            auto &proxy = m_proxies.emplace_back(std::make_unique<TcpProxy>(0));
            proxy->setSeed(seed * 31 + quint32(i));
            QVERIFY(startServer(i));
        }
        for (int i = 0; i < servers; ++i) {
            auto &peer = m_peers.emplace_back(
                std::make_unique<ChaosPeer>(QString(QChar(u'a' + i)), seed * 37 + quint32(i)));
            SessionClient &client = peer->client();
            client.setFlushInterval(1 + random.bounded(25));
            client.setReconnectDelays(10, 200);
            client.setPingInterval(500);
            const Invite invite(QStringLiteral("127.0.0.1"), m_proxies[size_t(i)]->port(), m_room);
            if (i == 0)
                client.joinOrCreate(invite, QStringLiteral("[init]\n"), {});
            else
                client.join(invite);
            // One at a time: the first creates the session the others join.
            QTRY_VERIFY_WITH_TIMEOUT(peer->ready(), 20000);
        }
        int cuts = 0;
        for (int step = 0; step < steps; ++step) {
            if (std::find(std::begin(kills), std::end(kills), step) != std::end(kills)) {
                killOwner();
                if (QTest::currentTestFailed())
                    return;
            }
            ChaosPeer &peer = *m_peers[size_t(random.bounded(servers))];
            if (peer.ready())
                peer.act();
            if (random.bounded(12) == 0) {
                m_proxies[size_t(random.bounded(servers))]->cutAll(
                    TcpProxy::Cut(random.bounded(3)));
                ++cuts;
            }
            QTest::qWait(stepMs);
        }
        QTRY_VERIFY_WITH_TIMEOUT(converged(), 30000);

        const QString text = storedText(m_db.store(), m_room);
        QCOMPARE(m_peers.front()->text(), text);
        static const QRegularExpression token(QStringLiteral("\\[[^\\[\\]]*\\]"));
        QHash<QString, int> found;
        for (const QRegularExpressionMatch &match : token.globalMatch(text))
            ++found[match.captured()];
        QCOMPARE(found.take(QStringLiteral("[init]")), 1);
        int tokens = 0;
        for (const auto &peer : m_peers) {
            QVERIFY2(peer->failure().isEmpty(), qPrintable(peer->failure()));
            QVERIFY2(peer->outOfStep().isEmpty(), qPrintable(peer->outOfStep().join(u'\n')));
            for (const QString &typed : peer->typed()) {
                QVERIFY2(found.take(typed) == 1, qPrintable(typed + QStringLiteral(" not once")));
                ++tokens;
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.keys().join(u' ')));
        // Each owner wrote under its own fence: the first, and one after each kill.
        auto fences = m_db.sql().exec("SELECT count(DISTINCT fence) FROM ensemble_ops WHERE "
                                      "session = $1",
                                      {m_room.toUtf8()});
        QVERIFY(fences);
        const int owners = fences.value().rows[0][0].toInt();
        QVERIFY2(owners > int(std::size(kills)), qPrintable(QString::number(owners)));
        auto snapshot = m_db.sql().exec(
            "SELECT revision FROM ensemble_snapshots WHERE session = $1", {m_room.toUtf8()});
        QVERIFY(snapshot && !snapshot.value().rows.isEmpty());
        const qint64 snapshotRevision = snapshot.value().rows[0][0].toLongLong();
        QVERIFY(snapshotRevision > 0);
        qInfo("%d tokens typed by %d clients, %d cuts, %d owners killed, %d owners wrote, last "
              "snapshot at revision %lld",
              tokens, servers, cuts, int(std::size(kills)), owners, snapshotRevision);
    }

    void cleanup()
    {
        m_peers.clear();
        m_servers.clear();
        m_proxies.clear();
    }

private:
    /// Starts a fresh server in slot @p slot, behind its proxy.
    bool startServer(int slot)
    {
        auto server = std::make_unique<ServerProcess>();
        const auto &proxy = m_proxies[size_t(slot)];
        const QString name = QStringLiteral("s%1.%2").arg(slot).arg(++m_started);
        // A short operation log: the owners snapshot the document every 10 operations, so the
        // take-overs load snapshots, and rejoins fall back to a full-text merge.
        if (!server->start(m_db.conninfo(), name, leaseSeconds, proxy->port(),
                           {QStringLiteral("--kept-operations"), QStringLiteral("10")})) {
            qWarning("%s", qPrintable(server->log()));
            return false;
        }
        proxy->setTargetPort(server->port());
        if (size_t(slot) < m_servers.size())
            m_servers[size_t(slot)] = std::move(server);
        else
            m_servers.push_back(std::move(server));
        m_names.insert(name, slot);
        return true;
    }

    void killOwner()
    {
        auto rows = m_db.sql().exec("SELECT server FROM ensemble_leases WHERE session = $1",
                                    {m_room.toUtf8()});
        QVERIFY(rows && !rows.value().rows.isEmpty());
        const int slot = m_names.value(QString::fromUtf8(rows.value().rows[0][0]), -1);
        QVERIFY(slot >= 0);
        m_servers[size_t(slot)]->kill();
        // Nothing a client heard of can be missing from the database.
        auto stored = m_db.sql().exec("SELECT coalesce(max(revision), 0) FROM ensemble_ops "
                                      "WHERE session = $1",
                                      {m_room.toUtf8()});
        QVERIFY(stored);
        for (const auto &peer : m_peers)
            QVERIFY(peer->client().revision() <= stored.value().rows[0][0].toLongLong());
        QVERIFY(startServer(slot));
    }

    bool converged()
    {
        const QString &text = m_peers.front()->text();
        const qint64 revision = m_peers.front()->client().revision();
        return std::all_of(m_peers.cbegin(), m_peers.cend(), [&](const auto &peer) {
            SessionClient &client = peer->client();
            return client.state() == SessionClient::State::Connected
                && client.unsentEditCount() == 0 && client.revision() == revision
                && peer->text() == text;
        });
    }

    ClusterDatabase m_db;
    std::vector<std::unique_ptr<TcpProxy>> m_proxies;
    std::vector<std::unique_ptr<ServerProcess>> m_servers;
    std::vector<std::unique_ptr<ChaosPeer>> m_peers;
    QHash<QString, int> m_names; ///< Server name -> slot.
    int m_started = 0;
    QString m_room;
};

QTEST_GUILESS_MAIN(TestClusterChaos)
#include "tst_clusterchaos.moc"
