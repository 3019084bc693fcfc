#include "OtJson.h"
#include "OtRandom.h"
#include "ot/Diff.h"

#include <QtTest>

using namespace ensemble;
using ensemble::test::compactJson;

class TestDiff : public QObject
{
    Q_OBJECT

private slots:
    void minimalEdits_data();
    void minimalEdits();
    void neverSplitsSurrogatePairs();
    void transformsRandomTexts_data();
    void transformsRandomTexts();
    void largeUnrelatedTextsStayBounded();
    void scatteredEditsInLargeTextStayFine();
    void lineDiffKeepsLinesWhole_data();
    void lineDiffKeepsLinesWhole();
};

void TestDiff::minimalEdits_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("identical") << "same"
                               << "same" << QByteArray("[4]");
    QTest::addRow("both empty") << QString() << QString() << QByteArray("[]");
    QTest::addRow("from empty") << QString() << "new" << QByteArray(R"(["new"])");
    QTest::addRow("to empty") << "old" << QString() << QByteArray("[-3]");
    QTest::addRow("insert in middle") << "helo"
                                      << "hello" << QByteArray(R"([3,"l",1])");
    QTest::addRow("delete in middle") << "hello"
                                      << "helo" << QByteArray("[3,-1,1]");
    QTest::addRow("replace word") << "the cat sat"
                                  << "the dog sat" << QByteArray(R"([4,"dog",-3,4])");
    QTest::addRow("two separate edits") << "abcdefgh"
                                        << "aXcdefYh" << QByteArray(R"([1,"X",-1,4,"Y",-1,1])");
}

void TestDiff::minimalEdits()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QByteArray, expected);
    const TextOperation op = diff(from, to);
    QCOMPARE(compactJson(op), expected);
    QCOMPARE(op.apply(from).value(), to);
}

void TestDiff::neverSplitsSurrogatePairs()
{
    // 😀 and 😁 share their high surrogate; a unit-level diff would keep it and emit a lone low
    // surrogate, which cannot travel as UTF-8 JSON.
    const TextOperation op = diff(QStringLiteral("a😀b"), QStringLiteral("a😁b"));
    QCOMPARE(compactJson(op), QByteArray(R"([1,"😁",-2,1])"));
}

void TestDiff::transformsRandomTexts_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addRow("seed 21") << quint32(21);
    QTest::addRow("seed 22") << quint32(22);
}

void TestDiff::transformsRandomTexts()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    for (int i = 0; i < 2000; ++i) {
        const QString from = test::randomText(random, random.bounded(200));
        QString to = from;
        for (int edits = random.bounded(6); edits > 0; --edits)
            to = test::randomOperation(random, to).apply(to).value();
        const TextOperation op = diff(from, to);
        QCOMPARE(op.apply(from).value(), to);
        // Through JSON bytes unchanged: no split surrogate pairs.
        QCOMPARE(TextOperation::fromJson(parseJson(test::compactJson(op)).array()).value(), op);
    }
}

void TestDiff::largeUnrelatedTextsStayBounded()
{
    QRandomGenerator random(23);
    const QString from = test::randomText(random, 200'000);
    const QString to = test::randomText(random, 200'000);
    QElapsedTimer timer;
    timer.start();
    const TextOperation op = diff(from, to);
    QCOMPARE(op.apply(from).value(), to);
    qInfo("diff of two unrelated 200k-code-point texts: %lld ms, %lld components", timer.elapsed(),
          qlonglong(op.componentCount()));
}

void TestDiff::scatteredEditsInLargeTextStayFine()
{
    // A `replace` of a big file after a few edits must come out as those few edits, or concurrent
    // edits elsewhere in the file would be pushed around by a wholesale rewrite.
    QRandomGenerator random(24);
    const QString from = test::randomText(random, 100'000);
    QString to = from;
    for (int edit = 0; edit < 50; ++edit) {
        const qsizetype at = random.bounded(to.size() - 10);
        to.replace(at, random.bounded(5), test::randomText(random, random.bounded(5)));
    }
    QElapsedTimer timer;
    timer.start();
    const TextOperation op = diff(from, to);
    QCOMPARE(op.apply(from).value(), to);
    qInfo("diff of a 100k text after 50 small edits: %lld ms, %lld components", timer.elapsed(),
          qlonglong(op.componentCount()));
    QVERIFY(op.componentCount() <= 4 * 50 + 1);
}

void TestDiff::lineDiffKeepsLinesWhole_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("identical") << "a\nb\n"
                               << "a\nb\n"
                               << QByteArray("[4]");
    QTest::addRow("changed line replaced whole") << "int x = 1;\nreturn x;\n"
                                                 << "int x = 2;\nreturn x;\n"
                                                 << QByteArray(R"(["int x = 2;\n",-11,10])");
    QTest::addRow("line inserted") << "a\nc\n"
                                   << "a\nb\nc\n"
                                   << QByteArray(R"([2,"b\n",2])");
    QTest::addRow("last line without feed") << "a\nb"
                                            << "a\nbc" << QByteArray(R"([2,"bc",-1])");
    QTest::addRow("to empty") << "a\n" << QString() << QByteArray("[-2]");
}

void TestDiff::lineDiffKeepsLinesWhole()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QByteArray, expected);
    const TextOperation op = lineDiff(from, to);
    QCOMPARE(compactJson(op), expected);
    QCOMPARE(op.apply(from).value(), to);
}

QTEST_GUILESS_MAIN(TestDiff)
#include "tst_diff.moc"
