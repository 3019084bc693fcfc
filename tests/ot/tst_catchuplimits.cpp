// The server document's protection against costly catch-up: a log bounded in size as well as in
// length, and a bound on the work of transforming one message over what it missed, refused with
// too_far_behind before the work is done (or as soon as it runs over), changing nothing.
#include "OtJson.h"
#include "ot/ServerDocument.h"

#include <QtTest>

using namespace ensemble;

namespace {

const QString alice = QStringLiteral("alice");
const QString bob = QStringLiteral("bob");

// An operation on a text of length @p length that replaces every other unit with @p c, so it has
// about 1.5 components per unit.
TextOperation scattered(qsizetype length, QChar c)
{
    TextOperation op;
    for (qsizetype i = 0; i + 1 < length; i += 2)
        op.retain(1).insert(QString(c)).remove(1);
    return op.retain(length % 2);
}

// A document of @p length units after @p count scattered operations by bob.
ServerDocument busyDocument(qsizetype length, int count)
{
    ServerDocument document(QString(length, u'a'), 0, 100000);
    for (int i = 0; i < count; ++i) {
        if (!document.receive(scattered(length, QChar(u'b' + i % 20)), i, bob, 0))
            qFatal("busy document setup failed");
    }
    return document;
}

TextOperation insertAt(qsizetype position, const QString &text, qsizetype length)
{
    TextOperation op;
    return op.retain(position).insert(text).retain(length - position);
}

} // namespace

class TestCatchUpLimits : public QObject
{
    Q_OBJECT

private slots:
    void logIsBoundedInUnits()
    {
        ServerDocument document(QString(), 0, 1000);
        document.setMaxLogUnits(100);
        for (int i = 0; i < 20; ++i) {
            // 2 components plus 10 inserted units each.
            QVERIFY(document.receive(
                insertAt(document.length(), QString(10, u'x'), document.length()), i, alice, 0));
        }
        QVERIFY(document.logUnits() <= 100);
        QCOMPARE(document.logSize(), 8);
        QCOMPARE(document.oldestRevision(), 12);
        QCOMPARE(document.textAt(12).value(), QString(120, u'x'));
        // One deleting everything weighs more than the whole bound: nothing stays kept.
        TextOperation wipe;
        wipe.remove(document.length());
        QVERIFY(document.receive(wipe, 20, alice, 0));
        QCOMPARE(document.logSize(), 0);
        QCOMPARE(document.oldestRevision(), 21);
        QCOMPARE(document.operationsSince(20).error().code, QStringLiteral("bad_revision"));
    }

    void transformWorkIsBounded_data()
    {
        QTest::addColumn<int>("logged");
        QTest::addColumn<int>("clientUnits");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<bool>("accepted");
        // 40 units: each logged operation has 60 components.
        QTest::addRow("one behind, small") << 1 << 0 << qint64(1000) << true;
        QTest::addRow("20 behind, small") << 20 << 0 << qint64(1300) << true;
        QTest::addRow("20 behind, over the log's own size") << 20 << 0 << qint64(1100) << false;
        QTest::addRow("5 behind, many components") << 5 << 40 << qint64(400) << false;
        QTest::addRow("5 behind, many components, larger limit") << 5 << 40 << qint64(1000) << true;
        QTest::addRow("no limit") << 20 << 40 << qint64(0) << true;
    }
    void transformWorkIsBounded()
    {
        QFETCH(int, logged);
        QFETCH(int, clientUnits);
        QFETCH(qint64, limit);
        QFETCH(bool, accepted);
        ServerDocument document = busyDocument(40, logged);
        document.setMaxTransformWork(limit);
        const QString before = document.text();
        const qint64 workBefore = document.workDone();
        const TextOperation mine
            = clientUnits ? scattered(40, u'z') : insertAt(3, QStringLiteral("z"), 40);
        const Result<Applied> result = document.receive(mine, 0, alice, 1);
        QCOMPARE(result.ok(), accepted);
        if (!accepted) {
            QCOMPARE(result.error().code, QStringLiteral("too_far_behind"));
            QCOMPARE(document.text(), before);
            QCOMPARE(document.revision(), qint64(logged));
            QCOMPARE(document.lastSeq(alice), 0u);
        } else {
            // The same result as with no limit at all.
            ServerDocument unlimited = busyDocument(40, logged);
            QCOMPARE(unlimited.receive(mine, 0, alice, 1).value().op, result.value().op);
            QVERIFY(document.workDone() > workBefore);
        }
        if (limit > 0)
            QVERIFY(document.workDone() - workBefore <= limit);
    }

