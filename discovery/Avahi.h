#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QString>

// Names and constants of the Avahi daemon's D-Bus API (avahi-daemon 0.8,
// /usr/share/dbus-1/interfaces/org.freedesktop.Avahi.*.xml) that discovery uses.
namespace ensemble::avahi {

inline const QString serviceName = QStringLiteral("org.freedesktop.Avahi");
inline const QString serverInterface = QStringLiteral("org.freedesktop.Avahi.Server");
// Avahi 0.8's second server interface, with the race-free ...Prepare methods.
inline const QString server2Interface = QStringLiteral("org.freedesktop.Avahi.Server2");
inline const QString entryGroupInterface = QStringLiteral("org.freedesktop.Avahi.EntryGroup");
inline const QString serviceBrowserInterface
    = QStringLiteral("org.freedesktop.Avahi.ServiceBrowser");

/// The DNS-SD service type Ensemble's hosts announce.
inline const QString serviceType = QStringLiteral("_ensemble._tcp");

// AVAHI_IF_UNSPEC and AVAHI_PROTO_UNSPEC: every interface, IPv4 and IPv6.
constexpr int anyInterface = -1;
constexpr int anyProtocol = -1;

// AvahiEntryGroupState.
enum class GroupState {
    Uncommitted = 0,
    Registering = 1,
    Established = 2,
    Collision = 3,
    Failure = 4
};

/// Why discovery cannot work: no system bus, no Avahi daemon on it, or the daemon refused.
enum class Problem { None, NoBus, NoDaemon, Failed };

/// A method call to the Avahi daemon.
QDBusMessage call(const QString &path, const QString &interface, const QString &method);

/// The problem a failed reply shows (a missing daemon, or anything else).
Problem problemOf(const QDBusMessage &reply);

/// Sends message on bus without waiting; onReply gets the reply (or error) later, unless
/// context is gone by then.
template<typename OnReply>
void callAsync(const QDBusConnection &bus, const QDBusMessage &message, QObject *context,
               OnReply onReply)
{
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(message), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [watcher, onReply](QDBusPendingCallWatcher *) {
                         watcher->deleteLater();
                         onReply(watcher->reply());
                     });
}

/// Lets D-Bus carry TXT records (`aay`) as QList<QByteArray>; called by the classes here.
void registerTypes();

} // namespace ensemble::avahi
