#include "OtJson.h"
#include "OtRandom.h"
#include "ot/ServerDocument.h"

#include <QtTest>

using namespace ensemble;
using ensemble::test::compactJson;

namespace {

TextOperation op(const QByteArray &json)
{
    Result<TextOperation> parsed = test::parseOperation(json);
    if (!parsed)
        qFatal("bad test table entry %s", json.constData());
    return std::move(parsed).value();
}

const QString alice = QStringLiteral("alice");
const QString bob = QStringLiteral("bob");

} // namespace

class TestServerDocument : public QObject
{
    Q_OBJECT

private slots:
    void appliesSequentialOperations();
    void transformsConcurrentOperation_data();
    void transformsConcurrentOperation();
    void rejectsBadInputWithoutChange_data();
    void rejectsBadInputWithoutChange();
    void recognisesResubmittedOperation();
    void sequenceZeroIsNeverADuplicate();
    void operationsSinceAndTrimming();
    void textAtReconstructsEveryKeptRevision();
    void replaceMergesWithConcurrentEdits();
    void replaceOfUnchangedTextIsNoop();
    void lowerDocumentLimitStillAllowsDeletes();
    void restoresClientProgress();
};

void TestServerDocument::appliesSequentialOperations()
{
    ServerDocument document(QStringLiteral("ab"), 5);
    QCOMPARE(document.revision(), 5);
    QCOMPARE(document.oldestRevision(), 5);
    const Result<Applied> first = document.receive(op(R"([1,"x",1])"), 5, alice, 1);
    QVERIFY(first.ok());
    QCOMPARE(first.value().revision, 6);
    QVERIFY(!first.value().duplicate);
    const Result<Applied> second = document.receive(op(R"([3,"😀"])"), 6, bob, 1);
    QVERIFY(second.ok());
    QCOMPARE(compactJson(second.value().op), QByteArray(R"([3,"😀"])"));
    QCOMPARE(document.text(), QStringLiteral("axb😀"));
    QCOMPARE(document.length(), 5);
    QCOMPARE(document.revision(), 7);
}

void TestServerDocument::transformsConcurrentOperation_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("concurrent");
    QTest::addColumn<QByteArray>("broadcast");
    QTest::addColumn<QString>("result");
    QTest::addRow("inserts at different places")
        << "abc" << QByteArray(R"(["X",3])") << QByteArray(R"([3,"Y"])") << QByteArray(R"([4,"Y"])")
        << "XabcY";
    QTest::addRow("same place: latecomer's insert first")
        << "ab" << QByteArray(R"([1,"X",1])") << QByteArray(R"([1,"Y",1])")
        << QByteArray(R"([1,"Y",2])") << "aYXb";
    QTest::addRow("delete of already deleted text")
        << "abcd" << QByteArray("[1,-2,1]") << QByteArray("[1,-1,2]") << QByteArray("[2]") << "ad";
    QTest::addRow("insert inside deleted range")
        << "abcd" << QByteArray("[-4]") << QByteArray(R"([2,"!",2])") << QByteArray(R"(["!"])")
        << "!";
}

void TestServerDocument::transformsConcurrentOperation()
{
    QFETCH(QString, base);
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, concurrent);
    QFETCH(QByteArray, broadcast);
    QFETCH(QString, result);
    ServerDocument document(base);
    QVERIFY(document.receive(op(first), 0, alice, 1).ok());
    const Result<Applied> applied = document.receive(op(concurrent), 0, bob, 1);
    QVERIFY(applied.ok());
    QCOMPARE(compactJson(applied.value().op), broadcast);
    QCOMPARE(applied.value().revision, 2);
    QCOMPARE(document.text(), result);
}

