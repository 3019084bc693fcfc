#include "CodeEditor.h"
#include "LanguageRegistry.h"
#include "RustLexer.h"

#include <QDropEvent>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>
#include <Qsci/qscicommandset.h>

using namespace ensemble;

namespace {

int styleAt(const CodeEditor &editor, const QByteArray &needle)
{
    const QByteArray text = editor.documentText().toUtf8();
    const long position = text.indexOf(needle);
    return position < 0 ? -1
                        : int(editor.SendScintilla(QsciScintillaBase::SCI_GETSTYLEAT, position));
}

} // namespace

class CodeEditorTest : public QObject
{
    Q_OBJECT

private slots:
    void appliesOptions();
    void loadedTextIsExactUnmodifiedAndNotUndoable();
    void editingMarksModifiedUntilUndoneToSavePoint();
    void newLinesUseTheDocumentLineEnding();
    void choosesALexerPerLanguage();
    void highlightsRustThroughScintillaLexRust();
    void followsThePalette();
    void droppedFilesAreOfferedNotInserted();
    void zooms();
    void releasesKeysForTheWindow();
};

void CodeEditorTest::appliesOptions()
{
    CodeEditor editor;
    EditorOptions options = EditorOptions::defaults();
    options.tabWidth = 8;
    options.indentWithSpaces = false;
    options.showWhitespace = true;
    options.wordWrap = true;
    options.showIndentGuides = false;
    editor.applyOptions(options);
    QCOMPARE(editor.tabWidth(), 8);
    QVERIFY(editor.indentationsUseTabs());
    QCOMPARE(editor.whitespaceVisibility(), QsciScintilla::WsVisible);
    QCOMPARE(editor.wrapMode(), QsciScintilla::WrapWord);
    QVERIFY(!editor.indentationGuides());
    QCOMPARE(editor.options(), options);

    options.indentWithSpaces = true;
    options.wordWrap = false;
    editor.applyOptions(options);
    QVERIFY(!editor.indentationsUseTabs());
    QCOMPARE(editor.wrapMode(), QsciScintilla::WrapNone);
}

void CodeEditorTest::loadedTextIsExactUnmodifiedAndNotUndoable()
{
    CodeEditor editor;
    const QString text = QString::fromUtf8("a\0b\r\nc \xF0\x9F\x98\x80\rd\n", 13);
    editor.loadDocumentText(text);
    QCOMPARE(editor.documentText(), text);
    QVERIFY(!editor.isModified());
    QVERIFY(!editor.isUndoAvailable());
}

void CodeEditorTest::editingMarksModifiedUntilUndoneToSavePoint()
{
    CodeEditor editor;
    editor.loadDocumentText(QStringLiteral("hello"));
    QSignalSpy modified(&editor, &QsciScintilla::modificationChanged);
    editor.insertAt(QStringLiteral("well, "), 0, 0);
    QVERIFY(editor.isModified());
    QCOMPARE(modified.count(), 1);
    editor.undo();
    QVERIFY(!editor.isModified());
    QCOMPARE(editor.documentText(), QStringLiteral("hello"));
}

void CodeEditorTest::newLinesUseTheDocumentLineEnding()
{
    CodeEditor editor;
    editor.loadDocumentText(QStringLiteral("a\r\nb"));
    editor.setLineEnding(LineEnding::CrLf);
    editor.SendScintilla(QsciScintillaBase::SCI_DOCUMENTEND);
    editor.SendScintilla(QsciScintillaBase::SCI_NEWLINE);
    QCOMPARE(editor.documentText(), QStringLiteral("a\r\nb\r\n"));

    editor.convertLineEndings(LineEnding::Lf);
    QCOMPARE(editor.documentText(), QStringLiteral("a\nb\n"));
    QCOMPARE(editor.eolMode(), QsciScintilla::EolUnix);
}

void CodeEditorTest::choosesALexerPerLanguage()
{
    CodeEditor editor;
    QVERIFY(editor.language().isPlainText());
    QCOMPARE(editor.lexer(), nullptr);
    editor.setLanguage(*LanguageRegistry::byId(u"python"));
    QVERIFY(editor.lexer());
    QCOMPARE(QString::fromLatin1(editor.lexer()->language()), QStringLiteral("Python"));
    editor.setLanguage(LanguageRegistry::plainText());
    QCOMPARE(editor.lexer(), nullptr);
}

