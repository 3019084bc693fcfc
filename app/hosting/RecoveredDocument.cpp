#include "hosting/RecoveredDocument.h"

#include "DocumentTab.h"

#include <QDir>

namespace ensemble {

RecoveredDocument::RecoveredDocument(DocumentTab &tab, const QString &directory)
    : QObject(&tab)
    , m_directory(directory)
    , m_lock(QDir(directory).filePath(QStringLiteral(".lock")))
{
    m_lock.setStaleLockTime(0);
    m_lock.tryLock();
    connect(&tab, &DocumentTab::modificationChanged, this, [this](bool modified) {
        if (!modified)
            deleteLater();
    });
    // The room held nothing the file does not.
    if (!tab.isModified())
        deleteLater();
}

RecoveredDocument::~RecoveredDocument()
{
    // Not when another Ensemble took the room over in the meantime.
    if (!m_lock.isLocked())
        return;
    m_lock.unlock();
    QDir(m_directory).removeRecursively();
}

} // namespace ensemble
