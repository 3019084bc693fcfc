#pragma once

#include "client/Invite.h"
#include "hosting/HostedRoom.h"
#include "ot/Result.h"
#include "protocol/Messages.h"
#include "server/SessionStore.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <functional>

namespace ensemble {

class HostThread;
class RoomServer;
struct ServerConfig;

// Where and how to host: the address to listen on and the port (0 picks a free one), the
// password guests must give (empty: none), whether they may edit, and whether connections are
// encrypted (wss://, with the installation's own certificate); whether the session is announced
// on the local network (SessionAnnouncer), and with its room ID when it has no password.
struct HostOptions
{
    QHostAddress bindAddress = QHostAddress::Any;
    quint16 port = Invite::defaultPort;
    QString password = {};
    bool guestsCanEdit = true;
    bool encrypted = true;
    // When port is taken (by another hosted tab, or another program), listen on a free one:
    // the invite names the port, so the default one is a convention, not a choice.
    bool freePortIfTaken = false;
    bool announce = true;
    bool announceRoomId = false;
};

// A file of a shared folder as the host hands it to the session.
struct SharedFile
{
    QString path; // relative, '/'-separated
    QString text;
};

// A shared folder's documents as the session holds them now: the tree and each file's text by
// document id.
struct FolderSnapshot
{
    QList<SessionDocument> tree;
    QHash<QString, QString> texts;
};

// What changes whenever a shared folder's documents are edited or its tree changes: what an
// autosave compares, without copying the texts.
struct FolderVersion
{
    QList<SessionDocument> tree;
    QHash<QString, qint64> revisions;
    bool operator==(const FolderVersion &) const = default;
};

// The room server a hosting window runs in-process, with the one room it shares. The room is
// persisted while hosted (HostedRoom): if the app stops unexpectedly it can be hosted again,
// where the guests' clients find it; when hosting stops, its files go and the document stays in
// the host's tab. Invites to an encrypted room carry the certificate's fingerprint, the host's own
// included.
//
// The server runs in a thread of its own (HostThread), so a busy window does not hold up the
// guests. Every function here is called from the thread that made the SessionHost: start() and
// resume() wait for the server's thread, and everything else reads what they learnt from it.
class SessionHost : public QObject
{
    Q_OBJECT

public:
    // certificateDirectory: where the certificate for encrypted hosting is kept (HostCertificate);
    // roomsDirectory: where hosted rooms are kept (HostedRoom).
    SessionHost(QString certificateDirectory, QString roomsDirectory, QObject *parent = nullptr);
    // When this host goes, its room's files stay, as after a crash, so that the next start
    // offers the room again: for a shutdown that must not ask about unsaved work.
    void keepRoomForRecovery() { m_keepRoom = true; }
    // Closes the room: the guests get room_closed, and its files are deleted. The server's thread
    // ends a moment later, once their connections have closed; until then the application owns
    // it, and waits for it when it ends.
    ~SessionHost() override;

    // Listens (making the certificate first if needed) and creates the room from text and
    // language, titled as the host's file (empty when it has none), for the document saved at
    // filePath (empty: never saved); the error is readable.
    Result<std::monostate> start(const HostOptions &options, const QString &text,
                                 const QString &language, const QString &title = {},
                                 const QString &filePath = {});
    // Shares the folder at root, titled title: a session whose documents are files, in order
    // (at least one); the files the session refused, each with the reason, or the readable
    // error. The room remembers root, so that hosting can resume after a crash.
    Result<QStringList> startFolder(const HostOptions &options, const QString &root,
                                    const QString &title, const QList<SharedFile> &files);
    // Adds files that appeared in the shared folder to its session, as the host's creations,
    // in one batch; the files the session refused, each with the reason.
    QStringList addFiles(const QList<SharedFile> &files);
    // Tells the session that document doc's file is gone from the folder and kept while
    // someone works in it (deleted), or is there again: every guest's Session panel shows it.
    void setDeletedOnDisk(const QString &doc, bool deleted);
    // A shared folder's tree and texts as the server has them now (empty when not hosting).
    FolderSnapshot folderSnapshot() const;
    // The shared folder's tree and each document's revision now (empty when not hosting).
    FolderVersion folderVersion() const;
    // Hosts again the room the app was hosting when it stopped unexpectedly, from its files: the
    // same room ID, epoch and revision, owner key and certificate, on port (0: a free one). The
    // files stay as they are when it fails ("listen_failed" when the port is taken).
    Result<std::monostate> resume(const HostedRoom &room, quint16 port);
    // The invite the host itself joins with (over loopback, or the bound address).
    Invite localInvite() const;
    // The invite to hand out by default: the bound address, or the first LAN address when
    // listening on all of them.
    Invite shareableInvite() const;
    // The invite to hand out, naming the machine by address.
    Invite invite(const QString &address) const;
    quint16 port() const { return m_room.port; }
    QString roomId() const { return m_room.roomId; }
    bool isEncrypted() const { return !m_room.fingerprint.isEmpty(); }
    // The SHA-256 fingerprint of the certificate guests see (empty when not encrypted).
    QByteArray fingerprint() const { return m_room.fingerprint; }
    // The secret the host's own session joins with to be the room's owner.
    QString ownerKey() const { return m_room.ownerKey; }
    // Where the room's files are kept while it is hosted.
    QString directory() const { return m_room.directory; }
    // The shared folder's root (empty for a session of one document).
    QString folder() const { return m_room.folder; }
    // The host's document is now saved at path: where its text goes if hosting is resumed.
    void setFilePath(const QString &path);

    // The machine's addresses other people can reach it at, best first (IPv4 LAN addresses
    // before IPv6 ones); loopback only when there is no network.
    static QStringList lanAddresses();

private:
    // Starts the server's thread with config, sets it up there and, if that worked, takes room
    // (with the port and certificate it got) as this host's.
    Result<std::monostate> launch(const ServerConfig &config, HostedRoom room,
                                  const std::function<Result<std::monostate>(RoomServer &)> &setUp);
    // Adds files, each (path, text), to the room in one batch: the refused ones, with reasons.
    QStringList add(const QList<std::pair<QString, QString>> &files);
    void onJoined(const QString &roomId, const ensemble::Participant &participant);
    void onLeft(const QString &roomId, const ensemble::Participant &participant);
    void save();

    QString m_certificateDirectory;
    QString m_roomsDirectory;
    HostThread *m_thread = nullptr;
    bool m_keepRoom = false;
    HostedRoom m_room;
};

} // namespace ensemble
