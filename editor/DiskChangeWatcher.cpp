#include "DiskChangeWatcher.h"

#include "DocumentTab.h"
#include "NoticeBar.h"

#include <QAction>
#include <QFileInfo>

namespace ensemble {

DiskChangeWatcher::DiskChangeWatcher(DocumentTab &document)
    : QObject(&document)
    , m_document(document)
    //: Button on the notice that another program changed the file: read it again from disk.
    , m_reload(new QAction(tr("Reload"), this))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(150);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle,
            qOverload<>(&QTimer::start));
    connect(&m_settle, &QTimer::timeout, this, &DiskChangeWatcher::check);
    connect(&document, &DocumentTab::filePathChanged, this, &DiskChangeWatcher::watch);
    connect(m_reload, &QAction::triggered, this, &DiskChangeWatcher::reload);
    // Once saved (or reloaded), the file matches the document again and the notice is stale.
    connect(&document, &DocumentTab::modificationChanged, this, [this](bool modified) {
        if (!modified && m_reported && !m_document.changedOnDisk()) {
            m_reported = false;
            m_document.noticeBar()->dismiss();
        }
    });
    watch(document.filePath());
}

void DiskChangeWatcher::watch(const QString &path)
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_reported = false;
    if (path.isEmpty())
        return;
    // The folder too: a save by rename replaces the file, and the file watch goes with the old
    // one; a file created later under this name only shows up in its folder.
    if (QFileInfo::exists(path))
        m_watcher.addPath(path);
    m_watcher.addPath(QFileInfo(path).absolutePath());
}

void DiskChangeWatcher::check()
{
    const QString path = m_document.filePath();
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) && !m_watcher.files().contains(path))
        m_watcher.addPath(path);
    if (!m_document.changedOnDisk()) {
        m_reported = false;
        return;
    }
    if (m_reported)
        return;
    m_reported = true;
    if (!QFileInfo::exists(path)) {
        m_document.noticeBar()->showNotice(
            tr("The file was deleted or moved by another program. Saving will write it again."));
        return;
    }
    const QString message = m_document.isModified()
        ? tr("The file was changed by another program. Reloading it discards your unsaved "
             "changes here; saving overwrites the other program's changes.")
        : tr("The file was changed by another program.");
    m_document.noticeBar()->showNotice(message, {m_reload});
}

void DiskChangeWatcher::reload()
{
    QString error;
    if (!m_document.reload(&error))
        emit reloadFailed(error);
    m_reported = false;
}

} // namespace ensemble
