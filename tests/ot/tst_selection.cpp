#include "OtJson.h"
#include "ot/Selection.h"

#include <QJsonObject>
#include <QtTest>

using namespace ensemble;
using ensemble::test::parseOperation;

class TestSelection : public QObject
{
    Q_OBJECT

private slots:
    void transformIndex_data();
    void transformIndex();
    void transformSelectionMovesAnchorsAndHeads();
    void jsonRoundTrip();
    void fromJsonRejects_data();
    void fromJsonRejects();
};

void TestSelection::transformIndex_data()
{
    QTest::addColumn<qsizetype>("index");
    QTest::addColumn<QByteArray>("operation");
    QTest::addColumn<qsizetype>("expected");
    QTest::addRow("insert before") << qsizetype(3) << QByteArray(R"([1,"xy",4])") << qsizetype(5);
    QTest::addRow("insert after") << qsizetype(1) << QByteArray(R"([3,"xy",2])") << qsizetype(1);
    QTest::addRow("insert at caret pushes it")
        << qsizetype(2) << QByteArray(R"([2,"xy",2])") << qsizetype(4);
    QTest::addRow("delete before") << qsizetype(4) << QByteArray("[-2,3]") << qsizetype(2);
    QTest::addRow("delete around caret") << qsizetype(3) << QByteArray("[1,-4]") << qsizetype(1);
    QTest::addRow("delete after") << qsizetype(1) << QByteArray("[2,-3]") << qsizetype(1);
    QTest::addRow("emoji before") << qsizetype(1) << QByteArray(R"(["😀",2])") << qsizetype(3);
    QTest::addRow("caret at end") << qsizetype(2) << QByteArray(R"([2,"!"])") << qsizetype(3);
    QTest::addRow("noop") << qsizetype(2) << QByteArray("[5]") << qsizetype(2);
}

void TestSelection::transformIndex()
{
    QFETCH(qsizetype, index);
    QFETCH(QByteArray, operation);
    QFETCH(qsizetype, expected);
    const Result<TextOperation> op = parseOperation(operation);
    QVERIFY(op.ok());
    QCOMPARE(ensemble::transformIndex(index, op.value()), expected);
}

void TestSelection::transformSelectionMovesAnchorsAndHeads()
{
    const Result<TextOperation> op = parseOperation(R"(["ab",2,-2,2])");
    QVERIFY(op.ok());
    const Selection before {{0, 2}, {5, 3}};
    const Selection expected {{2, 4}, {5, 4}};
    QCOMPARE(transformSelection(before, op.value()), expected);
}

void TestSelection::jsonRoundTrip()
{
    const Selection selection {{1, 4}, {7, 7}};
    const QJsonArray json = selectionToJson(selection);
    QCOMPARE(ensemble::test::compactJson(json),
             QByteArray(R"([{"anchor":1,"head":4},{"anchor":7,"head":7}])"));
    const Result<Selection> parsed = selectionFromJson(json, 7);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value(), selection);
}

void TestSelection::fromJsonRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qsizetype>("documentLength");
    QTest::addRow("not an array") << QByteArray(R"({"anchor":1,"head":1})") << qsizetype(-1);
    QTest::addRow("range not object") << QByteArray("[[1,2]]") << qsizetype(-1);
    QTest::addRow("missing head") << QByteArray(R"([{"anchor":1}])") << qsizetype(-1);
    QTest::addRow("string anchor") << QByteArray(R"([{"anchor":"1","head":1}])") << qsizetype(-1);
    QTest::addRow("negative") << QByteArray(R"([{"anchor":-1,"head":1}])") << qsizetype(-1);
    QTest::addRow("fraction") << QByteArray(R"([{"anchor":1.5,"head":1}])") << qsizetype(-1);
    QTest::addRow("huge") << QByteArray(R"([{"anchor":1e300,"head":1}])") << qsizetype(-1);
    QTest::addRow("past the end") << QByteArray(R"([{"anchor":0,"head":6}])") << qsizetype(5);
}

void TestSelection::fromJsonRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(qsizetype, documentLength);
    const QJsonDocument document = QJsonDocument::fromJson("{\"s\":" + json + "}");
    QVERIFY(document.isObject());
    const Result<Selection> parsed
        = selectionFromJson(document.object().value(QStringLiteral("s")), documentLength);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, QStringLiteral("bad_message"));
}

QTEST_GUILESS_MAIN(TestSelection)
#include "tst_selection.moc"
