#pragma once

#include "Announcement.h"
#include "hosting/SessionHost.h"

#include <QObject>

namespace ensemble {

class AvahiPublisher;

// Announces a hosted session on the local network (DNS-SD through Avahi) for as long as it
// lives. What is announced follows HostOptions: the room ID only when the room has a password or
// the host agreed, since a password-less room's ID is all it takes to join. A host listening on
// loopback only is never announced; one bound to a LAN address is announced on that interface.
// Without Avahi it stays silent: hosting works as before.
class SessionAnnouncer : public QObject
{
    Q_OBJECT

public:
    SessionAnnouncer(const SessionHost &host, const HostOptions &options, const QString &title,
                     const QString &hostName, QObject *parent = nullptr);

    // What a host with these options tells the network.
    static Announcement announcementFor(const SessionHost &host, const HostOptions &options,
                                        const QString &title, const QString &hostName);
    // Whether a host with these options is announced at all.
    static bool isAnnounced(const HostOptions &options);

private:
    AvahiPublisher *m_publisher = nullptr;
};

} // namespace ensemble
