#include "session/FolderAutosave.h"

#include "Settings.h"
#include "session/FolderSessionController.h"

#include <QGuiApplication>
#include <algorithm>

namespace ensemble {

FolderAutosave::FolderAutosave(FolderSessionController &folders, Settings &settings,
                               QObject *parent)
    : QObject(parent)
    , m_folders(folders)
    , m_settings(settings)
    , m_enabled(settings.folderAutosave())
{
    m_poll.setInterval(std::clamp(settings.folderAutosaveDelay() / 4, 50, 500));
    connect(&m_poll, &QTimer::timeout, this, [this] { check(); });
    connect(&folders, &FolderSessionController::sessionChanged, this,
            &FolderAutosave::onSessionChanged);
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this,
            [this](Qt::ApplicationState state) {
                if (state != Qt::ApplicationActive)
                    check(true);
            });
    onSessionChanged();
}

void FolderAutosave::setEnabled(bool on)
{
    m_enabled = on;
    m_settings.setFolderAutosave(on);
    update();
}

void FolderAutosave::check(bool now)
{
    const FolderSession *session = m_folders.session();
    if (!m_enabled || !session || !session->isHost())
        return;
    const FolderVersion version = session->host()->folderVersion();
    if (!(version == m_last)) {
        m_last = version;
        m_quiet.restart();
    }
    if (version == m_saved || (!now && m_quiet.elapsed() < m_settings.folderAutosaveDelay()))
        return;
    // A failure is told once, and tried again at the next change rather than at every tick.
    m_saved = version;
    if (m_folders.autosave())
        emit saved();
}

void FolderAutosave::onSessionChanged()
{
    const FolderSession *session = m_folders.session();
    // What was shared is on disk already.
    m_saved = m_last
        = session && session->isHost() ? session->host()->folderVersion() : FolderVersion {};
    update();
}

void FolderAutosave::update()
{
    const FolderSession *session = m_folders.session();
    if (m_enabled && session && session->isHost())
        m_poll.start();
    else
        m_poll.stop();
}

} // namespace ensemble