void TestServerDocument::rejectsBadInputWithoutChange_data()
{
    QTest::addColumn<QByteArray>("operation");
    QTest::addColumn<qint64>("baseRevision");
    QTest::addColumn<quint64>("seq");
    QTest::addColumn<QString>("code");
    QTest::addRow("future revision")
        << QByteArray("[3]") << qint64(3) << quint64(5) << "bad_revision";
    QTest::addRow("trimmed revision")
        << QByteArray("[3]") << qint64(0) << quint64(5) << "bad_revision";
    QTest::addRow("negative revision")
        << QByteArray("[3]") << qint64(-1) << quint64(5) << "bad_revision";
    QTest::addRow("wrong length") << QByteArray("[4]") << qint64(2) << quint64(5)
                                  << "bad_operation";
    QTest::addRow("wrong length at old revision")
        << QByteArray("[3]") << qint64(1) << quint64(5) << "bad_operation";
    QTest::addRow("older sequence number")
        << QByteArray("[3]") << qint64(2) << quint64(1) << "bad_sequence";
    QTest::addRow("too large") << QByteArray(R"([3,"0123456789"])") << qint64(2) << quint64(5)
                               << "too_large";
}

void TestServerDocument::rejectsBadInputWithoutChange()
{
    QFETCH(QByteArray, operation);
    QFETCH(qint64, baseRevision);
    QFETCH(quint64, seq);
    QFETCH(QString, code);
    ServerDocument document(QString(), 0, 1);
    document.setMaxDocumentLength(12);
    QVERIFY(document.receive(op(R"(["ab"])"), 0, alice, 1).ok());
    QVERIFY(document.receive(op(R"([2,"c"])"), 1, alice, 2).ok());
    const Result<Applied> result = document.receive(op(operation), baseRevision, alice, seq);
    QVERIFY(!result);
    QCOMPARE(result.error().code, code);
    QVERIFY(!result.error().message.isEmpty());
    QCOMPARE(document.text(), QStringLiteral("abc"));
    QCOMPARE(document.revision(), 2);
    QCOMPARE(document.lastSeq(alice), 2u);
}

void TestServerDocument::recognisesResubmittedOperation()
{
    ServerDocument document(QStringLiteral("ab"));
    const Result<Applied> original = document.receive(op(R"(["x",2])"), 0, alice, 7);
    QVERIFY(document.receive(op(R"([3,"y"])"), 1, bob, 1).ok());
    // Alice lost the ack and resends the same operation, still based on revision 0.
    const Result<Applied> again = document.receive(op(R"(["x",2])"), 0, alice, 7);
    QVERIFY(again.ok());
    QVERIFY(again.value().duplicate);
    QCOMPARE(again.value().revision, original.value().revision);
    QCOMPARE(again.value().op, original.value().op);
    QCOMPARE(document.text(), QStringLiteral("xaby"));
    QCOMPARE(document.revision(), 2);
    QCOMPARE(document.lastSeq(alice), 7u);
    QCOMPARE(document.lastSeq(QStringLiteral("nobody")), 0u);
}

void TestServerDocument::sequenceZeroIsNeverADuplicate()
{
    ServerDocument document;
    QVERIFY(document.receive(op(R"(["a"])"), 0, alice, 0).ok());
    QVERIFY(document.receive(op(R"(["a"])"), 0, alice, 0).ok());
    QCOMPARE(document.text(), QStringLiteral("aa"));
    QCOMPARE(document.lastSeq(alice), 0u);
}

void TestServerDocument::operationsSinceAndTrimming()
{
    ServerDocument document(QString(), 10, 3);
    for (quint64 seq = 1; seq <= 5; ++seq) {
        TextOperation typed;
        typed.retain(document.length()).insert(QString::number(seq));
        QVERIFY(document.receive(typed, document.revision(), seq % 2 ? alice : bob, seq).ok());
    }
    QCOMPARE(document.revision(), 15);
    QCOMPARE(document.logSize(), 3);
    QCOMPARE(document.oldestRevision(), 12);
    QCOMPARE(document.operationsSince(11).error().code, QStringLiteral("bad_revision"));
    QCOMPARE(document.operationsSince(16).error().code, QStringLiteral("bad_revision"));
    QVERIFY(document.operationsSince(15).value().isEmpty());
    const QList<LogEntry> entries = document.operationsSince(12).value();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries[0].revision, 13);
    QCOMPARE(entries[0].clientId, alice);
    QCOMPARE(entries[0].seq, 3u);
    QCOMPARE(compactJson(entries[2].op), QByteArray(R"([4,"5"])"));
    document.setMaxLogLength(1);
    QCOMPARE(document.oldestRevision(), 14);
    QCOMPARE(document.textAt(14).value(), QStringLiteral("1234"));
}

