#include "FollowView.h"

#include "RemoteCursors.h"

#include <Qsci/qsciscintilla.h>

#include <QKeyEvent>

namespace ensemble {

namespace {
using S = QsciScintillaBase;

bool isModifierOnly(const QKeyEvent *key)
{
    switch (key->key()) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Meta:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
        return true;
    default:
        return false;
    }
}
} // namespace

FollowView::FollowView(QsciScintilla *editor, RemoteCursors *cursors, QObject *parent)
    : QObject(parent ? parent : editor)
    , m_editor(editor)
    , m_cursors(cursors)
{
    connect(cursors, &RemoteCursors::selectionChanged, this, &FollowView::onSelectionChanged);
    connect(cursors, &RemoteCursors::participantRemoved, this, &FollowView::onParticipantRemoved);
    // Keys reach the editor itself, mouse buttons its viewport (margins included).
    editor->installEventFilter(this);
    editor->viewport()->installEventFilter(this);
}

void FollowView::follow(const QString &id)
{
    if (!m_cursors || id.isEmpty() || !m_cursors->participants().contains(id))
        return;
    if (id != m_followed) {
        m_followed = id;
        emit followingChanged(id);
    }
    reveal();
}

void FollowView::stop()
{
    if (m_followed.isEmpty())
        return;
    m_followed.clear();
    emit followingChanged(QString());
}

void FollowView::reveal()
{
    if (!m_cursors || m_followed.isEmpty())
        return;
    const long head = m_cursors->headPosition(m_followed);
    if (head < 0)
        return;
    const long line = m_editor->SendScintilla(S::SCI_LINEFROMPOSITION, head);
    // A folded line is unfolded, as a caret moving there would.
    m_editor->SendScintilla(S::SCI_ENSUREVISIBLE, line);
    // In display lines: with word wrap, one document line can take several.
    const long height = qMax(1L, m_editor->SendScintilla(S::SCI_TEXTHEIGHT, line));
    const long lineStart = m_editor->SendScintilla(S::SCI_POSITIONFROMLINE, line);
    const long subLine = (m_editor->SendScintilla(S::SCI_POINTYFROMPOSITION, 0UL, head)
                          - m_editor->SendScintilla(S::SCI_POINTYFROMPOSITION, 0UL, lineStart))
        / height;
    const long display = m_editor->SendScintilla(S::SCI_VISIBLEFROMDOCLINE, line) + subLine;
    const long first = m_editor->SendScintilla(S::SCI_GETFIRSTVISIBLELINE);
    const long onScreen = qMax(1L, m_editor->SendScintilla(S::SCI_LINESONSCREEN));
    // Out of sight: the caret comes to the middle of the view, so the lines around it show too
    // and the next few moves need no scrolling.
    if (display < first || display >= first + onScreen)
        m_editor->SendScintilla(S::SCI_SETFIRSTVISIBLELINE, qMax(0L, display - onScreen / 2));
    // Horizontally (and any last display line), as Scintilla scrolls to its own caret.
    m_editor->SendScintilla(S::SCI_SCROLLRANGE, head, head);
}

void FollowView::onSelectionChanged(const QString &id)
{
    if (id == m_followed)
        reveal();
}

void FollowView::onParticipantRemoved(const QString &id)
{
    if (id == m_followed)
        stop();
}

bool FollowView::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_followed.isEmpty()) {
        switch (event->type()) {
        case QEvent::KeyPress:
            // Typing or moving the caret (Escape included) takes the view back; a modifier on
            // its own does neither.
            if (!isModifierOnly(static_cast<QKeyEvent *>(event)))
                stop();
            break;
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonDblClick:
            stop();
            break;
        case QEvent::InputMethod:
            if (!static_cast<QInputMethodEvent *>(event)->commitString().isEmpty())
                stop();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ensemble
