#include "EditCapture.h"

#include <Qsci/qsciscintillabase.h>

#include <utility>

namespace ensemble {

EditCapture::Suppression::Suppression(EditCapture *capture)
    : m_capture(capture)
{
    ++m_capture->m_suppressed;
}

EditCapture::Suppression::~Suppression()
{
    --m_capture->m_suppressed;
}

EditCapture::EditCapture(QsciScintillaBase *editor, QObject *parent)
    : QObject(parent ? parent : editor)
    , m_editor(editor)
    , m_index(editor)
    , m_length(m_index.length())
{
    // Someone may have narrowed the notification mask for speed; these three are essential.
    const long mask = editor->SendScintilla(QsciScintillaBase::SCI_GETMODEVENTMASK);
    editor->SendScintilla(QsciScintillaBase::SCI_SETMODEVENTMASK,
                          mask | QsciScintillaBase::SC_MOD_INSERTTEXT
                              | QsciScintillaBase::SC_MOD_DELETETEXT
                              | QsciScintillaBase::SC_MOD_BEFOREDELETE);
    connect(editor, &QsciScintillaBase::SCN_MODIFIED, this,
            [this](int position, int type, const char *text, int length) {
                onModified(position, type, text, length);
            });
}

void EditCapture::onModified(int position, int type, const char *text, int length)
{
    if (type & QsciScintillaBase::SC_MOD_BEFOREDELETE) {
        // Scintilla announces every deletion (user, undo, API) before making it.
        m_pendingDelete.position = m_index.toUtf16(position);
        m_pendingDelete.removed = m_index.text(position, position + length);
        m_pendingDelete.inserted.clear();
    } else if (type & QsciScintillaBase::SC_MOD_DELETETEXT) {
        report(std::exchange(m_pendingDelete, {}));
    } else if (type & QsciScintillaBase::SC_MOD_INSERTTEXT) {
        // The index already includes the insertion, but the position precedes it.
        report({m_index.toUtf16(position), {}, QString::fromUtf8(text, length), 0});
    }
}

void EditCapture::report(TextEdit edit)
{
    edit.baseLength = m_length;
    m_length = edit.targetLength();
    if (m_suppressed > 0)
        return;
    emit edited(edit);
    emit operationCaptured(edit.operation());
}

} // namespace ensemble
