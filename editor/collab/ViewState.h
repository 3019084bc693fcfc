#pragma once

#include "ot/Selection.h"

class QsciScintillaBase;

namespace ensemble {

class TextOperation;
class Utf16Index;

// What the local user is looking at: selections and scroll position, in UTF-16 units so they can
// be carried through an operation and put back. Scintilla on its own keeps the top line number
// when text is inserted above it, which makes the view jump; this keeps the same text on top.
class ViewState
{
public:
    static ViewState save(QsciScintillaBase *editor, const Utf16Index &index);

    // Moves every position through op (text inserted at a position pushes it forward).
    void transform(const TextOperation &op);
    void restore(QsciScintillaBase *editor, const Utf16Index &index) const;

    const Selection &selection() const { return m_selection; }

private:
    Selection m_selection;
    long m_mainSelection = 0;
    bool m_rectangular = false;
    qsizetype m_topLineStart = 0; // start of the first visible document line
    long m_wrapOffset = 0; // display lines of that line scrolled off the top
    long m_xOffset = 0;
};

} // namespace ensemble
