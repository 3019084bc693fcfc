// AuthorshipMap: who wrote each unit, as runs. Each operation keeps what it retains with its
// author, gives what it inserts to its own and drops what it deletes; applying a composition is
// applying its parts; the JSON form round-trips and refuses malformed runs; and under concurrent
// edits transformed as the server and clients transform them, every surviving unit keeps its
// typist on every site. Its runs are kept in chunks: chunks split when full and merge when small,
// runs of one author join across chunk boundaries, and random edits agree with a naive model
// that keeps one author per unit.
#include "ot/AuthorshipMap.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace ensemble;

namespace {

using Runs = QList<AuthorshipMap::Run>;

// Runs alternating between authors 1 and 2, each two units long.
Runs alternating(qsizetype count)
{
    Runs runs;
    for (qsizetype i = 0; i < count; ++i)
        runs.append({2, quint32(i % 2) + 1});
    return runs;
}

AuthorshipMap mapOf(const Runs &runs)
{
    QJsonArray json;
    for (const AuthorshipMap::Run &run : runs)
        json << qint64(run.length) << qint64(run.author);
    return AuthorshipMap::fromJson(json).value();
}

// The reference: one author per unit, edited the obvious way.
QList<quint32> unitsOf(const Runs &runs)
{
    QList<quint32> units;
    for (const AuthorshipMap::Run &run : runs)
        units.append(QList<quint32>(run.length, run.author));
    return units;
}

QList<quint32> applied(const QList<quint32> &units, const TextOperation &op, quint32 author)
{
    QList<quint32> result;
    qsizetype at = 0;
    op.forEachComponent([&](TextOperation::Kind kind, qsizetype length, QStringView) {
        if (kind == TextOperation::Kind::Retain)
            result.append(units.mid(at, length));
        if (kind == TextOperation::Kind::Insert)
            result.append(QList<quint32>(length, author));
        if (kind != TextOperation::Kind::Insert)
            at += length;
    });
    return result;
}

Runs runsOf(const QList<quint32> &units)
{
    Runs runs;
    for (quint32 author : units) {
        if (!runs.isEmpty() && runs.last().author == author)
            ++runs.last().length;
        else
            runs.append({1, author});
    }
    return runs;
}

// What the map promises of its runs and chunks, whatever edits came before.
bool wellFormed(const AuthorshipMap &map)
{
    const Runs runs = map.runs();
    qsizetype length = 0;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        if (runs.at(i).length < 1 || (i > 0 && runs.at(i - 1).author == runs.at(i).author))
            return false;
        length += runs.at(i).length;
    }
    const qsizetype fewestChunks
        = (runs.size() + AuthorshipMap::maxChunkRuns - 1) / AuthorshipMap::maxChunkRuns;
    return length == map.length() && runs.size() == map.runCount()
        && map.chunkCount() >= fewestChunks && (runs.isEmpty() == (map.chunkCount() == 0));
}

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
        AuthorshipMap map = mapOf(before);
        QVERIFY(map.apply(op, author));
        QCOMPARE(map.runs(), after);
        QVERIFY(wellFormed(map));
        QCOMPARE(map.length(), op.targetLength());
    }

    // Edits where the runs are cut into chunks: the runs come out as the per-unit model says,
    // in the number of chunks the splits and merges leave.
    void chunks_data()
    {
        QTest::addColumn<Runs>("before");
        QTest::addColumn<TextOperation>("op");
        QTest::addColumn<quint32>("author");
        QTest::addColumn<qsizetype>("chunks");
        // fromJson fills chunks of 64 runs: alternating(128) is two full chunks, the boundary
        // at unit 128 between run 63 (author 2) and run 64 (author 1).
        QTest::addRow("a split run overfills its chunk, which splits")
            << alternating(64) << edit(128, 21, 0, QStringLiteral("x")) << 3u << qsizetype(2);
        QTest::addRow("a new run overfills its chunk, which splits")
            << alternating(64) << edit(128, 20, 0, QStringLiteral("x")) << 3u << qsizetype(2);
        QTest::addRow("a run within a full chunk grows without a split")
            << alternating(64) << edit(128, 21, 0, QStringLiteral("x")) << 1u << qsizetype(1);
        QTest::addRow("insert at a chunk boundary joins the run before it")
            << alternating(128) << edit(256, 128, 0, QStringLiteral("x")) << 2u << qsizetype(2);
        QTest::addRow("insert at a chunk boundary joins the run after it")
            << alternating(128) << edit(256, 128, 0, QStringLiteral("x")) << 1u << qsizetype(2);
        QTest::addRow("insert at a chunk boundary by someone else")
            << alternating(128) << edit(256, 128, 0, QStringLiteral("x")) << 3u << qsizetype(3);
        QTest::addRow("insert at the very end of a full chunk")
            << alternating(64) << edit(128, 128, 0, QStringLiteral("x")) << 3u << qsizetype(2);
        QTest::addRow("delete joins runs across a chunk boundary")
            << alternating(128) << edit(256, 128, 2, QString()) << 1u << qsizetype(2);
        QTest::addRow("delete spans three chunks, the middle one goes")
            << alternating(192) << edit(384, 100, 200, QString()) << 1u << qsizetype(2);
        QTest::addRow("delete leaves a small chunk, merged with the next")
            << alternating(96) << edit(192, 2, 108, QString()) << 1u << qsizetype(1);
        // The first delete leaves 34 runs in the first chunk, the second two in the last.
        QTest::addRow("delete leaves a small last chunk, merged with the one before")
            << alternating(96)
            << TextOperation(TextOperation().remove(60).retain(70).remove(60).retain(2)) << 1u
            << qsizetype(1);
        QTest::addRow("a small chunk too big to merge stays")
            << alternating(128) << edit(256, 2, 108, QString()) << 1u << qsizetype(2);
        QTest::addRow("replace across chunks")
            << alternating(192) << edit(384, 10, 300, QStringLiteral("xyz")) << 1u << qsizetype(1);
        QTest::addRow("delete a whole first chunk")
            << alternating(128) << edit(256, 0, 128, QString()) << 1u << qsizetype(1);
        QTest::addRow("delete a whole last chunk")
            << alternating(128) << edit(256, 128, 128, QString()) << 1u << qsizetype(1);
        QTest::addRow("delete everything of many chunks")
            << alternating(200) << edit(400, 0, 400, QString()) << 1u << qsizetype(0);
    }
    void chunks()
    {
        QFETCH(Runs, before);
        QFETCH(TextOperation, op);
        QFETCH(quint32, author);
        QFETCH(qsizetype, chunks);
        AuthorshipMap map = mapOf(before);
        QVERIFY(map.apply(op, author));
        QCOMPARE(map.runs(), runsOf(applied(unitsOf(before), op, author)));
        QCOMPARE(map.chunkCount(), chunks);
        QVERIFY(wellFormed(map));
        for (qsizetype i = 0; i < map.length(); i += 7)
            QCOMPARE(map.authorAt(i), applied(unitsOf(before), op, author).at(i));
    }

    // Random edits of several components, by authors taking turns, far apart and close
    // together: after each, the map says what the per-unit model says, and keeps its promises.
    void agreesWithThePerUnitModel_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 12; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }
    void agreesWithThePerUnitModel()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        AuthorshipMap map(300, 0);
        QList<quint32> units(300, 0);
        for (int round = 0; round < 600; ++round) {
            const quint32 author = quint32(random.bounded(5));
            TextOperation op = edit(units.size(), 0, 0, QString());
            for (int i = random.bounded(3) + 1; i > 0; --i)
                op = TextOperation::compose(op, randomEditBy(random, op.targetLength(), author))
                         .value();
            // Now and then a long delete, across many runs and chunks.
            if (random.bounded(40) == 0 && op.targetLength() > 0) {
                const qsizetype at = random.bounded(int(op.targetLength()));
                const qsizetype removed = random.bounded(int(op.targetLength() - at)) + 1;
                op = TextOperation::compose(op, edit(op.targetLength(), at, removed, QString()))
                         .value();
            }
            QVERIFY(map.apply(op, author));
            units = applied(units, op, author);
            QCOMPARE(map.runs(), runsOf(units));
            QVERIFY(wellFormed(map));
            if (!units.isEmpty()) {
                const qsizetype at = random.bounded(int(units.size()));
                QCOMPARE(map.authorAt(at), units.at(at));
            }
        }
    }

    // The JSON form of a map in many chunks reads back as the same map, cut the same way or not.
    void roundTrip_data()
    {
        QTest::addColumn<Runs>("runs");
        QTest::addRow("none") << Runs {};
        QTest::addRow("one") << Runs {{5, 3}};
        QTest::addRow("a full chunk") << alternating(64);
        QTest::addRow("one more than a chunk") << alternating(65);
        QTest::addRow("many chunks") << alternating(300);
    }
    void roundTrip()
    {
        QFETCH(Runs, runs);
        // Built by edits, so its chunks are cut by splits, not as fromJson fills them.
        AuthorshipMap map;
        qsizetype length = 0;
        for (const AuthorshipMap::Run &run : runs) {
            QVERIFY(map.apply(edit(length, length, 0, typed(run.author, run.length)), run.author));
            length += run.length;
        }
        QCOMPARE(map.runs(), runs);
        const Result<AuthorshipMap> read = AuthorshipMap::fromJson(map.toJson());
        QVERIFY(read.ok());
        QCOMPARE(read.value(), map);
        QCOMPARE(read.value().runs(), runs);
        QVERIFY(wellFormed(read.value()));
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
