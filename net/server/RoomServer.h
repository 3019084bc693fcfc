#pragma once

#include "AttemptLimiter.h"
#include "CreationRate.h"
#include "DurableJournal.h"
#include "GuessQueue.h"
#include "MemoryBudget.h"
#include "SecretHash.h"
#include "ServerConfig.h"
#include "SessionStore.h"
#include "ot/Result.h"
#include "protocol/ErrorCode.h"
#include "protocol/Messages.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <memory>

class QLockFile;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace ensemble {

class Connection;
class ConnectionGate;
class Room;
class WebFront;
struct RoomSnapshot;

/// How createRoom() names and protects a room; every part is optional.
struct RoomSetup
{
    QString title; ///< A file name for the guests' tabs, e.g. "main.cpp".
    QString password; ///< Everyone but the owner must give it.
    QString ownerKey; ///< Whoever joins with it is the room's owner (at least 16 characters).
    bool readOnly = false; ///< Only the owner may edit.
};

/// A WebSocket server hosting any number of rooms, each at ws://HOST:PORT/ROOM-ID, or at
/// wss://HOST:PORT/ROOM-ID when ServerConfig names a certificate. The same port serves the web
/// client to browsers at http(s)://HOST:PORT/ROOM-ID (WebFront). Used in-process by the app's
/// host and by `ensemble --serve`. Rooms persist in ServerConfig::dataDir.
class RoomServer : public QObject
{
    Q_OBJECT

public:
    /// A server with @p config; it loads persisted rooms and accepts connections on listen().
    explicit RoomServer(ServerConfig config = {}, QObject *parent = nullptr);
    /// Closes every connection (1001) and persists every room.
    ~RoomServer() override;

    /// The platform's default data directory for rooms (QStandardPaths::AppDataLocation/rooms).
    static QString defaultDataDir();

    /// Reads the certificate and key (when encrypted), locks the data directory, loads the rooms
    /// persisted there (once) and starts listening; port 0 picks a free port. Fails with
    /// "tls_failed" (unreadable, mismatched or expired certificate or key), "data_dir_locked"
    /// (another server uses the directory), "storage_failed" or "listen_failed", with the reason.
    Result<std::monostate> listen(const QHostAddress &address = QHostAddress::Any,
                                  quint16 port = 7717);
    /// Whether the server accepts connections.
    bool isListening() const;
    /// The port it listens on (useful after listen() with port 0).
    quint16 port() const;
    /// Whether it speaks wss:// (ServerConfig names a certificate).
    bool isEncrypted() const;
    /// The SHA-256 fingerprint of the certificate it presents (empty before listen() and for
    /// ws://): what invites carry so that clients can pin it.
    QByteArray certificateFingerprint() const { return m_fingerprint; }
    /// Disconnects everyone (close code 1001, `shutting_down`), persists every room and stops
    /// listening. The rooms stay loaded; listen() may be called again.
    void close();

    /// Creates a room holding @p text in @p language, named and protected as @p setup says, and
    /// returns its id (a fresh UUID v4 unless @p id is given, e.g. to resume an invite that was
    /// handed out before). Hashing a password takes a moment (see AccessPolicy). Fails with
    /// "too_many_rooms", "too_large", "bad_room_id" or "storage_failed".
    Result<QString> createRoom(const QString &text, const QString &language = {},
                               const QString &id = {}, const RoomSetup &setup = {});
    /// Disconnects the room's participants (`room_closed`) and deletes it with its files.
    bool removeRoom(const QString &id);
    /// Deletes the rooms clients created that nobody has joined for Limits::roomExpiryMs and
    /// nobody is in (also done on listen() and periodically); returns how many went.
    int expireRooms();
    /// Writes every room's snapshot now (also done by close()).
    void persistAll();

