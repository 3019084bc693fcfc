// AuthorshipMap: who wrote each unit, as runs. Each operation keeps what it retains with its
// author, gives what it inserts to its own and drops what it deletes; applying a composition is
// applying its parts; the JSON form round-trips and refuses malformed runs; and under concurrent
// edits transformed as the server and clients transform them, every surviving unit keeps its
// typist on every site.
#include "ot/AuthorshipMap.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace ensemble;

namespace {

using Runs = QList<AuthorshipMap::Run>;

TextOperation edit(qsizetype base, qsizetype at, qsizetype removed, const QString &inserted)
{
    TextOperation op;
    op.retain(at).remove(removed).insert(inserted).retain(base - at - removed);
    return op;
}

// Author k types only the letter 'a' + k, so the text itself says who typed each unit.
QString typed(quint32 author, qsizetype length)
{
    return QString(length, QChar(u'a' + author));
}

TextOperation randomEditBy(QRandomGenerator &random, qsizetype base, quint32 author)
{
    const qsizetype at = random.bounded(int(base + 1));
    const qsizetype removed
        = random.bounded(3) == 0 ? random.bounded(int(std::min<qsizetype>(base - at, 5)) + 1) : 0;
    return edit(base, at, removed, typed(author, random.bounded(4)));
}

// Each site's text and authorship, kept together.
struct Site
{
    QString text;
    AuthorshipMap map;
    void apply(const TextOperation &op, quint32 author)
    {
        text = op.apply(text).value();
        QVERIFY(map.apply(op, author));
    }
};

bool everyUnitByItsTypist(const Site &site)
{
    if (site.map.length() != site.text.size())
        return false;
    qsizetype at = 0;
    for (const AuthorshipMap::Run &run : site.map.runs()) {
        for (qsizetype i = 0; i < run.length; ++i, ++at) {
            if (site.text.at(at) != QChar(u'a' + run.author))
                return false;
        }
    }
    return true;
}

} // namespace

class AuthorshipMapTest : public QObject
{
    Q_OBJECT

private slots:
    void apply_data()
    {
        QTest::addColumn<Runs>("before");
        QTest::addColumn<TextOperation>("op");
        QTest::addColumn<quint32>("author");
        QTest::addColumn<Runs>("after");
        QTest::addRow("insert into nothing")
            << Runs {} << edit(0, 0, 0, QStringLiteral("abc")) << 1u << Runs {{3, 1}};
        QTest::addRow("insert splits a run") << Runs {{4, 1}} << edit(4, 2, 0, QStringLiteral("xy"))
                                             << 2u << Runs {{2, 1}, {2, 2}, {2, 1}};
        QTest::addRow("insert by the same author merges")
            << Runs {{4, 1}} << edit(4, 4, 0, QStringLiteral("x")) << 1u << Runs {{5, 1}};
        QTest::addRow("insert at a boundary")
            << Runs {{2, 1}, {2, 2}} << edit(4, 2, 0, QStringLiteral("x")) << 3u
            << Runs {{2, 1}, {1, 3}, {2, 2}};
        QTest::addRow("delete inside a run")
            << Runs {{5, 1}} << edit(5, 1, 2, QString()) << 2u << Runs {{3, 1}};
        QTest::addRow("delete across runs")
            << Runs {{2, 1}, {2, 2}, {2, 3}} << edit(6, 1, 4, QString()) << 4u
            << Runs {{1, 1}, {1, 3}};
        QTest::addRow("delete a whole run joins its neighbours")
            << Runs {{2, 1}, {2, 2}, {2, 1}} << edit(6, 2, 2, QString()) << 3u << Runs {{4, 1}};
        QTest::addRow("replace") << Runs {{3, 1}} << edit(3, 0, 3, QStringLiteral("zz")) << 2u
                                 << Runs {{2, 2}};
        QTest::addRow("delete everything")
            << Runs {{2, 1}, {1, 2}} << edit(3, 0, 3, QString()) << 2u << Runs {};
        QTest::addRow("retain only")
            << Runs {{2, 1}, {1, 2}} << edit(3, 3, 0, QString()) << 5u << Runs {{2, 1}, {1, 2}};
    }
    void apply()
    {
        QFETCH(Runs, before);
        QFETCH(TextOperation, op);
        QFETCH(quint32, author);
        QFETCH(Runs, after);
        QJsonArray json;
        for (const AuthorshipMap::Run &run : before)
            json << qint64(run.length) << qint64(run.author);
        AuthorshipMap map = AuthorshipMap::fromJson(json).value();
        QVERIFY(map.apply(op, author));
        QCOMPARE(map.runs(), after);
        QCOMPARE(map.length(), op.targetLength());
    }

