#include "CodeEditor.h"
#include "TextSearch.h"

#include <QTest>

using namespace ensemble;

namespace {

// Options from a compact spec: c = match case, w = whole word, r = regex, n = no wrap.
SearchOptions optionsFrom(const QString &spec)
{
    SearchOptions options;
    options.caseSensitive = spec.contains(u'c');
    options.wholeWord = spec.contains(u'w');
    options.regularExpression = spec.contains(u'r');
    options.wrapAround = !spec.contains(u'n');
    return options;
}

long bytePosition(const CodeEditor &editor, int characters)
{
    return editor.SendScintilla(QsciScintillaBase::SCI_POSITIONRELATIVE, 0UL, long(characters));
}

} // namespace

class TextSearchTest : public QObject
{
    Q_OBJECT

private slots:
    void find_data();
    void find();
    void findNextWalksThroughEveryMatch();
    void replaceReplacesTheCurrentMatchThenMovesOn();
    void replaceAll_data();
    void replaceAll();
    void replaceAllIsOneUndoStep();
    void invalidRegularExpressionIsReported();
    void countsMatches();
};

void TextSearchTest::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("caret");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("options");
    QTest::addColumn<bool>("backward");
    QTest::addColumn<int>("matchAt"); // in characters; -1 for no match
    QTest::addColumn<bool>("wrapped");

    QTest::addRow("forward from start") << "alpha beta alpha" << 0 << "alpha"
                                        << "" << false << 0 << false;
    QTest::addRow("forward from inside") << "alpha beta alpha" << 1 << "alpha"
                                         << "" << false << 11 << false;
    QTest::addRow("ignores case") << "Foo foo" << 0 << "foo"
                                  << "" << false << 0 << false;
    QTest::addRow("matches case") << "Foo foo" << 0 << "foo"
                                  << "c" << false << 4 << false;
    QTest::addRow("whole word") << "food foo" << 0 << "foo"
                                << "w" << false << 5 << false;
    QTest::addRow("regex") << "a1 b22 c333" << 0 << "\\d{3}"
                           << "r" << false << 8 << false;
    QTest::addRow("regex whole word") << "ab1 1" << 0 << "\\d"
                                      << "rw" << false << 4 << false;
    QTest::addRow("regex ignores case") << "ABC" << 0 << "b"
                                        << "r" << false << 1 << false;
    QTest::addRow("wraps around") << "x target y" << 5 << "target"
                                  << "" << false << 2 << true;
    QTest::addRow("no wrap, no match") << "x target y" << 5 << "target"
                                       << "n" << false << -1 << false;
    QTest::addRow("backward") << "one two one" << 11 << "one"
                              << "" << true << 8 << false;
    QTest::addRow("backward wraps") << "one two" << 0 << "two"
                                    << "" << true << 4 << true;
    QTest::addRow("not found") << "nothing here" << 0 << "absent"
                               << "" << false << -1 << false;
    QTest::addRow("non-ASCII") << "h\u00e9llo w\u00f6rld" << 0 << "w\u00f6rld"
                               << "" << false << 6 << false;
    QTest::addRow("after emoji") << "\U0001F600 x \U0001F600 x" << 2 << "x"
                                 << "" << false << 2 << false;
    QTest::addRow("regex across accents") << "na\u00efve" << 0 << "a.v"
                                          << "r" << false << 1 << false;
}

void TextSearchTest::find()
{
    QFETCH(QString, text);
    QFETCH(int, caret);
    QFETCH(QString, pattern);
    QFETCH(QString, options);
    QFETCH(bool, backward);
    QFETCH(int, matchAt);
    QFETCH(bool, wrapped);

    CodeEditor editor;
    editor.loadDocumentText(text);
    const long caretPosition = bytePosition(editor, caret);
    editor.SendScintilla(QsciScintillaBase::SCI_SETSEL, caretPosition, caretPosition);
    const TextSearch::Outcome outcome = TextSearch(editor).find(
        pattern, optionsFrom(options),
        backward ? TextSearch::Direction::Backward : TextSearch::Direction::Forward);
    QVERIFY(outcome.error.isEmpty());
    QCOMPARE(outcome.found, matchAt >= 0);
    QCOMPARE(outcome.wrapped, wrapped);
    if (matchAt >= 0) {
        QCOMPARE(editor.SendScintilla(QsciScintillaBase::SCI_GETSELECTIONSTART),
                 bytePosition(editor, matchAt));
        QCOMPARE(editor.selectedText().size(),
                 optionsFrom(options).regularExpression ? editor.selectedText().size()
                                                        : pattern.size());
    }
}

void TextSearchTest::findNextWalksThroughEveryMatch()
{
    CodeEditor editor;
    editor.loadDocumentText(QStringLiteral("one\ntwo\nthree"));
    TextSearch search(editor);
    const SearchOptions lineStarts = optionsFrom(QStringLiteral("rn"));
    QList<long> starts;
    while (search.find(QStringLiteral("^"), lineStarts, TextSearch::Direction::Forward).found)
        starts.append(editor.SendScintilla(QsciScintillaBase::SCI_GETSELECTIONSTART));
    // Empty matches advance instead of matching the same place forever.
    QCOMPARE(starts, QList<long>({0, 4, 8}));
}

