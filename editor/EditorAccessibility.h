#pragma once

#include <QObject>

class QsciScintilla;

namespace ensemble {

// Keeps QScintilla's accessibility support from costing time in proportion to the document on
// every keystroke while no assistive technology is running. QScintilla 2.13 turns the byte
// position of every insertion and deletion it is notified of into a character offset by counting
// from the start of the document, and, once its accessible object exists (Qt makes one as soon as
// the widget is shown), the caret's position the same way on every update of the view: at byte
// 5,000,000 of a 10 MB file, tens of milliseconds each.
//
// While no assistive technology is active, the editor gets a plain accessible object instead
// (name, role, state and geometry, no text), and insertions and deletions are left out of its
// modification notifications (SCI_SETMODEVENTMASK): Scintilla's own bookkeeping does not depend
// on them. Features that follow edits use SC_MOD_BEFOREINSERT and SC_MOD_BEFOREDELETE, which stay
// in. QsciScintilla emits textChanged() and linesChanged() from the notifications left out, so
// this emits them instead, once the change is made (from the event loop, several changes in one
// go). When assistive technology becomes active, every editor goes back to QScintilla's own
// accessibility and notifications, and leaves them again when it stops.
class EditorAccessibility : public QObject
{
    Q_OBJECT

public:
    // Parented to the editor.
    explicit EditorAccessibility(QsciScintilla *editor);
    ~EditorAccessibility() override;

    QsciScintilla *editor() const { return m_editor; }
    // Whether QScintilla's own accessibility is in use (assistive technology is active).
    bool isFull() const { return m_full; }
    void setFull(bool full);

private:
    void queueChanged();
    void emitChanged();

    QsciScintilla *m_editor;
    bool m_full = false;
    bool m_changedQueued = false;
    int m_lines = 0;
};

} // namespace ensemble
