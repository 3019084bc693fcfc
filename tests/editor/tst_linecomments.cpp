#include "CodeEditor.h"
#include "LanguageRegistry.h"
#include "LineComments.h"

#include <QTest>

using namespace ensemble;

class LineCommentsTest : public QObject
{
    Q_OBJECT

private slots:
    void toggles_data();
    void toggles();
    void isOneUndoStep();
    void languagesWithoutLineCommentsAreLeftAlone();
};

void LineCommentsTest::toggles_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("firstLine");
    QTest::addColumn<int>(
        "lastLine"); // selection from the start of firstLine to the end of lastLine
    QTest::addColumn<QString>("expected");

    QTest::addRow("one C++ line") << "cpp"
                                  << "int a;\nint b;\n"
                                  << 0 << 0 << "// int a;\nint b;\n";
    QTest::addRow("uncomment") << "cpp"
                               << "// int a;\nint b;\n"
                               << 0 << 0 << "int a;\nint b;\n";
    QTest::addRow("uncomment without space") << "cpp"
                                             << "//int a;\n"
                                             << 0 << 0 << "int a;\n";
    QTest::addRow("block keeps its shape") << "python"
                                           << "if x:\n    y()\n    z()\n"
                                           << 0 << 2 << "# if x:\n#     y()\n#     z()\n";
    QTest::addRow("indented block") << "python"
                                    << "    a\n        b\n"
                                    << 0 << 1 << "    # a\n    #     b\n";
    QTest::addRow("blank lines untouched") << "bash"
                                           << "a\n\nb\n"
                                           << 0 << 2 << "# a\n\n# b\n";
    QTest::addRow("mixed: comments all") << "lua"
                                         << "-- a\nb\n"
                                         << 0 << 1 << "-- -- a\n-- b\n";
    QTest::addRow("all commented: uncomments") << "sql"
                                               << "  -- a\n  -- b\n"
                                               << 0 << 1 << "  a\n  b\n";
    QTest::addRow("CRLF kept") << "rust"
                               << "a\r\nb\r\n"
                               << 0 << 1 << "// a\r\n// b\r\n";
    QTest::addRow("non-ASCII") << "tex"
                               << "\u00e9t\u00e9\n"
                               << 0 << 0 << "% \u00e9t\u00e9\n";
}

void LineCommentsTest::toggles()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(int, firstLine);
    QFETCH(int, lastLine);
    QFETCH(QString, expected);
    CodeEditor editor;
    editor.setLanguage(*LanguageRegistry::byId(language));
    editor.loadDocumentText(text);
    editor.setSelection(firstLine, 0, lastLine, editor.text(lastLine).trimmed().size());
    QVERIFY(toggleLineComments(editor));
    QCOMPARE(editor.documentText(), expected);
}

void LineCommentsTest::isOneUndoStep()
{
    CodeEditor editor;
    editor.setLanguage(*LanguageRegistry::byId(u"cpp"));
    editor.loadDocumentText(QStringLiteral("a\nb\nc\n"));
    editor.selectAll();
    QVERIFY(toggleLineComments(editor));
    QCOMPARE(editor.documentText(), QStringLiteral("// a\n// b\n// c\n"));
    editor.undo();
    QCOMPARE(editor.documentText(), QStringLiteral("a\nb\nc\n"));
}

void LineCommentsTest::languagesWithoutLineCommentsAreLeftAlone()
{
    CodeEditor editor;
    editor.setLanguage(*LanguageRegistry::byId(u"json"));
    editor.loadDocumentText(QStringLiteral("{}\n"));
    QVERIFY(!toggleLineComments(editor));
    QCOMPARE(editor.documentText(), QStringLiteral("{}\n"));
    QVERIFY(!editor.isModified());
}

QTEST_MAIN(LineCommentsTest)
#include "tst_linecomments.moc"
