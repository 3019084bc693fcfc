#include "menus/FolderMenuController.h"

#include "AppContext.h"
#include "Settings.h"
#include "UserPrompts.h"
#include "dialogs/HostSessionDialog.h"
#include "dialogs/InviteDialog.h"
#include "menus/MenuHelpers.h"
#include "session/CollaborationController.h"
#include "session/FolderAutosave.h"
#include "session/FolderSessionController.h"
#include "session/ProjectCopyController.h"
#include "session/SessionPanel.h"
#include "session/SummonController.h"

#include <QFileDialog>
#include <QMainWindow>
#include <QStatusBar>

namespace ensemble {

FolderMenuController::FolderMenuController(const AppContext &context,
                                           CollaborationController &collaboration, QMenu *menu,
                                           QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_collaboration(collaboration)
    , m_folders(collaboration.folders())
{
    //: Session menu: share a whole folder (its text files) in one session.
    m_share = addMenuAction(menu, tr("Share &Folder…"), {}, "folder-remote");
    connect(m_share, &QAction::triggered, this, &FolderMenuController::shareFolder);
    //: Session menu: the host writes every shared file into the shared folder.
    m_save = addMenuAction(menu, tr("Sa&ve Shared Folder"));
    connect(m_save, &QAction::triggered, &m_folders, &FolderSessionController::saveAll);
    //: Session menu (checkable): the host's shared folder is saved a moment after each change.
    m_autosave = addMenuAction(menu, tr("Save Shared Folder &Automatically"));
    m_autosave->setCheckable(true);
    auto *autosave = new FolderAutosave(m_folders, context.settings, this);
    m_autosave->setChecked(autosave->isEnabled());
    connect(m_autosave, &QAction::toggled, autosave, &FolderAutosave::setEnabled);
    m_invite = addMenuAction(menu, tr("Show Folder Invi&te…"));
    connect(m_invite, &QAction::triggered, this, &FolderMenuController::showInvite);
    //: Session menu: write the shared folder's files, as the session has them, to a local folder.
    m_copy = addMenuAction(menu, tr("Save a &Copy of the Project…"));
    auto *copy = new ProjectCopyController(context, m_folders, this);
    connect(m_copy, &QAction::triggered, copy, &ProjectCopyController::saveCopy);

    auto *panel = new SessionPanel(m_folders, &context.window);
    //: Session menu: everyone else in the shared folder is asked to follow you (for a walkthrough).
    m_summon = addMenuAction(menu, tr("Ask Everyone to F&ollow Me"));
    auto *summon = new SummonController(m_folders, *panel, this);
    connect(m_summon, &QAction::triggered, summon, &SummonController::summonEveryone);
    m_leave = addMenuAction(menu, tr("Leave Shared Fol&der"));
    connect(m_leave, &QAction::triggered, &m_folders, &FolderSessionController::leave);
    context.window.addDockWidget(Qt::LeftDockWidgetArea, panel);
    panel->hide();
    menu->addAction(panel->toggleViewAction());
    connect(&m_folders, &FolderSessionController::sessionChanged, panel, [this, panel] {
        if (m_folders.session() && !panel->isVisible()) {
            panel->show();
            m_context.window.resizeDocks({panel}, {240}, Qt::Horizontal);
        }
    });
    const auto showNotice
        = [bar = context.window.statusBar()](const QString &text) { bar->showMessage(text, 8000); };
    connect(&m_folders, &FolderSessionController::notice, context.window.statusBar(), showNotice);
    connect(copy, &ProjectCopyController::notice, context.window.statusBar(), showNotice);
    connect(summon, &SummonController::notice, context.window.statusBar(), showNotice);
    connect(&m_folders, &FolderSessionController::sessionChanged, this,
            &FolderMenuController::updateActions);
    updateActions();
}

void FolderMenuController::shareFolder()
{
    const QString root = QFileDialog::getExistingDirectory(&m_context.window, tr("Share Folder"),
                                                           m_context.settings.lastDirectory());
    if (root.isEmpty())
        return;
    HostSessionDialog dialog(m_collaboration.identity(), m_context.settings.certificateDirectory(),
                             &m_context.window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_context.settings.setDisplayName(dialog.identity().name);
    m_context.settings.setParticipantColor(dialog.identity().color);
    const Result<Invite> invite = m_folders.share(root, dialog.options(), dialog.identity());
    if (!invite) {
        m_context.prompts.showError(tr("Cannot Share the Folder"), invite.error().message);
        return;
    }
    showInvite();
}

void FolderMenuController::showInvite()
{
    const FolderSession *session = m_folders.session();
    if (!session || !session->host())
        return;
    auto *dialog
        = new InviteDialog(*session->host(), session->invite().toString(), &m_context.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void FolderMenuController::updateActions()
{
    const FolderSession *session = m_folders.session();
    m_share->setEnabled(!session);
    m_save->setEnabled(session && session->isHost());
    m_autosave->setEnabled(!session || session->isHost());
    m_copy->setEnabled(session != nullptr);
    m_summon->setEnabled(session != nullptr);
    m_invite->setEnabled(session && session->isHost());
    m_leave->setEnabled(session != nullptr);
    m_leave->setText(session && session->isHost() ? tr("Stop Sharing the Fol&der")
                                                  : tr("Leave Shared Fol&der"));
}

} // namespace ensemble