    /// Ids of all loaded rooms.
    QStringList roomIds() const;
    /// Whether a room with @p id exists.
    bool hasRoom(const QString &id) const { return m_rooms.contains(id); }
    /// Adds a file with @p text (or, when @p kind is "dir", a folder) at @p path to room @p id's
    /// tree, as a guest's `create` would (Room::create): how the application that shares a
    /// folder puts its files in without sending them over its own socket.
    Result<TreeEntry> addDocument(const QString &id, const QString &path, const QString &text,
                                  const QString &language = {},
                                  const QString &kind = QStringLiteral("file"));
    /// Adds files, each (path, text), to room @p id as addDocument() does one, writing the
    /// session's record once at the end, so that a folder of thousands of files starts in time
    /// linear in its size. Returns the files it refused, each with the reason.
    QList<std::pair<QString, Error>> addDocuments(const QString &id,
                                                  const QList<std::pair<QString, QString>> &files);
    /// Marks document @p doc of room @p id as deleted on the host's disk and kept in the
    /// session, or as on disk again (Room::setDeletedOnDisk()): false when either is unknown.
    bool setDeletedOnDisk(const QString &id, const QString &doc, bool deleted);
    /// Room @p id's tree: every file with its document id, and every empty folder (none for an
    /// unknown room).
    QList<SessionDocument> roomTree(const QString &id) const;
    /// The current text of document @p doc of room @p id (empty when either is unknown).
    QString documentText(const QString &id, const QString &doc) const;
    /// The revision of each document of room @p id, by document id (empty for an unknown room):
    /// what changes with every edit, cheaper to compare than the texts.
    QHash<QString, qint64> documentRevisions(const QString &id) const;
    /// The room's current text (empty for an unknown room).
    QString roomText(const QString &id) const;
    /// The room's current revision (-1 for an unknown room).
    qint64 roomRevision(const QString &id) const;
    /// The room's language id.
    QString roomLanguage(const QString &id) const;
    /// Who is connected to the room.
    QList<Participant> participants(const QString &id) const;
    /// Whether only the room's owner may edit it.
    bool isReadOnly(const QString &id) const;
    /// Open connections, in a room or not (one that is closing counts until its socket is gone).
    qsizetype connectionCount() const { return m_connections.size(); }

signals:
    /// Someone joined room @p roomId.
    void participantJoined(const QString &roomId, const ensemble::Participant &participant);
    /// Someone left room @p roomId (closed, lost or replaced).
    void participantLeft(const QString &roomId, const ensemble::Participant &participant);
    /// A room was created (by createRoom() or by a client's hello).
    void roomCreated(const QString &roomId);
    /// A client's message was answered with an error (for logs).
    void clientError(const QString &peer, const QString &roomId, const QString &code,
                     const QString &message);
    /// Something to tell the operator: a room that could not be loaded or saved, an address
    /// locked out after too many failed joins.
    void warning(const QString &message);

private:
    Result<std::monostate> loadRooms();
    Result<Room *> addRoom(const RoomSnapshot &seed);
    void adoptRoom(Room *room);
    bool storageFull() const;
    void onNewConnection();
    QList<QTcpSocket *> transportOf(const QWebSocket *socket) const;
    void onDisconnected(Connection *connection);
    void dropConnections();

    // Admission (Admission.cpp): who may join which room, and what failures cost.
    void onHello(Connection *connection, const HelloMsg &hello);
    void joinChecked(Connection *connection, const HelloMsg &hello);
    void createFor(Connection *connection, const HelloMsg &hello,
                   std::optional<SecretHash> password);
    void turnDown(Connection *connection, ErrorCode code, const QString &message);
    void checkRoomPassword(Connection *connection, const HelloMsg &hello, Room *room);
    void refuseGuess(Connection *connection, bool serverBusy);
    template<class Work, class Then> void offload(Connection *connection, Work work, Then then);

    // Sessions shared with other servers (RoomServerJournal.cpp, docs/DEPLOYMENT.md).
    void connectJournal();
    void claimFor(Connection *connection, const HelloMsg &hello);
    void onClaimed(const QString &session, const std::optional<JournalSession> &stored);
    void onOwnedBy(const QString &session, const QString &address);
    void onLost(const QString &session);
    void onJournalUnavailable(const QString &session, const QString &message);
    void releaseUnused(const QString &session);

    ServerConfig m_config;
    QWebSocketServer *m_server;
    WebFront *m_front;
    QHash<QString, Room *> m_rooms;
    QSet<Connection *> m_connections;
    ConnectionGate *m_gate;
    std::unique_ptr<QLockFile> m_lock;
    QByteArray m_fingerprint;
    AttemptLimiter m_attempts;
    MemoryBudget m_sendBudget;
    MemoryBudget m_unfinishedBudget;
    GuessQueue m_guesses;
    CreationRate m_creations;
    QTimer m_expiryTimer;
    /// Per room, the quick digest (SecretHash::quickDigest()) of a password that matched, with
    /// the hash it matched: later joins with it need no slow check. Memory only.
    QHash<QString, std::pair<QByteArray, QByteArray>> m_verified;
    std::optional<SecretHash> m_serverPassword;
    // Key derivation takes a noticeable moment, so it runs here, away from the event loop, on at
    // most half the cores.
    QThreadPool m_hashing;
    /// Hellos waiting for the journal to say whether this server may serve their session.
    QHash<QString, QList<std::pair<QPointer<Connection>, HelloMsg>>> m_claiming;
    /// Sessions whose lease this server holds (with a room, or about to create one).
    QSet<QString> m_leases;
};

} // namespace ensemble
