#include "CollaborationController.h"

#include "AppContext.h"
#include "CodeEditor.h"
#include "DocumentTab.h"
#include "NoticeBar.h"
#include "Settings.h"
#include "UserPrompts.h"
#include "Workspace.h"
#include "tls/Fingerprint.h"

#include <iterator>

namespace ensemble {

CollaborationController::CollaborationController(const AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    connect(&context.workspace, &Workspace::currentChanged, this,
            &CollaborationController::sessionsChanged);
}

Result<Invite> CollaborationController::host(DocumentTab *tab, const HostOptions &options)
{
    if (!tab)
        return Error {QStringLiteral("no_document"), tr("There is no document to share.")};
    if (session(tab))
        return Error {QStringLiteral("already_shared"), tr("This document is already shared.")};
    auto server = std::make_unique<SessionHost>(m_context.settings.certificateDirectory());
    auto started
        = server->start(options, tab->editor()->text(), QString::fromLatin1(tab->language().id));
    if (!started)
        return started.error();
    const Invite local = server->localInvite();
    const Invite invite = server->shareableInvite();
    SharedDocument *shared = attach(tab, std::move(server));
    shared->setInvite(invite);
    shared->join(local, identity());
    m_context.settings.addRecentSession(invite.toString());
    emit sessionsChanged();
    return invite;
}

DocumentTab *CollaborationController::join(const Invite &invite)
{
    DocumentTab *tab = m_context.workspace.newDocument();
    SharedDocument *shared = attach(tab, nullptr);
    shared->client().trustCertificate(m_context.settings.trustedCertificate(invite.server()));
    shared->join(invite, identity());
    m_context.settings.addRecentSession(invite.toString());
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
            [this, shared](const SessionError &error) { end(shared, error); });
    return shared;
}

bool CollaborationController::trustCertificate(SharedDocument *shared, const SessionError &error)
{
    const bool changed = error.kind == SessionError::Kind::CertificateChanged;
    if (!changed && error.kind != SessionError::Kind::UntrustedCertificate)
        return false;
    const QString server = shared->invite().server();
    const QByteArray presented = shared->client().serverCertificate();
    const QByteArray previous = m_context.settings.trustedCertificate(server);
    if (presented.isEmpty()
        || !m_context.prompts.askToTrustCertificate(server, displayFingerprint(presented),
                                                    changed ? displayFingerprint(previous)
                                                            : QString()))
        return false;
    m_context.settings.setTrustedCertificate(server, presented);
    shared->client().trustCertificate(presented);
    return true;
}

void CollaborationController::end(SharedDocument *shared, const SessionError &error)
{
    // A certificate the user chooses to trust lets the session go on where it stopped.
    if (trustCertificate(shared, error))
        return;
    DocumentTab *tab = &shared->tab();
    // A join that never got the room's text leaves nothing worth keeping in its new tab.
    const bool emptyGuestTab
        = !shared->isHost() && !tab->isModified() && tab->editor()->length() == 0;
    leave(tab);
    m_context.prompts.showError(tr("Session Ended"), error.message);
    if (emptyGuestTab)
        m_context.workspace.close(tab);
}

} // namespace ensemble
