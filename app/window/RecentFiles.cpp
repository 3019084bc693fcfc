#include "window/RecentFiles.h"

#include "Settings.h"

#include <QFileInfo>

namespace ensemble {

RecentFiles::RecentFiles(Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    for (const QString &path : settings.recentFiles()) {
        if (!path.isEmpty() && !m_files.contains(path) && m_files.size() < maximumCount)
            m_files.append(path);
    }
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!m_files.isEmpty() && m_files.first() == absolute)
        return;
    m_files.removeAll(absolute);
    m_files.prepend(absolute);
    while (m_files.size() > maximumCount)
        m_files.removeLast();
    store();
}

void RecentFiles::remove(const QString &path)
{
    if (m_files.removeAll(QFileInfo(path).absoluteFilePath()) > 0)
        store();
}

void RecentFiles::clear()
{
    if (m_files.isEmpty())
        return;
    m_files.clear();
    store();
}

void RecentFiles::store()
{
    m_settings.setRecentFiles(m_files);
    emit changed();
}

} // namespace ensemble
