#pragma once

#include <QObject>

class QAction;

namespace ensemble {

class FolderSessionController;
class SessionPanel;

// "Ask Everyone to Follow Me" for walkthroughs: anyone in a shared folder may ask (a guest
// showing the host around their part of the code as much as the host), and nobody is made to
// follow: each window asks its user in the Session panel's notice bar, with Follow and Ignore,
// and follows the one who asked on Follow.
class SummonController : public QObject
{
    Q_OBJECT

public:
    SummonController(FolderSessionController &folders, SessionPanel &panel, QObject *parent);

    // Asks everyone else in the session to follow this user.
    void summonEveryone();
    // The notice's answers (for tests).
    QAction *followAction() const { return m_follow; }
    QAction *ignoreAction() const { return m_ignore; }

signals:
    // Something to show in the status bar for a moment.
    void notice(const QString &text);

private:
    void onSessionChanged();
    void onSummoned(int user);

    FolderSessionController &m_folders;
    SessionPanel &m_panel;
    QAction *m_follow;
    QAction *m_ignore;
    int m_summoner = 0;
};

} // namespace ensemble
