#pragma once

#include "server/RoomServer.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

// Small builders for the frames raw-client tests write and read by hand.
namespace ensemble::test {

/// JSON written with single quotes, so a test's frames need no escaped double quotes.
inline QByteArray json(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

/// The ws:// address of @p room on a server listening on loopback.
inline QUrl roomUrl(const RoomServer &server, const QString &room)
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/%2").arg(server.port()).arg(room));
}

/// A frame's `type`.
inline QString type(const QJsonObject &frame)
{
    return frame.value(QStringLiteral("type")).toString();
}

/// An `op` message as a client sends it.
inline QJsonObject opMessage(qint64 revision, quint64 seq, const QJsonArray &op)
{
    return QJsonObject {{QStringLiteral("type"), QStringLiteral("op")},
                        {QStringLiteral("revision"), revision},
                        {QStringLiteral("seq"), qint64(seq)},
                        {QStringLiteral("op"), op}};
}

} // namespace ensemble::test
