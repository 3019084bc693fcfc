// Outside changes to a shared folder's files: QFileSystemWatcher on each file and its folder.
#include "FolderWatcher.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace ensemble {

FolderWatcher::FolderWatcher(const QString &root, QObject *parent)
    : QObject(parent)
    , m_root(root)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(30);
    connect(&m_settle, &QTimer::timeout, this, &FolderWatcher::checkDirty);
    m_folderSettle.setSingleShot(true);
    m_folderSettle.setInterval(200);
    connect(&m_folderSettle, &QTimer::timeout, this, [this] {
        m_folderChangedSince.invalidate();
        emit foldersChanged();
    });
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &FolderWatcher::onFileChanged);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &FolderWatcher::onDirectoryChanged);
}

bool FolderWatcher::watch(const QString &path, const QString &text)
{
    const QFileInfo info(m_root.filePath(path));
    if (!info.isFile())
        return false;
    File &file = m_files[path];
    file = File {text, info.size(), info.lastModified()};
    m_watcher.addPath(info.absoluteFilePath());
    // The folder too: an atomic save replaces the file, and with it the file's own watch.
    m_watcher.addPath(info.absolutePath());
    m_byDirectory[info.absolutePath()].insert(path);
    return true;
}

void FolderWatcher::unwatch(const QString &path)
{
    if (!m_files.remove(path))
        return;
    m_dirty.remove(path);
    const QFileInfo info(m_root.filePath(path));
    m_watcher.removePath(info.absoluteFilePath());
    QSet<QString> &siblings = m_byDirectory[info.absolutePath()];
    siblings.remove(path);
    if (siblings.isEmpty()) {
        m_byDirectory.remove(info.absolutePath());
        if (!m_folders.contains(info.absolutePath()))
            m_watcher.removePath(info.absolutePath());
    }
}

void FolderWatcher::watchFolders(const QStringList &folders)
{
    QSet<QString> absolute;
    for (const QString &folder : folders)
        absolute.insert(QFileInfo(m_root.filePath(folder)).absoluteFilePath());
    for (const QString &gone : m_folders - absolute) {
        if (!m_byDirectory.contains(gone))
            m_watcher.removePath(gone);
    }
    for (const QString &added : absolute - m_folders)
        m_watcher.addPath(added);
    m_folders = absolute;
}

void FolderWatcher::noteSaved(const QString &path, const QString &text)
{
    const auto found = m_files.find(path);
    if (found != m_files.end())
        found->known = text;
}

void FolderWatcher::checkPending()
{
    m_settle.stop();
    checkDirty();
}

void FolderWatcher::onFileChanged(const QString &absolute)
{
    schedule(relative(absolute), true);
}

void FolderWatcher::onDirectoryChanged(const QString &absolute)
{
    // Something in the folder came, went or was renamed: look at its watched files, reading
    // only those whose size or time changed.
    for (const QString &path : m_byDirectory.value(absolute))
        schedule(path, false);
    if (!m_folders.contains(absolute))
        return;
    // Restarted by every change, so that a checkout is one report; but not put off for ever by
    // a program that keeps writing.
    if (!m_folderChangedSince.isValid())
        m_folderChangedSince.start();
    if (!m_folderSettle.isActive()
        || m_folderChangedSince.elapsed() < 10 * m_folderSettle.interval())
        m_folderSettle.start();
}

void FolderWatcher::schedule(const QString &path, bool forced)
{
    const auto found = m_files.find(path);
    if (found == m_files.end())
        return;
    found->forced = found->forced || forced;
    m_dirty.insert(path);
    // Not restarted on every event: a file written without pause is still looked at regularly.
    if (!m_settle.isActive())
        m_settle.start();
}

void FolderWatcher::checkDirty()
{
    const QSet<QString> dirty = std::exchange(m_dirty, {});
    for (const QString &path : dirty)
        check(path);
}

void FolderWatcher::check(const QString &path)
{
    const auto found = m_files.find(path);
    if (found == m_files.end())
        return;
    File &file = *found;
    const QFileInfo info(m_root.filePath(path));
    if (!info.isFile()) {
        // Give an atomic save (or a checkout that deletes and writes anew) one more moment.
        if (!std::exchange(file.missing, true)) {
            schedule(path, true);
            return;
        }
        unwatch(path);
        emit fileDeleted(path);
        return;
    }
    file.missing = false;
    m_watcher.addPath(info.absoluteFilePath()); // again, after an atomic save ended the watch
    if (!std::exchange(file.forced, false) && info.size() == file.size
        && info.lastModified() == file.modified)
        return;
    file.size = info.size();
    file.modified = info.lastModified();
    QFile disk(info.absoluteFilePath());
    if (!disk.open(QIODevice::ReadOnly)) {
        emit fileUnreadable(path, Unreadable::CannotOpen);
        return;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(disk.readAll());
    if (utf8.hasError()) {
        emit fileUnreadable(path, Unreadable::NotUtf8);
        return;
    }
    if (text == file.known)
        return;
    file.known = text;
    emit fileChanged(path, text);
}

QString FolderWatcher::relative(const QString &absolute) const
{
    return m_root.relativeFilePath(absolute);
}

} // namespace ensemble
