#pragma once

#include "Avahi.h"
#include "NearbySession.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QSet>
#include <optional>

class QDBusServiceWatcher;

namespace ensemble {

/// Lists the sessions hosts announce on the local network, live, through the Avahi daemon:
/// a service browser for `_ensemble._tcp` and a resolver call for each service it reports. A
/// service seen on several interfaces or protocols is one session (an IPv4 address preferred),
/// gone when the last of them is. Every D-Bus call is asynchronous; without a daemon the browser
/// reports why and starts over when one appears on the bus.
class AvahiBrowser : public QObject
{
    Q_OBJECT

public:
    /// Browses through @p bus (the system bus in the app); start() begins.
    explicit AvahiBrowser(const QDBusConnection &bus, QObject *parent = nullptr);
    ~AvahiBrowser() override;

    /// Starts browsing (again, from nothing, if it was).
    void start();
    /// The sessions found so far, in no particular order.
    QList<NearbySession> sessions() const;
    /// Why nothing can be found, if so.
    avahi::Problem problem() const { return m_problem; }

signals:
    /// A session appeared, or what is known of it changed.
    void sessionFound(const ensemble::NearbySession &session);
    /// The session of that instance name is no longer announced.
    void sessionLost(const QString &name);
    /// Browsing cannot work (detail: the daemon's message, if any); sessions found are lost.
    void unavailable(ensemble::avahi::Problem problem, const QString &detail);

private slots:
    void onItemNew(int interface, int protocol, const QString &name, const QString &type,
                   const QString &domain, uint flags);
    void onItemRemove(int interface, int protocol, const QString &name, const QString &type,
                      const QString &domain, uint flags);
    void onFailure(const QString &error);

private:
    using Instance = QPair<int, int>; // interface, protocol

    struct Service
    {
        QSet<Instance> instances;
        std::optional<NearbySession> session;
    };

    void resolve(Instance instance, const QString &name, const QString &type,
                 const QString &domain);
    void onResolved(Instance instance, const QDBusMessage &reply);
    void stop(avahi::Problem problem, const QString &detail);
    void forgetAll();

    QDBusConnection m_bus;
    QDBusServiceWatcher *m_daemon;
    QString m_browser;
    QHash<QString, Service> m_services;
    avahi::Problem m_problem = avahi::Problem::None;
};

} // namespace ensemble
