#include "CodeEditor.h"

#include "BraceMatcher.h"
#include "EditorAccessibility.h"
#include "LanguageRegistry.h"
#include "SyntaxTheme.h"

#include <Qsci/qscicommand.h>
#include <Qsci/qscicommandset.h>
#include <Qsci/qscilexer.h>

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QUrl>

namespace ensemble {

namespace {

constexpr int lineNumberMargin = 0;
constexpr int symbolMargin = 1;
constexpr int foldMargin = 2;

QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            return {};
        paths.append(url.toLocalFile());
    }
    return paths;
}

QsciScintilla::EolMode toEolMode(LineEnding lineEnding)
{
    switch (lineEnding) {
    case LineEnding::CrLf:
        return QsciScintilla::EolWindows;
    case LineEnding::Cr:
        return QsciScintilla::EolMac;
    case LineEnding::Lf:
        break;
    }
    return QsciScintilla::EolUnix;
}

} // namespace

CodeEditor::CodeEditor(QWidget *parent)
    : QsciScintilla(parent)
    , m_language(&LanguageRegistry::plainText())
{
    setUtf8(true);
    setMarginLineNumbers(lineNumberMargin, true);
    setMarginWidth(symbolMargin, 0);
    // Plain folding with the +/- swapped for triangles: lighter than tree lines and boxes.
    setFolding(PlainFoldStyle, foldMargin);
    SendScintilla(SCI_MARKERDEFINE, SC_MARKNUM_FOLDER, long(SC_MARK_ARROW));
    SendScintilla(SCI_MARKERDEFINE, SC_MARKNUM_FOLDEROPEN, long(SC_MARK_ARROWDOWN));
    setCaretLineVisible(true);
    // The current line stays marked when focus moves to the find bar or another window.
    SendScintilla(SCI_SETCARETLINEVISIBLEALWAYS, 1);
    setCaretWidth(2);
    // QsciScintilla's brace matching can walk the whole document on every update of the view.
    setBraceMatching(NoBraceMatch);
    new BraceMatcher(this);
    setAutoIndent(true);
    setTabIndents(true);
    setBackspaceUnindents(true);
    setWrapVisualFlags(WrapFlagByBorder);
    setEolMode(EolUnix);
    // Room between the margins and the first character, and a horizontal scroll range that
    // follows the longest line seen instead of a fixed 2000 pixels.
    SendScintilla(SCI_SETMARGINLEFT, 0, 6L);
    SendScintilla(SCI_SETSCROLLWIDTH, 1);
    SendScintilla(SCI_SETSCROLLWIDTHTRACKING, 1);
    // Laying out whole pages at once keeps scrolling through very large files smooth.
    SendScintilla(SCI_SETLAYOUTCACHE, int(SC_CACHE_PAGE));
    SendScintilla(SCI_SETMULTIPLESELECTION, 1);
    SendScintilla(SCI_SETADDITIONALSELECTIONTYPING, 1);
    // Typing far into a very large document would otherwise cost time in proportion to it.
    new EditorAccessibility(this);
    connect(this, &QsciScintilla::linesChanged, this, &CodeEditor::updateLineNumberMargin);
    connect(this, &QsciScintillaBase::SCN_ZOOM, this, [this] {
        m_lineNumberDigits = 0;
        updateLineNumberMargin();
    });
    applyOptions(EditorOptions::defaults());
}

void CodeEditor::applyOptions(const EditorOptions &options)
{
    m_options = options;
    setTabWidth(options.tabWidth);
    setIndentationsUseTabs(!options.indentWithSpaces);
    setWhitespaceVisibility(options.showWhitespace ? WsVisible : WsInvisible);
    setWrapMode(options.wordWrap ? WrapWord : WrapNone);
    setIndentationGuides(options.showIndentGuides);
    applyColors();
    emit optionsApplied(options);
}

void CodeEditor::setLanguage(const Language &language)
{
    if (m_language == &language)
        return;
    QsciLexer *old = m_lexer;
    m_language = &language;
    m_lexer = LanguageRegistry::createLexer(language, this);
    setLexer(m_lexer);
    delete old;
    // Styling the rest of a document in idle time means a later jump to its end does not stall
    // while the lexer catches up. Without a lexer nothing ever styles the text, so Scintilla's
    // idle timer would find work left on every tick and keep a core busy for as long as the
    // document is open.
    SendScintilla(SCI_SETIDLESTYLING, int(m_lexer ? SC_IDLESTYLING_ALL : SC_IDLESTYLING_NONE));
    applyColors();
}

