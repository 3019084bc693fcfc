#pragma once

#include "client/Invite.h"
#include "ot/Result.h"

#include <QHostAddress>
#include <QObject>
#include <memory>

namespace ensemble {

class RoomServer;

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
class SessionHost : public QObject
{
    Q_OBJECT

public:
    // certificateDirectory: where the certificate for encrypted hosting is kept (HostCertificate).
    explicit SessionHost(QString certificateDirectory, QObject *parent = nullptr);
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
    quint16 port() const;
    QString roomId() const { return m_roomId; }
    bool isEncrypted() const;
    // The SHA-256 fingerprint of the certificate guests see (empty when not encrypted).
    QByteArray fingerprint() const;
    // The secret the host's own session joins with to be the room's owner.
    QString ownerKey() const { return m_ownerKey; }

    // The machine's addresses other people can reach it at, best first (IPv4 LAN addresses
    // before IPv6 ones); loopback only when there is no network.
    static QStringList lanAddresses();

private:
    QString m_certificateDirectory;
    std::unique_ptr<RoomServer> m_server;
    QHostAddress m_bound;
    QString m_roomId;
    QString m_ownerKey;
};

} // namespace ensemble
