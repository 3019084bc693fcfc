#pragma once

#include "client/Invite.h"
#include "ot/Result.h"

#include <QHostAddress>
#include <QObject>
#include <memory>

namespace ensemble {

class RoomServer;

// Where and how to host: the address to listen on and the port (0 picks a free one), the
// password guests must give (empty: none) and whether they may edit.
struct HostOptions
{
    QHostAddress bindAddress = QHostAddress::Any;
    quint16 port = Invite::defaultPort;
    QString password = {};
    bool guestsCanEdit = true;
};

// The room server a hosting window runs in-process, with the one room it shares. Rooms live in
// memory only: when the host stops, the document stays in the host's tab.
class SessionHost : public QObject
{
    Q_OBJECT

public:
    explicit SessionHost(QObject *parent = nullptr);
    ~SessionHost() override;

    // Listens and creates the room from text and language, titled as the host's file (empty
    // when it has none); the error is readable.
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
    // The secret the host's own session joins with to be the room's owner.
    QString ownerKey() const { return m_ownerKey; }

    // The machine's addresses other people can reach it at, best first (IPv4 LAN addresses
    // before IPv6 ones); loopback only when there is no network.
    static QStringList lanAddresses();

private:
    std::unique_ptr<RoomServer> m_server;
    QHostAddress m_bound;
    QString m_roomId;
    QString m_ownerKey;
};

} // namespace ensemble
