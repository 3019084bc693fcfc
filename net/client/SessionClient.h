#pragma once

#include "Backoff.h"
#include "ChatLog.h"
#include "DocumentSync.h"
#include "Invite.h"
#include "SeenDocuments.h"
#include "SessionError.h"
#include "protocol/Messages.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <memory>

class QSslError;
class QWebSocket;

namespace ensemble {

/// One participant's session in a room: the socket, the hello, presence and chat, and the room's
/// document (a DocumentSync, which sends the editor's edits debounced, one op per burst, at most
/// one in flight). Hands remote edits, selections, participants and chat to the editor as
/// signals, and survives connection loss: edits made offline are kept and merged when the
/// connection comes back.
class SessionClient : public QObject
{
    Q_OBJECT

public:
    /// However fast someone types, their edits wait at most this many flush intervals.
    static constexpr int burstIntervals = DocumentSync::burstIntervals;

    /// Where the session stands, for the status bar.
    enum class State {
        Offline, ///< Not in a room (before join(), after leave()).
        Connecting, ///< Opening the connection or waiting for the welcome.
        Connected, ///< In the room and in sync (edits may still be in flight).
        Reconnecting, ///< Lost the connection; retrying in millisecondsUntilRetry().
        Failed, ///< Stopped for good (see the last errorOccurred()); join() again to retry.
    };
    Q_ENUM(State)

    explicit SessionClient(QObject *parent = nullptr);
    ~SessionClient() override;

    /// Who this participant is: display name, "#rrggbb" colour and a stable client id (unique
    /// per install and room: two sessions with one id replace each other).
    void setIdentity(const QString &name, const QString &color, const QString &clientId);
    /// The debounce: edits are sent once no further edit arrived for @p ms (default 100), and
    /// at the latest burstIntervals times @p ms after the first of them.
    void setFlushInterval(int ms);
    /// Reconnect delays: the first near @p initialMs, doubling up to @p maximumMs.
    void setReconnectDelays(int initialMs, int maximumMs);
    /// Keep-alive: a ping every @p ms; no answer within two intervals counts as a lost connection,
    /// and so does a connection still opening after two intervals.
    void setPingInterval(int ms);
    /// The room's password, sent with every hello from now on (empty: none).
    void setPassword(const QString &password);
    /// The room's owner key, sent with every hello from now on (empty: none). Joining with the
    /// key makes this participant the owner; a room this session creates gets it as its key.
    void setOwnerKey(const QString &key);
    /// Trust on first use: accepts a server certificate with SHA-256 @p fingerprint although the
    /// system cannot verify it (the user trusted it before, or just now). When the session
    /// stopped over that certificate, it connects again, keeping every unsent edit. A fingerprint
    /// in the invite overrides this one.
    void trustCertificate(const QByteArray &fingerprint);

    /// Joins the room of @p invite; the server's text arrives with documentReset().
    void join(const Invite &invite);
    /// Joins the room, asking the server to create it with @p text and @p language if it does not
    /// exist (headless servers allow it). Rejoins ask the same, with the last text known from the
    /// server, so a server restarted without its data gets the room back.
    void joinOrCreate(const Invite &invite, const QString &text, const QString &language);
    /// The same, creating the room with everything in @p seed (title and password too).
    void joinOrCreate(const Invite &invite, const RoomSeed &seed);
    /// Sends what is pending, then leaves the room. Unsent edits are discarded.
    void leave();

    /// Records a local edit (based on the editor's text as this session knows it). Accepted in
    /// every state after the first documentReset(), including while offline; false (and
    /// nothing recorded) before that or when @p op does not fit the document.
    bool applyLocal(const TextOperation &op);
    /// Records the local selection; it is sent with the next op or on its own when idle. Until the
    /// next call it moves with every edit, local or remote, as the editor's selection does.
    void setLocalSelection(const Selection &selection);
    /// Sends pending edits now instead of when the debounce fires.
    void flush();

