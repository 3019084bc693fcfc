#include "CodeEditor.h"

namespace ensemble {

CodeEditor::CodeEditor(QWidget *parent)
    : QsciScintilla(parent)
{
    setUtf8(true);
    setMarginLineNumbers(0, true);
    setMarginWidth(0, QStringLiteral("00000"));
}

} // namespace ensemble
