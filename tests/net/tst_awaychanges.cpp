// The catch-up computation: from a run of history entries, what others changed after the
// revision a participant last saw, in the text the entries end with (client/AwayChanges).
// Each row is a base text, the entries as "author: op" (ot.js's JSON), who "me" is and the last
// revision seen; the changes are written "from-to by authors @newest revision". When the history
// is gone, a comparison of the text seen last with the text now stands in (no times, no authors of
// deletions).
#include "client/AwayChanges.h"

#include <QJsonDocument>
#include <QTest>

using namespace ensemble;

namespace {

// "ana: [5, \" world\"]" -> an entry of revision @p revision whose time is revision * 1000.
HistoryRecord entry(const QString &line, qint64 revision)
{
    const qsizetype colon = line.indexOf(u':');
    const QString author = line.left(colon).trimmed();
    const QJsonDocument json
        = QJsonDocument::fromJson(QStringLiteral("{\"op\": %1}").arg(line.mid(colon + 1)).toUtf8());
    const Result<TextOperation> op = TextOperation::fromJson(json[QLatin1String("op")]);
    if (!op)
        qFatal("bad operation in a row: %s", qPrintable(line));
    return HistoryRecord {revision,       op.value(), author, author, QStringLiteral("#336699"),
                          revision * 1000};
}

QString describe(const QList<AwayChange> &changes)
{
    QStringList parts;
    for (const AwayChange &c : changes) {
        parts.append(QStringLiteral("%1-%2 by %3 @%4")
                         .arg(c.from)
                         .arg(c.to)
                         .arg(c.authors.join(u','))
                         .arg(c.time / 1000));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

class TestAwayChanges : public QObject
{
    Q_OBJECT

private slots:
    void changesWhileAway_data()
    {
        QTest::addColumn<QStringList>("entries");
        QTest::addColumn<qint64>("lastSeen");
        QTest::addColumn<QString>("expected");
        // Revisions are 1, 2, ... in row order; the base text has 5 units ("hello").
        QTest::addRow("nothing happened") << QStringList {} << qint64(0) << QString();
        QTest::addRow("an insertion by someone else")
            << QStringList {QStringLiteral("ana: [5, \" world\"]")} << qint64(0)
            << QStringLiteral("5-11 by ana @1");
        QTest::addRow("one's own edits are not shown")
            << QStringList {QStringLiteral("me: [5, \"!\"]")} << qint64(0) << QString();
        QTest::addRow("edits seen before leaving are not shown")
            << QStringList {QStringLiteral("ana: [\"a\", 5]"), QStringLiteral("ana: [6, \"b\"]")}
            << qint64(1) << QStringLiteral("6-7 by ana @2");
        QTest::addRow("touching insertions of two merge")
            << QStringList {QStringLiteral("ana: [\"ab\", 5]"),
                            QStringLiteral("ben: [2, \"cd\", 5]")}
            << qint64(0) << QStringLiteral("0-4 by ana,ben @2");
        QTest::addRow("one's own typing inside splits a change")
            << QStringList {QStringLiteral("ana: [\"abc\", 5]"),
                            QStringLiteral("me: [1, \"X\", 7]")}
            << qint64(0) << QStringLiteral("0-1 by ana @1; 2-4 by ana @1");
        QTest::addRow("a deletion alone") << QStringList {QStringLiteral("ana: [1, -2, 2]")}
                                          << qint64(0) << QStringLiteral("1-1 by ana @1");
        QTest::addRow("a replacement is one change")
            << QStringList {QStringLiteral("ana: [1, \"XY\", -2, 2]")} << qint64(0)
            << QStringLiteral("1-3 by ana @1");
        QTest::addRow("text typed and deleted while away leaves the deletion")
            << QStringList {QStringLiteral("ana: [\"abc\", 5]"), QStringLiteral("ben: [-3, 5]")}
            << qint64(0) << QStringLiteral("0-0 by ben @2");
        QTest::addRow("later edits of one's own move the changes")
            << QStringList {QStringLiteral("ana: [5, \"X\"]"), QStringLiteral("ben: [-1, 5]"),
                            QStringLiteral("me: [\"123\", 5]")}
            << qint64(0) << QStringLiteral("3-3 by ben @2; 7-8 by ana @1");
        QTest::addRow("one's own deletion of their text leaves nothing of theirs")
            << QStringList {QStringLiteral("ana: [5, \"X\"]"), QStringLiteral("me: [5, -1]")}
            << qint64(0) << QString();
        QTest::addRow("two deletions at one place are one change")
            << QStringList {QStringLiteral("ana: [2, -1, 2]"), QStringLiteral("ben: [1, -1, 2]")}
            << qint64(0) << QStringLiteral("1-1 by ana,ben @2");
        QTest::addRow("surrogate pairs count as two units")
            << QStringList {QStringLiteral("ana: [\"\\ud83d\\ude00\", 5]")} << qint64(0)
            << QStringLiteral("0-2 by ana @1");
    }
    void changesWhileAway()
    {
        QFETCH(QStringList, entries);
        QFETCH(qint64, lastSeen);
        QFETCH(QString, expected);
        QList<HistoryRecord> records;
        for (const QString &line : std::as_const(entries))
            records.append(entry(line, records.size() + 1));
        const quint32 first = 7; // numbers need not start at 1
        const std::optional<HistoryWalk> walk = walkHistory(records, first);
        QVERIFY(walk);
        const QList<AwayChange> changes = awayChanges(*walk, records, [&](quint32 number) {
            const HistoryRecord &r = records.at(number - first);
            return r.revision > lastSeen && r.author != QLatin1String("me");
        });
        QCOMPARE(describe(changes), expected);
    }

    void changesFoundByComparison_data()
    {
        QTest::addColumn<QString>("seen");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("writers");
        QTest::addColumn<QString>("expected");
        // When the history is gone, the text seen last is compared with the text now. "writers"
        // says who wrote each unit of the text now, as the authorship does: a(na), b(en), m(e),
        // or . for nobody known. Deletions have no known author, and nothing has a time.
        QTest::addRow("nothing changed") << "hello"
                                         << "hello"
                                         << "....." << QString();
        QTest::addRow("an insertion by someone else")
            << "hello"
            << "hello world"
            << ".....aaaaaa" << QStringLiteral("5-11 by ana @0");
        QTest::addRow("touching insertions of two are one change")
            << "hello"
            << "abhello"
            << "ab....." << QStringLiteral("0-2 by ana,ben @0");
        QTest::addRow("one's own text is not shown") << "hello"
                                                     << "hello!"
                                                     << ".....m" << QString();
        QTest::addRow("one's own text inside splits a change")
            << "hello"
            << "aXbhello"
            << "amb....." << QStringLiteral("0-1 by ana @0; 2-3 by ben @0");
        QTest::addRow("text by nobody known is shown without a name")
            << "hello"
            << "hello!"
            << "......" << QStringLiteral("5-6 by  @0");
        QTest::addRow("a deletion's author is not known") << "hello"
                                                          << "hlo"
                                                          << "..." << QStringLiteral("1-1 by  @0");
        QTest::addRow("a replacement is one change") << "hello"
                                                     << "hXllo"
                                                     << ".a..." << QStringLiteral("1-2 by ana @0");
    }
    void changesFoundByComparison()
    {
        QFETCH(QString, seen);
        QFETCH(QString, now);
        QFETCH(QString, writers);
        QFETCH(QString, expected);
        const QString names = QStringLiteral(".abm");
        AuthorshipMap authorship(0);
        for (qsizetype i = 0; i < writers.size(); ++i) {
            QVERIFY(authorship.apply(TextOperation().retain(i).insert(QStringLiteral("x")),
                                     quint32(names.indexOf(writers.at(i)))));
        }
        const quint32 number = 4; // numbers need not start at 1
        HistoryWalk walk = compareTexts(seen, now, number);
        QVERIFY(splitByAuthor(walk, number, authorship));
        // Entry `number` is the deletions; number + 1 + k what author k wrote.
        QList<HistoryRecord> records {HistoryRecord {}, HistoryRecord {}};
        for (const QString &name :
             {QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("me")})
            records.append(HistoryRecord {0, {}, name, name, QStringLiteral("#336699"), 0});
        const QList<AwayChange> changes = awayChanges(walk, records, [&](quint32 n) {
            return n >= number && records.at(n - number).author != QLatin1String("me");
        });
        QCOMPARE(describe(changes), expected);
    }

    void aComparisonNeedsTheAuthorshipOfItsText()
    {
        HistoryWalk walk = compareTexts(QStringLiteral("hello"), QStringLiteral("hello!"), 1);
        const HistoryWalk before = walk;
        QVERIFY(!splitByAuthor(walk, 1, AuthorshipMap(5)));
        QCOMPARE(walk.written, before.written);
    }

    void aGapInTheHistoryIsRefused()
    {
        // Revision 2 expects a text of 9 units; revision 1 left 6.
        const QList<HistoryRecord> records {entry(QStringLiteral("ana: [5, \"!\"]"), 1),
                                            entry(QStringLiteral("ben: [9, \"?\"]"), 2)};
        QVERIFY(!walkHistory(records));
    }

    void laterEditsMoveTheWalk_data()
    {
        QTest::addColumn<QString>("later");
        QTest::addColumn<QString>("expected");
        QTest::addRow("typing before it")
            << QStringLiteral("[\"12\", 7]") << QStringLiteral("4-5 by ana @1; 8-9 by ana @1");
        QTest::addRow("typing inside it is not part of it")
            << QStringLiteral("[3, \"12\", 4]") << QStringLiteral("2-3 by ana @1; 8-9 by ana @1");
        QTest::addRow("deleting it oneself") << QStringLiteral("[2, -1, 3, -1]") << QString();
    }
    void laterEditsMoveTheWalk()
    {
        QFETCH(QString, later);
        QFETCH(QString, expected);
        // "hello" -> "heXlloY": ana's X at 2 and Y at 6.
        const QList<HistoryRecord> records {entry(QStringLiteral("ana: [2, \"X\", 3, \"Y\"]"), 1)};
        std::optional<HistoryWalk> walk = walkHistory(records);
        QVERIFY(walk);
        QVERIFY(walk->apply(entry(QStringLiteral("me: ") + later, 2).op, 0));
        QCOMPARE(describe(awayChanges(*walk, records, [](quint32) { return true; })), expected);
    }
};

QTEST_APPLESS_MAIN(TestAwayChanges)
#include "tst_awaychanges.moc"