    /// Speaks protocol @p protocol from the next join on: 1 (the default: the room's one
    /// document, through this class's document API) or 2 (a shared folder: the tree, and the
    /// documents opened with openDocument()).
    void setProtocol(int protocol) { m_protocol = protocol; }
    int protocol() const { return m_protocol; }
    /// Protocol 2: the session's tree as last heard (welcome, then `tree` changes).
    const SessionTree &tree() const { return m_tree; }
    /// Protocol 2: opens document @p doc (a file's id in tree()) and returns its sync, owned by
    /// this session, whose signals carry the document's text and edits (documentReset() first).
    /// Opening an open document returns its sync. Each openDocument() is undone by one
    /// closeDocument(): a tab, a merge and Save a Copy of the Project may hold one document at
    /// once, and it stays open (across reconnects too) until the last of them closes it.
    DocumentSync *openDocument(const QString &doc);
    /// Protocol 2: the sync of open document @p doc, or null.
    DocumentSync *document(const QString &doc) const { return m_documents.value(doc); }
    /// Protocol 1: who wrote what in the document, in step with the editor's text.
    ClientAuthorship *authorship() { return m_document.authorship(); }
    /// Protocol 2: releases one hold of document @p doc; at the last, closes it and drops its
    /// unsent edits.
    void closeDocument(const QString &doc);
    /// Protocol 2: tells the others this participant now works in @p doc (false when offline).
    bool setFocus(const QString &doc);
    /// Protocol 2: asks everyone else to follow this participant (false when offline); they
    /// hear it as summoned().
    bool summon();
    /// Protocol 2: asks for a tree change (false when offline); the answer is a treeChanged()
    /// or an errorOccurred() naming the conflict.
    bool createEntry(const QString &path, const QString &kind, const QString &text = {},
                     const QString &language = {});
    bool renameEntry(const QString &path, const QString &to);
    bool deleteEntry(const QString &path);
    /// Sends a chat line (dropped with a false return when not connected).
    bool sendChat(const QString &text);
    /// Changes the room's language (dropped with a false return when not connected or when only
    /// the owner may change the room).
    bool setLanguage(const QString &language);
    /// The owner removes participant @p user from the room for good (false when not connected).
    bool removeParticipant(int user);
    /// The owner lets only themselves edit the room, or everyone again (false when not
    /// connected). The change takes effect when the server announces it (settingsChanged()).
    bool setReadOnly(bool readOnly);
    /// The owner gives the room a new password (empty: none) that everyone not in the room now
    /// must give to join; those in it stay and rejoin without it (false when not connected).
    bool changePassword(const QString &password);

    /// Sends @p request (a history request; HistoryClient) as it is: false when not in the room.
    bool sendRequest(const ClientMessage &request);

