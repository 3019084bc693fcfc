#pragma once

#include <QObject>
#include <QTimer>

class QLabel;
class QStatusBar;

namespace ensemble {

class CollaborationController;

// The status bar's session part: the current tab's session state (hosting, connected,
// reconnecting in N s, offline with N unsent edits), whether it is encrypted, the participant
// count, whom the view follows, and a passing notice when someone joins or leaves.
class SessionStatusController : public QObject
{
    Q_OBJECT

public:
    SessionStatusController(QStatusBar &bar, CollaborationController &collaboration,
                            QObject *parent);

    QLabel *stateLabel() const { return m_state; }
    QLabel *participantsLabel() const { return m_participants; }
    QLabel *encryptionLabel() const { return m_encryption; }
    // "Following Ana" while the current tab's view follows someone, or the window follows someone
    // across a shared folder's files; hidden otherwise.
    QLabel *followingLabel() const { return m_following; }

private:
    void refresh();

    CollaborationController &m_collaboration;
    QLabel *m_state;
    QLabel *m_participants;
    QLabel *m_encryption;
    QLabel *m_following;
    QString m_followedInFolder; // whom the window follows across the shared folder's files
    // The reconnect countdown changes without any signal.
    QTimer m_tick;
};

} // namespace ensemble
