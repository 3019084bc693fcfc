#include "hosting/SessionAnnouncer.h"

#include "AvahiPublisher.h"

#include <QDBusConnection>
#include <QNetworkInterface>

namespace ensemble {

namespace {

// The index of the network interface that has address, or "all" when none has it.
int interfaceOf(const QHostAddress &address)
{
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            if (entry.ip().isEqual(address))
                return interface.index();
        }
    }
    return avahi::anyInterface;
}

} // namespace

SessionAnnouncer::SessionAnnouncer(const SessionHost &host, const HostOptions &options,
                                   const QString &title, const QString &hostName, QObject *parent)
    : QObject(parent)
{
    if (!isAnnounced(options))
        return;
    const bool anyAddress = options.bindAddress == QHostAddress(QHostAddress::Any)
        || options.bindAddress == QHostAddress(QHostAddress::AnyIPv4)
        || options.bindAddress == QHostAddress(QHostAddress::AnyIPv6);
    m_publisher = new AvahiPublisher(
        QDBusConnection::systemBus(), announcementFor(host, options, title, hostName),
        anyAddress ? avahi::anyInterface : interfaceOf(options.bindAddress), this);
    m_publisher->start();
}

Announcement SessionAnnouncer::announcementFor(const SessionHost &host, const HostOptions &options,
                                               const QString &title, const QString &hostName)
{
    Announcement announcement;
    announcement.title = title;
    announcement.hostName = hostName;
    announcement.port = host.port();
    announcement.encrypted = host.isEncrypted();
    announcement.fingerprint = host.fingerprint();
    announcement.hasPassword = !options.password.isEmpty();
    if (announcement.hasPassword || options.announceRoomId)
        announcement.roomId = host.roomId();
    return announcement;
}

bool SessionAnnouncer::isAnnounced(const HostOptions &options)
{
    return options.announce && !options.bindAddress.isLoopback();
}

} // namespace ensemble
