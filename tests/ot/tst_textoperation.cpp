#include "OtJson.h"
#include "ot/TextOperation.h"

#include <QJsonObject>
#include <QtTest>

using namespace ensemble;
using ensemble::test::compactJson;
using ensemble::test::parseOperation;

// Every operation in the tables is written in ot.js's JSON form.
class TestTextOperation : public QObject
{
    Q_OBJECT

private:
    static TextOperation op(const QByteArray &json)
    {
        Result<TextOperation> parsed = parseOperation(json);
        if (!parsed)
            qFatal("bad test table entry %s: %s", json.constData(),
                   qPrintable(parsed.error().message));
        return std::move(parsed).value();
    }

private slots:
    void normalisesLikeOtJs_data();
    void normalisesLikeOtJs();
    void builderIgnoresEmptyComponents();
    void lengths_data();
    void lengths();
    void apply_data();
    void apply();
    void applyRejectsWrongLength();
    void compose_data();
    void compose();
    void composeRejectsMismatchedLengths();
    void transform_data();
    void transform();
    void transformRejectsDifferentBases();
    void invert_data();
    void invert();
    void equalOperationsSerialiseIdentically();
    void fromJsonRejects_data();
    void fromJsonRejects();
    void fromJsonRejectsNonFiniteAndHugeArrays();
    void fromJsonChecksExpectedBaseLength();
};

void TestTextOperation::normalisesLikeOtJs_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("normalised");
    QTest::addRow("empty") << QByteArray("[]") << QByteArray("[]");
    QTest::addRow("retains merge") << QByteArray("[1,2]") << QByteArray("[3]");
    QTest::addRow("inserts merge") << QByteArray(R"(["a","b"])") << QByteArray(R"(["ab"])");
    QTest::addRow("deletes merge") << QByteArray("[-1,-2]") << QByteArray("[-3]");
    QTest::addRow("insert moves before delete")
        << QByteArray(R"([-2,"a"])") << QByteArray(R"(["a",-2])");
    QTest::addRow("insert joins insert before delete")
        << QByteArray(R"(["a",-2,"b"])") << QByteArray(R"(["ab",-2])");
    QTest::addRow("replace inside text")
        << QByteArray(R"([3,-1,"x",2])") << QByteArray(R"([3,"x",-1,2])");
    QTest::addRow("emoji insert") << QByteArray(R"([1,"😀",-1])") << QByteArray(R"([1,"😀",-1])");
    QTest::addRow("escapes") << QByteArray(R"(["a\"b\\c\n\t"])")
                             << QByteArray(R"(["a\"b\\c\n\t"])");
}

void TestTextOperation::normalisesLikeOtJs()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, normalised);
    QCOMPARE(compactJson(op(input)), normalised);
}

void TestTextOperation::builderIgnoresEmptyComponents()
{
    TextOperation built;
    built.retain(0).insert(QString()).remove(0).retain(-4).remove(-2).retain(2);
    QCOMPARE(built, op("[2]"));
    QVERIFY(built.isNoop());
    QVERIFY(TextOperation().isNoop());
    QVERIFY(!op(R"(["a"])").isNoop());
    QVERIFY(!op("[-1]").isNoop());
}

void TestTextOperation::lengths_data()
{
    QTest::addColumn<QByteArray>("operation");
    QTest::addColumn<qsizetype>("base");
    QTest::addColumn<qsizetype>("target");
    QTest::addRow("empty") << QByteArray("[]") << qsizetype(0) << qsizetype(0);
    QTest::addRow("retain") << QByteArray("[5]") << qsizetype(5) << qsizetype(5);
    QTest::addRow("emoji counts two units")
        << QByteArray(R"([2,"😀",-1])") << qsizetype(3) << qsizetype(4);
    QTest::addRow("delete only") << QByteArray("[-7]") << qsizetype(7) << qsizetype(0);
}

void TestTextOperation::lengths()
{
    QFETCH(QByteArray, operation);
    QFETCH(qsizetype, base);
    QFETCH(qsizetype, target);
    QCOMPARE(op(operation).baseLength(), base);
    QCOMPARE(op(operation).targetLength(), target);
}

void TestTextOperation::apply_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QByteArray>("operation");
    QTest::addColumn<QString>("expected");
    QTest::addRow("empty document") << QString() << QByteArray("[]") << QString();
    QTest::addRow("insert into empty") << QString() << QByteArray(R"(["hi"])") << "hi";
    QTest::addRow("insert in middle") << "heo" << QByteArray(R"([2,"ll",1])") << "hello";
    QTest::addRow("delete all") << "abc" << QByteArray("[-3]") << QString();
    QTest::addRow("replace") << "cat" << QByteArray(R"(["b",-1,2])") << "bat";
    QTest::addRow("delete emoji (two units)") << "a😀b" << QByteArray("[1,-2,1]") << "ab";
    QTest::addRow("insert after emoji") << "a😀b" << QByteArray(R"([3,"🎉",1])") << "a😀🎉b";
    QTest::addRow("several components")
        << "abcdef" << QByteArray(R"(["<",1,-1,"X",2,-2,">"])") << "<aXcd>";
}

