// "While you were away" in the editor: the changes RecentEdits found are marked exactly (a
// deletion on the character after it), Next and Previous step through them from the caret and
// wrap, the marks move with later edits, Dismiss clears them, and the bar above the editor says
// how many changes by whom, and goes with them. Changes found by comparing texts (the history was
// gone) say what is not known; when nothing could be found, the bar says so until dismissed.
#include "CodeEditor.h"
#include "collab/AwayBar.h"
#include "collab/AwayHighlighter.h"
#include "collab/Utf16Index.h"

#include <QApplication>
#include <QTest>
#include <QToolButton>

using namespace ensemble;

namespace {

using S = QsciScintillaBase;
using Ranges = QList<std::pair<qsizetype, qsizetype>>;

const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80");
// 0-9 "int x = 1;", 10 newline, 11-13 the emoji's two units and "y", 14 newline, 15-20 "return".
const QString text = QStringLiteral("int x = 1;\n") + emoji + QStringLiteral("y\nreturn");

QList<AwayChange> changesOf(const Ranges &ranges)
{
    QList<AwayChange> changes;
    for (const auto &[from, to] : ranges)
        changes.append(AwayChange {from, to, {QStringLiteral("Ana")}, 0});
    return changes;
}

qsizetype caret(CodeEditor &editor)
{
    return Utf16Index(&editor).toUtf16(long(editor.SendScintilla(S::SCI_GETCURRENTPOS)));
}

} // namespace

class TestAwayHighlighter : public QObject
{
    Q_OBJECT

private slots:
    void marksAreTheChanges_data()
    {
        QTest::addColumn<Ranges>("changes");
        QTest::addColumn<Ranges>("marked");
        QTest::addRow("one stretch") << Ranges {{4, 9}} << Ranges {{4, 9}};
        QTest::addRow("beyond ASCII") << Ranges {{11, 14}} << Ranges {{11, 14}};
        QTest::addRow("a deletion marks the character after it")
            << Ranges {{4, 4}, {11, 11}} << Ranges {{4, 5}, {11, 13}};
        QTest::addRow("a deletion at the end marks the one before it")
            << Ranges {{21, 21}} << Ranges {{20, 21}};
        QTest::addRow("none") << Ranges {} << Ranges {};
    }
    void marksAreTheChanges()
    {
        QFETCH(Ranges, changes);
        QFETCH(Ranges, marked);
        CodeEditor editor;
        editor.loadDocumentText(text);
        AwayHighlighter away(&editor);
        QVERIFY(away.indicator() >= 0);
        away.show(changesOf(changes));
        QCOMPARE(away.markedRanges(), marked);
        QCOMPARE(away.count(), changes.size());
    }

    void nextAndPreviousStepThroughThem_data()
    {
        QTest::addColumn<qsizetype>("start");
        QTest::addColumn<QString>("steps");
        QTest::addColumn<QList<qsizetype>>("carets");
        // Changes at 4-9, 11-14 and 15-16.
        QTest::addRow("next from the start")
            << qsizetype(0) << QStringLiteral("nnnn") << QList<qsizetype> {4, 11, 15, 4};
        QTest::addRow("next from inside a change goes to the following one")
            << qsizetype(6) << QStringLiteral("n") << QList<qsizetype> {11};
        QTest::addRow("previous from the end")
            << qsizetype(21) << QStringLiteral("pppp") << QList<qsizetype> {15, 11, 4, 15};
        QTest::addRow("previous from inside a change goes to its start")
            << qsizetype(13) << QStringLiteral("p") << QList<qsizetype> {11};
        QTest::addRow("back and forth")
            << qsizetype(0) << QStringLiteral("nnpn") << QList<qsizetype> {4, 11, 4, 11};
    }
    void nextAndPreviousStepThroughThem()
    {
        QFETCH(qsizetype, start);
        QFETCH(QString, steps);
        QFETCH(QList<qsizetype>, carets);
        CodeEditor editor;
        editor.loadDocumentText(text);
        AwayHighlighter away(&editor);
        away.show(changesOf({{4, 9}, {11, 14}, {15, 16}}));
        editor.SendScintilla(S::SCI_GOTOPOS, Utf16Index(&editor).toBytes(start));
        QList<qsizetype> seen;
        for (const QChar step : steps) {
            if (step == u'n')
                away.next();
            else
                away.previous();
            seen.append(caret(editor));
        }
        QCOMPARE(seen, carets);
    }

