#include "EditorColors.h"

#include "ColorMath.h"

#include <QPalette>

namespace ensemble {

EditorColors EditorColors::fromPalette(const QPalette &palette)
{
    EditorColors colors;
    colors.paper = palette.color(QPalette::Active, QPalette::Base);
    colors.dark = isDark(colors.paper);
    colors.text = withContrast(palette.color(QPalette::Active, QPalette::Text), colors.paper, 7.0);
    const QColor highlight = palette.color(QPalette::Active, QPalette::Highlight);
    // Blends rather than alpha: Scintilla draws these as solid fills under the text.
    colors.currentLine = mixColors(colors.paper, colors.text, colors.dark ? 0.07 : 0.045);
    colors.selection = mixColors(colors.paper, highlight, colors.dark ? 0.45 : 0.3);
    colors.marginPaper = mixColors(colors.paper, colors.text, colors.dark ? 0.03 : 0.025);
    colors.marginText
        = withContrast(mixColors(colors.paper, colors.text, 0.4), colors.marginPaper, 3.0);
    colors.braceMatch = mixColors(colors.paper, highlight, colors.dark ? 0.55 : 0.35);
    colors.braceMismatch = colors.dark ? QColor(0xe06c75) : QColor(0xd73a49);
    colors.whitespace = mixColors(colors.paper, colors.text, 0.3);
    colors.indentGuide = mixColors(colors.paper, colors.text, 0.15);
    colors.findHighlight = mixColors(colors.paper, QColor(0xffc600), colors.dark ? 0.35 : 0.5);
    return colors;
}

} // namespace ensemble
