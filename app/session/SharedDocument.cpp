#include "session/SharedDocument.h"

#include "CodeEditor.h"
#include "DocumentTab.h"
#include "LanguageRegistry.h"
#include "collab/AuthorshipFeatures.h"
#include "collab/CollaborationSession.h"
#include "collab/FollowView.h"
#include "collab/RemoteCursors.h"
#include "collab/SessionBinding.h"
#include "hosting/SessionHost.h"
#include "protocol/MessageParser.h"

#include <QUuid>
#include <algorithm>

namespace ensemble {

SharedDocument::SharedDocument(DocumentTab &tab, std::unique_ptr<SessionHost> host, QObject *parent)
    : QObject(parent)
    , m_tab(tab)
    , m_host(std::move(host))
    , m_editor(tab.editor())
    , m_binding(tab.sessionBinding())
    , m_client(new SessionClient(this))
{
    // Clears the read-only state before CollaborationSession puts the room's text in.
    connect(m_client, &SessionClient::documentReset, this, &SharedDocument::onReset);
    m_link = new CollaborationSession(m_binding, m_client, this);
    connect(m_link, &CollaborationSession::outOfStep, this, &SharedDocument::resync);
    // Who wrote what and while you were away, for as long as the tab is shared.
    new AuthorshipFeatures(m_editor, m_client->authorship(), m_client, {}, this);
    connect(m_client, &SessionClient::participantsReset, this,
            &SharedDocument::onParticipantsReset);
    connect(m_client, &SessionClient::participantJoined, this, &SharedDocument::onJoined);
    connect(m_client, &SessionClient::participantLeft, this, &SharedDocument::onLeft);
    connect(m_client, &SessionClient::languageChanged, this, &SharedDocument::onRoomLanguage);
    connect(m_client, &SessionClient::settingsChanged, this, &SharedDocument::onSettings);
    connect(m_client, &SessionClient::localEditsRefused, this, &SharedDocument::editsRefused);
    connect(m_client, &SessionClient::errorOccurred, this, &SharedDocument::onError);
    connect(m_client, &SessionClient::stateChanged, this, [this](SessionClient::State state) {
        if (state == SessionClient::State::Connected) {
            emit trouble(QString());
            if (!m_everConnected) {
                m_everConnected = true;
                emit entered();
            }
        }
        emit changed();
    });
    connect(m_client, &SessionClient::unsentEditCountChanged, this, &SharedDocument::changed);
    connect(&tab, &DocumentTab::languageChanged, this, &SharedDocument::onTabLanguage);
    // The panel marks whoever is followed, the status bar says so.
    connect(m_binding->follow(), &FollowView::followingChanged, this, &SharedDocument::changed);
    if (m_host)
        connect(&tab, &DocumentTab::filePathChanged, m_host.get(), &SessionHost::setFilePath);
}

SharedDocument::~SharedDocument()
{
    m_link->detach();
    // The client goes first: the embedded server (m_host) must outlive its last connection.
    delete m_client;
    // The editor is the tab's child: while it lives, so does the tab.
    if (m_editor) {
        m_editor->setReadOnly(false);
        m_tab.setSessionReadOnly(false);
    }
}

SessionBinding &SharedDocument::binding() const
{
    return *m_binding;
}

void SharedDocument::join(const Invite &invite, const Identity &identity, const QString &password)
{
    if (!m_host)
        m_invite = invite;
    // A fresh id per session: two windows of one install in one room must not replace each other.
    m_client->setIdentity(identity.name, identity.color,
                          QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_password = password;
    m_client->setPassword(password);
    if (m_host)
        m_client->setOwnerKey(m_host->ownerKey());
    // Until the room's text arrives, typing would be lost: the client has no base to record it on.
    m_awaitingText = true;
    updateEditable();
    m_client->join(invite);
}

void SharedDocument::retryWithPassword(const QString &password)
{
    m_password = password;
    m_client->setPassword(password);
    m_client->join(m_invite);
}

void SharedDocument::onReset()
{
    m_awaitingText = false;
    updateEditable();
}

void SharedDocument::updateEditable()
{
    m_editor->setReadOnly(m_awaitingText || !m_client->canEdit());
    m_tab.setSessionReadOnly(!m_client->canEdit());
}

void SharedDocument::resync(const Error &error)
{
    qWarning("ensemble: resynchronising a shared document: %s", qPrintable(error.message));
    // The editor and the session disagree: start over from the server's text.
    emit notice(tr("Resynchronising the document with the room"));
    m_awaitingText = true;
    updateEditable();
    m_client->join(m_host ? m_host->localInvite() : m_invite);
}

void SharedDocument::onSettings(int user)
{
    updateEditable();
    // A guest's tab takes the room's name; the name is the host's to choose, so only a plain
    // file name is taken.
    const QString title = m_client->title();
    if (!m_host && isValidTitle(title)) {
        m_applyingLanguage = true;
        m_tab.setUntitledName(title);
        m_applyingLanguage = false;
    }
    if (user != 0 && !m_client->isOwner()) {
        emit notice(m_client->isReadOnly() ? tr("The host made the document read-only")
                                           : tr("The host lets everyone edit again"));
    }
    emit changed();
}

void SharedDocument::onParticipantsReset(const QList<Participant> &participants)
{
    m_known.clear();
    for (const Participant &participant : participants)
        m_known.insert(participant.id, participant);
    emit changed();
}

void SharedDocument::onJoined(const Participant &participant)
{
    m_known.insert(participant.id, participant);
    emit notice(tr("%1 joined").arg(participant.name));
    emit changed();
}

void SharedDocument::onLeft(int user)
{
    if (m_known.contains(user))
        emit notice(tr("%1 left").arg(m_known.take(user).name));
    emit changed();
}

void SharedDocument::onRoomLanguage(const QString &language, int user)
{
    // A room without a language, as a joiner learns it, leaves the guest's tab to tell it from
    // the room's title ("main.cpp").
    if (language.isEmpty() && user == 0 && !m_host && isValidTitle(m_client->title()))
        return;
    const Language *found = LanguageRegistry::byId(language);
    if (!found || QString::fromLatin1(m_tab.language().id) == language)
        return;
    m_applyingLanguage = true;
    m_tab.setLanguage(*found);
    m_applyingLanguage = false;
}

void SharedDocument::onTabLanguage()
{
    const QString id = QString::fromLatin1(m_tab.language().id);
    if (!m_applyingLanguage && id != m_client->language())
        m_client->setLanguage(id);
}

void SharedDocument::onError(const SessionError &error)
{
    if (error.fatal || neverJoined(error))
        emit ended(error);
    else if (error.kind != SessionError::Kind::Rejected)
        //: %1 is a complete sentence saying what went wrong with the connection.
        emit trouble(tr("%1 Trying again; your edits are kept.").arg(error.message));
    emit changed();
}

bool SharedDocument::neverJoined(const SessionError &error) const
{
    // A guest who was never in the room has no session to keep alive: retrying an address that
    // is wrong or a host that is not sharing would show an empty tab "reconnecting" for ever.
    // A busy server says to come back, so that one is retried.
    return !m_everConnected && !m_host && error.kind != SessionError::Kind::Rejected
        && error.code != QLatin1String("server_busy");
}

QList<SharedDocument::Member> SharedDocument::members() const
{
    return membersOf(*m_client, isConnectionLost());
}

QList<SharedDocument::Member> SharedDocument::membersOf(const SessionClient &client, bool lost)
{
    QList<Member> list;
    if (client.state() == SessionClient::State::Connected || lost) {
        list.append({client.self(), true, client.self().host,
                     lost ? Presence::Reconnecting : Presence::Connected});
    }
    // The client keeps the list of its last welcome until the next one replaces it: while the
    // connection is lost, nobody can say who is still there, a host that stopped included.
    QList<Participant> others = client.participants();
    std::sort(others.begin(), others.end(),
              [](const Participant &a, const Participant &b) { return a.id < b.id; });
    for (const Participant &participant : others)
        list.append(
            {participant, false, participant.host, lost ? Presence::Unknown : Presence::Connected});
    return list;
}

void SharedDocument::follow(int user)
{
    if (m_binding && user != m_client->self().id)
        m_binding->follow()->follow(QString::number(user));
}

void SharedDocument::stopFollowing()
{
    if (m_binding)
        m_binding->follow()->stop();
}

bool SharedDocument::isFollowing(int user) const
{
    return m_binding && m_binding->follow()->followed() == QString::number(user);
}

QString SharedDocument::followedName() const
{
    if (!m_binding || !m_binding->follow()->isFollowing())
        return {};
    return m_binding->cursors()->name(m_binding->follow()->followed());
}

bool SharedDocument::isConnectionLost() const
{
    return m_everConnected && m_client->state() != SessionClient::State::Connected;
}

QString SharedDocument::statusText() const
{
    const bool connected = m_client->state() == SessionClient::State::Connected;
    QString text = m_client->statusText();
    if (m_host && connected) {
        //: Status bar: this window hosts the session, on this network port.
        text = tr("Hosting on port %1").arg(m_host->port());
    }
    if (connected && m_client->isReadOnly()) {
        //: Session status of the room's host: %1 the state ("Hosting on port 7717"); guests
        //: cannot edit.
        text = m_client->isOwner() ? tr("%1, guests read-only").arg(text)
                                   //: Session status of a guest: %1 the state ("Connected"); the
                                   //: guest cannot edit the shared document.
                                   : tr("%1, read-only").arg(text);
    }
    return text;
}

} // namespace ensemble
