#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QsciScintilla;

namespace ensemble {

class RemoteCursors;

// Following a participant in one editor: while on, the view keeps the followed participant's
// caret (the head of their first selection range) in sight as they move or type, scrolling as
// needed without touching the local caret or selection. It stops when the local user presses a
// key or a mouse button in the editor, when the participant leaves (RemoteCursors drops them,
// which the end of the session does too) or when stop() is called.
class FollowView : public QObject
{
    Q_OBJECT

public:
    // Parented to the editor unless a parent is given. Positions come from cursors, which must
    // belong to the same editor.
    FollowView(QsciScintilla *editor, RemoteCursors *cursors, QObject *parent = nullptr);

    bool isFollowing() const { return !m_followed.isEmpty(); }
    // The followed participant's id in RemoteCursors, empty when following nobody.
    QString followed() const { return m_followed; }

public slots:
    // Starts following a participant RemoteCursors knows (anyone else is ignored) and brings
    // their caret into view.
    void follow(const QString &id);
    void stop();
    // Scrolls the followed caret into view, if it is not in view already.
    void reveal();

signals:
    // Following started, moved to someone else or stopped (id empty).
    void followingChanged(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSelectionChanged(const QString &id);
    void onParticipantRemoved(const QString &id);

    QsciScintilla *m_editor;
    QPointer<RemoteCursors> m_cursors;
    QString m_followed;
};

} // namespace ensemble
