#pragma once

#include "hosting/SessionHost.h"
#include "session/FolderSession.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace ensemble {

class DocumentTab;
class FolderDocumentLink;
struct AppContext;

// The window's shared folder: sharing one (Share Folder…, --host DIR), joining one, a tab per
// opened document (edits through a FolderDocumentLink), telling the session which document this
// user is in, following the tree's renames and deletions in the tabs, and the host's Save All.
// One folder session per window; the Session panel and the menus act through here.
class FolderSessionController : public QObject
{
    Q_OBJECT

public:
    FolderSessionController(const AppContext &context, QObject *parent);
    ~FolderSessionController() override;

    // Shares the folder root as identity, returns the invite or why it could not. What the scan
    // left out is in leftOutMessage() (and told as a notice).
    Result<Invite> share(const QString &root, const HostOptions &options, const Identity &identity);
    // Shares again, as identity, the folder of a session the app was hosting when it stopped
    // unexpectedly, from the room's files (every document with the edits that reached it, the tree,
    // the chat), on port (0: a free one), where the guests' clients are trying to reconnect;
    // returns the invite or why it could not (the room's files are then left as they are).
    Result<Invite> resume(const HostedRoom &room, quint16 port, const Identity &identity);
    // Joins the shared folder of invite (with its password; empty: none).
    void join(const Invite &invite, const Identity &identity, const QString &password = {});
    // Leaves the session (or stops sharing); the tabs keep their texts as ordinary documents.
    void leave();

    FolderSession *session() const { return m_session; }
    // The sentence naming what the last share() left out (empty: nothing).
    QString leftOutMessage() const { return m_leftOut; }

    // Shows document doc in a tab, opening it in the session first if needed.
    DocumentTab *openDocument(const QString &doc);
    // The tab of document doc, or null.
    DocumentTab *tab(const QString &doc) const;
    // The link of open document doc (its text, its edits), or null.
    FolderDocumentLink *link(const QString &doc) const;
    // Whether tab shows a document of the shared folder.
    bool holds(const DocumentTab *tab) const { return !document(tab).isEmpty(); }
    // The document tab shows, or empty when it shows none of the shared folder's.
    QString document(const DocumentTab *tab) const;
    // The host writes every shared document into the folder (the tabs of open ones save
    // themselves); false (after telling the user) when something could not be written.
    bool saveAll();
    // The same without a word when all went well, and without a dialog when something could not
    // be written (a notice says it): for the autosave.
    bool autosave();

    // Follows participant user: opens the document they are in and keeps their caret in view,
    // into every document they move to, until this user types or moves, or they leave.
    void follow(int user);
    void stopFollowing();
    // Whom this user follows (0: nobody).
    int followed() const { return m_followed; }

signals:
    // This user started following name, or (empty) stopped.
    void followingChanged(const QString &name);
    // A folder session started or ended.
    void sessionChanged();
    // Something to show in the status bar for a moment.
    void notice(const QString &text);
    // Something about the host's folder on disk the host must not miss (a file deleted or no
    // longer text there).
    void diskProblem(const QString &message);

private:
    void start(FolderSession *session, const Invite &invite, const Identity &identity,
               const QString &password);
    void onCurrentTab(DocumentTab *tab);
    void onTreeChanged(const TreeMsg &change);
    void onEnded(const SessionError &error);
    void release(const QString &doc);
    void onFocused(int user, const QString &doc);
    void followInto(const QString &doc);
    void nameTab(DocumentTab *tab, const QString &path);
    bool save(bool interactive);
    void watchDisk(FolderSession *session);
    void onMergedFromDisk(const QString &doc);

    const AppContext &m_context;
    QPointer<FolderSession> m_session;
    QHash<QString, QPointer<DocumentTab>> m_tabs; // document id -> its tab
    QHash<QString, QPointer<FolderDocumentLink>> m_links; // children of the tabs' bindings
    QString m_leftOut;
    int m_followed = 0;
    QPointer<DocumentTab> m_followTab; // where the followed participant's caret is kept in view
};

} // namespace ensemble
