#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QProgressDialog;

namespace ensemble {

class FolderSessionController;
class ProjectDownload;
struct AppContext;

// Session ▸ Save a Copy of the Project…: a guest (or the host) writes the shared folder's files,
// as the session has them now, into a folder of their own. Asks for the folder (one that holds
// anything only after a confirmation), shows the progress with a Cancel button, and at the end
// names every file that could not be written. The work is ProjectDownload's.
class ProjectCopyController : public QObject
{
    Q_OBJECT

public:
    ProjectCopyController(const AppContext &context, FolderSessionController &folders,
                          QObject *parent);

    // Asks for a folder and starts the copy; false when nothing started (cancelled, refused).
    bool saveCopy();
    // Whether a copy is being written.
    bool isRunning() const;

signals:
    // Something to show in the status bar for a moment.
    void notice(const QString &text);
    // The copy ended; complete when every file was written.
    void finished(bool complete);

private:
    void onFinished(bool complete);

    const AppContext &m_context;
    FolderSessionController &m_folders;
    QPointer<ProjectDownload> m_download;
    QPointer<QProgressDialog> m_progress;
    QString m_folder;
    QStringList m_failures;
};

} // namespace ensemble
