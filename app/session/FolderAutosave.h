#pragma once

#include "hosting/SessionHost.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace ensemble {

class FolderSessionController;
class Settings;

// The host's optional autosave of a shared folder (Settings::folderAutosave, off by default),
// as editors do it (Visual Studio Code's "afterDelay" and "onFocusChange"): the folder is
// written once nothing has changed in the session for Settings::folderAutosaveDelay(), and when
// the application loses focus, the way Save Shared Folder writes it. It compares the session's
// revisions a few times a second rather than following edits: guests' edits to files the host
// has not open never reach the host's window.
class FolderAutosave : public QObject
{
    Q_OBJECT

public:
    FolderAutosave(FolderSessionController &folders, Settings &settings, QObject *parent);

    bool isEnabled() const { return m_enabled; }
    // Turns it on or off, for this and later sessions.
    void setEnabled(bool on);
    // Saves when something changed since the last save and nothing for the delay (or, when
    // now, at once); the timer calls it.
    void check(bool now = false);

signals:
    // It wrote the folder.
    void saved();

private:
    void onSessionChanged();
    void update();

    FolderSessionController &m_folders;
    Settings &m_settings;
    QTimer m_poll;
    QElapsedTimer m_quiet; // since the last change seen
    FolderVersion m_last; // as last seen
    FolderVersion m_saved; // as last saved (or shared)
    bool m_enabled;
};

} // namespace ensemble
