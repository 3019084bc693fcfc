#include "session/ProjectCopyController.h"

#include "AppContext.h"
#include "Settings.h"
#include "UserPrompts.h"
#include "client/ProjectDownload.h"
#include "session/FolderSessionController.h"

#include <QDir>
#include <QMainWindow>
#include <QProgressDialog>

namespace ensemble {

ProjectCopyController::ProjectCopyController(const AppContext &context,
                                             FolderSessionController &folders, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_folders(folders)
{
    // Leaving the session ends the copy: its documents can no longer be opened.
    connect(&folders, &FolderSessionController::sessionChanged, this, [this] {
        if (m_download && !m_folders.session())
            m_download->cancel();
    });
}

bool ProjectCopyController::saveCopy()
{
    FolderSession *session = m_folders.session();
    if (!session || m_download)
        return false;
    const QString folder = m_context.prompts.askFolderForCopy(m_context.settings.lastDirectory());
    if (folder.isEmpty())
        return false;
    const QDir target(folder);
    const bool nonEmpty = target.exists()
        && !target.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    if (nonEmpty && !m_context.prompts.askToCopyIntoNonEmptyFolder(folder))
        return false;
    auto *download = new ProjectDownload(&session->client(), this);
    m_failures.clear();
    m_folder = folder;
    connect(download, &ProjectDownload::fileFailed, this,
            [this](const QString &path, const QString &reason) {
                m_failures.append(tr("%1: %2").arg(path, reason));
            });
    connect(download, &ProjectDownload::finished, this, &ProjectCopyController::onFinished);
    m_download = download;
    if (!download->start(folder, nonEmpty)) {
        m_download = nullptr;
        m_context.prompts.showError(tr("Cannot Save a Copy of the Project"),
                                    download->errorString());
        delete download;
        return false;
    }
    m_context.settings.setLastDirectory(folder);
    if (!m_download)
        return true; // a folder without files is copied at once
    // Shown only when the copy takes a moment; Cancel closes what was opened for it.
    auto *progress = new QProgressDialog(tr("Saving a copy of the project…"), tr("Cancel"), 0,
                                         download->total(), &m_context.window);
    progress->setWindowTitle(tr("Save a Copy of the Project"));
    progress->setMinimumDuration(500);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setValue(download->written());
    connect(download, &ProjectDownload::progress, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, download, &ProjectDownload::cancel);
    m_progress = progress;
    return true;
}

bool ProjectCopyController::isRunning() const
{
    return m_download != nullptr;
}

void ProjectCopyController::onFinished(bool complete)
{
    ProjectDownload *download = m_download;
    m_download = nullptr;
    if (m_progress)
        m_progress->close();
    const int written = download ? download->written() : 0;
    if (download)
        download->deleteLater();
    const QString folder = QDir::toNativeSeparators(m_folder);
    if (!m_failures.isEmpty()) {
        m_context.prompts.showError(
            tr("Some Files Were Not Copied"),
            tr("The copy in %1 lacks these files:\n%2").arg(folder, m_failures.join(u'\n')));
    } else if (!complete) {
        emit notice(tr("The copy in %1 was stopped").arg(folder));
    } else {
        emit notice(tr("Saved a copy of %n file(s) in %1", nullptr, written).arg(folder));
    }
    emit finished(complete);
}

} // namespace ensemble