void CodeEditorTest::highlightsRustThroughScintillaLexRust()
{
    CodeEditor editor;
    editor.setLanguage(*LanguageRegistry::byId(u"rust"));
    QCOMPARE(editor.SendScintilla(QsciScintillaBase::SCI_GETLEXER),
             long(QsciScintillaBase::SCLEX_RUST));
    editor.loadDocumentText(
        QStringLiteral("fn main() { // note\n    let s: u32 = 42; println!(\"hi\"); }\n"));
    editor.SendScintilla(QsciScintillaBase::SCI_COLOURISE, 0, -1L);
    QCOMPARE(styleAt(editor, "fn"), int(RustLexer::Keyword));
    QCOMPARE(styleAt(editor, "// note"), int(RustLexer::CommentLine));
    QCOMPARE(styleAt(editor, "u32"), int(RustLexer::BuiltInType));
    QCOMPARE(styleAt(editor, "42"), int(RustLexer::Number));
    QCOMPARE(styleAt(editor, "println!"), int(RustLexer::Macro));
    QCOMPARE(styleAt(editor, "\"hi\""), int(RustLexer::String));
}

void CodeEditorTest::followsThePalette()
{
    CodeEditor editor;
    editor.setLanguage(*LanguageRegistry::byId(u"cpp"));
    QVERIFY(!editor.colors().dark);
    QPalette dark = editor.palette();
    dark.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x25));
    dark.setColor(QPalette::Text, QColor(0xdc, 0xdf, 0xe4));
    editor.setPalette(dark);
    QVERIFY(editor.colors().dark);
    QCOMPARE(editor.lexer()->paper(0), QColor(0x1f, 0x21, 0x25));
    const long background = editor.SendScintilla(QsciScintillaBase::SCI_STYLEGETBACK,
                                                 long(QsciScintillaBase::STYLE_DEFAULT));
    // Scintilla stores colours as 0xBBGGRR.
    QCOMPARE(background, 0x25211fL);
}

void CodeEditorTest::droppedFilesAreOfferedNotInserted()
{
    CodeEditor editor;
    editor.resize(400, 300);
    QSignalSpy dropped(&editor, &CodeEditor::filesDropped);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/a.cpp")),
                  QUrl::fromLocalFile(QStringLiteral("/tmp/b.py"))});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(editor.viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(editor.viewport(), &drop);
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(dropped.first().first().toStringList(),
             QStringList({QStringLiteral("/tmp/a.cpp"), QStringLiteral("/tmp/b.py")}));
    QCOMPARE(editor.documentText(), QString());
}

void CodeEditorTest::zooms()
{
    CodeEditor editor;
    QCOMPARE(editor.zoomLevel(), 0);
    editor.zoomIn();
    QCOMPARE(editor.zoomLevel(), 1);
    editor.zoomTo(0);
    QCOMPARE(editor.zoomLevel(), 0);
}

void CodeEditorTest::releasesKeysForTheWindow()
{
    CodeEditor editor;
    const QKeySequence cutLine(Qt::CTRL | Qt::Key_L);
    const QKeySequence wordPartLeft(Qt::CTRL | Qt::Key_Slash);
    QVERIFY(editor.standardCommands()->boundTo(cutLine[0].toCombined()));
    QVERIFY(editor.standardCommands()->boundTo(wordPartLeft[0].toCombined()));
    editor.releaseShortcuts(
        {cutLine, wordPartLeft, QKeySequence(QStringLiteral("Ctrl+K, Ctrl+C"))});
    QCOMPARE(editor.standardCommands()->boundTo(cutLine[0].toCombined()), nullptr);
    QCOMPARE(editor.standardCommands()->boundTo(wordPartLeft[0].toCombined()), nullptr);
    // Other bindings stay.
    QVERIFY(editor.standardCommands()->boundTo(QKeySequence(Qt::CTRL | Qt::Key_Z)[0].toCombined()));
}

QTEST_MAIN(CodeEditorTest)
#include "tst_codeeditor.moc"
