#include "SeenDocuments.h"

namespace ensemble {

void SeenDocuments::remember(const QString &doc, const SeenDocument &seen)
{
    forget(doc);
    if (seen.revision < 0)
        return;
    m_seen.insert(doc, seen);
    if (!seen.text)
        return;
    m_withText.append(doc);
    m_units += seen.text->size();
    // Without its text a document still tells what changed, if the server kept the history.
    while (m_units > maxTextUnits) {
        SeenDocument &oldest = m_seen[m_withText.takeFirst()];
        m_units -= oldest.text->size();
        oldest.text.reset();
    }
}

void SeenDocuments::forget(const QString &doc)
{
    const SeenDocument seen = m_seen.take(doc);
    if (seen.text) {
        m_units -= seen.text->size();
        m_withText.removeOne(doc);
    }
}

} // namespace ensemble
