#pragma once

#include "hosting/SessionHost.h"
#include "session/SharedDocument.h"

#include <QObject>

namespace ensemble {

class DocumentTab;
class FolderSessionController;
struct AppContext;

// The window's shared documents: hosting a tab, joining a room in a new tab, leaving, and
// telling the user when a session fails. Menus, the command line and tests all go through here.
class CollaborationController : public QObject
{
    Q_OBJECT

public:
    CollaborationController(const AppContext &context, QObject *parent);

    // Shares tab in a new room on an embedded server and joins it; returns the invite to hand
    // out, or the reason it could not start (the user is not told: the caller decides how).
    Result<Invite> host(DocumentTab *tab, const HostOptions &options);
    // Hosts again a room the app was hosting when it stopped unexpectedly (on port, 0: a free
    // one), in a tab holding text, the room's text, as unsaved changes to the host's file;
    // returns the invite, or why it could not (the room's files are then left as they are).
    Result<Invite> resume(const HostedRoom &room, const QString &text, quint16 port);
    // Opens a new tab and joins the room there, with its password (empty: none); failures are
    // shown when they happen, and a wrong password is asked for again.
    DocumentTab *join(const Invite &invite, const QString &password = {});
    // Leaves (or stops hosting) the tab's session; the tab keeps the latest text.
    void leave(DocumentTab *tab);
    // Asks before ending hosted sessions that guests are in: the tab's, or (nullptr) every one
    // this window hosts; true when there are none or the user agrees.
    bool confirmEndingHosting(DocumentTab *tab = nullptr);
    // The owner removes participant (as named in the session) once the user confirms, changing
    // the room's password too when the user asks for that.
    void removeParticipant(SessionClient &client, const Participant &participant);
    // The owner gives the room a new password, asked of the user; those in the session stay.
    void changePassword(SharedDocument *session);

    // The window's shared folder (protocol 2), which a guest joins when the room of an invite
    // turns out to share a folder.
    FolderSessionController &folders() const { return *m_folders; }

    SharedDocument *session(DocumentTab *tab) const;
    SharedDocument *currentSession() const;

    // Name and colour from the settings, with the name the command line gave (not remembered).
    Identity identity() const;
    void setNameOverride(const QString &name) { m_nameOverride = name; }

signals:
    // A session started or ended in some tab, or the current tab's session changed state.
    void sessionsChanged();
    // Something to show in the status bar for a moment.
    void notice(const QString &text);

private:
    SharedDocument *attach(DocumentTab *tab, std::unique_ptr<SessionHost> host);
    Invite share(DocumentTab *tab, std::unique_ptr<SessionHost> host);
    void onEnded(SharedDocument *session, const SessionError &error);
    // Asks (later) whether to trust the certificate a session stopped over: it goes on if the
    // user does, and stops otherwise.
    void askToTrust(SharedDocument *session, const SessionError &error);
    void end(SharedDocument *session, const SessionError &error);
    // Leaves the session; the tab it leaves behind, or nullptr when it held nothing and closed.
    DocumentTab *stop(SharedDocument *session);
    void keepRefusedEdits(SharedDocument *session, const QString &text);
    void sendPassword(SessionClient &client, const QString &password);

    const AppContext &m_context;
    FolderSessionController *m_folders;
    QString m_nameOverride;
};

} // namespace ensemble
