#include "ViewState.h"

#include "Utf16Index.h"

#include <Qsci/qsciscintillabase.h>

namespace ensemble {

namespace {
using S = QsciScintillaBase;
}

ViewState ViewState::save(QsciScintillaBase *editor, const Utf16Index &index)
{
    ViewState state;
    state.m_rectangular = editor->SendScintilla(S::SCI_SELECTIONISRECTANGLE) != 0;
    if (state.m_rectangular) {
        state.m_selection.append(
            {index.toUtf16(editor->SendScintilla(S::SCI_GETRECTANGULARSELECTIONANCHOR)),
             index.toUtf16(editor->SendScintilla(S::SCI_GETRECTANGULARSELECTIONCARET))});
    } else {
        const long count = editor->SendScintilla(S::SCI_GETSELECTIONS);
        for (long i = 0; i < count; ++i) {
            state.m_selection.append(
                {index.toUtf16(editor->SendScintilla(S::SCI_GETSELECTIONNANCHOR, i)),
                 index.toUtf16(editor->SendScintilla(S::SCI_GETSELECTIONNCARET, i))});
        }
        state.m_mainSelection = editor->SendScintilla(S::SCI_GETMAINSELECTION);
    }
    const long topVisible = editor->SendScintilla(S::SCI_GETFIRSTVISIBLELINE);
    const long topLine = editor->SendScintilla(S::SCI_DOCLINEFROMVISIBLE, topVisible);
    state.m_wrapOffset = topVisible - editor->SendScintilla(S::SCI_VISIBLEFROMDOCLINE, topLine);
    state.m_topLineStart = index.toUtf16(editor->SendScintilla(S::SCI_POSITIONFROMLINE, topLine));
    state.m_xOffset = editor->SendScintilla(S::SCI_GETXOFFSET);
    return state;
}

void ViewState::transform(const TextOperation &op)
{
    m_selection = transformSelection(m_selection, op);
    m_topLineStart = transformIndex(m_topLineStart, op);
}

void ViewState::restore(QsciScintillaBase *editor, const Utf16Index &index) const
{
    // None of these messages scrolls to the caret, so the scroll position set last stands.
    if (m_rectangular) {
        editor->SendScintilla(S::SCI_SETRECTANGULARSELECTIONANCHOR,
                              index.toBytes(m_selection[0].anchor));
        editor->SendScintilla(S::SCI_SETRECTANGULARSELECTIONCARET,
                              index.toBytes(m_selection[0].head));
    } else {
        for (qsizetype i = 0; i < m_selection.size(); ++i) {
            const long head = index.toBytes(m_selection[i].head);
            const long anchor = index.toBytes(m_selection[i].anchor);
            editor->SendScintilla(i == 0 ? S::SCI_SETSELECTION : S::SCI_ADDSELECTION, head, anchor);
        }
        editor->SendScintilla(S::SCI_SETMAINSELECTION, m_mainSelection);
    }
    const long topLine
        = editor->SendScintilla(S::SCI_LINEFROMPOSITION, index.toBytes(m_topLineStart));
    editor->SendScintilla(S::SCI_SETFIRSTVISIBLELINE,
                          editor->SendScintilla(S::SCI_VISIBLEFROMDOCLINE, topLine) + m_wrapOffset);
    editor->SendScintilla(S::SCI_SETXOFFSET, m_xOffset);
}

} // namespace ensemble
