#include "LocalUndo.h"

#include "EditCapture.h"
#include "EditorOperation.h"
#include "ot/Selection.h"

#include <Qsci/qscicommandset.h>
#include <Qsci/qsciscintilla.h>

#include <QKeyEvent>

namespace ensemble {

namespace {

using S = QsciScintillaBase;

constexpr qsizetype maxTypedLength = 2; // one character: a surrogate pair or CRLF at most

bool hasLineBreak(const QString &text)
{
    return text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
}

// The user's own key bindings for the command count as well as the platform's standard keys.
bool isShortcut(QsciScintillaBase *editor, const QKeyEvent *key, QsciCommand::Command command,
                QKeySequence::StandardKey standard)
{
    if (key->matches(standard))
        return true;
    const auto *scintilla = qobject_cast<QsciScintilla *>(editor);
    const QsciCommand *bound = scintilla ? scintilla->standardCommands()->find(command) : nullptr;
    if (!bound)
        return false;
    const Qt::KeyboardModifiers modifiers = key->modifiers()
        & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    const int pressed = key->key() | int(modifiers);
    // 0 stands for "no binding" (and for keys Qt cannot name, such as many non-ASCII ones).
    return key->key() != 0 && (pressed == bound->key() || pressed == bound->alternateKey());
}

// The operation reversing edits applied in order: the last one is reversed first.
Result<TextOperation> reversal(const QList<TextEdit> &edits)
{
    TextOperation result = edits.last().inverse();
    for (qsizetype i = edits.size() - 2; i >= 0; --i) {
        Result<TextOperation> composed = TextOperation::compose(result, edits[i].inverse());
        if (!composed)
            return composed;
        result = std::move(composed).value();
    }
    return result;
}

} // namespace

LocalUndo::LocalUndo(EditCapture *capture, QObject *parent)
    : QObject(parent ? parent : capture)
    , m_capture(capture)
{
    connect(capture, &EditCapture::edited, this, &LocalUndo::onEdited);
}

void LocalUndo::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    // Changes made before belong to neither history.
    m_capture->flush();
    m_enabled = enabled;
    m_history.clear();
    breakGroup();
    QsciScintillaBase *editor = m_capture->editor();
    editor->SendScintilla(S::SCI_SETUNDOCOLLECTION, enabled ? 0L : 1L);
    if (enabled) {
        // Its history describes a document that others are about to change.
        editor->SendScintilla(S::SCI_EMPTYUNDOBUFFER);
        editor->installEventFilter(this);
    } else {
        editor->removeEventFilter(this);
    }
    announce();
}

void LocalUndo::undo()
{
    // The change just made must be in the history before undo picks its step.
    m_capture->flush();
    if (canUndo())
        replay(*m_history.takeUndo(), true);
}

void LocalUndo::redo()
{
    m_capture->flush();
    if (canRedo())
        replay(*m_history.takeRedo(), false);
}

void LocalUndo::transform(const TextOperation &op)
{
    if (!m_enabled)
        return;
    const qsizetype steps = m_history.undoCount();
    const bool fitted = m_history.transform(op).ok();
    // A run must not continue into an older step when the one it was building vanished.
    if (!fitted || m_history.undoCount() != steps)
        breakGroup();
    m_runPosition = transformIndex(m_runPosition, op);
    announce();
}

void LocalUndo::breakGroup()
{
    m_run = Run::None;
    m_action = 0;
}

void LocalUndo::onEdited(const TextEdit &edit)
{
    if (!m_enabled)
        return;
    // Loading a text (CodeEditor::loadDocumentText) switches Scintilla's collection back on;
    // what it recorded since would undo other people's edits from the context menu.
    QsciScintillaBase *editor = m_capture->editor();
    if (editor->SendScintilla(S::SCI_GETUNDOCOLLECTION)) {
        editor->SendScintilla(S::SCI_SETUNDOCOLLECTION, 0L);
        editor->SendScintilla(S::SCI_EMPTYUNDOBUFFER);
    }
    if (m_replaying) {
        m_replayed.append(edit);
        return;
    }
    m_history.record(edit.inverse(), continuesStep(edit));
    followRun(edit);
    m_action = edit.action;
    announce();
}

bool LocalUndo::continuesStep(const TextEdit &edit) const
{
    if (edit.action != 0 && edit.action == m_action)
        return true;
    switch (m_run) {
    case Run::Typing:
        return edit.isPureInsert() && edit.inserted.size() <= maxTypedLength
            && edit.position == m_runPosition && !hasLineBreak(edit.inserted);
    case Run::Removing:
        // Backspace ends where the run is; Delete starts there.
        return edit.isPureRemoval() && edit.removed.size() <= maxTypedLength
            && (edit.position == m_runPosition
                || edit.position + edit.removed.size() == m_runPosition);
    case Run::None:
        break;
    }
    return false;
}

void LocalUndo::followRun(const TextEdit &edit)
{
    if (edit.isPureInsert() && edit.inserted.size() <= maxTypedLength) {
        m_run = Run::Typing;
        m_runPosition = edit.position + edit.inserted.size();
    } else if (edit.isPureRemoval() && edit.removed.size() <= maxTypedLength) {
        m_run = Run::Removing;
        m_runPosition = edit.position;
    } else {
        m_run = Run::None;
    }
}

void LocalUndo::replay(const TextOperation &step, bool intoRedo)
{
    QsciScintillaBase *editor = m_capture->editor();
    m_replaying = true;
    m_replayed.clear();
    const bool applied = applyToEditor(editor, m_capture->index(), step).ok();
    m_capture->flush();
    m_replaying = false;
    breakGroup();
    // Steps are never empty, so an applied one produced edits.
    const Result<TextOperation> opposite = applied && !m_replayed.isEmpty()
        ? reversal(m_replayed)
        : Result<TextOperation>(Error {QStringLiteral("bad_operation"), {}});
    if (!opposite) {
        m_history.clear();
    } else {
        if (intoRedo)
            m_history.pushRedo(opposite.value());
        else
            m_history.pushUndo(opposite.value());
        // Like any undo, show where it happened.
        const TextEdit &last = m_replayed.last();
        editor->SendScintilla(S::SCI_GOTOPOS,
                              m_capture->index().toBytes(last.position + last.inserted.size()));
    }
    announce();
}

void LocalUndo::announce()
{
    if (canUndo() != m_couldUndo)
        emit canUndoChanged(m_couldUndo = canUndo());
    if (canRedo() != m_couldRedo)
        emit canRedoChanged(m_couldRedo = canRedo());
}

bool LocalUndo::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        QsciScintillaBase *editor = m_capture->editor();
        if (isShortcut(editor, key, QsciCommand::Undo, QKeySequence::Undo)) {
            undo();
            return true;
        }
        if (isShortcut(editor, key, QsciCommand::Redo, QKeySequence::Redo)) {
            redo();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ensemble
