#include "BraceMatcher.h"
#include "CodeEditor.h"
#include "LanguageRegistry.h"

#include <QTest>

using namespace ensemble;

namespace {
using S = QsciScintillaBase;
const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80");
} // namespace

// The partner of a brace, found as SCI_BRACEMATCH finds it, but never further than the limit.
class TestBraceMatcher : public QObject
{
    Q_OBJECT

private slots:
    void partner_data();
    void partner();
    void stopsAtTheLimit_data();
    void stopsAtTheLimit();
};

void TestBraceMatcher::partner_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("brace"); // byte positions
    QTest::addColumn<long>("expected");

    QTest::addRow("round, forward") << ""
                                    << "f(a, b)" << 1 << 6L;
    QTest::addRow("round, backward") << ""
                                     << "f(a, b)" << 6 << 1L;
    QTest::addRow("nested") << ""
                            << "{[()]{}}" << 0 << 7L;
    QTest::addRow("nested, inner") << ""
                                   << "{[()]{}}" << 5 << 6L;
    QTest::addRow("angle brackets") << ""
                                    << "a<b<c>>" << 1 << 6L;
    QTest::addRow("after multi-byte text")
        << ""
        << "(" + emoji + QString::fromUtf8("\xC3\xA9") + ")" << 0 << 7L;
    QTest::addRow("no partner before the end") << ""
                                               << "{ (" << 0 << BraceMatcher::unmatched;
    QTest::addRow("no partner after the start") << ""
                                                << "a)" << 1 << BraceMatcher::unmatched;
    QTest::addRow("brace at the very end") << ""
                                           << "x{" << 1 << BraceMatcher::unmatched;
    QTest::addRow("not a brace") << ""
                                 << "abc" << 1 << BraceMatcher::unmatched;
    QTest::addRow("braces in a comment do not count") << "cpp"
                                                      << "f(/* ) */ x)" << 1 << 11L;
    QTest::addRow("braces in a string do not count") << "cpp"
                                                     << "{ \"}\"; }" << 0 << 7L;
}

void TestBraceMatcher::partner()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(int, brace);
    QFETCH(long, expected);
    CodeEditor editor;
    if (!language.isEmpty())
        editor.setLanguage(*LanguageRegistry::byId(language));
    editor.setText(text);
    editor.SendScintilla(S::SCI_COLOURISE, 0L, -1L);
    const BraceMatcher matcher(&editor);
    QCOMPARE(matcher.partner(brace), expected);
    if (expected >= 0)
        QCOMPARE(matcher.partner(brace), editor.SendScintilla(S::SCI_BRACEMATCH, brace, 0L));
}

void TestBraceMatcher::stopsAtTheLimit_data()
{
    QTest::addColumn<long>("gap"); // bytes between the two braces
    QTest::addColumn<bool>("found");
    QTest::addRow("just within") << BraceMatcher::searchLimit - 1 << true;
    QTest::addRow("just beyond") << BraceMatcher::searchLimit << false;
}

void TestBraceMatcher::stopsAtTheLimit()
{
    QFETCH(long, gap);
    QFETCH(bool, found);
    CodeEditor editor;
    const QString filler(gap, QLatin1Char('x'));
    editor.setText("{" + filler + "}" + filler + "{");
    const BraceMatcher matcher(&editor);
    const long close = gap + 1;
    QCOMPARE(matcher.partner(0), found ? close : BraceMatcher::tooFar);
    QCOMPARE(matcher.partner(close), found ? 0L : BraceMatcher::tooFar);
    // An unmatched brace near the end: the search ends with the document, not the limit.
    QCOMPARE(matcher.partner(2 * gap + 2), BraceMatcher::unmatched);
}

QTEST_MAIN(TestBraceMatcher)
#include "tst_bracematcher.moc"
