#include "NetworkSimulation.h"

#include <QtTest>

using namespace ensemble::test;

// Thousands of seeded rooms: random latencies and orderings (FIFO per link), clients dropping
// off with operations half-delivered and rejoining by operations or by full text. Every room
// must converge and keep every marker exactly once unless it was deleted, and every caret the
// server relays (with an op or on its own) must lie in the text at the revision it names.
class TestNetworkSimulation : public QObject
{
    Q_OBJECT

private slots:
    void converges_data();
    void converges();
};

void TestNetworkSimulation::converges_data()
{
    QTest::addColumn<SimulationConfig>("config");
    QTest::addColumn<int>("runs");
    QTest::addColumn<bool>("expectTextRejoins");
    QTest::addRow("2 clients, steady network") << SimulationConfig {.clients = 2} << 1000 << false;
    QTest::addRow("5 clients, steady network") << SimulationConfig {.clients = 5} << 500 << false;
    QTest::addRow("3 clients, disconnects, rejoin by operations")
        << SimulationConfig {.clients = 3, .disconnectChance = 0.03} << 1000 << false;
    QTest::addRow("3 clients, disconnects, short log forces text rejoins")
        << SimulationConfig {.clients = 3, .disconnectChance = 0.03, .logBound = 4} << 1000 << true;
    QTest::addRow("4 clients, disconnects, always rejoin by text")
        << SimulationConfig {.clients = 4, .disconnectChance = 0.03, .preferTextRejoin = true}
        << 700 << true;
}

void TestNetworkSimulation::converges()
{
    QFETCH(SimulationConfig, config);
    QFETCH(int, runs);
    QFETCH(bool, expectTextRejoins);
    int byOperations = 0;
    int byText = 0;
    int selections = 0;
    for (int seed = 1; seed <= runs; ++seed) {
        NetworkSimulation simulation(quint32(seed), config);
        QString failure;
        if (!simulation.run(&failure))
            QFAIL(qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(failure)));
        byOperations += simulation.rejoinsByOperations();
        byText += simulation.rejoinsByText();
        selections += simulation.relayedSelections();
    }
    qInfo("%d runs: %d rejoins by operations, %d by text", runs, byOperations, byText);
    // Make sure the rows really exercise the paths they are named after.
    if (config.disconnectChance > 0)
        QVERIFY(byOperations + byText > runs / 2);
    QCOMPARE(byText > 0, expectTextRejoins);
    QVERIFY(selections > runs);
}

QTEST_GUILESS_MAIN(TestNetworkSimulation)
#include "tst_networksimulation.moc"
