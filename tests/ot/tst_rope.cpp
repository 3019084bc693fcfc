#include "OtRandom.h"
#include "ot/Rope.h"

#include <QtTest>

#include <thread>

using namespace ensemble;

// The rope must behave exactly like a QString under any sequence of edits; the random runs use
// sizes well past one chunk so splits, merges and level changes all happen. Copies share their
// chunks until one side changes, and must still behave like independent QStrings.
class TestRope : public QObject
{
    Q_OBJECT

private slots:
    void buildsFromText_data();
    void buildsFromText();
    void edits_data();
    void edits();
    void matchesQStringUnderRandomEdits_data();
    void matchesQStringUnderRandomEdits();
    void applyReportsRemovedText();
    void applyRejectsWrongLengthWithoutChange();
    void copiesAreIndependent();
    void copiesStayIndependentUnderRandomEdits_data();
    void copiesStayIndependentUnderRandomEdits();
    void aCopyIsReadOnAnotherThreadWhileTheOriginalChanges();
};

void TestRope::buildsFromText_data()
{
    QTest::addColumn<qsizetype>("length");
    for (qsizetype length : {0, 1, 383, 384, 385, 512, 10'000, 300'000})
        QTest::addRow("%lld units", qlonglong(length)) << length;
}

void TestRope::buildsFromText()
{
    QFETCH(qsizetype, length);
    QString text;
    for (qsizetype i = 0; i < length; ++i)
        text.append(QChar(char16_t(u'a' + i % 26)));
    const Rope rope(text);
    QCOMPARE(rope.size(), length);
    QCOMPARE(rope.text(), text);
    QCOMPARE(rope.mid(length / 3, length / 2), text.mid(length / 3, length / 2));
}

void TestRope::edits_data()
{
    QTest::addColumn<QString>("initial");
    QTest::addColumn<qsizetype>("insertAt");
    QTest::addColumn<QString>("inserted");
    QTest::addColumn<qsizetype>("removeAt");
    QTest::addColumn<qsizetype>("removeCount");
    QTest::addColumn<QString>("expected");
    QTest::addRow("into empty") << QString() << qsizetype(0) << "abc" << qsizetype(1)
                                << qsizetype(1) << "ac";
    QTest::addRow("at end") << "abc" << qsizetype(3) << "de" << qsizetype(0) << qsizetype(0)
                            << "abcde";
    QTest::addRow("emoji then remove it")
        << "ab" << qsizetype(1) << "😀" << qsizetype(1) << qsizetype(2) << "ab";
    QTest::addRow("out-of-range positions are clamped")
        << "abc" << qsizetype(10) << "X" << qsizetype(2) << qsizetype(100) << "ab";
    QTest::addRow("remove everything")
        << "hello" << qsizetype(0) << "x" << qsizetype(0) << qsizetype(6) << QString();
}

void TestRope::edits()
{
    QFETCH(QString, initial);
    QFETCH(qsizetype, insertAt);
    QFETCH(QString, inserted);
    QFETCH(qsizetype, removeAt);
    QFETCH(qsizetype, removeCount);
    QFETCH(QString, expected);
    Rope rope(initial);
    rope.insert(insertAt, inserted);
    rope.remove(removeAt, removeCount);
    QCOMPARE(rope.text(), expected);
    QCOMPARE(rope.size(), expected.size());
}

void TestRope::matchesQStringUnderRandomEdits_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("maxEdit");
    QTest::addRow("keystrokes") << quint32(11) << 3;
    QTest::addRow("words") << quint32(12) << 40;
    QTest::addRow("pastes and block deletes") << quint32(13) << 3000;
}

void TestRope::matchesQStringUnderRandomEdits()
{
    QFETCH(quint32, seed);
    QFETCH(int, maxEdit);
    QRandomGenerator random(seed);
    QString model;
    Rope rope;
    for (int step = 0; step < 20'000; ++step) {
        // Grow towards ~60 k units, then hover there, so deletions also empty whole subtrees.
        const bool grow = model.size() < 60'000 && random.bounded(100) < 60;
        const qsizetype at = random.bounded(model.size() + 1);
        if (grow || model.isEmpty()) {
            const QString text = test::randomText(random, 1 + random.bounded(maxEdit));
            model.insert(at, text);
            rope.insert(at, text);
        } else {
            const qsizetype count
                = std::min<qsizetype>(1 + random.bounded(maxEdit), model.size() - at);
            QString removed;
            rope.remove(at, count, &removed);
            QCOMPARE(removed, model.mid(at, count));
            model.remove(at, count);
        }
        QCOMPARE(rope.size(), model.size());
        if (step % 997 == 0)
            QCOMPARE(rope.text(), model);
    }
    QCOMPARE(rope.text(), model);
    rope.remove(0, rope.size());
    QCOMPARE(rope.text(), QString());
}

