#include "AvahiBrowser.h"

#include <QDBusArgument>
#include <QDBusObjectPath>
#include <QDBusServiceWatcher>
#include <QHostAddress>
#include <QNetworkInterface>

namespace ensemble {

AvahiBrowser::AvahiBrowser(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_daemon(new QDBusServiceWatcher(avahi::serviceName, bus,
                                       QDBusServiceWatcher::WatchForOwnerChange, this))
{
    avahi::registerTypes();
    // A daemon (re)started since: browse it from scratch; one stopped: nothing is known.
    connect(m_daemon, &QDBusServiceWatcher::serviceOwnerChanged, this,
            [this](const QString &, const QString &, const QString &owner) {
                if (owner.isEmpty())
                    stop(avahi::Problem::NoDaemon, QString());
                else
                    start();
            });
}

AvahiBrowser::~AvahiBrowser()
{
    if (!m_browser.isEmpty())
        m_bus.send(avahi::call(m_browser, avahi::serviceBrowserInterface, QStringLiteral("Free")));
}

void AvahiBrowser::start()
{
    forgetAll();
    if (!m_browser.isEmpty()) {
        m_bus.send(avahi::call(m_browser, avahi::serviceBrowserInterface, QStringLiteral("Free")));
        m_browser.clear();
    }
    m_problem = avahi::Problem::None;
    QDBusMessage prepare = avahi::call(QStringLiteral("/"), avahi::server2Interface,
                                       QStringLiteral("ServiceBrowserPrepare"));
    prepare << avahi::anyInterface << avahi::anyProtocol << avahi::serviceType << QString() << 0u;
    avahi::callAsync(m_bus, prepare, this, [this](const QDBusMessage &reply) {
        if (reply.type() == QDBusMessage::ErrorMessage || reply.arguments().isEmpty()) {
            stop(avahi::problemOf(reply), reply.errorMessage());
            return;
        }
        m_browser = reply.arguments().constFirst().value<QDBusObjectPath>().path();
        // Prepare, subscribe, then Start: the browser reports nothing before it is started,
        // so no service goes by unseen (the race of ServiceBrowserNew).
        const auto subscribe = [this](const char *name, const char *slot) {
            m_bus.connect(QString(), m_browser, avahi::serviceBrowserInterface,
                          QString::fromLatin1(name), this, slot);
        };
        subscribe("ItemNew", SLOT(onItemNew(int, int, QString, QString, QString, uint)));
        subscribe("ItemRemove", SLOT(onItemRemove(int, int, QString, QString, QString, uint)));
        subscribe("Failure", SLOT(onFailure(QString)));
        avahi::callAsync(
            m_bus, avahi::call(m_browser, avahi::serviceBrowserInterface, QStringLiteral("Start")),
            this, [this](const QDBusMessage &started) {
                if (started.type() == QDBusMessage::ErrorMessage)
                    stop(avahi::problemOf(started), started.errorMessage());
            });
    });
}

QList<NearbySession> AvahiBrowser::sessions() const
{
    QList<NearbySession> sessions;
    for (const Service &service : m_services)
        if (service.session)
            sessions.append(*service.session);
    return sessions;
}

void AvahiBrowser::onItemNew(int interface, int protocol, const QString &name, const QString &type,
                             const QString &domain, uint)
{
    m_services[name].instances.insert({interface, protocol});
    resolve({interface, protocol}, name, type, domain);
}

void AvahiBrowser::onItemRemove(int interface, int protocol, const QString &name, const QString &,
                                const QString &, uint)
{
    const auto it = m_services.find(name);
    if (it == m_services.end())
        return;
    it->instances.remove({interface, protocol});
    if (!it->instances.isEmpty())
        return;
    const bool wasFound = it->session.has_value();
    m_services.erase(it);
    if (wasFound)
        emit sessionLost(name);
}

void AvahiBrowser::onFailure(const QString &error)
{
    stop(avahi::Problem::Failed, error);
}

void AvahiBrowser::resolve(Instance instance, const QString &name, const QString &type,
                           const QString &domain)
{
    QDBusMessage call = avahi::call(QStringLiteral("/"), avahi::serverInterface,
                                    QStringLiteral("ResolveService"));
    // The address in the protocol the service was seen on.
    call << instance.first << instance.second << name << type << domain << instance.second << 0u;
    avahi::callAsync(m_bus, call, this,
                     [this, instance](const QDBusMessage &reply) { onResolved(instance, reply); });
}

void AvahiBrowser::onResolved(Instance instance, const QDBusMessage &reply)
{
    // A service that went before it resolved, or one that does not answer: nothing to show.
    const QVariantList out = reply.arguments();
    if (reply.type() == QDBusMessage::ErrorMessage || out.size() < 10)
        return;
    const QString name = out.at(2).toString();
    const auto it = m_services.find(name);
    if (it == m_services.end() || !it->instances.contains(instance))
        return;
    QHostAddress address(out.at(7).toString());
    if (address.isNull())
        return;
    if (address.isLinkLocal() && address.protocol() == QAbstractSocket::IPv6Protocol)
        address.setScopeId(QNetworkInterface::interfaceNameFromIndex(instance.first));
    // An IPv4 address is kept once known: it needs no scope and every client can reach it.
    if (it->session
        && QHostAddress(it->session->address).protocol() == QAbstractSocket::IPv4Protocol
        && address.protocol() != QAbstractSocket::IPv4Protocol)
        return;
    NearbySession session;
    session.name = name;
    session.address = address.toString();
    session.announcement
        = Announcement::fromTxt(qdbus_cast<QList<QByteArray>>(out.at(9).value<QDBusArgument>()));
    session.announcement.port = out.at(8).value<quint16>();
    if (it->session == session)
        return;
    it->session = session;
    emit sessionFound(session);
}

void AvahiBrowser::stop(avahi::Problem problem, const QString &detail)
{
    m_browser.clear();
    forgetAll();
    m_problem = problem;
    emit unavailable(problem, detail);
}

void AvahiBrowser::forgetAll()
{
    const QHash<QString, Service> services = std::exchange(m_services, {});
    for (auto it = services.begin(); it != services.end(); ++it)
        if (it->session)
            emit sessionLost(it.key());
}

} // namespace ensemble