    State state() const { return m_state; }
    /// Milliseconds until the next reconnect attempt (0 unless Reconnecting).
    int millisecondsUntilRetry() const;
    /// Local edits the server has not confirmed yet.
    qsizetype unsentEditCount() const;
    /// The last server revision this session has seen (-1 before the first welcome).
    qint64 revision() const;
    /// The room's epoch as the last welcome gave it (empty before the first).
    QString epoch() const { return m_document.epoch(); }
    /// An id for a history request about document @p doc that no other reader of it on this
    /// session has used (several read one document: the History view, the catch-up).
    quint64 nextHistoryRequestId(const QString &doc) { return ++m_historyIds[doc]; }
    /// Protocol 1: the revision an earlier session saw last in the room's epoch @p epoch (and
    /// the text then, if kept), so that the first welcome can tell what changed since (see
    /// DocumentSync::rememberLastSeen()).
    void setLastSeen(const QString &epoch, qint64 revision, std::optional<QString> text = {})
    {
        m_document.rememberLastSeen({epoch, revision, std::move(text)});
    }
    /// Protocol 2: what an earlier session saw last of document @p doc, for its next opening.
    void setLastSeen(const QString &doc, const SeenDocument &seen) { m_seen.remember(doc, seen); }
    /// What this client saw last of each document it has or had open (protocol 1's under ""),
    /// to hand to a later session's setLastSeen().
    QHash<QString, SeenDocument> seenDocuments() const;
    /// The room's id (from the invite).
    QString roomId() const { return m_invite.roomId(); }
    /// Whether the connection is encrypted (a wss:// invite).
    bool isEncrypted() const { return m_invite.isEncrypted(); }
    /// SHA-256 of the certificate the server presented on the current or last connection (the
    /// one a certificate error is about).
    QByteArray serverCertificate() const { return m_serverCertificate; }
    /// This participant as the server knows it (id changes on every rejoin).
    Participant self() const { return m_self; }
    /// Everyone else in the room, with their selections in local coordinates.
    QList<Participant> participants() const { return m_users; }
    /// The chat lines this session received (history included), oldest first.
    const QList<ChatLine> &chatLines() const { return m_chat.lines(); }
    /// The room's language id.
    QString language() const { return m_document.language(); }
    /// The room's title, a file name such as "main.cpp" (empty when it has none).
    QString title() const { return m_title; }
    /// Whether only the owner may edit the room.
    bool isReadOnly() const { return m_readOnly; }
    /// Whether this participant joined with the room's owner key.
    bool isOwner() const { return m_self.host; }
    /// Whether this participant's edits are accepted: the room is not read-only, or it is theirs.
    bool canEdit() const { return !m_readOnly || m_self.host; }
    /// The current document length as this session sees it.
    qsizetype documentLength() const;
    /// A human-readable status line: "Connected", "Reconnecting in 4 s (3 unsent edits)", ...
    QString statusText() const;

signals:
    /// The state changed; statusText() has the details.
    void stateChanged(ensemble::SessionClient::State state);
    /// The first welcome: replace the editor's content with @p text (and clear its undo history).
    void documentReset(const QString &text);
    /// Apply @p op to the editor: a participant's edit (@p user), or a merge after a rejoin
    /// (@p user 0). Never put it on the local undo stack.
    void remoteOperation(const ensemble::TextOperation &op, int user);
    /// @p user's selection changed (local coordinates).
    void remoteSelection(int user, const ensemble::Selection &selection);
    /// The participant list was replaced (after every welcome).
    void participantsReset(const QList<ensemble::Participant> &participants);
    /// Someone joined.
    void participantJoined(const ensemble::Participant &participant);
    /// Someone left.
    void participantLeft(int user);
    /// A chat line from @p from (yourself included), written while this session was in the room.
    void chatReceived(const ensemble::Participant &from, const QString &text);
    /// A chat line not seen before: a live one (as chatReceived()) or one of the history the room
    /// sends after each welcome; history resent on a rejoin is not reported again.
    void chatLineReceived(const ensemble::ChatLine &line);
    /// The room's language changed (@p user 0: learnt from the welcome).
    void languageChanged(const QString &language, int user);
    /// The room's settings (isReadOnly(), title()) changed (@p user 0: learnt from the welcome).
    void settingsChanged(int user);
    /// The room turned read-only before the server took these local edits, so they were taken
    /// back; @p text is this participant's document as it was with them, to offer elsewhere.
    void localEditsRefused(const QString &text);
    /// The number of unconfirmed local edits changed.
    void unsentEditCountChanged(qsizetype count);
    /// Local edits left for the server as operation @p seq (for activity indicators and the
    /// latency benchmark).
    void operationSent(quint64 seq);
    /// The server confirmed an edit or relayed one: the session is at @p revision.
    void revisionChanged(qint64 revision);
    /// Protocol 2: the tree was replaced (after every welcome).
    void treeReset(const ensemble::SessionTree &tree);
    /// Protocol 2: the tree changed; a deleted document's sync is closed (its text stays with
    /// whoever holds it).
    void treeChanged(const ensemble::TreeMsg &change);
    /// Protocol 2: participant @p user now works in document @p doc.
    void participantFocused(int user, const QString &doc);
    /// Protocol 2: participant @p user asks everyone to follow them; ask the user, never force.
    void summoned(int user);
    /// Protocol 2: document @p doc's file is gone from the host's disk and kept in the session
    /// while someone works in it (@p deleted), or is there again; tree() says so too.
    void deletedOnDiskChanged(const QString &doc, bool deleted);
    /// An answer to a history request (HistoryClient): `history`, `history_text` or
    /// `history_error`.
    void historyAnswerReceived(const ensemble::ServerMessage &answer);
    /// The session is about to be left (leave()) or this client destroyed: the last moment to
    /// read seenDocuments().
    void aboutToLeave();
    /// Something went wrong; error.fatal says whether the session stopped.
    void errorOccurred(const ensemble::SessionError &error);

private:
    void start(const Invite &invite, std::optional<RoomSeed> seed);
    void openSocket();
    void onConnected();
    void onSslErrors(const QList<QSslError> &errors);
    void onDisconnected();
    std::optional<SessionError> handshakeFailure(const QWebSocket &socket) const;
    void onTextMessage(const QString &frame);
    void onWelcome(const WelcomeMsg &welcome);
    void teachAuthors(const Participant &who);
    void onPeerOp(const PeerOpMsg &message);
    void onError(const ErrorMsg &error);
    void onSettings(const PeerSettingsMsg &message);
    void onChat(const PeerChatMsg &message);
    void onPong();
    void send(const ClientMessage &message);
    void setWelcomed(bool welcomed);
    void setState(State state);
    void scheduleReconnect();
    void fail(const SessionError &error);
    void resync(const QString &why);
    void rejoin(const SessionError &reason);
    Participant participant(int user) const;
    void onFolderWelcome(const WelcomeMsg &welcome);
    bool onFolderMessage(const ServerMessage &message);
    void sendOpen(const QString &doc, const DocumentSync &sync);
    void sendFor(const QString &doc, ClientMessage message);

