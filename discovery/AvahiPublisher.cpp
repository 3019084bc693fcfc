#include "AvahiPublisher.h"

#include <QDBusError>
#include <QDBusObjectPath>

namespace ensemble {

namespace {

// Renames after this many collisions in a row mean something else is wrong.
constexpr int maxCollisions = 20;

} // namespace

AvahiPublisher::AvahiPublisher(const QDBusConnection &bus, Announcement announcement,
                               int interfaceIndex, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_announcement(std::move(announcement))
    , m_interface(interfaceIndex)
    , m_name(m_announcement.serviceName())
{
    avahi::registerTypes();
}

AvahiPublisher::~AvahiPublisher()
{
    // Freeing the group withdraws the service (goodbye packets); nothing waits for the reply.
    if (!m_group.isEmpty())
        m_bus.send(avahi::call(m_group, avahi::entryGroupInterface, QStringLiteral("Free")));
}

void AvahiPublisher::start()
{
    avahi::callAsync(
        m_bus,
        avahi::call(QStringLiteral("/"), avahi::serverInterface, QStringLiteral("EntryGroupNew")),
        this, [this](const QDBusMessage &reply) {
            if (reply.type() == QDBusMessage::ErrorMessage || reply.arguments().isEmpty()) {
                fail(avahi::problemOf(reply), reply.errorMessage());
                return;
            }
            m_group = reply.arguments().constFirst().value<QDBusObjectPath>().path();
            // Subscribed before the commit goes out, so no state change is missed.
            m_bus.connect(QString(), m_group, avahi::entryGroupInterface,
                          QStringLiteral("StateChanged"), this, SLOT(onStateChanged(int, QString)));
            addService();
        });
}

void AvahiPublisher::addService()
{
    QDBusMessage add
        = avahi::call(m_group, avahi::entryGroupInterface, QStringLiteral("AddService"));
    add << m_interface << avahi::anyProtocol << 0u << m_name << avahi::serviceType << QString()
        << QString() << QVariant::fromValue(m_announcement.port) // D-Bus `q`, not an int
        << QVariant::fromValue(m_announcement.toTxt());
    avahi::callAsync(m_bus, add, this, [this](const QDBusMessage &reply) { checkReply(reply); });
    avahi::callAsync(m_bus,
                     avahi::call(m_group, avahi::entryGroupInterface, QStringLiteral("Commit")),
                     this, [this](const QDBusMessage &reply) { checkReply(reply); });
}

void AvahiPublisher::checkReply(const QDBusMessage &reply)
{
    if (reply.type() == QDBusMessage::ErrorMessage)
        fail(avahi::problemOf(reply), reply.errorMessage());
}

void AvahiPublisher::onStateChanged(int state, const QString &error)
{
    switch (avahi::GroupState(state)) {
    case avahi::GroupState::Established:
        m_published = true;
        emit published(m_name);
        break;
    case avahi::GroupState::Collision:
        // Another service on the network has this name: take the one Avahi suggests ("... #2").
        m_published = false;
        if (++m_collisions > maxCollisions) {
            fail(avahi::Problem::Failed, error);
            return;
        }
        {
            QDBusMessage alternative = avahi::call(QStringLiteral("/"), avahi::serverInterface,
                                                   QStringLiteral("GetAlternativeServiceName"));
            alternative << m_name;
            avahi::callAsync(m_bus, alternative, this, [this](const QDBusMessage &reply) {
                if (reply.type() == QDBusMessage::ErrorMessage || reply.arguments().isEmpty()) {
                    fail(avahi::problemOf(reply), reply.errorMessage());
                    return;
                }
                m_name = reply.arguments().constFirst().toString();
                m_bus.send(
                    avahi::call(m_group, avahi::entryGroupInterface, QStringLiteral("Reset")));
                addService();
            });
        }
        break;
    case avahi::GroupState::Failure:
        m_published = false;
        fail(avahi::Problem::Failed, error);
        break;
    case avahi::GroupState::Uncommitted:
    case avahi::GroupState::Registering:
        break;
    }
}

void AvahiPublisher::fail(avahi::Problem problem, const QString &detail)
{
    emit failed(problem, detail);
}

} // namespace ensemble
