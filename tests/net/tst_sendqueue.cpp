// The accounting behind slow_reader and unfinished_message: SendQueue works out which frames are
// still waiting from how many bytes the socket holds, and MemoryBudget names the connection
// holding the most once the server-wide total passes its ceiling.
#include "server/MemoryBudget.h"
#include "server/SendQueue.h"

#include <QTest>

using namespace ensemble;

class TestSendQueue : public QObject
{
    Q_OBJECT

private slots:
    void framesLeaveAsTheSocketWritesThem_data()
    {
        QTest::addColumn<qint64>("pending");
        QTest::addColumn<qsizetype>("frames");
        QTest::addColumn<qint64>("behindFirst");
        // Frames of 100, 50 and 10 bytes handed over, 160 bytes in all.
        QTest::addRow("nothing written") << qint64(160) << qsizetype(3) << qint64(60);
        QTest::addRow("the first in part") << qint64(120) << qsizetype(3) << qint64(60);
        QTest::addRow("the first written") << qint64(60) << qsizetype(2) << qint64(10);
        QTest::addRow("the last in part") << qint64(5) << qsizetype(1) << qint64(0);
        QTest::addRow("all written") << qint64(0) << qsizetype(0) << qint64(0);
        QTest::addRow("a ping of the socket's own on top")
            << qint64(166) << qsizetype(3) << qint64(60);
    }
    void framesLeaveAsTheSocketWritesThem()
    {
        QFETCH(qint64, pending);
        QFETCH(qsizetype, frames);
        QFETCH(qint64, behindFirst);
        SendQueue queue;
        for (const qint64 bytes : {100, 50, 10})
            queue.queued(bytes);
        queue.update(pending);
        QCOMPARE(queue.bytes(), pending);
        QCOMPARE(queue.frames(), frames);
        QCOMPARE(queue.bytesBehindFirst(), behindFirst);
    }

    void budgetNamesTheLargestHolderOnceOverdrawn()
    {
        MemoryBudget budget(100);
        auto *a = reinterpret_cast<Connection *>(0x10);
        auto *b = reinterpret_cast<Connection *>(0x20);
        budget.set(a, 60);
        budget.set(b, 40);
        QCOMPARE(budget.total(), 100);
        QCOMPARE(budget.overdrawnBy(), nullptr); // At the ceiling is within it.
        budget.set(b, 70);
        QCOMPARE(budget.total(), 130);
        QCOMPARE(budget.overdrawnBy(), b);
        budget.set(b, 0);
        QCOMPARE(budget.total(), 60);
        QCOMPARE(budget.overdrawnBy(), nullptr);
        budget.set(b, 50);
        budget.forget(a);
        QCOMPARE(budget.total(), 50);
        budget.set(b, 120);
        QCOMPARE(budget.overdrawnBy(), b);
        budget.forget(b);
        budget.forget(b);
        QCOMPARE(budget.total(), 0);
        QCOMPARE(budget.overdrawnBy(), nullptr);
    }

    void budgetWithoutCeilingNeverRunsOut()
    {
        MemoryBudget budget(0);
        budget.set(reinterpret_cast<Connection *>(0x10), qint64(1) << 40);
        QCOMPARE(budget.overdrawnBy(), nullptr);
    }
};

QTEST_APPLESS_MAIN(TestSendQueue)
#include "tst_sendqueue.moc"
