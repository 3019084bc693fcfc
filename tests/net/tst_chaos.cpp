// The durability promise of docs/PROTOCOL.md section 11 under a faulty network and a crashing
// server: seeded sessions of real SessionClients and a real RoomServer with a data directory,
// every link fault-injecting (ChaosSession). Each session must end converged, with every token
// any client typed in the final text exactly once, confirmed or not, and every selection relayed
// must lie in the text. A second row restarts the server from older copies of its data as well
// (lost writes, outside the promise): those sessions must converge without duplicates, and what
// the lost revisions took is counted.
//
//   ENSEMBLE_CHAOS_SESSIONS=N     N sessions in the first row, N / 4 in the second (default 12)
//   ENSEMBLE_CHAOS_FIRST_SEED=S   start at seed S (default 1)
//   ENSEMBLE_CHAOS_SEED=S         run seed S alone (to reproduce a failure)
//   ENSEMBLE_CHAOS_TRACE=1        log every fault and client state change
#include "ChaosSession.h"

#include <QElapsedTimer>
#include <QTest>

using namespace ensemble::test;

namespace {

int fromEnvironment(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

} // namespace

class TestChaos : public QObject
{
    Q_OBJECT

private slots:
    void sessionsConvergeAndKeepEveryEdit_data()
    {
        QTest::addColumn<bool>("lostWrites");
        QTest::addColumn<int>("shareOfSessions"); // divides ENSEMBLE_CHAOS_SESSIONS
        QTest::addRow("crashes") << false << 1;
        QTest::addRow("lost writes") << true << 4;
    }
    void sessionsConvergeAndKeepEveryEdit()
    {
        QFETCH(bool, lostWrites);
        QFETCH(int, shareOfSessions);
        const int only = fromEnvironment("ENSEMBLE_CHAOS_SEED", 0);
        const int first = only ? only : fromEnvironment("ENSEMBLE_CHAOS_FIRST_SEED", 1);
        const int count = only
            ? 1
            : std::max(1, fromEnvironment("ENSEMBLE_CHAOS_SESSIONS", 12) / shareOfSessions);
        ChaosStats total;
        QElapsedTimer clock;
        clock.start();
        for (int seed = first; seed < first + count; ++seed) {
            ChaosSession session(quint32(seed), ChaosConfig {lostWrites});
            const QString failure = session.run();
            total += session.stats();
            if (!failure.isEmpty()) {
                QFAIL(qPrintable(QStringLiteral("seed %1: %2\nrerun: ENSEMBLE_CHAOS_SEED=%1 %3 "
                                                "'sessionsConvergeAndKeepEveryEdit:%4'")
                                     .arg(seed)
                                     .arg(failure, QCoreApplication::applicationFilePath(),
                                          QString::fromUtf8(QTest::currentDataTag()))));
            }
        }
        qInfo("%s in %.1f s", qPrintable(total.summary()), double(clock.elapsed()) / 1000);
        // Make sure the rows do what they are named after.
        if (!only) {
            QVERIFY(total.crashes + total.lostWriteRestarts > 0);
            QCOMPARE(total.lostWriteRestarts > 0, lostWrites);
            QVERIFY(total.remoteSelections > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestChaos)
#include "tst_chaos.moc"