void TestServerDocument::textAtReconstructsEveryKeptRevision()
{
    QRandomGenerator random(31);
    ServerDocument document(test::randomText(random, 50), 0, 400);
    QStringList history {document.text()};
    for (int i = 0; i < 500; ++i) {
        const QString current = document.text();
        const TextOperation edit = current.size() < 100
            ? test::randomOperation(random, current, false)
            : test::randomEdit(random, current);
        QVERIFY(document.receive(edit, document.revision(), alice, quint64(i + 1)).ok());
        history.append(document.text());
    }
    for (qint64 r = document.oldestRevision(); r <= document.revision(); ++r)
        QCOMPARE(document.textAt(r).value(), history.at(r));
    QCOMPARE(document.textAt(document.oldestRevision() - 1).error().code,
             QStringLiteral("bad_revision"));
}

void TestServerDocument::replaceMergesWithConcurrentEdits()
{
    ServerDocument document(QStringLiteral("hello world"));
    QVERIFY(document.receive(op(R"([6,"big ",5])"), 0, alice, 1).ok());
    // Bob's whole-text replace was based on revision 0, before Alice's insert.
    const Result<Applied> replaced
        = document.receiveText(QStringLiteral("hello world!"), 0, bob, 1);
    QVERIFY(replaced.ok());
    QCOMPARE(compactJson(replaced.value().op), QByteArray(R"([15,"!"])"));
    QCOMPARE(document.text(), QStringLiteral("hello big world!"));
    QCOMPARE(document.receiveText(QStringLiteral("x"), 9, bob, 2).error().code,
             QStringLiteral("bad_revision"));
    // A resend is recognised by its seq and content; the seq with another text is refused.
    QVERIFY(document.receiveText(QStringLiteral("hello world!"), 0, bob, 1).value().duplicate);
    QCOMPARE(document.receiveText(QStringLiteral("x"), 0, bob, 1).error().code,
             QStringLiteral("bad_sequence"));
}

void TestServerDocument::replaceOfUnchangedTextIsNoop()
{
    ServerDocument document(QStringLiteral("same"));
    const Result<Applied> replaced = document.receiveText(QStringLiteral("same"), 0, bob, 1);
    QVERIFY(replaced.ok());
    QVERIFY(replaced.value().op.isNoop());
    QCOMPARE(document.text(), QStringLiteral("same"));
}

void TestServerDocument::lowerDocumentLimitStillAllowsDeletes()
{
    ServerDocument document(QStringLiteral("abcdef"));
    document.setMaxDocumentLength(3);
    QCOMPARE(document.receive(op(R"([6,"g"])"), 0, alice, 1).error().code,
             QStringLiteral("too_large"));
    QVERIFY(document.receive(op("[-1,5]"), 0, alice, 1).ok());
    QCOMPARE(document.receiveText(QStringLiteral("wxyz"), 1, alice, 2).error().code,
             QStringLiteral("too_large"));
}

void TestServerDocument::restoresClientProgress()
{
    ServerDocument document(QStringLiteral("abc"), 40);
    document.restoreClient(alice, ClientProgress {9, 38, 0});
    QCOMPARE(document.lastSeq(alice), 9u);
    const Result<Applied> resent = document.receive(op("[3]"), 40, alice, 9);
    QVERIFY(resent.value().duplicate);
    QCOMPARE(resent.value().revision, 38);
    QVERIFY(document.receive(op(R"([3,"d"])"), 40, alice, 10).ok());
    QCOMPARE(document.clients().value(alice).revision, 41);
}

QTEST_GUILESS_MAIN(TestServerDocument)
#include "tst_serverdocument.moc"
