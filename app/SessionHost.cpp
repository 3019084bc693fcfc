#include "SessionHost.h"

#include "HostCertificate.h"
#include "HostThread.h"

#include <QCoreApplication>
#include <QNetworkInterface>
#include <QRandomGenerator>
#include <array>
#include <memory>

namespace ensemble {

SessionHost::SessionHost(QString certificateDirectory, QObject *parent)
    : QObject(parent)
    , m_certificateDirectory(std::move(certificateDirectory))
{
}

SessionHost::~SessionHost()
{
    if (!m_thread)
        return;
    // The thread outlives this object by the time the close handshakes take, but never the
    // application, which deletes (and so waits for) its children when it ends.
    m_thread->setParent(QCoreApplication::instance());
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->finish(m_roomId);
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
    auto thread = std::make_unique<HostThread>(config);
    thread->launch();
    // What this thread keeps of the server, learnt while the server's thread does nothing else.
    struct Started
    {
        quint16 port;
        QByteArray fingerprint;
        QString roomId;
    };
    const Result<Started> started = thread->call([&](RoomServer &server) -> Result<Started> {
        Result<std::monostate> listening = server.listen(options.bindAddress, options.port);
        if (!listening)
            return listening.error();
        Result<QString> room = server.createRoom(
            text, language, {}, {title, options.password, m_ownerKey, !options.guestsCanEdit});
        if (!room)
            return room.error();
        return Started {server.port(), server.certificateFingerprint(), room.value()};
    });
    if (!started)
        return started.error();
    m_thread = thread.release();
    m_bound = options.bindAddress;
    m_port = started.value().port;
    m_fingerprint = started.value().fingerprint;
    m_roomId = started.value().roomId;
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
