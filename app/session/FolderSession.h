#pragma once

#include "client/SessionClient.h"
#include "hosting/FolderSaver.h"
#include "session/SharedDocument.h"

#include <QHash>
#include <QObject>
#include <memory>

namespace ensemble {

class FolderDiskChanges;
class SessionHost;

// A shared folder as this window takes part in it, below the widgets: the session's connection
// (a SessionClient speaking protocol 2), its tree, who works in which document, and the
// documents open here; for the host, the embedded server and the folder on disk that Save All
// writes. Tabs, the Session panel and the menus read it and act through it.
class FolderSession : public QObject
{
    Q_OBJECT

public:
    // host: the server of a folder this window shares (owned from now on), with root its
    // folder on disk and tree the documents it started with; null for a guest.
    FolderSession(std::unique_ptr<SessionHost> host, const QString &root,
                  QObject *parent = nullptr);
    ~FolderSession() override;

    // Joins with the session's password (empty: none); a host joins with its owner key.
    void join(const Invite &invite, const Identity &identity, const QString &password = {});

    SessionClient &client() const { return *m_client; }
    SessionHost *host() const { return m_host.get(); }
    bool isHost() const { return m_host != nullptr; }
    // The shared folder on the host's disk (empty for a guest).
    QString root() const { return m_root; }
    // The invite to hand out (the host's first LAN address for a host, the one joined otherwise).
    Invite invite() const { return m_invite; }
    void setInvite(const Invite &invite) { m_invite = invite; }
    // The session's name: the shared folder's for the host, who shares it for a guest.
    QString title() const;
    // Whether this user may create, rename and delete files (not a guest of a read-only session).
    bool canEdit() const { return m_client->canEdit(); }
    // The session let this user in before, and the connection to it is lost now.
    bool isConnectionLost() const
    {
        return m_everConnected && m_client->state() != SessionClient::State::Connected;
    }

    // The tree as last heard.
    const SessionTree &tree() const { return m_client->tree(); }
    // The path of document doc (empty when it is not in the tree).
    QString pathOf(const QString &doc) const;
    // Everyone in document doc, this user included, by id.
    QList<Participant> participantsIn(const QString &doc) const;
    // The document user works in (empty: none they said).
    QString focusOf(int user) const { return m_focus.value(user); }

    // Opens document doc here; its sync carries the text and edits (see SessionClient). Each
    // open() is undone by one close(): a tab, a merge of an outside change and Save a Copy of
    // the Project may hold one document at once (SessionClient counts the holds), and it stays
    // open until all are done.
    DocumentSync *open(const QString &doc);
    void close(const QString &doc);
    // This user now works in doc (empty: no document of this session).
    void setCurrent(const QString &doc);

    // The host writes every document into the folder, leaving out skip (documents whose tabs
    // the caller saves itself) and removing the files of documents renamed or deleted; keep
    // names files no removal may touch. Returns the problems (empty: all written).
    QStringList saveAll(const QSet<QString> &skip = {}, const QSet<QString> &keep = {});
    // Whether the host's folder lacks something of the session (an edit, a new, renamed or
    // deleted file) that Save All would write; false for a guest.
    bool hasUnsavedChanges() const;
    // Files the last saveAll() wrote.
    int lastSaveCount() const { return m_saver ? m_saver->written() : 0; }
    // The host's folder on disk: its outside changes come into the session (null for a guest).
    FolderDiskChanges *disk() const { return m_disk; }

signals:
    // The session let this user in for the first time.
    void entered();
    // The tree or who is where changed.
    void changed();
    // The tree changed (after changed()).
    void treeChanged(const ensemble::TreeMsg &change);
    // Something to mention in the status bar ("Ana created src/a.cpp").
    void notice(const QString &text);
    // A request of this user was refused (a tree operation's conflict, read-only...).
    void refused(const QString &message);
    // The session stopped for good.
    void ended(const ensemble::SessionError &error);

private:
    void onTreeReset();
    void onTreeChanged(const TreeMsg &change);
    void onParticipantsReset(const QList<Participant> &participants);
    void onError(const SessionError &error);
    QString nameOf(int user) const;

    std::unique_ptr<SessionHost> m_host;
    QString m_root;
    SessionClient *m_client;
    std::unique_ptr<FolderSaver> m_saver;
    FolderDiskChanges *m_disk = nullptr;
    Invite m_invite;
    QHash<int, QString> m_focus; // user -> document
    QHash<int, Participant> m_known;
    bool m_everConnected = false;
};

} // namespace ensemble