    void marksFollowLaterEditsAndDismissClearsThem()
    {
        CodeEditor editor;
        editor.loadDocumentText(text);
        AwayHighlighter away(&editor);
        AwayBar bar(&away);
        QVERIFY(bar.message().isEmpty());
        QList<AwayChange> changes = changesOf({{4, 9}, {15, 16}});
        changes.last().authors = QStringList {QStringLiteral("Bo"), QStringLiteral("Ana")};
        away.show(changes);
        QCOMPARE(away.authors(), (QStringList {QStringLiteral("Ana"), QStringLiteral("Bo")}));
        QCOMPARE(bar.message(),
                 AwayBar::tr("%n change(s) by %1 while you were away", nullptr, 2)
                     .arg(QStringLiteral("Ana and Bo")));
        editor.SendScintilla(S::SCI_INSERTTEXT, 0UL, "//");
        QCOMPARE(away.markedRanges(), (Ranges {{6, 11}, {17, 18}}));
        away.dismiss();
        QCOMPARE(away.markedRanges(), Ranges {});
        QCOMPARE(away.count(), 0);
        QVERIFY(bar.message().isEmpty());
    }

    void theBarSaysWhatIsKnown_data()
    {
        QTest::addColumn<QStringList>("authors"); // of the one change
        QTest::addColumn<bool>("compared");
        QTest::addColumn<qint64>("unavailableFrom"); // a notice instead of a change; -2: none
        QTest::addColumn<QString>("expected");
        const QStringList ana {QStringLiteral("Ana")};
        QTest::addRow("from the history")
            << ana << false << qint64(-2)
            << AwayBar::tr("%n change(s) by %1 while you were away", nullptr, 1).arg(u"Ana");
        QTest::addRow("compared") << ana << true << qint64(-2)
                                  << AwayBar::tr("%n change(s) while you were away, text added by "
                                                 "%1; who deleted text and when is not known "
                                                 "(compared with the text you saw last)",
                                                 nullptr, 1)
                                         .arg(u"Ana");
        QTest::addRow("compared, nobody known")
            << QStringList {} << true << qint64(-2)
            << AwayBar::tr("%n change(s) while you were away; who made them and when is not known "
                           "(compared with the text you saw last)",
                           nullptr, 1);
        QTest::addRow("no history kept")
            << QStringList() << false << qint64(-1)
            << AwayBar::tr("Changes made while you were away are not available: the server "
                           "keeps no history");
        QTest::addRow("too little history kept")
            << QStringList() << false << qint64(12)
            << AwayBar::tr("Changes made while you were away are not available: the server "
                           "keeps history from revision %1")
                   .arg(12);
    }
    void theBarSaysWhatIsKnown()
    {
        QFETCH(QStringList, authors);
        QFETCH(bool, compared);
        QFETCH(qint64, unavailableFrom);
        QFETCH(QString, expected);
        CodeEditor editor;
        editor.loadDocumentText(text);
        AwayHighlighter away(&editor);
        AwayBar bar(&away);
        if (unavailableFrom == -2)
            away.show({AwayChange {4, 9, authors, 0}}, compared);
        else
            bar.showUnavailable(unavailableFrom);
        QCOMPARE(bar.message(), expected);
        for (QToolButton *button : bar.findChildren<QToolButton *>()) {
            if (button->text() == AwayBar::tr("Dismiss"))
                button->click();
        }
        QVERIFY(bar.message().isEmpty());
    }
};

int main(int argc, char **argv)
{
    // The bar joins names the way the locale does.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication app(argc, argv);
    TestAwayHighlighter test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_awayhighlighter.moc"
