#pragma once

#include "TextEdit.h"
#include "UndoHistory.h"

#include <QObject>

namespace ensemble {

class EditCapture;

// Undo and redo of only this user's own edits while a document is shared. Enabled, it switches
// Scintilla's own undo off (it would undo other people's typing, and its positions go stale as
// remote edits arrive) and keeps an UndoHistory instead; an undo is applied as an ordinary local
// edit, so EditCapture sends it to the others like anything typed. Disabled (no session), the
// editor's usual undo is in charge and this does nothing.
//
// Steps: everything one user action does (typing over a selection, a paste, typing with several
// carets, a newline with its auto-indent) is one step, and so is a burst of contiguous typing, or
// of Backspace or Delete presses; a typed line break starts a new step.
class LocalUndo : public QObject
{
    Q_OBJECT

public:
    // Parented to the capture unless a parent is given.
    explicit LocalUndo(EditCapture *capture, QObject *parent = nullptr);

    bool isEnabled() const { return m_enabled; }
    bool canUndo() const { return m_enabled && m_history.canUndo(); }
    bool canRedo() const { return m_enabled && m_history.canRedo(); }
    const UndoHistory &history() const { return m_history; }

public slots:
    // On when the editor joins a session, off when it leaves (both histories start empty).
    void setEnabled(bool enabled);
    void undo();
    void redo();
    // Call with every remote operation applied to the document (RemoteEditApplier::applied).
    void transform(const ensemble::TextOperation &op);
    // The next own edit starts a new step (e.g. after the caret was moved by the user).
    void breakGroup();

signals:
    void canUndoChanged(bool canUndo);
    void canRedoChanged(bool canRedo);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Run { None, Typing, Removing };

    void onEdited(const TextEdit &edit);
    bool continuesStep(const TextEdit &edit) const;
    void followRun(const TextEdit &edit);
    void replay(const TextOperation &step, bool intoRedo);
    void announce();

    EditCapture *m_capture;
    UndoHistory m_history;
    bool m_enabled = false;
    // Undo/redo being applied: its edits become the opposite step instead of a new one.
    bool m_replaying = false;
    QList<TextEdit> m_replayed;
    // The user action (TextEdit::action) the last recorded edit belongs to; 0 after a break.
    quint64 m_action = 0;
    Run m_run = Run::None;
    qsizetype m_runPosition = 0; // where the run continues, in UTF-16 units
    bool m_couldUndo = false;
    bool m_couldRedo = false;
};

} // namespace ensemble
