#pragma once

#include "EditorColors.h"
#include "EditorOptions.h"
#include "TextFormat.h"

#include <Qsci/qsciscintilla.h>

namespace ensemble {

struct Language;

// The code editor widget. Features (edit capture, remote cursors, local undo, ...) are separate
// objects attached to one CodeEditor rather than methods piled onto this class.
class CodeEditor : public QsciScintilla
{
    Q_OBJECT

public:
    explicit CodeEditor(QWidget *parent = nullptr);

    void applyOptions(const EditorOptions &options);
    const EditorOptions &options() const { return m_options; }

    // Highlighting for the language (a new lexer owned by this editor; none for plain text).
    void setLanguage(const Language &language);
    const Language &language() const { return *m_language; }

    // The colours in use, derived from the widget's palette.
    const EditorColors &colors() const { return m_colors; }

    // The whole text exactly as stored, NUL characters included (QsciScintilla::text() stops
    // at the first NUL).
    QString documentText() const;
    // Replaces the text without an undo step and marks it unmodified, as after opening a file.
    void loadDocumentText(const QString &text);

    // Line ending for new lines; existing text keeps its own.
    void setLineEnding(LineEnding lineEnding);
    void convertLineEndings(LineEnding lineEnding);

    int zoomLevel() const;

    // Removes Scintilla's own bindings for these keys (Ctrl+L cuts a line, Ctrl+/ moves by
    // word part, ...), so that the window's actions with the same shortcuts get them.
    void releaseShortcuts(const QList<QKeySequence> &shortcuts);

signals:
    // Local files dropped onto the editor: the window opens them instead of inserting paths.
    void filesDropped(const QStringList &paths);
    // applyOptions() was called: for the features attached to this editor that follow options.
    void optionsApplied(const ensemble::EditorOptions &options);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void applyColors();
    void updateLineNumberMargin();

    EditorOptions m_options;
    EditorColors m_colors;
    const Language *m_language;
    QsciLexer *m_lexer = nullptr;
    int m_lineNumberDigits = 0;
};

} // namespace ensemble
