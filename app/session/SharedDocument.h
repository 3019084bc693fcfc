#pragma once

#include "client/SessionClient.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <memory>

namespace ensemble {

class CodeEditor;
class CollaborationSession;
class DocumentTab;
class SessionBinding;
class SessionHost;

// Who this user is in a session.
struct Identity
{
    QString name;
    QString color; // "#rrggbb"
};

// One tab taking part in a session: binds the tab's editor (through its SessionBinding) to a
// SessionClient, and owns the embedded server when this window hosts the room. Destroying it
// leaves the session; the tab stays open as an ordinary document with the latest text.
class SharedDocument : public QObject
{
    Q_OBJECT

public:
    // Whether a member is known to be in the room.
    enum class Presence {
        Connected,
        Reconnecting, // this user, while the lost connection is being restored
        Unknown, // someone who was there when this user's connection was lost
    };
    // A participant as the panel shows them.
    struct Member
    {
        Participant participant;
        bool self = false;
        bool host = false;
        Presence presence = Presence::Connected;
    };

    // host: the server of a room this window hosts (owned from now on), or null for a guest.
    SharedDocument(DocumentTab &tab, std::unique_ptr<SessionHost> host, QObject *parent = nullptr);
    ~SharedDocument() override;

    // Joins with the room's password (empty: none); a host joins with its owner key.
    void join(const Invite &invite, const Identity &identity, const QString &password = {});
    // Tries the join again with another password, after the room turned the last one down.
    void retryWithPassword(const QString &password);

    DocumentTab &tab() const { return m_tab; }
    SessionClient &client() const { return *m_client; }
    SessionBinding &binding() const;
    SessionHost *host() const { return m_host.get(); }
    bool isHost() const { return m_host != nullptr; }
    // Whether this user owns the room (hosts it, or created it on a server) and may remove
    // participants or make it read-only.
    bool isOwner() const { return m_client->isOwner(); }
    // The invite to share (the host's first LAN address for a host, the one joined otherwise).
    Invite invite() const { return m_invite; }
    void setInvite(const Invite &invite) { m_invite = invite; }
    // The password this session joined with (empty: none).
    QString password() const { return m_password; }
    // Who is in the room, this user first, then the others by id. While the connection is lost,
    // this user and whoever was there before, none of them Connected: nobody can tell who is.
    // Those who left are not kept.
    QList<Member> members() const;
    // The same for any session's client, whose connection is lost (or not).
    static QList<Member> membersOf(const SessionClient &client, bool lost);
    // The room welcomed this session before, and the connection to it is lost now.
    bool isConnectionLost() const;
    // "Hosting", "Connected", "Reconnecting in 3 s (2 unsent edits)", ...
    QString statusText() const;

    // Following another participant in this tab's editor (FollowView): the view keeps their
    // caret in sight until this user types, clicks or moves the caret, or they leave. Nobody can
    // follow themselves.
    void follow(int user);
    void stopFollowing();
    bool isFollowing(int user) const;
    // The name of whoever is followed, empty when nobody is.
    QString followedName() const;

signals:
    // The room let this session in for the first time.
    void entered();
    // State, unsent edits or participants changed.
    void changed();
    // Something to mention in the status bar ("Ana joined").
    void notice(const QString &text);
    // The session stopped for good (wrong password, no such room, room closed...).
    void ended(const ensemble::SessionError &error);
    // The room turned read-only before it took these edits; text is the user's version.
    void editsRefused(const QString &text);
    // A problem the client is retrying (connection refused, lost); empty when it recovered.
    void trouble(const QString &message);

private:
    void onReset();
    void onParticipantsReset(const QList<Participant> &participants);
    void onJoined(const Participant &participant);
    void onLeft(int user);
    void onRoomLanguage(const QString &language, int user);
    void onTabLanguage();
    void onSettings(int user);
    void updateEditable();
    void onError(const SessionError &error);
    // True when error comes before this guest ever got into the room: the join failed.
    bool neverJoined(const SessionError &error) const;
    void resync(const ensemble::Error &error);

    DocumentTab &m_tab;
    std::unique_ptr<SessionHost> m_host;
    // Guarded: closing the tab deletes its editor before this session, a child of the tab.
    QPointer<CodeEditor> m_editor;
    QPointer<SessionBinding> m_binding;
    SessionClient *m_client;
    CollaborationSession *m_link; // the editor <-> client wiring
    Invite m_invite;
    QString m_password;
    QHash<int, Participant> m_known; // everyone else in the room, to name those who leave
    bool m_applyingLanguage = false;
    bool m_everConnected = false; // the room welcomed this session at least once
    bool m_awaitingText = false; // joined, but the room's text has not arrived yet
};

} // namespace ensemble
