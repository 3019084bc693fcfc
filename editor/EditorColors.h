#pragma once

#include <QColor>

class QPalette;

namespace ensemble {

// The editor's non-syntax colours, derived from a widget palette so that the editor matches the
// desktop: a dark palette gives a dark editor.
struct EditorColors
{
    bool dark = false;
    QColor paper;
    QColor text;
    QColor currentLine;
    QColor selection;
    QColor marginPaper;
    QColor marginText;
    QColor braceMatch;
    QColor braceMismatch;
    QColor whitespace;
    QColor indentGuide;
    QColor findHighlight;

    static EditorColors fromPalette(const QPalette &palette);
};

} // namespace ensemble
