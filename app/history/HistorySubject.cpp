#include "history/HistorySubject.h"

#include "DocumentTab.h"
#include "session/CollaborationController.h"
#include "session/FolderSessionController.h"

namespace ensemble {

std::optional<HistorySubject> HistorySubject::of(const CollaborationController &collaboration,
                                                 DocumentTab *tab)
{
    if (SharedDocument *shared = collaboration.session(tab))
        return HistorySubject {tab, &shared->client(), {}, shared};
    const FolderSessionController &folders = collaboration.folders();
    FolderSession *folder = folders.session();
    const QString doc = folders.document(tab);
    // A tab whose document was closed, renamed away or deleted keeps its text but no history.
    DocumentSync *sync = folder && !doc.isEmpty() ? folder->client().document(doc) : nullptr;
    if (!sync)
        return std::nullopt;
    return HistorySubject {tab, &folder->client(), doc, sync};
}

} // namespace ensemble