void TestTextOperation::apply()
{
    QFETCH(QString, base);
    QFETCH(QByteArray, operation);
    QFETCH(QString, expected);
    const Result<QString> result = op(operation).apply(base);
    QVERIFY(result.ok());
    QCOMPARE(result.value(), expected);
}

void TestTextOperation::applyRejectsWrongLength()
{
    const Result<QString> shorter = op("[3]").apply(QStringLiteral("ab"));
    QVERIFY(!shorter);
    QCOMPARE(shorter.error().code, QStringLiteral("bad_operation"));
    QVERIFY(!shorter.error().message.isEmpty());
    QVERIFY(!op("[1]").apply(QStringLiteral("ab")).ok());
}

void TestTextOperation::compose_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");
    QTest::addColumn<QByteArray>("composed");
    QTest::addRow("two inserts") << "ab" << QByteArray(R"([1,"x",1])") << QByteArray(R"([3,"y"])")
                                 << QByteArray(R"([1,"x",1,"y"])");
    QTest::addRow("insert then delete it") << "ab" << QByteArray(R"([1,"xyz",1])")
                                           << QByteArray("[2,-1,2]") << QByteArray(R"([1,"xz",1])");
    QTest::addRow("delete then insert")
        << "abc" << QByteArray("[-1,2]") << QByteArray(R"(["Z",2])") << QByteArray(R"(["Z",-1,2])");
    QTest::addRow("typing a word")
        << "" << QByteArray(R"(["h"])") << QByteArray(R"([1,"i"])") << QByteArray(R"(["hi"])");
    QTest::addRow("emoji typed then removed")
        << "x" << QByteArray(R"([1,"😀"])") << QByteArray("[1,-2]") << QByteArray("[1]");
    QTest::addRow("deletes accumulate")
        << "abcd" << QByteArray("[1,-1,2]") << QByteArray("[-1,-1,1]") << QByteArray("[-3,1]");
}

void TestTextOperation::compose()
{
    QFETCH(QString, base);
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    QFETCH(QByteArray, composed);
    const Result<TextOperation> result = TextOperation::compose(op(first), op(second));
    QVERIFY(result.ok());
    QCOMPARE(compactJson(result.value()), composed);
    const QString sequential = op(second).apply(op(first).apply(base).value()).value();
    QCOMPARE(result.value().apply(base).value(), sequential);
}

void TestTextOperation::composeRejectsMismatchedLengths()
{
    const Result<TextOperation> result = TextOperation::compose(op(R"([1,"x"])"), op("[1]"));
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("bad_operation"));
}

void TestTextOperation::transform_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<QByteArray>("aPrime");
    QTest::addColumn<QByteArray>("bPrime");
    QTest::addRow("same spot: a's insert first")
        << "z" << QByteArray(R"(["x",1])") << QByteArray(R"(["y",1])") << QByteArray(R"(["x",2])")
        << QByteArray(R"([1,"y",1])");
    QTest::addRow("inserts far apart")
        << "abcd" << QByteArray(R"([1,"X",3])") << QByteArray(R"([3,"Y",1])")
        << QByteArray(R"([1,"X",4])") << QByteArray(R"([4,"Y",1])");
    QTest::addRow("same delete") << "abc" << QByteArray("[1,-1,1]") << QByteArray("[1,-1,1]")
                                 << QByteArray("[2]") << QByteArray("[2]");
    QTest::addRow("overlapping deletes")
        << "abcdef" << QByteArray("[1,-3,2]") << QByteArray("[2,-3,1]") << QByteArray("[1,-1,1]")
        << QByteArray("[1,-1,1]");
    QTest::addRow("insert inside deleted range")
        << "abcd" << QByteArray(R"([2,"X",2])") << QByteArray("[1,-2,1]")
        << QByteArray(R"([1,"X",1])") << QByteArray("[1,-1,1,-1,1]");
    QTest::addRow("emoji against delete")
        << "a😀" << QByteArray(R"([3,"🎉"])") << QByteArray("[1,-2]") << QByteArray(R"([1,"🎉"])")
        << QByteArray("[1,-2,2]");
}

void TestTextOperation::transform()
{
    QFETCH(QString, base);
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(QByteArray, aPrime);
    QFETCH(QByteArray, bPrime);
    const auto result = TextOperation::transform(op(a), op(b));
    QVERIFY(result.ok());
    QCOMPARE(compactJson(result.value().first), aPrime);
    QCOMPARE(compactJson(result.value().second), bPrime);
    const QString viaA = result.value().second.apply(op(a).apply(base).value()).value();
    const QString viaB = result.value().first.apply(op(b).apply(base).value()).value();
    QCOMPARE(viaA, viaB);
}

