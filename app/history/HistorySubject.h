#pragma once

#include <QPointer>
#include <QString>
#include <optional>

namespace ensemble {

class CollaborationController;
class DocumentTab;
class SessionClient;

// What a History view reads and restores into: a tab's shared document and the connection to the
// server that keeps its history, whether the tab is a one-file session (a SharedDocument) or a
// document of the window's shared folder (protocol 2, a FolderSession).
struct HistorySubject
{
    QPointer<DocumentTab> tab;
    QPointer<SessionClient> client;
    // The document's id in the shared folder; empty for the one document of a one-file session.
    QString doc;
    // The document's part in its session (its SharedDocument, or a folder document's
    // DocumentSync): it goes when the document leaves the session, and the view goes with it.
    QPointer<QObject> session;

    // The subject of @p tab, or nullopt when the tab takes part in no session.
    static std::optional<HistorySubject> of(const CollaborationController &collaboration,
                                            DocumentTab *tab);
};

} // namespace ensemble
