#pragma once

#include <QObject>

class QAction;

namespace ensemble {

class CollaborationController;
struct AppContext;

// The Session menu (host, join, invite, guests' editing, the room's password, leave), the
// participants and chat docks and the session part of the status bar.
class SessionMenuController : public QObject
{
    Q_OBJECT

public:
    SessionMenuController(const AppContext &context, CollaborationController &collaboration,
                          QObject *parent);

private:
    void hostSession();
    void joinSession();
    void showInvite();
    void updateActions();

    const AppContext &m_context;
    CollaborationController &m_collaboration;
    QAction *m_host;
    QAction *m_invite;
    QAction *m_guestsCanEdit;
    QAction *m_password;
    QAction *m_leave;
};

} // namespace ensemble