    void workIsCountedWhileTheOperationGrows()
    {
        // Deleting everything, transformed over inserts between the units it deletes, grows two
        // components for each of them: the cheap estimate passes, the running count stops it.
        ServerDocument document(QString(20, u'a'), 0, 1000);
        for (int i = 0; i < 19; ++i) {
            QVERIFY(document.receive(insertAt(2 * i + 1, QStringLiteral("x"), document.length()), i,
                                     bob, 0));
        }
        TextOperation wipe;
        wipe.remove(20);
        const qint64 estimate = 19 * 1 + 19 * 3;
        document.setMaxTransformWork(estimate * 2);
        const Result<Applied> result = document.receive(wipe, 0, alice, 1);
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("too_far_behind"));
        QVERIFY(document.workDone() <= estimate * 2);
        QCOMPARE(document.revision(), 19);
        document.setMaxTransformWork(0);
        QVERIFY(document.receive(wipe, 0, alice, 1));
        QCOMPARE(document.text(), QString(19, u'x'));
    }

    void replaceCountsTheUnitsItUndoes()
    {
        ServerDocument document = busyDocument(40, 10);
        const qint64 undo = document.logUnits();
        document.setMaxTransformWork(undo - 1);
        QCOMPARE(document.receiveText(QStringLiteral("short"), 0, alice, 1).error().code,
                 QStringLiteral("too_far_behind"));
        QCOMPARE(document.revision(), 10);
        // Based on the current revision there is nothing to undo or transform.
        QVERIFY(document.receiveText(QStringLiteral("short"), 10, alice, 1));
        QCOMPARE(document.text(), QStringLiteral("short"));
    }

    void rebuildingAnOldTextIsBoundedAndCounted()
    {
        // What a rejoin's hello.textHash costs the server to check.
        ServerDocument document = busyDocument(40, 10);
        const qint64 undo = document.logUnits();
        document.setMaxTransformWork(undo - 1);
        QCOMPARE(document.chargedTextAt(0).error().code, QStringLiteral("too_far_behind"));
        QCOMPARE(document.workDone(), 0);
        document.setMaxTransformWork(undo);
        QCOMPARE(document.chargedTextAt(0).value(), QString(40, u'a'));
        QCOMPARE(document.workDone(), undo);
        QCOMPARE(document.chargedTextAt(10).value(), document.text());
        QCOMPARE(document.workDone(), undo);
    }

    void selectionsAreBoundedToo()
    {
        ServerDocument document = busyDocument(40, 10);
        const Selection ranges {{1, 5}, {39, 39}};
        QCOMPARE(document.lengthAt(0).value(), 40);
        QCOMPARE(document.lengthAt(10).value(), 40);
        QCOMPARE(document.lengthAt(11).error().code, QStringLiteral("bad_revision"));
        const qint64 work = document.selectionWork(ranges, 0);
        QCOMPARE(work, 10 + 2 * 2 * 10 * 60);
        document.setMaxTransformWork(work - 1);
        QCOMPARE(document.selectionSince(ranges, 0).error().code, QStringLiteral("too_far_behind"));
        document.setMaxTransformWork(work);
        Selection expected = ranges;
        const QList<LogEntry> since = document.operationsSince(0).value();
        for (const LogEntry &entry : since)
            expected = transformSelection(expected, entry.op);
        QCOMPARE(document.selectionSince(ranges, 0).value(), expected);
        QCOMPARE(document.selectionSince(ranges, 11).error().code, QStringLiteral("bad_revision"));
    }
};

QTEST_GUILESS_MAIN(TestCatchUpLimits)
#include "tst_catchuplimits.moc"
