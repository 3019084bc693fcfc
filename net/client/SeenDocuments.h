#pragma once

#include "DocumentSync.h"

#include <QHash>
#include <QStringList>

namespace ensemble {

/// What a client saw last of the documents of a session it closed or left, for "while you were
/// away" when one is opened again (docs/PROTOCOL.md 3.2): their epochs and revisions, and their
/// texts while those kept stay within maxTextUnits (the ones kept longest lose theirs first).
class SeenDocuments
{
public:
    /// The texts kept, together, in UTF-16 units.
    static constexpr qsizetype maxTextUnits = 16 * 1024 * 1024;

    /// Remembers @p seen of document @p doc in place of anything before (a revision below 0:
    /// forgets it).
    void remember(const QString &doc, const SeenDocument &seen);
    /// What is remembered of @p doc (revision -1: nothing).
    SeenDocument value(const QString &doc) const { return m_seen.value(doc); }
    void forget(const QString &doc);
    /// Everything remembered, by document.
    const QHash<QString, SeenDocument> &all() const { return m_seen; }

private:
    QHash<QString, SeenDocument> m_seen;
    QStringList m_withText; ///< The documents whose text is kept, kept longest first.
    qsizetype m_units = 0;
};

} // namespace ensemble
