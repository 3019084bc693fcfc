// The token bucket behind the per-connection message budget, driven by an explicit clock.
#include "server/TokenBucket.h"

#include <QTest>

using namespace ensemble;

class TestTokenBucket : public QObject
{
    Q_OBJECT

private slots:
    void burstThenRate()
    {
        TokenBucket bucket(50, 200);
        for (int i = 0; i < 200; ++i) {
            QVERIFY(bucket.ready(0));
            bucket.take(1, 0);
        }
        QVERIFY(!bucket.ready(0));
        QCOMPARE(bucket.msUntilReady(0), 1);
        // 50 per second: one token every 20 ms.
        int passed = 0;
        for (qint64 ms = 1; ms <= 1000; ++ms) {
            while (bucket.ready(ms)) {
                bucket.take(1, ms);
                ++passed;
            }
        }
        QVERIFY2(passed >= 49 && passed <= 51, qPrintable(QString::number(passed)));
    }

    void debtMakesLaterMessagesWait()
    {
        TokenBucket bucket(10, 5);
        QVERIFY(bucket.ready(0));
        bucket.take(25, 0); // A costly message passes whole...
        QVERIFY(!bucket.ready(0));
        // ...and the next one waits until the 20 tokens of debt are paid back: 2 s at 10/s.
        QCOMPARE(bucket.msUntilReady(0), 2001);
        QVERIFY(!bucket.ready(2000));
        QVERIFY(bucket.ready(2001));
    }

    void neverHoldsMoreThanItsCapacity()
    {
        TokenBucket bucket(100, 3);
        QVERIFY(bucket.ready(60000));
        for (int i = 0; i < 3; ++i)
            bucket.take(1, 60000);
        QVERIFY(!bucket.ready(60000));
    }

    void rateZeroIsUnlimited()
    {
        TokenBucket bucket(0, 0);
        bucket.take(1e9, 0);
        QVERIFY(bucket.ready(0));
        QCOMPARE(bucket.msUntilReady(0), 0);
    }

    void clockGoingBackwardsGivesNothing()
    {
        TokenBucket bucket(1000, 1);
        bucket.take(1, 500);
        QVERIFY(!bucket.ready(100));
        QVERIFY(bucket.ready(501));
    }
};

QTEST_GUILESS_MAIN(TestTokenBucket)
#include "tst_tokenbucket.moc"
