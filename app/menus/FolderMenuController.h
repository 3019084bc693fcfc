#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace ensemble {

class CollaborationController;
class FolderAutosave;
class FolderSessionController;
struct AppContext;

// The Session menu's entries for a shared folder (Share Folder…, Save Shared Folder and its
// autosave, its invite, Save a Copy of the Project…, Ask Everyone to Follow Me, leaving it) and
// the Session panel, shown when a folder session starts.
class FolderMenuController : public QObject
{
    Q_OBJECT

public:
    FolderMenuController(const AppContext &context, CollaborationController &collaboration,
                         QMenu *menu, QObject *parent);

private:
    void shareFolder();
    void showInvite();
    void updateActions();

    const AppContext &m_context;
    CollaborationController &m_collaboration;
    FolderSessionController &m_folders;
    QAction *m_share;
    QAction *m_save;
    QAction *m_autosave;
    QAction *m_copy;
    QAction *m_summon;
    QAction *m_invite;
    QAction *m_leave;
};

} // namespace ensemble
