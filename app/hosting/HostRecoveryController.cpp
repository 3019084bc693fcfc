#include "hosting/HostRecoveryController.h"

#include "AppContext.h"
#include "DocumentTab.h"
#include "LanguageRegistry.h"
#include "Settings.h"
#include "UserPrompts.h"
#include "dialogs/InviteDialog.h"
#include "hosting/InterruptedRoom.h"
#include "hosting/RecoveredDocument.h"
#include "session/CollaborationController.h"
#include "session/FolderSessionController.h"
#include "window/Workspace.h"

#include <QDir>
#include <QMainWindow>

namespace ensemble {

HostRecoveryController::HostRecoveryController(const AppContext &context,
                                               CollaborationController &collaboration,
                                               QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_collaboration(collaboration)
{
}

void HostRecoveryController::offer()
{
    using Choice = UserPrompts::InterruptedHostingChoice;
    for (const InterruptedRoom &room :
         InterruptedRoom::find(m_context.settings.hostedRoomsDirectory())) {
        switch (m_context.prompts.askAboutInterruptedHosting(room.description(), room.problem,
                                                             room.readable)) {
        case Choice::Resume:
            if (room.problem.isEmpty())
                resume(room);
            break;
        case Choice::Open:
            if (room.readable)
                open(room);
            break;
        case Choice::Discard:
            if (!room.discard())
                m_context.prompts.showError(
                    tr("Cannot Discard the Room"),
                    tr("%1 could not be deleted.").arg(QDir::toNativeSeparators(room.directory)));
            break;
        case Choice::Later:
            break;
        }
    }
}

void HostRecoveryController::resume(const InterruptedRoom &room)
{
    const HostedRoom &hosting = *room.hosting;
    FolderSessionController &folders = m_collaboration.folders();
    const auto host = [&](quint16 port) {
        return room.isFolder() ? folders.resume(hosting, port, m_collaboration.identity())
                               : m_collaboration.resume(hosting, room.text, port);
    };
    Result<Invite> invite = host(hosting.port);
    if (!invite && invite.error().code == QLatin1String("listen_failed")) {
        if (!m_context.prompts.askToHostOnAnotherPort(hosting.port, invite.error().message))
            return;
        invite = host(0);
    }
    if (!invite) {
        m_context.prompts.showError(
            tr("Cannot Resume Hosting"),
            tr("%1\n\nThe room is kept in %2.")
                .arg(invite.error().message, QDir::toNativeSeparators(room.directory)));
        return;
    }
    // The guests' invites name the old port and certificate; with another, they need the new one.
    const SharedDocument *session = m_collaboration.currentSession();
    SessionHost *server = room.isFolder()
        ? (folders.session() ? folders.session()->host() : nullptr)
        : (session ? session->host() : nullptr);
    if (server
        && (invite.value().port() != hosting.port
            || invite.value().fingerprint() != hosting.fingerprint)) {
        auto *dialog = new InviteDialog(*server, invite.value().toString(), &m_context.window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    }
}

void HostRecoveryController::open(const InterruptedRoom &room)
{
    const QString path = room.hosting ? room.hosting->filePath : QString();
    const QString name = room.hosting ? room.hosting->title : QString();
    DocumentTab *tab = m_context.workspace.openRecovered(path, name, room.text);
    const Language *language = LanguageRegistry::byId(room.language);
    if (language && language != &tab->language())
        tab->setLanguage(*language);
    new RecoveredDocument(*tab, room.directory);
}

} // namespace ensemble
