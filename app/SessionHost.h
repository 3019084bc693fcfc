#pragma once

#include "client/Invite.h"
#include "ot/Result.h"

#include <QHostAddress>
#include <QObject>

namespace ensemble {

class HostThread;

// Where and how to host: the address to listen on and the port (0 picks a free one), the
// password guests must give (empty: none), whether they may edit, and whether connections are
// encrypted (wss://, with the installation's own certificate).
struct HostOptions
{
    QHostAddress bindAddress = QHostAddress::Any;
    quint16 port = Invite::defaultPort;
    QString password = {};
    bool guestsCanEdit = true;
    bool encrypted = true;
};

// The room server a hosting window runs in-process, with the one room it shares. Rooms live in
// memory only: when the host stops, the document stays in the host's tab. Invites to an encrypted
// room carry the certificate's fingerprint, the host's own included.
//
// The server runs in a thread of its own (HostThread), so a busy window does not hold up the
// guests. Every function here is called from the thread that made the SessionHost: start() waits
// for the server's thread, and everything else reads what start() learnt from it.
class SessionHost : public QObject
{
    Q_OBJECT

public:
    // certificateDirectory: where the certificate for encrypted hosting is kept (HostCertificate).
    explicit SessionHost(QString certificateDirectory, QObject *parent = nullptr);
    // Closes the room: the guests get room_closed. The server's thread ends a moment later, once
    // they answered the close handshake; until then the application owns it, and waits for it
    // when it ends.
    ~SessionHost() override;

    // Listens (making the certificate first if needed) and creates the room from text and
    // language, titled as the host's file (empty when it has none); the error is readable.
    Result<std::monostate> start(const HostOptions &options, const QString &text,
                                 const QString &language, const QString &title = {});
    // The invite the host itself joins with (over loopback, or the bound address).
    Invite localInvite() const;
    // The invite to hand out by default: the bound address, or the first LAN address when
    // listening on all of them.
    Invite shareableInvite() const;
    // The invite to hand out, naming the machine by address.
    Invite invite(const QString &address) const;
    quint16 port() const { return m_port; }
    QString roomId() const { return m_roomId; }
    bool isEncrypted() const { return !m_fingerprint.isEmpty(); }
    // The SHA-256 fingerprint of the certificate guests see (empty when not encrypted).
    QByteArray fingerprint() const { return m_fingerprint; }
    // The secret the host's own session joins with to be the room's owner.
    QString ownerKey() const { return m_ownerKey; }

    // The machine's addresses other people can reach it at, best first (IPv4 LAN addresses
    // before IPv6 ones); loopback only when there is no network.
    static QStringList lanAddresses();

private:
    QString m_certificateDirectory;
    HostThread *m_thread = nullptr;
    QHostAddress m_bound;
    quint16 m_port = 0;
    QByteArray m_fingerprint;
    QString m_roomId;
    QString m_ownerKey;
};

} // namespace ensemble
