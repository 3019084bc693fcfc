#include "RemoteEditApplier.h"

#include "EditCapture.h"
#include "EditorOperation.h"
#include "ViewState.h"

#include <Qsci/qsciscintillabase.h>

namespace ensemble {

RemoteEditApplier::RemoteEditApplier(EditCapture *capture, QObject *parent)
    : QObject(parent ? parent : capture)
    , m_capture(capture)
{
}

bool RemoteEditApplier::apply(const TextOperation &op)
{
    QsciScintillaBase *editor = m_capture->editor();
    const Utf16Index &index = m_capture->index();
    // Local changes made so far go out first, in the order they were made.
    m_capture->flush();
    ViewState view = ViewState::save(editor, index);
    // In a session LocalUndo has already switched collection off. Without it, Scintilla's own
    // history cannot survive text changing under it (its positions would be wrong), so it goes.
    const bool collecting = editor->SendScintilla(QsciScintillaBase::SCI_GETUNDOCOLLECTION) != 0;
    editor->SendScintilla(QsciScintillaBase::SCI_SETUNDOCOLLECTION, 0L);
    // A read-only editor (a guest's, in a room only its owner may edit) still shows the edits.
    const bool readOnly = editor->SendScintilla(QsciScintillaBase::SCI_GETREADONLY) != 0;
    editor->SendScintilla(QsciScintillaBase::SCI_SETREADONLY, 0L);
    Result<std::monostate> result = [&] {
        EditCapture::Suppression quiet(m_capture);
        Result<std::monostate> applied = applyToEditor(editor, index, op);
        m_capture->flush();
        return applied;
    }();
    editor->SendScintilla(QsciScintillaBase::SCI_SETREADONLY, long(readOnly));
    if (collecting) {
        if (result)
            editor->SendScintilla(QsciScintillaBase::SCI_EMPTYUNDOBUFFER);
        editor->SendScintilla(QsciScintillaBase::SCI_SETUNDOCOLLECTION, 1L);
    }
    if (!result) {
        emit failed(result.error());
        return false;
    }
    view.transform(op);
    view.restore(editor, index);
    emit applied(op);
    return true;
}

} // namespace ensemble
