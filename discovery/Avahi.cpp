#include "Avahi.h"

#include <QDBusError>
#include <QDBusMetaType>

namespace ensemble::avahi {

QDBusMessage call(const QString &path, const QString &interface, const QString &method)
{
    return QDBusMessage::createMethodCall(serviceName, path, interface, method);
}

Problem problemOf(const QDBusMessage &reply)
{
    if (reply.type() != QDBusMessage::ErrorMessage)
        return Problem::None;
    // NameHasNoOwner has no QDBusError::ErrorType of its own.
    if (reply.errorName() == QLatin1String("org.freedesktop.DBus.Error.NameHasNoOwner"))
        return Problem::NoDaemon;
    switch (QDBusError(reply).type()) {
    case QDBusError::ServiceUnknown:
        return Problem::NoDaemon;
    case QDBusError::Disconnected:
        return Problem::NoBus;
    default:
        return Problem::Failed;
    }
}

void registerTypes()
{
    static const QMetaType registered = qDBusRegisterMetaType<QList<QByteArray>>();
    Q_UNUSED(registered);
}

} // namespace ensemble::avahi