    QWebSocket *m_socket = nullptr;
    Invite m_invite;
    std::optional<RoomSeed> m_seed;
    QString m_name;
    QString m_color;
    QString m_clientId;
    QString m_password;
    QString m_ownerKey;
    State m_state = State::Offline;
    DocumentSync m_document;
    QHash<QString, quint64> m_historyIds; ///< The last history request id, by document.
    int m_protocol = 1;
    SessionTree m_tree;
    QHash<QString, DocumentSync *> m_documents; ///< Protocol 2: the open documents, owned.
    QHash<QString, int> m_holds; ///< Protocol 2: how many openDocument() hold each open one.
    SeenDocuments m_seen; ///< Protocol 2: the documents closed, for their next opening.
    Participant m_self;
    QList<Participant> m_users;
    QString m_title;
    ChatLog m_chat;
    bool m_readOnly = false;
    bool m_open = false; ///< The current connection completed its WebSocket handshake.
    bool m_welcomed = false; ///< A welcome arrived on the current connection.
    QByteArray m_trustedCertificate; ///< Accepted although unverifiable (trust on first use).
    bool m_awaitingTrust = false; ///< Stopped over an unverifiable certificate.
    QByteArray m_serverCertificate;
    std::optional<SessionError> m_closeReason; ///< The error that preceded a server close.
    /// Where the server said the session is served (`moved`), for the next connection only.
    QUrl m_movedTo;
    bool m_redirected = false; ///< The current connection followed a `moved`: it follows no more.
    QTimer m_reconnectTimer;
    QTimer m_pingTimer;
    QElapsedTimer m_sincePong;
    Backoff m_backoff;
    int m_pingIntervalMs = 10000;
};

} // namespace ensemble