void TestTextOperation::transformRejectsDifferentBases()
{
    const auto result = TextOperation::transform(op("[2]"), op("[3]"));
    QVERIFY(!result);
    QCOMPARE(result.error().code, QStringLiteral("bad_operation"));
}

void TestTextOperation::invert_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QByteArray>("operation");
    QTest::addColumn<QByteArray>("inverse");
    QTest::addRow("insert") << "ab" << QByteArray(R"([1,"xy",1])") << QByteArray("[1,-2,1]");
    QTest::addRow("delete") << "abc" << QByteArray("[1,-1,1]") << QByteArray(R"([1,"b",1])");
    QTest::addRow("replace") << "cat" << QByteArray(R"(["b",-1,2])") << QByteArray(R"(["c",-1,2])");
    QTest::addRow("delete emoji") << "😀!" << QByteArray("[-2,1]") << QByteArray(R"(["😀",1])");
}

void TestTextOperation::invert()
{
    QFETCH(QString, base);
    QFETCH(QByteArray, operation);
    QFETCH(QByteArray, inverse);
    const TextOperation inverted = op(operation).invert(base);
    QCOMPARE(compactJson(inverted), inverse);
    QCOMPARE(inverted.apply(op(operation).apply(base).value()).value(), base);
}

void TestTextOperation::equalOperationsSerialiseIdentically()
{
    TextOperation a;
    a.retain(1).remove(1).insert(QStringLiteral("x")).retain(1);
    TextOperation b;
    b.retain(1).insert(QStringLiteral("x")).remove(1).retain(1);
    QCOMPARE(a, b);
    QCOMPARE(compactJson(a), compactJson(b));
    QVERIFY(!(a == op(R"([1,"y",-1,1])")));
}

void TestTextOperation::fromJsonRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    const QString bad = QStringLiteral("bad_operation");
    const QString large = QStringLiteral("too_large");
    QTest::addRow("object") << QByteArray("{}") << bad;
    QTest::addRow("string") << QByteArray(R"("abc")") << bad;
    QTest::addRow("number") << QByteArray("5") << bad;
    QTest::addRow("null") << QByteArray("null") << bad;
    QTest::addRow("zero retain") << QByteArray("[0]") << bad;
    QTest::addRow("empty insert") << QByteArray(R"([""])") << bad;
    QTest::addRow("fraction") << QByteArray("[1.5]") << bad;
    QTest::addRow("negative fraction") << QByteArray("[-0.25]") << bad;
    QTest::addRow("boolean") << QByteArray("[true]") << bad;
    QTest::addRow("null component") << QByteArray("[null]") << bad;
    QTest::addRow("nested array") << QByteArray("[[1]]") << bad;
    QTest::addRow("object component") << QByteArray(R"([{"retain":1}])") << bad;
    QTest::addRow("bad after good") << QByteArray(R"([1,"a",false])") << bad;
    QTest::addRow("huge retain") << QByteArray("[1e300]") << large;
    QTest::addRow("huge delete") << QByteArray("[-1e300]") << large;
    QTest::addRow("retain over limit") << QByteArray("[67108865]") << large;
    QTest::addRow("sum over limit") << QByteArray("[67108864,1]") << large;
    QTest::addRow("deletes over limit") << QByteArray("[-67108864,-1]") << large;
}

void TestTextOperation::fromJsonRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    const Result<TextOperation> result = parseOperation(json);
    QVERIFY(!result);
    QCOMPARE(result.error().code, code);
    QVERIFY(!result.error().message.isEmpty());
}

void TestTextOperation::fromJsonRejectsNonFiniteAndHugeArrays()
{
    QCOMPARE(TextOperation::fromJson(QJsonArray {qInf()}).error().code,
             QStringLiteral("bad_operation"));
    QCOMPARE(TextOperation::fromJson(QJsonArray {qQNaN()}).error().code,
             QStringLiteral("bad_operation"));
    QJsonArray many;
    for (qsizetype i = 0; i <= TextOperation::maxComponents; ++i)
        many.append(i % 2 ? 1 : -1);
    QCOMPARE(TextOperation::fromJson(many).error().code, QStringLiteral("too_large"));
}

void TestTextOperation::fromJsonChecksExpectedBaseLength()
{
    const QJsonArray json {3, QStringLiteral("x")};
    QVERIFY(TextOperation::fromJson(json, 3).ok());
    QVERIFY(TextOperation::fromJson(json).ok());
    const Result<TextOperation> wrong = TextOperation::fromJson(json, 4);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, QStringLiteral("bad_operation"));
}

QTEST_GUILESS_MAIN(TestTextOperation)
#include "tst_textoperation.moc"
