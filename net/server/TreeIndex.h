#pragma once

#include "SessionStore.h"

#include <QHash>
#include <QString>

namespace ensemble {

/// A session tree's paths, so that a new path's conflicts are found in the time its depth
/// takes, not the tree's size: adding a folder's thousand files stays linear.
class TreeIndex
{
public:
    /// Indexes every entry of @p tree afresh (after a rename or a delete, which touch many).
    void rebuild(const QList<SessionDocument> &tree);
    /// Indexes a new entry (a file when @p isFile, else a folder).
    void add(const QString &path, bool isFile);
    /// What a new entry at @p path would collide with: the path itself, a folder holding entries
    /// under it, or a file it would lie inside. Empty when nothing is in the way.
    QString conflictWith(const QString &path) const;

private:
    QHash<QString, bool> m_entries; ///< path -> whether it is a file
    QHash<QString, int> m_holding; ///< folder path -> entries under it
};

} // namespace ensemble
