// View ▸ Show Authorship: the tints in the editor are exactly the authorship's runs (each in its
// author's colour, none for nobody known), they follow the edits the map follows, they go when
// it is switched off, and hovering says who wrote the text.
#include "CodeEditor.h"
#include "client/ClientAuthorship.h"
#include "collab/AuthorshipHighlighter.h"
#include "collab/Utf16Index.h"

#include <QJsonArray>
#include <QTest>

using namespace ensemble;

namespace {

using S = QsciScintillaBase;
using Runs = QList<AuthorshipMap::Run>;

const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80");
const QList<AuthorRecord> authors {
    {QStringLiteral("a1"), QStringLiteral("Ana"), QStringLiteral("#3366ff"), 1},
    {QStringLiteral("b2"), QStringLiteral("Bo"), QStringLiteral("#d04040"), 2}};

AuthorshipInfo infoOf(const Runs &runs)
{
    QJsonArray flat;
    for (const AuthorshipMap::Run &run : runs) {
        flat.append(qint64(run.length));
        flat.append(qint64(run.author));
    }
    return AuthorshipInfo {AuthorshipMap::fromJson(flat).value(), authors};
}

// The tinted stretches as [from, to) in UTF-16 units with their colour, read from Scintilla.
struct Tint
{
    qsizetype from;
    qsizetype to;
    long value;
    bool operator==(const Tint &) const = default;
};

QList<Tint> tints(CodeEditor &editor, int indicator)
{
    Utf16Index index(&editor);
    QList<Tint> found;
    const long length = editor.SendScintilla(S::SCI_GETLENGTH);
    long at = 0;
    while (at < length) {
        const long end = editor.SendScintilla(S::SCI_INDICATOREND, indicator, at);
        const long value = editor.SendScintilla(S::SCI_INDICATORVALUEAT, indicator, at);
        if (value != 0)
            found.append({index.toUtf16(at), index.toUtf16(end), value});
        if (end <= at)
            break;
        at = end;
    }
    return found;
}

// What the runs should look like: Ana blue, Bo red, nobody untinted.
QList<Tint> expected(const Runs &runs)
{
    QList<Tint> tints;
    qsizetype at = 0;
    for (const AuthorshipMap::Run &run : runs) {
        const long bgr = run.author == 1 ? 0xff6633 : 0x4040d0;
        if (run.author != 0) {
            if (!tints.isEmpty() && tints.last().to == at
                && tints.last().value == (bgr | S::SC_INDICVALUEBIT))
                tints.last().to += run.length;
            else
                tints.append({at, at + run.length, bgr | S::SC_INDICVALUEBIT});
        }
        at += run.length;
    }
    return tints;
}

} // namespace

class TestAuthorshipHighlighter : public QObject
{
    Q_OBJECT

private slots:
    void tintsAreTheRuns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Runs>("runs");
        QTest::addRow("one author") << QStringLiteral("hello") << Runs {{5, 1}};
        QTest::addRow("two authors and nobody")
            << QStringLiteral("int x;\nint y;\n") << Runs {{4, 1}, {3, 0}, {7, 2}};
        QTest::addRow("beyond ASCII") << QStringLiteral("é") + emoji + QStringLiteral("ü\nß")
                                      << Runs {{1, 2}, {2, 1}, {1, 2}, {2, 0}};
        QTest::addRow("nobody known") << QStringLiteral("abc") << Runs {{3, 0}};
    }
    void tintsAreTheRuns()
    {
        QFETCH(QString, text);
        QFETCH(Runs, runs);
        CodeEditor editor;
        editor.loadDocumentText(text);
        ClientAuthorship authorship;
        authorship.adopt(infoOf(runs), text.size(), {}, 1);
        AuthorshipHighlighter highlighter(&editor, &authorship);
        QVERIFY(highlighter.indicator() >= 0);
        QVERIFY(tints(editor, highlighter.indicator()).isEmpty()); // off at first
        highlighter.setEnabled(true);
        QCOMPARE(tints(editor, highlighter.indicator()), expected(runs));
        highlighter.setEnabled(false);
        QVERIFY(tints(editor, highlighter.indicator()).isEmpty());
    }

    void followsTheEdits()
    {
        CodeEditor editor;
        editor.loadDocumentText(QStringLiteral("abcdef"));
        ClientAuthorship authorship;
        authorship.adopt(infoOf({{3, 1}, {3, 2}}), 6, {}, 1);
        AuthorshipHighlighter highlighter(&editor, &authorship);
        highlighter.setEnabled(true);
        // Bo (user 2) inserts "XY" at 1, the editor first, then the map, as DocumentSync does.
        editor.SendScintilla(S::SCI_INSERTTEXT, 1, "XY");
        TextOperation op;
        op.retain(1).insert(QStringLiteral("XY")).retain(5);
        authorship.applyRemote(op, 2);
        QTRY_COMPARE(tints(editor, highlighter.indicator()),
                     expected({{1, 1}, {2, 2}, {2, 1}, {3, 2}}));
        QCOMPARE(highlighter.describe(0), QStringLiteral("Written by Ana"));
        QCOMPARE(highlighter.describe(2), QStringLiteral("Written by Bo"));
        QCOMPARE(highlighter.describe(8), QString());
    }
};

QTEST_MAIN(TestAuthorshipHighlighter)
#include "tst_authorshiphighlighter.moc"