void TestRope::applyReportsRemovedText()
{
    Rope rope(QStringLiteral("abcdef"));
    TextOperation op;
    op.retain(1).remove(2).insert(QStringLiteral("XY")).retain(1).remove(2);
    QString removed;
    QVERIFY(rope.apply(op, &removed).ok());
    QCOMPARE(rope.text(), QStringLiteral("aXYd"));
    QCOMPARE(removed, QStringLiteral("bcef"));
}

void TestRope::applyRejectsWrongLengthWithoutChange()
{
    Rope rope(QStringLiteral("abc"));
    TextOperation op;
    op.retain(2).insert(QStringLiteral("x"));
    const Result<std::monostate> result = rope.apply(op);
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("bad_operation"));
    QCOMPARE(rope.text(), QStringLiteral("abc"));
}

void TestRope::copiesAreIndependent()
{
    Rope original(QString(5000, u'x'));
    Rope copy = original;
    copy.insert(2500, QStringLiteral("middle"));
    original.remove(0, 10);
    QCOMPARE(copy.size(), 5006);
    QCOMPARE(original.size(), 4990);
    QCOMPARE(copy.mid(2500, 6), QStringLiteral("middle"));
    Rope moved = std::move(copy);
    QCOMPARE(moved.size(), 5006);
}

void TestRope::copiesStayIndependentUnderRandomEdits_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("maxEdit");
    QTest::addRow("keystrokes") << quint32(21) << 3;
    QTest::addRow("pastes and block deletes") << quint32(22) << 3000;
}

// Several generations of copies, each edited at random along with a QString of its own: an edit
// of any one never shows in another, whichever was copied from which.
void TestRope::copiesStayIndependentUnderRandomEdits()
{
    QFETCH(quint32, seed);
    QFETCH(int, maxEdit);
    QRandomGenerator random(seed);
    std::vector<std::pair<Rope, QString>> ropes;
    const QString start = test::randomText(random, 40'000);
    ropes.emplace_back(Rope(start), start);
    for (int step = 0; step < 6'000; ++step) {
        auto &[rope, model] = ropes[size_t(random.bounded(int(ropes.size())))];
        if (step % 500 == 0 && ropes.size() < 8) {
            const Rope copy = rope;
            const QString copied = model;
            ropes.emplace_back(copy, copied);
            continue;
        }
        if (step % 1500 == 1499)
            ropes.erase(ropes.begin() + random.bounded(int(ropes.size())));
        auto &[edited, text] = ropes[size_t(random.bounded(int(ropes.size())))];
        const qsizetype at = random.bounded(text.size() + 1);
        if (random.bounded(100) < 50 || text.isEmpty()) {
            const QString inserted = test::randomText(random, 1 + random.bounded(maxEdit));
            text.insert(at, inserted);
            edited.insert(at, inserted);
        } else {
            const qsizetype count
                = std::min<qsizetype>(1 + random.bounded(maxEdit), text.size() - at);
            QString removed;
            edited.remove(at, count, &removed);
            QCOMPARE(removed, text.mid(at, count));
            text.remove(at, count);
        }
    }
    for (const auto &[rope, model] : ropes) {
        QCOMPARE(rope.size(), model.size());
        QCOMPARE(rope.text(), model);
    }
}

// What the server does with a long welcome: a copy is read on another thread while the rooms'
// thread goes on editing the original.
void TestRope::aCopyIsReadOnAnotherThreadWhileTheOriginalChanges()
{
    QRandomGenerator random(31);
    QString model = test::randomText(random, 200'000);
    Rope rope(model);
    for (int round = 0; round < 20; ++round) {
        const Rope copy = rope;
        const QString expected = model;
        QString read;
        std::thread reader([&copy, &read] {
            for (int i = 0; i < 5; ++i)
                read = copy.text();
        });
        for (int edit = 0; edit < 300; ++edit) {
            const qsizetype at = random.bounded(model.size() + 1);
            if (edit % 2 == 0) {
                const QString inserted = test::randomText(random, 1 + random.bounded(600));
                model.insert(at, inserted);
                rope.insert(at, inserted);
            } else {
                const qsizetype count = std::min<qsizetype>(random.bounded(600), model.size() - at);
                model.remove(at, count);
                rope.remove(at, count);
            }
        }
        reader.join();
        QCOMPARE(read, expected);
        QCOMPARE(copy.text(), expected);
    }
    QCOMPARE(rope.text(), model);
}

QTEST_GUILESS_MAIN(TestRope)
#include "tst_rope.moc"
