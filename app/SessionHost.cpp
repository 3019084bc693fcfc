#include "SessionHost.h"

#include "HostCertificate.h"
#include "server/RoomServer.h"

#include <QNetworkInterface>
#include <QRandomGenerator>
#include <QTimer>
#include <array>

namespace ensemble {

SessionHost::SessionHost(QString certificateDirectory, QObject *parent)
    : QObject(parent)
    , m_certificateDirectory(std::move(certificateDirectory))
{
}

SessionHost::~SessionHost()
{
    if (!m_server)
        return;
    // The guests learn that the host closed the room (and stop reconnecting) only if the notice
    // and the close handshake get out before the sockets go; the server drops whatever is left
    // (accepted sockets first) when it is deleted a moment later.
    m_server->removeRoom(m_roomId);
    QTimer::singleShot(1000, m_server.release(), &QObject::deleteLater);
}

Result<std::monostate> SessionHost::start(const HostOptions &options, const QString &text,
                                          const QString &language, const QString &title)
{
    std::array<quint32, 4> key {};
    QRandomGenerator::system()->fillRange(key.data(), key.size());
    m_ownerKey = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(key.data()), sizeof(key)).toHex());
    ServerConfig config;
    if (options.encrypted) {
        const HostCertificate certificate(m_certificateDirectory);
        const Result<QByteArray> made = certificate.ensure();
        if (!made)
            return made.error();
        config.certificateFile = certificate.certificateFile();
        config.privateKeyFile = certificate.privateKeyFile();
    }
    m_server = std::make_unique<RoomServer>(config);
    auto listening = m_server->listen(options.bindAddress, options.port);
    if (!listening) {
        m_server.reset();
        return listening;
    }
    auto room = m_server->createRoom(text, language, {},
                                     {title, options.password, m_ownerKey, !options.guestsCanEdit});
    if (!room) {
        m_server.reset();
        return room.error();
    }
    m_bound = options.bindAddress;
    m_roomId = room.value();
    return std::monostate {};
}

Invite SessionHost::localInvite() const
{
    const bool anyAddress = m_bound == QHostAddress::Any || m_bound == QHostAddress::AnyIPv4
        || m_bound == QHostAddress::AnyIPv6;
    if (anyAddress || m_bound.isLoopback())
        return invite(QStringLiteral("127.0.0.1"));
    return invite(m_bound.toString());
}

Invite SessionHost::shareableInvite() const
{
    if (m_bound == QHostAddress::Any || m_bound == QHostAddress::AnyIPv4
        || m_bound == QHostAddress::AnyIPv6)
        return invite(lanAddresses().constFirst());
    return invite(m_bound.toString());
}

Invite SessionHost::invite(const QString &address) const
{
    // An IPv6 literal needs brackets in a URL.
    const QString host = address.contains(u':') && !address.startsWith(u'[')
        ? QStringLiteral("[%1]").arg(address)
        : address;
    Invite invite(host, port(), m_roomId);
    invite.setFingerprint(fingerprint());
    return invite;
}

quint16 SessionHost::port() const
{
    return m_server ? m_server->port() : 0;
}

bool SessionHost::isEncrypted() const
{
    return m_server && m_server->isEncrypted();
}

QByteArray SessionHost::fingerprint() const
{
    return m_server ? m_server->certificateFingerprint() : QByteArray();
}

QStringList SessionHost::lanAddresses()
{
    QStringList ipv4;
    QStringList ipv6;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.isLoopback() || address.isLinkLocal())
            continue;
        if (address.protocol() == QAbstractSocket::IPv4Protocol)
            ipv4.append(address.toString());
        else if (address.protocol() == QAbstractSocket::IPv6Protocol)
            ipv6.append(address.toString());
    }
    QStringList all = ipv4 + ipv6;
    if (all.isEmpty())
        all.append(QStringLiteral("127.0.0.1"));
    return all;
}

} // namespace ensemble
