#pragma once

#include "ot/Result.h"
#include "ot/Selection.h"
#include "ot/TextOperation.h"

#include <QObject>

class QsciScintilla;

namespace ensemble {

class EditCapture;
class FollowView;
class LocalUndo;
class RemoteCursors;
class RemoteEditApplier;
class SelectionCapture;

// Everything one editor needs to take part in a session, wired together: local edits and
// selections out, remote edits in, remote carets shown (and one of them followed on request), undo
// limited to one's own edits. A
// session client connects to the signals and slots here; it never touches the editor itself.
class SessionBinding : public QObject
{
    Q_OBJECT

public:
    // Parented to the editor unless a parent is given. Starts inactive (an ordinary editor).
    explicit SessionBinding(QsciScintilla *editor, QObject *parent = nullptr);

    bool isActive() const { return m_active; }
    // Whether the text differs from the last save. While active, Scintilla's own flag is frozen
    // (its undo collection is off), so this one counts every edit, local or remote; it keeps its
    // value when the session ends.
    bool isModified() const { return m_modified; }
    EditCapture *capture() const { return m_capture; }
    RemoteEditApplier *applier() const { return m_applier; }
    LocalUndo *undo() const { return m_undo; }
    RemoteCursors *cursors() const { return m_cursors; }
    SelectionCapture *selections() const { return m_selections; }
    FollowView *follow() const { return m_follow; }

public slots:
    // Active while the document is shared: own-edit undo, edits and selections reported. Leaving
    // clears the remote carets and gives the editor its usual undo back.
    void setActive(bool active);
    // A remote operation in the document's current coordinates; false (and remoteFailed()) when
    // it does not fit, in which case the document needs a full resynchronisation.
    bool applyRemote(const ensemble::TextOperation &op);
    // Makes the document read text the way a remote edit would (no echo, not undoable, carets
    // kept on their characters), changing only what differs: for a full resynchronisation.
    bool replaceText(const QString &text);
    // The document was saved: unmodified until the next edit.
    void markSaved();

signals:
    void localOperation(const ensemble::TextOperation &op);
    void localSelectionChanged(const ensemble::Selection &selection);
    void remoteFailed(const ensemble::Error &error);
    void modifiedChanged(bool modified);

private:
    void setModified(bool modified);

    EditCapture *m_capture;
    RemoteEditApplier *m_applier;
    LocalUndo *m_undo;
    RemoteCursors *m_cursors;
    SelectionCapture *m_selections;
    FollowView *m_follow;
    bool m_active = false;
    bool m_modified = false;
};

} // namespace ensemble
