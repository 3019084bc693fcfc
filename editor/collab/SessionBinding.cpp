#include "SessionBinding.h"

#include "EditCapture.h"
#include "FollowView.h"
#include "LocalUndo.h"
#include "RemoteCursors.h"
#include "RemoteEditApplier.h"
#include "SelectionCapture.h"
#include "ot/Diff.h"

#include <Qsci/qsciscintilla.h>

namespace ensemble {

SessionBinding::SessionBinding(QsciScintilla *editor, QObject *parent)
    : QObject(parent ? parent : editor)
    , m_capture(new EditCapture(editor, this))
    , m_applier(new RemoteEditApplier(m_capture, this))
    , m_undo(new LocalUndo(m_capture, this))
    , m_cursors(new RemoteCursors(editor, m_capture, this))
    , m_selections(new SelectionCapture(m_capture, this))
    , m_follow(new FollowView(editor, m_cursors, this))
{
    // Every change to the text, whoever made it, moves the positions the features keep.
    connect(m_capture, &EditCapture::operationCaptured, m_cursors, &RemoteCursors::transform);
    connect(m_applier, &RemoteEditApplier::applied, m_cursors, &RemoteCursors::transform);
    connect(m_applier, &RemoteEditApplier::applied, m_undo, &LocalUndo::transform);
    connect(m_applier, &RemoteEditApplier::applied, m_selections, &SelectionCapture::transform);
    connect(m_applier, &RemoteEditApplier::failed, this, &SessionBinding::remoteFailed);
    connect(m_capture, &EditCapture::operationCaptured, this, [this](const TextOperation &op) {
        if (!m_active)
            return;
        setModified(true);
        emit localOperation(op);
    });
    connect(m_applier, &RemoteEditApplier::applied, this, [this] {
        if (m_active)
            setModified(true);
    });
    connect(m_selections, &SelectionCapture::selectionChanged, this,
            [this](const Selection &selection) {
                if (m_active)
                    emit localSelectionChanged(selection);
            });
}

void SessionBinding::setActive(bool active)
{
    if (active == m_active)
        return;
    // Changes made so far belong to the state being left.
    m_capture->flush();
    m_active = active;
    if (active)
        setModified(m_capture->editor()->SendScintilla(QsciScintillaBase::SCI_GETMODIFY) != 0);
    m_undo->setEnabled(active);
    if (!active)
        m_cursors->clear();
}

void SessionBinding::markSaved()
{
    setModified(false);
}

void SessionBinding::setModified(bool modified)
{
    if (modified == m_modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

bool SessionBinding::applyRemote(const TextOperation &op)
{
    return m_applier->apply(op);
}

bool SessionBinding::replaceText(const QString &text)
{
    // SCI_GETCHARACTERPOINTER, unlike QsciScintilla::text(), does not stop at a NUL character.
    QsciScintillaBase *editor = m_capture->editor();
    const auto *data = static_cast<const char *>(
        editor->SendScintillaPtrResult(QsciScintillaBase::SCI_GETCHARACTERPOINTER));
    const QString current
        = QString::fromUtf8(data, editor->SendScintilla(QsciScintillaBase::SCI_GETLENGTH));
    return m_applier->apply(diff(current, text));
}

} // namespace ensemble