QString CodeEditor::documentText() const
{
    const long length = SendScintilla(SCI_GETLENGTH);
    const auto *data = static_cast<const char *>(SendScintillaPtrResult(SCI_GETCHARACTERPOINTER));
    return QString::fromUtf8(data, length);
}

void CodeEditor::loadDocumentText(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    SendScintilla(SCI_SETUNDOCOLLECTION, 0);
    SendScintilla(SCI_CLEARALL);
    SendScintilla(SCI_APPENDTEXT, uintptr_t(utf8.size()), utf8.constData());
    SendScintilla(SCI_SETUNDOCOLLECTION, 1);
    SendScintilla(SCI_EMPTYUNDOBUFFER);
    SendScintilla(SCI_SETSAVEPOINT);
    SendScintilla(SCI_GOTOPOS, 0);
}

void CodeEditor::setLineEnding(LineEnding lineEnding)
{
    setEolMode(toEolMode(lineEnding));
}

void CodeEditor::convertLineEndings(LineEnding lineEnding)
{
    setLineEnding(lineEnding);
    convertEols(toEolMode(lineEnding));
}

int CodeEditor::zoomLevel() const
{
    return int(SendScintilla(SCI_GETZOOM));
}

void CodeEditor::releaseShortcuts(const QList<QKeySequence> &shortcuts)
{
    for (const QKeySequence &shortcut : shortcuts) {
        if (shortcut.count() != 1)
            continue;
        const int key = shortcut[0].toCombined();
        // A key may be a command's main or alternate binding; boundTo() finds either.
        while (QsciCommand *command = standardCommands()->boundTo(key)) {
            if (command->key() == key)
                command->setKey(0);
            else
                command->setAlternateKey(0);
        }
    }
}

void CodeEditor::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColors();
}

void CodeEditor::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        QsciScintilla::dragEnterEvent(event);
}

void CodeEditor::dragMoveEvent(QDragMoveEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        QsciScintilla::dragMoveEvent(event);
}

void CodeEditor::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty()) {
        QsciScintilla::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    emit filesDropped(paths);
}

void CodeEditor::applyColors()
{
    m_colors = EditorColors::fromPalette(palette());
    if (m_lexer) {
        applySyntaxTheme(*m_lexer, m_colors, m_options.font);
    } else {
        setFont(m_options.font);
        setPaper(m_colors.paper);
        setColor(m_colors.text);
    }
    setCaretForegroundColor(m_colors.text);
    setCaretLineBackgroundColor(m_colors.currentLine);
    setSelectionBackgroundColor(m_colors.selection);
    resetSelectionForegroundColor();
    setMarginsFont(m_options.font);
    setMarginsBackgroundColor(m_colors.marginPaper);
    setMarginsForegroundColor(m_colors.marginText);
    setFoldMarginColors(m_colors.marginPaper, m_colors.marginPaper);
    setMarkerForegroundColor(m_colors.marginText);
    setMarkerBackgroundColor(m_colors.marginText);
    setMatchedBraceBackgroundColor(m_colors.braceMatch);
    setMatchedBraceForegroundColor(m_colors.text);
    setUnmatchedBraceBackgroundColor(m_colors.paper);
    setUnmatchedBraceForegroundColor(m_colors.braceMismatch);
    setWhitespaceForegroundColor(m_colors.whitespace);
    setIndentationGuidesForegroundColor(m_colors.indentGuide);
    setIndentationGuidesBackgroundColor(m_colors.paper);
    m_lineNumberDigits = 0;
    updateLineNumberMargin();
}

void CodeEditor::updateLineNumberMargin()
{
    const int digits = std::max(3, int(QString::number(lines()).size()));
    if (digits == m_lineNumberDigits)
        return;
    m_lineNumberDigits = digits;
    // One spare digit's width pads the numbers away from the fold margin.
    setMarginWidth(lineNumberMargin, QString(digits + 1, u'9'));
}

} // namespace ensemble