    void refusesAnOperationForAnotherLength()
    {
        AuthorshipMap map(3, 1);
        const Result<std::monostate> applied = map.apply(edit(4, 0, 0, QStringLiteral("x")), 2);
        QVERIFY(!applied);
        QCOMPARE(applied.error().code, QStringLiteral("bad_operation"));
        QCOMPARE(map, AuthorshipMap(3, 1));
    }

    void composeIsApplyingInTurn()
    {
        QRandomGenerator random(7);
        for (int round = 0; round < 200; ++round) {
            AuthorshipMap map(10, 0);
            QString text = typed(0, 10);
            const TextOperation a = randomEditBy(random, text.size(), 1);
            const TextOperation b = randomEditBy(random, a.targetLength(), 1);
            AuthorshipMap stepwise = map;
            QVERIFY(stepwise.apply(a, 1));
            QVERIFY(stepwise.apply(b, 1));
            QVERIFY(map.apply(TextOperation::compose(a, b).value(), 1));
            QCOMPARE(map, stepwise);
        }
    }

    void json_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("valid");
        QTest::addRow("empty") << QByteArray("[]") << true;
        QTest::addRow("runs") << QByteArray("[3,1,2,0]") << true;
        QTest::addRow("not an array") << QByteArray("{\"a\":1}") << false;
        QTest::addRow("odd count") << QByteArray("[3,1,2]") << false;
        QTest::addRow("empty run") << QByteArray("[0,1]") << false;
        QTest::addRow("negative author") << QByteArray("[1,-1]") << false;
        QTest::addRow("fractional length") << QByteArray("[1.5,1]") << false;
        QTest::addRow("string author") << QByteArray("[1,\"a\"]") << false;
        QTest::addRow("author beyond 32 bits") << QByteArray("[1,4294967296]") << false;
    }
    void json()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, valid);
        const QJsonValue value = QJsonDocument::fromJson("{\"v\":" + json + "}")["v"];
        const Result<AuthorshipMap> parsed = AuthorshipMap::fromJson(value);
        QCOMPARE(parsed.ok(), valid);
        if (valid)
            QCOMPARE(parsed.value().toJson(), value.toArray());
        else
            QCOMPARE(parsed.error().code, QStringLiteral("bad_message"));
    }

    // Two sites edit the same text at once, each applies its own edits and then the other's,
    // transformed: both end with one text and one authorship, every unit by whoever typed it.
    void concurrentEditsKeepEveryTypist_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 20; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }
    void concurrentEditsKeepEveryTypist()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        Site one {typed(0, 12), AuthorshipMap(12, 0)};
        for (int round = 0; round < 30; ++round) {
            Site two = one;
            // Each site makes a few edits of its own, composed into one operation.
            TextOperation a = edit(one.text.size(), 0, 0, QString());
            TextOperation b = a;
            for (int i = random.bounded(3) + 1; i > 0; --i)
                a = TextOperation::compose(a, randomEditBy(random, a.targetLength(), 1)).value();
            for (int i = random.bounded(3) + 1; i > 0; --i)
                b = TextOperation::compose(b, randomEditBy(random, b.targetLength(), 2)).value();
            const auto [a2, b2] = TextOperation::transform(a, b).value();
            one.apply(a, 1);
            one.apply(b2, 2);
            two.apply(b, 2);
            two.apply(a2, 1);
            QCOMPARE(one.text, two.text);
            QCOMPARE(one.map, two.map);
            QVERIFY2(everyUnitByItsTypist(one), qPrintable(one.text));
        }
    }
};

QTEST_GUILESS_MAIN(AuthorshipMapTest)
#include "tst_authorshipmap.moc"
