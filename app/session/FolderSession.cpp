#include "session/FolderSession.h"

#include "hosting/SessionHost.h"
#include "session/FolderDiskChanges.h"

#include <QDir>
#include <QFileInfo>
#include <QUuid>
#include <algorithm>

namespace ensemble {

FolderSession::FolderSession(std::unique_ptr<SessionHost> host, const QString &root,
                             QObject *parent)
    : QObject(parent)
    , m_host(std::move(host))
    , m_root(root)
    , m_client(new SessionClient(this))
{
    m_client->setProtocol(2);
    if (m_host) {
        const FolderSnapshot shared = m_host->folderSnapshot();
        m_saver = std::make_unique<FolderSaver>(
            root, QDir(m_host->directory()).filePath(QStringLiteral("saved.json")));
        // A session resumed after a crash: the folder holds what its last save wrote.
        const bool resumed = m_saver->restore();
        if (!resumed)
            m_saver->setSaved(shared.tree);
        m_disk = new FolderDiskChanges(*this, root, this);
        m_disk->watch(shared);
        if (resumed) {
            m_disk->keepMissing(shared,
                                [this](const QString &doc) { return m_saver->savedPath(doc); });
        }
    }
    connect(m_client, &SessionClient::treeReset, this, &FolderSession::onTreeReset);
    connect(m_client, &SessionClient::treeChanged, this, &FolderSession::onTreeChanged);
    connect(m_client, &SessionClient::participantsReset, this, &FolderSession::onParticipantsReset);
    connect(m_client, &SessionClient::participantJoined, this, [this](const Participant &p) {
        m_known.insert(p.id, p);
        emit notice(tr("%1 joined").arg(p.name));
        emit changed();
    });
    connect(m_client, &SessionClient::participantLeft, this, [this](int user) {
        m_focus.remove(user);
        if (m_known.contains(user))
            emit notice(tr("%1 left").arg(m_known.take(user).name));
        emit changed();
    });
    connect(m_client, &SessionClient::participantFocused, this,
            [this](int user, const QString &doc) {
                m_focus.insert(user, doc);
                emit changed();
            });
    connect(m_client, &SessionClient::deletedOnDiskChanged, this, &FolderSession::changed);
    connect(m_client, &SessionClient::errorOccurred, this, &FolderSession::onError);
    connect(m_client, &SessionClient::stateChanged, this, [this](SessionClient::State state) {
        if (state == SessionClient::State::Connected && !m_everConnected) {
            m_everConnected = true;
            emit entered();
        }
        emit changed();
    });
}

FolderSession::~FolderSession()
{
    delete m_disk; // it closes what it holds open through the client
    // The client goes first: the embedded server (m_host) must outlive its last connection.
    delete m_client;
}

void FolderSession::join(const Invite &invite, const Identity &identity, const QString &password)
{
    if (!m_host)
        m_invite = invite;
    // A fresh id per session: two windows of one install in one session must not replace each
    // other.
    m_client->setIdentity(identity.name, identity.color,
                          QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_client->setPassword(password);
    if (m_host)
        m_client->setOwnerKey(m_host->ownerKey());
    m_client->join(invite);
}

QString FolderSession::title() const
{
    if (!m_root.isEmpty())
        return QFileInfo(m_root).fileName();
    // The session's own title names its first file, not the folder.
    for (const Participant &participant : m_client->participants()) {
        if (participant.host)
            return tr("Shared by %1").arg(participant.name);
    }
    return tr("Shared folder");
}

QString FolderSession::pathOf(const QString &doc) const
{
    for (const TreeEntry &entry : tree().entries) {
        if (entry.doc == doc)
            return entry.path;
    }
    return {};
}

QList<Participant> FolderSession::participantsIn(const QString &doc) const
{
    QList<Participant> in;
    const Participant self = m_client->self();
    if (m_focus.value(self.id) == doc)
        in.append(self);
    for (const Participant &participant : m_client->participants()) {
        if (m_focus.value(participant.id) == doc)
            in.append(participant);
    }
    std::sort(in.begin(), in.end(),
              [](const Participant &a, const Participant &b) { return a.id < b.id; });
    return in;
}

DocumentSync *FolderSession::open(const QString &doc)
{
    return m_client->openDocument(doc);
}

void FolderSession::close(const QString &doc)
{
    m_client->closeDocument(doc);
}

void FolderSession::setCurrent(const QString &doc)
{
    const int self = m_client->self().id;
    if (m_focus.value(self) == doc)
        return;
    // The server relays focus to the others only; this user's own dot moves at once.
    if (m_client->setFocus(doc)) {
        m_focus.insert(self, doc);
        emit changed();
    }
}

QStringList FolderSession::saveAll(const QSet<QString> &skip, const QSet<QString> &keep)
{
    if (!m_host)
        return {tr("Only the host saves the shared folder.")};
    // An outside change not in the session yet must not be overwritten by the text before it.
    m_disk->checkPending();
    const QSet<QString> left = skip | m_disk->unsettled();
    const FolderSnapshot snapshot = m_host->folderSnapshot();
    const QStringList problems = m_saver->save(snapshot, left, keep);
    for (const SessionDocument &entry : snapshot.tree) {
        if (!entry.doc.isEmpty() && !left.contains(entry.doc))
            m_disk->noteSaved(entry.path, snapshot.texts.value(entry.doc));
    }
    m_disk->watch(snapshot, m_disk->unsettled());
    return problems;
}

bool FolderSession::hasUnsavedChanges() const
{
    return m_host && !m_saver->holds(m_host->folderSnapshot());
}

void FolderSession::onTreeReset()
{
    m_focus.clear();
    for (const Participant &participant : m_client->participants()) {
        if (!participant.doc.isEmpty())
            m_focus.insert(participant.id, participant.doc);
    }
    emit changed();
}

void FolderSession::onTreeChanged(const TreeMsg &change)
{
    if (change.user != m_client->self().id) {
        const QString who = change.user == 0 ? tr("The host") : nameOf(change.user);
        if (change.change == QLatin1String("create"))
            emit notice(tr("%1 created %2").arg(who, change.path));
        else if (change.change == QLatin1String("rename"))
            emit notice(tr("%1 renamed %2 to %3").arg(who, change.path, change.to));
        else
            emit notice(tr("%1 deleted %2").arg(who, change.path));
    }
    emit changed();
    emit treeChanged(change);
}

void FolderSession::onParticipantsReset(const QList<Participant> &participants)
{
    m_known.clear();
    for (const Participant &participant : participants)
        m_known.insert(participant.id, participant);
    onTreeReset();
}

void FolderSession::onError(const SessionError &error)
{
    if (error.fatal || (!m_everConnected && !m_host && error.kind != SessionError::Kind::Rejected))
        emit ended(error);
    else if (error.kind == SessionError::Kind::Rejected)
        emit refused(error.message);
    else
        emit notice(error.message);
    emit changed();
}

QString FolderSession::nameOf(int user) const
{
    return m_known.value(user).name;
}

} // namespace ensemble
