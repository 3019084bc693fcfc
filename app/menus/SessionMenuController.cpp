#include "menus/SessionMenuController.h"

#include "AppContext.h"
#include "Settings.h"
#include "UserPrompts.h"
#include "dialogs/HostSessionDialog.h"
#include "dialogs/InviteDialog.h"
#include "dialogs/JoinSessionDialog.h"
#include "menus/FolderMenuController.h"
#include "menus/MenuHelpers.h"
#include "session/ChatPanel.h"
#include "session/CollaborationController.h"
#include "session/CurrentSession.h"
#include "session/ParticipantsPanel.h"
#include "session/SessionStatusController.h"
#include "window/Workspace.h"

#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>

namespace ensemble {

SessionMenuController::SessionMenuController(const AppContext &context,
                                             CollaborationController &collaboration,
                                             QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_collaboration(collaboration)
{
    QMenu *menu = context.window.menuBar()->addMenu(tr("Sessio&n"));
    //: "Host" is a verb: share the current document in a new session.
    m_host = addMenuAction(menu, tr("&Host Session…"), {}, "network-server");
    connect(m_host, &QAction::triggered, this, &SessionMenuController::hostSession);
    QAction *join = addMenuAction(menu, tr("&Join Session…"), {}, "network-connect");
    connect(join, &QAction::triggered, this, &SessionMenuController::joinSession);
    m_invite = addMenuAction(menu, tr("Show &Invite…"));
    connect(m_invite, &QAction::triggered, this, &SessionMenuController::showInvite);
    m_guestsCanEdit = addMenuAction(menu, tr("&Guests Can Edit"));
    m_guestsCanEdit->setCheckable(true);
    // Asks the room; the check mark follows when the room announces the change.
    connect(m_guestsCanEdit, &QAction::triggered, this, [this](bool checked) {
        if (SharedDocument *session = m_collaboration.currentSession())
            session->client().setReadOnly(!checked);
        updateActions();
    });
    //: Session menu: the host gives the room a new password (asks for it).
    m_password = addMenuAction(menu, tr("Change &Password…"));
    connect(m_password, &QAction::triggered, this, [this] {
        if (SharedDocument *session = m_collaboration.currentSession())
            m_collaboration.changePassword(session);
    });
    m_leave = addMenuAction(menu, tr("&Leave Session"), {}, "network-disconnect");
    connect(m_leave, &QAction::triggered, this, [this] {
        DocumentTab *tab = m_context.workspace.current();
        if (m_collaboration.confirmEndingHosting(tab))
            m_collaboration.leave(tab);
    });
    menu->addSeparator();
    new FolderMenuController(context, collaboration, menu, this);
    menu->addSeparator();

    auto *current = new CurrentSession(collaboration, context.workspace, this);
    auto *panel = new ParticipantsPanel(*current, &context.window);
    context.window.addDockWidget(Qt::RightDockWidgetArea, panel);
    panel->hide();
    menu->addAction(panel->toggleViewAction());
    auto *chat = new ChatPanel(*current, &context.window);
    context.window.addDockWidget(Qt::RightDockWidgetArea, chat);
    chat->hide();
    menu->addAction(chat->toggleViewAction());
    connect(
        chat, &ChatPanel::notice, context.window.statusBar(),
        [bar = context.window.statusBar()](const QString &text) { bar->showMessage(text, 5000); });
    new SessionStatusController(*context.window.statusBar(), collaboration, this);
    // The panels appear with a session (a tab's or a shared folder's), so people see who is there
    // without looking for it, and the chat below them.
    connect(current, &CurrentSession::changed, panel, [this, current, panel, chat] {
        if (current->client() && !panel->property("shown").toBool()) {
            panel->setProperty("shown", true);
            panel->show();
            m_context.window.splitDockWidget(panel, chat, Qt::Vertical);
            chat->show();
            m_context.window.resizeDocks({panel}, {220}, Qt::Horizontal);
        }
    });
    connect(&collaboration, &CollaborationController::sessionsChanged, this,
            &SessionMenuController::updateActions);
    updateActions();
}

void SessionMenuController::hostSession()
{
    HostSessionDialog dialog(m_collaboration.identity(), m_context.settings.certificateDirectory(),
                             &m_context.window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_context.settings.setDisplayName(dialog.identity().name);
    m_context.settings.setParticipantColor(dialog.identity().color);
    const Result<Invite> invite
        = m_collaboration.host(m_context.workspace.current(), dialog.options());
    if (!invite) {
        m_context.prompts.showError(tr("Cannot Host Session"), invite.error().message);
        return;
    }
    showInvite();
}

void SessionMenuController::joinSession()
{
    JoinSessionDialog dialog(m_collaboration.identity(), m_context.settings.recentSessions(),
                             &m_context.window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_context.settings.setDisplayName(dialog.identity().name);
    m_context.settings.setParticipantColor(dialog.identity().color);
    m_collaboration.join(dialog.invite(), dialog.password());
}

void SessionMenuController::showInvite()
{
    const SharedDocument *session = m_collaboration.currentSession();
    if (!session || !session->host())
        return;
    auto *dialog
        = new InviteDialog(*session->host(), session->invite().toString(), &m_context.window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void SessionMenuController::updateActions()
{
    const SharedDocument *session = m_collaboration.currentSession();
    m_host->setEnabled(m_context.workspace.current() && !session);
    m_invite->setEnabled(session && session->isHost());
    const bool owner = session && session->isOwner()
        && session->client().state() == SessionClient::State::Connected;
    m_guestsCanEdit->setEnabled(owner);
    m_password->setEnabled(owner);
    m_guestsCanEdit->setChecked(!session || !session->client().isReadOnly());
    m_leave->setEnabled(session != nullptr);
    m_leave->setText(session && session->isHost() ? tr("&Stop Hosting") : tr("&Leave Session"));
}

} // namespace ensemble
