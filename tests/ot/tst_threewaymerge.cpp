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
    QTest::addRow("edits on different lines") << "one\ntwo\n"
                                              << QByteArray(R"(["X",8])") << "one\ntwO\n"
                                              << "Xone\ntwO\n";
    QTest::addRow("local delete of an untouched line") << "a\nb\nc\n"
                                                       << QByteArray("[2,-2,2]") << "a\nb\nc\nd\n"
                                                       << "a\nc\nd\n";
    QTest::addRow("local delete of a line the server changed is dropped")
        << "a\nb\n"
        << QByteArray("[2,-2]") << "a\nB\n"
        << "a\nB\n";
    QTest::addRow("server line inserted inside a local delete keeps the deleted lines")
        << "one\ntwo\nthree\n"
        << QByteArray("[4,-10]") << "one\ntwo\nnew\nthree\n"
        << "one\ntwo\nnew\nthree\n";
    QTest::addRow("both delete the same line") << "a\nb\nc\n"
                                               << QByteArray("[2,-2,2]") << "a\nc\n"
                                               << "a\nc\n";
    QTest::addRow("local insert inside a line the server changed lands after it")
        << "hello world\nnext\n"
        << QByteArray(R"([5,",",12])") << "hello there world\nnext\n"
        << "hello there world\n,next\n";
    QTest::addRow("emoji on both sides") << "a😀\nb\n"
                                         << QByteArray(R"([3,"🎉",3])") << "a😀\nb😁\n"
                                         << "a😀🎉\nb😁\n";
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
