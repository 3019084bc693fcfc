#pragma once

#include "Announcement.h"
#include "Avahi.h"

#include <QDBusConnection>
#include <QObject>

namespace ensemble {

/// Announces one session on the local network through the Avahi daemon: an entry group with a
/// `_ensemble._tcp` service carrying the announcement's TXT record. Every D-Bus call is
/// asynchronous, so a missing daemon never blocks; the announcement is withdrawn when the
/// publisher is destroyed.
class AvahiPublisher : public QObject
{
    Q_OBJECT

public:
    /// Publishes on @p bus (the system bus in the app) on the network interface with index
    /// @p interfaceIndex (-1: all of them); start() begins.
    AvahiPublisher(const QDBusConnection &bus, Announcement announcement,
                   int interfaceIndex = avahi::anyInterface, QObject *parent = nullptr);
    ~AvahiPublisher() override;

    /// Asks the daemon for an entry group and publishes the service in it.
    void start();
    /// The announcement as published.
    const Announcement &announcement() const { return m_announcement; }
    /// The instance name in use: the announcement's, or Avahi's alternative after a collision.
    QString name() const { return m_name; }
    /// Whether the daemon reported the service established on the network.
    bool isPublished() const { return m_published; }

signals:
    /// The service is established under @p name.
    void published(const QString &name);
    /// Publishing failed (the daemon's error message in @p detail, if any).
    void failed(ensemble::avahi::Problem problem, const QString &detail);

private slots:
    void onStateChanged(int state, const QString &error);

private:
    void addService();
    void fail(avahi::Problem problem, const QString &detail);
    // Handles a reply to a call of the group: only errors matter.
    void checkReply(const QDBusMessage &reply);

    QDBusConnection m_bus;
    Announcement m_announcement;
    int m_interface;
    QString m_name;
    QString m_group;
    bool m_published = false;
    int m_collisions = 0;
};

} // namespace ensemble