void TextSearchTest::replaceReplacesTheCurrentMatchThenMovesOn()
{
    CodeEditor editor;
    editor.loadDocumentText(QStringLiteral("a b a"));
    TextSearch search(editor);
    const SearchOptions options;
    // Nothing selected: replace only finds the first match.
    QVERIFY(search.replace(QStringLiteral("a"), QStringLiteral("X"), options).found);
    QCOMPARE(editor.documentText(), QStringLiteral("a b a"));
    QCOMPARE(editor.selectedText(), QStringLiteral("a"));
    QVERIFY(search.replace(QStringLiteral("a"), QStringLiteral("X"), options).found);
    QCOMPARE(editor.documentText(), QStringLiteral("X b a"));
    QCOMPARE(editor.SendScintilla(QsciScintillaBase::SCI_GETSELECTIONSTART), 4L);
}

void TextSearchTest::replaceAll_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("replacement");
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("count");

    QTest::addRow("plain") << "cat cat dog"
                           << "cat"
                           << "dog"
                           << ""
                           << "dog dog dog" << 2;
    QTest::addRow("whole word") << "cat catalog"
                                << "cat"
                                << "dog"
                                << "w"
                                << "dog catalog" << 1;
    QTest::addRow("case") << "A a"
                          << "a"
                          << "b"
                          << "c"
                          << "A b" << 1;
    QTest::addRow("regex groups") << "key=value"
                                  << "(\\w+)=(\\w+)"
                                  << "\\2=\\1"
                                  << "r"
                                  << "value=key" << 1;
    QTest::addRow("regex line starts") << "a\nb\nc"
                                       << "^"
                                       << "> "
                                       << "r"
                                       << "> a\n> b\n> c" << 3;
    QTest::addRow("replacement contains pattern") << "aaa"
                                                  << "a"
                                                  << "aa"
                                                  << ""
                                                  << "aaaaaa" << 3;
    QTest::addRow("non-ASCII") << "\u00e9t\u00e9"
                               << "\u00e9"
                               << "e"
                               << ""
                               << "ete" << 2;
    QTest::addRow("emoji") << "\U0001F600+\U0001F600"
                           << "\U0001F600"
                           << ":)"
                           << ""
                           << ":)+:)" << 2;
    QTest::addRow("delete") << "a-b-c"
                            << "-"
                            << ""
                            << ""
                            << "abc" << 2;
    QTest::addRow("regex whole word") << "cat catalog cat"
                                      << "c\\w{2}"
                                      << "dog"
                                      << "rw"
                                      << "dog catalog dog" << 2;
    QTest::addRow("no match") << "abc"
                              << "x"
                              << "y"
                              << ""
                              << "abc" << 0;
}

void TextSearchTest::replaceAll()
{
    QFETCH(QString, text);
    QFETCH(QString, pattern);
    QFETCH(QString, replacement);
    QFETCH(QString, options);
    QFETCH(QString, expected);
    QFETCH(int, count);

    CodeEditor editor;
    editor.loadDocumentText(text);
    QCOMPARE(TextSearch(editor).replaceAll(pattern, replacement, optionsFrom(options)), count);
    QCOMPARE(editor.documentText(), expected);
}

void TextSearchTest::replaceAllIsOneUndoStep()
{
    CodeEditor editor;
    editor.loadDocumentText(QStringLiteral("x x x x"));
    QCOMPARE(TextSearch(editor).replaceAll(QStringLiteral("x"), QStringLiteral("yy"), {}), 4);
    editor.undo();
    QCOMPARE(editor.documentText(), QStringLiteral("x x x x"));
    QVERIFY(!editor.isModified());
}

void TextSearchTest::invalidRegularExpressionIsReported()
{
    CodeEditor editor;
    editor.loadDocumentText(QStringLiteral("(abc"));
    TextSearch search(editor);
    const SearchOptions regex = optionsFrom(QStringLiteral("r"));
    const TextSearch::Outcome outcome
        = search.find(QStringLiteral("(ab"), regex, TextSearch::Direction::Forward);
    QVERIFY(!outcome.found);
    QVERIFY(!outcome.error.isEmpty());
    QCOMPARE(search.replaceAll(QStringLiteral("(ab"), QStringLiteral("x"), regex), -1);
    QCOMPARE(editor.documentText(), QStringLiteral("(abc"));
    // The same text is fine as a plain search.
    QVERIFY(search.find(QStringLiteral("(ab"), {}, TextSearch::Direction::Forward).found);
    QVERIFY(!TextSearch::validate(QString(), {}).isEmpty());
}

void TextSearchTest::countsMatches()
{
    CodeEditor editor;
    editor.loadDocumentText(QStringLiteral("to be or not to be"));
    TextSearch search(editor);
    QCOMPARE(search.countMatches(QStringLiteral("be"), {}), 2);
    QCOMPARE(search.countMatches(QStringLiteral("o"), {}), 4);
    QCOMPARE(search.countMatches(QStringLiteral("[bn]\\w+"), optionsFrom(QStringLiteral("r"))), 3);
    QCOMPARE(search.countMatches(QStringLiteral("t\\w"), optionsFrom(QStringLiteral("rw"))), 2);
    QCOMPARE(search.countMatches(QStringLiteral("zzz"), {}), 0);
}

QTEST_MAIN(TextSearchTest)
#include "tst_textsearch.moc"
