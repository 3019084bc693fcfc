#include "SignalShutdown.h"

#include "DocumentTab.h"
#include "server/SignalWatcher.h"
#include "session/CollaborationController.h"
#include "session/FolderSessionController.h"
#include "window/MainWindow.h"
#include "window/Workspace.h"

#include <QCoreApplication>

namespace ensemble {

SignalShutdown::SignalShutdown(MainWindow &window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_watcher(new SignalWatcher(this))
{
    connect(m_watcher, &SignalWatcher::received, this, &SignalShutdown::shutDown);
}

void SignalShutdown::shutDown(int signalNumber)
{
    for (DocumentTab *tab : m_window.workspace().documents()) {
        SharedDocument *shared = m_window.collaboration().session(tab);
        if (shared && shared->host() && tab->isModified())
            shared->host()->keepRoomForRecovery();
    }
    // A shared folder's session holds what its folder does not have yet (guests' edits, new,
    // renamed or deleted files) until Save All writes it.
    const FolderSession *folder = m_window.collaboration().folders().session();
    if (folder && folder->isHost() && folder->hasUnsavedChanges())
        folder->host()->keepRoomForRecovery();
    qInfo("ensemble: stopped by signal %d", signalNumber);
    // Not quit(): that closes the windows, which ask about unsaved work. Leaving the event loop
    // destroys the window, whose sessions then end as above.
    QCoreApplication::exit(0);
}

} // namespace ensemble
