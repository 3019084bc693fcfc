#include "OtJson.h"
#include "OtRandom.h"
#include "ot/Selection.h"
#include "protocol/ParseJson.h"

#include <QtTest>

using namespace ensemble;
using namespace ensemble::test;

// Algebraic laws checked on thousands of random documents and operations per seed. Each row is one
// seed; aligned rows keep surrogate pairs whole so the JSON round trip goes through bytes.
class TestOtProperties : public QObject
{
    Q_OBJECT

private slots:
    void laws_data();
    void laws();
};

void TestOtProperties::laws_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("aligned");
    QTest::addColumn<int>("cases");
    QTest::addRow("seed 1, code-point aligned") << quint32(1) << true << 5000;
    QTest::addRow("seed 2, code-point aligned") << quint32(2) << true << 5000;
    QTest::addRow("seed 3, unit-granular") << quint32(3) << false << 5000;
    QTest::addRow("seed 4, unit-granular") << quint32(4) << false << 5000;
}

void TestOtProperties::laws()
{
    QFETCH(quint32, seed);
    QFETCH(bool, aligned);
    QFETCH(int, cases);
    QRandomGenerator random(seed);
    for (int i = 0; i < cases; ++i) {
        const QString base = randomText(random, random.bounded(60));
        const TextOperation a = randomOperation(random, base, aligned);
        const TextOperation b = randomOperation(random, base, aligned);
        const QString afterA = a.apply(base).value();
        const QString afterB = b.apply(base).value();

        // TP1: both orders converge, and the composed operations are identical.
        const auto transformed = TextOperation::transform(a, b);
        QVERIFY(transformed.ok());
        const auto &[aPrime, bPrime] = transformed.value();
        QCOMPARE(bPrime.apply(afterA).value(), aPrime.apply(afterB).value());
        QCOMPARE(TextOperation::compose(a, bPrime).value(),
                 TextOperation::compose(b, aPrime).value());

        // compose agrees with applying one after the other.
        const TextOperation c = randomOperation(random, afterA, aligned);
        const Result<TextOperation> ac = TextOperation::compose(a, c);
        QVERIFY(ac.ok());
        QCOMPARE(ac.value().apply(base).value(), c.apply(afterA).value());

        // invert undoes, and its own inverse is the original.
        const TextOperation inverse = a.invert(base);
        QCOMPARE(inverse.apply(afterA).value(), base);
        QCOMPARE(inverse.invert(afterA), a);

        // JSON round trip (through bytes when no surrogate pair is split).
        QCOMPARE(TextOperation::fromJson(a.toJson(), base.size()).value(), a);
        if (aligned) {
            const QJsonDocument bytes = parseJson(compactJson(a));
            QCOMPARE(TextOperation::fromJson(bytes.array()).value(), a);
        }

        // A caret at the end of the text stays at the end when nothing is inserted there.
        const qsizetype end = transformIndex(base.size(), a);
        QVERIFY(end >= 0 && end <= afterA.size());
    }
}

QTEST_GUILESS_MAIN(TestOtProperties)
#include "tst_otproperties.moc"
