// View ▸ Show Last Editor: beside each line the margin names who edited it last (the author of
// its most recent edit whose time is known, else the author of most of it), nobody for text of
// nobody known; it follows the edits, and switching it off hides the margin.
#include "CodeEditor.h"
#include "client/ClientAuthorship.h"
#include "client/HistoryClient.h"
#include "client/RecentEdits.h"
#include "client/SessionClient.h"
#include "collab/LastEditorMargin.h"

#include <QJsonArray>
#include <QTest>

using namespace ensemble;

namespace {

using S = QsciScintillaBase;

// "aaaa\nbbbb\ncccc": line 0 by Ana, line 1 by Bo, line 2 by nobody known.
AuthorshipInfo threeLines()
{
    const QList<AuthorRecord> authors {
        {QStringLiteral("a1"), QStringLiteral("Ana"), QStringLiteral("#3366ff"), 1},
        {QStringLiteral("b2"), QStringLiteral("Bo"), QStringLiteral("#d04040"), 2}};
    return AuthorshipInfo {AuthorshipMap::fromJson(QJsonArray {5, 1, 5, 2, 4, 0}).value(), authors};
}

QString marginText(CodeEditor &editor, int line)
{
    const long length
        = long(editor.SendScintilla(S::SCI_MARGINGETTEXT, (unsigned long)line, (char *)nullptr));
    QByteArray text(length, '\0');
    editor.SendScintilla(S::SCI_MARGINGETTEXT, (unsigned long)line, text.data());
    return QString::fromUtf8(text);
}

} // namespace

class TestLastEditorMargin : public QObject
{
    Q_OBJECT

private slots:
    void namesTheLastEditorOfEachLine_data()
    {
        QTest::addColumn<int>("editAt"); // where Bo types "x" (-1: nowhere)
        QTest::addColumn<QStringList>("names");
        QTest::addRow("as written")
            << -1 << QStringList {QStringLiteral("Ana"), QStringLiteral("Bo"), QString()};
        QTest::addRow("a newer edit outweighs older text")
            << 2 << QStringList {QStringLiteral("Bo"), QStringLiteral("Bo"), QString()};
        QTest::addRow("in text of nobody known")
            << 12
            << QStringList {QStringLiteral("Ana"), QStringLiteral("Bo"), QStringLiteral("Bo")};
    }
    void namesTheLastEditorOfEachLine()
    {
        QFETCH(int, editAt);
        QFETCH(QStringList, names);
        CodeEditor editor;
        editor.loadDocumentText(QStringLiteral("aaaa\nbbbb\ncccc"));
        SessionClient session;
        ClientAuthorship authorship;
        auto *times = new RecentEdits(&authorship, new HistoryClient(&session));
        authorship.adopt(threeLines(), 14, {}, 1);
        authorship.markStart(-1, 0, 14, {});
        LastEditorMargin margin(&editor, &authorship, times);
        if (editAt >= 0) {
            editor.SendScintilla(S::SCI_INSERTTEXT, editAt, "x");
            TextOperation op;
            op.retain(editAt).insert(QStringLiteral("x")).retain(14 - editAt);
            authorship.applyRemote(op, 2);
            QVERIFY(times->timeAt(editAt) > 0);
        }
        QStringList seen;
        for (int line = 0; line < 3; ++line)
            seen.append(margin.lastEditor(line));
        QCOMPARE(seen, names);
    }

    void switchesTheMarginOnAndOff()
    {
        CodeEditor editor;
        editor.loadDocumentText(QStringLiteral("aaaa\nbbbb\ncccc"));
        ClientAuthorship authorship;
        authorship.adopt(threeLines(), 14, {}, 1);
        editor.resize(400, 300);
        editor.show();
        LastEditorMargin margin(&editor, &authorship, nullptr);
        QCOMPARE(editor.marginWidth(LastEditorMargin::margin), 0);
        margin.setEnabled(true);
        QVERIFY(editor.marginWidth(LastEditorMargin::margin) > 0);
        QCOMPARE(marginText(editor, 1), QStringLiteral("Bo"));
        margin.setEnabled(false);
        QCOMPARE(editor.marginWidth(LastEditorMargin::margin), 0);
        QCOMPARE(marginText(editor, 1), QString());
    }
};

QTEST_MAIN(TestLastEditorMargin)
#include "tst_lasteditormargin.moc"
