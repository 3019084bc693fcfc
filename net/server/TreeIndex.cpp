#include "TreeIndex.h"

namespace ensemble {

void TreeIndex::rebuild(const QList<SessionDocument> &tree)
{
    m_entries.clear();
    m_holding.clear();
    for (const SessionDocument &entry : tree)
        add(entry.path, !entry.doc.isEmpty());
}

void TreeIndex::add(const QString &path, bool isFile)
{
    m_entries.insert(path, isFile);
    for (qsizetype slash = path.indexOf(u'/'); slash >= 0; slash = path.indexOf(u'/', slash + 1))
        ++m_holding[path.left(slash)];
}

QString TreeIndex::conflictWith(const QString &path) const
{
    if (m_entries.contains(path) || m_holding.contains(path))
        return path;
    for (qsizetype slash = path.indexOf(u'/'); slash >= 0; slash = path.indexOf(u'/', slash + 1)) {
        const QString folder = path.left(slash);
        if (m_entries.value(folder))
            return folder;
    }
    return {};
}

} // namespace ensemble
