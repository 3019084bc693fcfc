#include "session/LaunchSession.h"

#include "session/CollaborationController.h"
#include "session/FolderSessionController.h"
#include "window/MainWindow.h"
#include "window/Workspace.h"

#include <QMessageBox>
#include <cstdio>

namespace ensemble {

bool launchSession(MainWindow &window, const LaunchOptions &options)
{
    CollaborationController &collaboration = window.collaboration();
    if (!options.name.trimmed().isEmpty())
        collaboration.setNameOverride(options.name.trimmed());
    if (options.host) {
        HostOptions host;
        // A script that hosts twice on one machine still gets a session: the port is not the
        // point, the printed invite is. A port asked for is the point, so that one fails.
        host.freePortIfTaken = !options.port;
        if (options.port)
            host.port = *options.port;
        if (!options.bind.isEmpty())
            host.bindAddress = QHostAddress(options.bind);
        FolderSessionController &folders = collaboration.folders();
        const Result<Invite> invite = options.hostFolder.isEmpty()
            ? collaboration.host(window.workspace().current(), host)
            : folders.share(options.hostFolder, host, collaboration.identity());
        if (!invite) {
            std::fprintf(stderr, "ensemble: %s\n", qPrintable(invite.error().message));
            QMessageBox::warning(&window, QObject::tr("Cannot Host Session"),
                                 invite.error().message);
            return false;
        }
        if (!folders.leftOutMessage().isEmpty())
            std::fprintf(stderr, "ensemble: %s\n", qPrintable(folders.leftOutMessage()));
        std::printf("%s\n", qPrintable(invite.value().toString()));
        std::fflush(stdout);
    }
    if (!options.join.isEmpty()) {
        const Result<Invite> invite = Invite::parse(options.join);
        if (invite)
            collaboration.join(invite.value());
        else
            QMessageBox::warning(&window, QObject::tr("Cannot Join Session"),
                                 invite.error().message);
    }
    return true;
}

} // namespace ensemble
