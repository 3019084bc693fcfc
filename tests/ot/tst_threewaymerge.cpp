#include "OtJson.h"
#include "ot/ThreeWayMerge.h"

#include <QtTest>

using namespace ensemble;

class TestThreeWayMerge : public QObject
{
    Q_OBJECT

private slots:
    void merges_data();
    void merges();
};

void TestThreeWayMerge::merges_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QByteArray>("pending"); // empty: no local edits
    QTest::addColumn<QString>("serverText");
    QTest::addColumn<QString>("merged");
    QTest::addRow("no local edits") << "abc" << QByteArray() << "abXc"
                                    << "abXc";
    QTest::addRow("server unchanged") << "abc" << QByteArray(R"([3,"!"])") << "abc"
                                      << "abc!";
    QTest::addRow("edits far apart") << "abc def" << QByteArray(R"(["X",7])") << "abc dEf"
                                     << "Xabc dEf";
    QTest::addRow("local delete of untouched text")
        << "<a><b><c>" << QByteArray("[3,-3,3]") << "<a><b><c><d>"
        << "<a><c><d>";
    QTest::addRow("local delete overlapping a server change is dropped")
        << "<a><b>" << QByteArray("[3,-3]") << "<a><c>"
        << "<a><c>";
    QTest::addRow("server insert inside a local delete keeps the deleted text")
        << "one two three" << QByteArray("[3,-4,6]") << "one tw(o) three"
        << "one tw(o) three";
    QTest::addRow("both delete the same text") << "abcdef" << QByteArray("[2,-2,2]") << "abef"
                                               << "abef";
    QTest::addRow("local insert inside text the server deleted")
        << "hello cruel world" << QByteArray(R"([8,"!",9])") << "hello world"
        << "hello !world";
    QTest::addRow("emoji on both sides") << "a😀b" << QByteArray(R"([3,"🎉",1])") << "a😀b😁"
                                         << "a😀🎉b😁";
}

void TestThreeWayMerge::merges()
{
    QFETCH(QString, base);
    QFETCH(QByteArray, pending);
    QFETCH(QString, serverText);
    QFETCH(QString, merged);
    std::optional<TextOperation> local;
    if (!pending.isEmpty())
        local = test::parseOperation(pending).value();
    const Result<ThreeWayMerge> result = mergeThreeWay(base, local, serverText);
    QVERIFY(result.ok());
    const QString localText = local ? local->apply(base).value() : base;
    QCOMPARE(result.value().toEditor.apply(localText).value(), merged);
    const QString serverSide
        = result.value().local ? result.value().local->apply(serverText).value() : serverText;
    QCOMPARE(serverSide, merged);
}

QTEST_GUILESS_MAIN(TestThreeWayMerge)
#include "tst_threewaymerge.moc"
