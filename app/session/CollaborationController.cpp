#include "session/CollaborationController.h"

#include "AppContext.h"
#include "CodeEditor.h"
#include "DocumentTab.h"
#include "NoticeBar.h"
#include "Settings.h"
#include "UserPrompts.h"
#include "hosting/SessionAnnouncer.h"
#include "protocol/MessageParser.h"
#include "session/FolderSessionController.h"
#include "session/LastSeenRevisions.h"
#include "tls/Fingerprint.h"
#include "window/Workspace.h"

#include <QAction>
#include <QFileInfo>
#include <QPointer>
#include <iterator>

namespace ensemble {

CollaborationController::CollaborationController(const AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_folders(new FolderSessionController(context, this))
{
    connect(&context.workspace, &Workspace::currentChanged, this,
            &CollaborationController::sessionsChanged);
}

Result<Invite> CollaborationController::host(DocumentTab *tab, const HostOptions &options)
{
    if (!tab)
        return Error {QStringLiteral("no_document"), tr("There is no document to share.")};
    if (session(tab) || m_folders->holds(tab))
        return Error {QStringLiteral("already_shared"), tr("This document is already shared.")};
    // The guests' tabs take the file's name, if it has one a guest can use.
    const QString name = tab->isUntitled() ? QString() : QFileInfo(tab->filePath()).fileName();
    const auto start = [&](const HostOptions &chosen) -> Result<std::unique_ptr<SessionHost>> {
        auto server = std::make_unique<SessionHost>(m_context.settings.certificateDirectory(),
                                                    m_context.settings.hostedRoomsDirectory());
        auto started
            = server->start(chosen, tab->editor()->text(), QString::fromLatin1(tab->language().id),
                            isValidTitle(name) ? name : QString(), tab->filePath());
        if (!started)
            return started.error();
        return server;
    };
    auto server = start(options);
    if (!server && server.error().code == QLatin1String("listen_failed") && options.freePortIfTaken
        && options.port != 0) {
        HostOptions anyPort = options;
        anyPort.port = 0;
        server = start(anyPort);
    }
    if (!server)
        return server.error();
    const SessionHost &host = *server.value();
    const Invite invite = share(tab, std::move(server.value()));
    // A child of the session: leaving it withdraws the announcement.
    new SessionAnnouncer(host, options, name.isEmpty() ? tab->displayName() : name, identity().name,
                         session(tab));
    return invite;
}

bool CollaborationController::confirmEndingHosting(DocumentTab *tab)
{
    int guests = 0;
    for (DocumentTab *candidate : m_context.workspace.documents()) {
        const SharedDocument *shared = session(candidate);
        if (shared && shared->isHost() && (!tab || tab == candidate))
            guests += int(shared->client().participants().size());
    }
    return guests == 0 || m_context.prompts.askToEndHostedSessions(guests);
}

Result<Invite> CollaborationController::resume(const HostedRoom &room, const QString &text,
                                               quint16 port)
{
    auto server = std::make_unique<SessionHost>(m_context.settings.certificateDirectory(),
                                                m_context.settings.hostedRoomsDirectory());
    auto resumed = server->resume(room, port);
    if (!resumed)
        return resumed.error();
    // The room's text, which has everything anyone typed that reached it, the guests' edits that
    // the file on disk may lack among them.
    DocumentTab *tab = m_context.workspace.openRecovered(room.filePath, room.title, text);
    return share(tab, std::move(server));
}

Invite CollaborationController::share(DocumentTab *tab, std::unique_ptr<SessionHost> server)
{
    const Invite local = server->localInvite();
    const Invite invite = server->shareableInvite();
    SharedDocument *shared = attach(tab, std::move(server));
    shared->setInvite(invite);
    shared->join(local, identity());
    m_context.settings.addRecentSession(invite.toString());
    emit sessionsChanged();
    return invite;
}

DocumentTab *CollaborationController::join(const Invite &invite, const QString &password)
{
    // A second tab in the same room would only repeat the first, under the same name.
    for (DocumentTab *open : m_context.workspace.documents()) {
        const SharedDocument *shared = session(open);
        if (shared && shared->invite().server() == invite.server()
            && shared->invite().roomId() == invite.roomId()) {
            m_context.workspace.setCurrent(open);
            return open;
        }
    }
    QPointer<DocumentTab> pristine = m_context.workspace.pristineUntitled();
    DocumentTab *tab = m_context.workspace.newDocument();
    SharedDocument *shared = attach(tab, nullptr);
    // Only an invite that got the user into the room is worth offering again, and only then
    // does the empty tab the window started with make way (a failed join closes its own tab).
    connect(shared, &SharedDocument::entered, this, [this, invite, tab, pristine] {
        m_context.settings.addRecentSession(invite.toString());
        m_context.workspace.replacePristineUntitled(tab, pristine);
        emit sessionsChanged();
    });
    shared->client().trustCertificate(m_context.settings.trustedCertificate(invite.server()));
    new LastSeenRevisions(m_context.settings, shared->client(), invite, shared);
    shared->join(invite, identity(), password);
    emit sessionsChanged();
    return tab;
}

void CollaborationController::leave(DocumentTab *tab)
{
    SharedDocument *shared = session(tab);
    if (!shared)
        return;
    // Detached first, so that session() no longer finds it while it is being torn down.
    shared->setParent(nullptr);
    shared->deleteLater();
    tab->noticeBar()->dismiss();
    emit sessionsChanged();
}

void CollaborationController::removeParticipant(SessionClient &client,
                                                const Participant &participant)
{
    // The questions wait for the user, and the session may end meanwhile.
    const QPointer<SessionClient> guarded(&client);
    const UserPrompts::RemoveChoice choice
        = m_context.prompts.askToRemoveParticipant(participant.name);
    if (choice == UserPrompts::RemoveChoice::Cancel || !guarded)
        return;
    std::optional<QString> password;
    if (choice == UserPrompts::RemoveChoice::RemoveAndChangePassword) {
        password = m_context.prompts.askNewPassword();
        if (!password || !guarded)
            return;
    }
    // Removed first: the password change lets in again those in the room at that moment.
    if (!guarded->removeParticipant(participant.id)) {
        //: Status bar: the host's connection to the room was lost before removing someone.
        emit notice(tr("Not connected to the room: nobody was removed"));
        return;
    }
    if (password)
        sendPassword(*guarded, *password);
}

void CollaborationController::changePassword(SharedDocument *session)
{
    const QPointer<SharedDocument> guarded(session);
    const std::optional<QString> password = m_context.prompts.askNewPassword();
    if (password && guarded)
        sendPassword(guarded->client(), *password);
}

void CollaborationController::sendPassword(SessionClient &client, const QString &password)
{
    if (!client.changePassword(password)) {
        //: Status bar: the host's connection to the room was lost before the password changed.
        emit notice(tr("Not connected to the room: the password did not change"));
        return;
    }
    //: Status bar, after the host changed the room's password.
    emit notice(password.isEmpty() ? tr("The room no longer has a password")
                                   : tr("The room has a new password; only those in the session "
                                        "can rejoin without it"));
}

SharedDocument *CollaborationController::session(DocumentTab *tab) const
{
    return tab ? tab->findChild<SharedDocument *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

SharedDocument *CollaborationController::currentSession() const
{
    return session(m_context.workspace.current());
}

Identity CollaborationController::identity() const
{
    const QString name
        = m_nameOverride.isEmpty() ? m_context.settings.displayName() : m_nameOverride;
    QString color = m_context.settings.participantColor();
    if (color.isEmpty()) {
        // Until people pick colours, their names give them different ones.
        static const char *const palette[]
            = {"#1e88e5", "#d81b60", "#43a047", "#fb8c00", "#8e24aa", "#00897b", "#6d4c41"};
        color = QString::fromLatin1(palette[qHash(name) % std::size(palette)]);
    }
    return {name, color};
}

SharedDocument *CollaborationController::attach(DocumentTab *tab, std::unique_ptr<SessionHost> host)
{
    // A child of the tab: closing the tab ends its session.
    auto *shared = new SharedDocument(*tab, std::move(host), tab);
    connect(shared, &SharedDocument::changed, this, [this, shared] {
        if (shared == currentSession())
            emit sessionsChanged();
    });
    connect(shared, &SharedDocument::notice, this, &CollaborationController::notice);
    connect(shared, &SharedDocument::trouble, this, [tab](const QString &message) {
        if (message.isEmpty())
            tab->noticeBar()->dismiss();
        else
            tab->noticeBar()->showNotice(message);
    });
    connect(shared, &SharedDocument::ended, this,
            [this, shared](const SessionError &error) { onEnded(shared, error); });
    connect(shared, &SharedDocument::editsRefused, this,
            [this, shared](const QString &text) { keepRefusedEdits(shared, text); });
    return shared;
}

void CollaborationController::onEnded(SharedDocument *shared, const SessionError &error)
{
    if (error.kind == SessionError::Kind::UntrustedCertificate
        || error.kind == SessionError::Kind::CertificateChanged) {
        askToTrust(shared, error);
        return;
    }
    if (error.kind == SessionError::Kind::IncompatibleVersion && !shared->isHost()) {
        // The room shares a folder: joined again as one, in the Session panel. Not from inside
        // the client's signal, which stop() deletes.
        QMetaObject::invokeMethod(
            this,
            [this, guarded = QPointer<SharedDocument>(shared)] {
                if (!guarded || session(&guarded->tab()) != guarded)
                    return;
                const Invite invite = guarded->invite();
                const QString password = guarded->password();
                stop(guarded);
                m_folders->join(invite, identity(), password);
            },
            Qt::QueuedConnection);
        return;
    }
    if (error.kind != SessionError::Kind::WrongPassword || shared->isHost()) {
        end(shared, error);
        return;
    }
    // Asked once the client is done with the refused connection, not from inside its signal.
    QMetaObject::invokeMethod(
        this,
        [this, guarded = QPointer<SharedDocument>(shared), reason = error.message] {
            // The user may have closed the tab or left meanwhile.
            const auto current = [&] { return guarded && session(&guarded->tab()) == guarded; };
            if (!current())
                return;
            const std::optional<QString> password = m_context.prompts.askPassword(reason);
            if (!current())
                return;
            if (password)
                guarded->retryWithPassword(*password);
            else
                stop(guarded);
        },
        Qt::QueuedConnection);
}

void CollaborationController::askToTrust(SharedDocument *shared, const SessionError &error)
{
    const QString server = shared->invite().server();
    const QByteArray presented = shared->client().serverCertificate();
    if (presented.isEmpty()) {
        end(shared, error);
        return;
    }
    const bool changed = error.kind == SessionError::Kind::CertificateChanged;
    // Asked once the client is done with the refused connection, not from inside its signal.
    QMetaObject::invokeMethod(
        this,
        [this, guarded = QPointer<SharedDocument>(shared), server, presented, changed] {
            // The user may have closed the tab or left meanwhile.
            const auto current = [&] { return guarded && session(&guarded->tab()) == guarded; };
            if (!current())
                return;
            const QByteArray previous = m_context.settings.trustedCertificate(server);
            const bool trusted = m_context.prompts.askToTrustCertificate(
                server, displayFingerprint(presented),
                changed ? displayFingerprint(previous) : QString());
            if (!current())
                return;
            if (!trusted) {
                stop(guarded);
                return;
            }
            m_context.settings.setTrustedCertificate(server, presented);
            // The session goes on where it stopped, unsent edits included.
            guarded->client().trustCertificate(presented);
        },
        Qt::QueuedConnection);
}

void CollaborationController::keepRefusedEdits(SharedDocument *shared, const QString &text)
{
    // The user's version goes to a tab of its own at once, so no notice can be missed or
    // dismissed with it; the shared tab stays in front and says where it went.
    DocumentTab *tab = &shared->tab();
    DocumentTab *mine = m_context.workspace.newDocument();
    mine->setLanguage(tab->language());
    mine->editor()->setText(text);
    m_context.workspace.setCurrent(tab);
    //: Button: show the tab holding the edits the read-only room did not take.
    auto *show = new QAction(tr("Show Your Version"), mine);
    connect(show, &QAction::triggered, this,
            [this, mine] { m_context.workspace.setCurrent(mine); });
    tab->noticeBar()->showNotice(tr("The host made this document read-only before your latest "
                                    "edits reached the room, so they were taken back here. Your "
                                    "version is in “%1”.")
                                     .arg(mine->displayName()),
                                 {show});
}

void CollaborationController::end(SharedDocument *shared, const SessionError &error)
{
    DocumentTab *tab = stop(shared);
    if (!tab) {
        // The room's text never arrived: this was a join that failed, not a session that ended.
        m_context.prompts.showError(tr("Cannot Join Session"), error.message);
        return;
    }
    // A bar, not a message box: the session can end in the middle of someone's typing, and a
    // modal box would take the next keys (a Space or Enter would close it unread).
    //: %1 says why the session ended, e.g. "The host stopped sharing this document."
    tab->noticeBar()->showNotice(
        tr("The session ended: %1 This tab keeps the latest text as an ordinary document.")
            .arg(error.message));
}

DocumentTab *CollaborationController::stop(SharedDocument *shared)
{
    DocumentTab *tab = &shared->tab();
    // A join that never got the room's text leaves nothing worth keeping in its new tab.
    const bool emptyGuestTab
        = !shared->isHost() && !tab->isModified() && tab->editor()->length() == 0;
    leave(tab);
    if (!emptyGuestTab)
        return tab;
    m_context.workspace.close(tab);
    return nullptr;
}

} // namespace ensemble
