#pragma once

#include <Qsci/qsciscintilla.h>

namespace ensemble {

// The code editor widget. Features (edit capture, remote cursors, local undo, ...) are separate
// objects attached to one CodeEditor rather than methods piled onto this class.
class CodeEditor : public QsciScintilla
{
    Q_OBJECT

public:
    explicit CodeEditor(QWidget *parent = nullptr);
};

} // namespace ensemble
