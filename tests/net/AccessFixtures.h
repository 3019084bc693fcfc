// Rooms with access rules and the raw frames the access tests send and read.
#pragma once

#include "client/Invite.h"
#include "server/RoomServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace ensemble::test {

inline const QString password = QStringLiteral("correct horse");
inline const QString ownerKey = QStringLiteral("0123456789abcdef-owner-key");

// Quick hashing and short delays, so the rules can be watched without waiting for real seconds.
inline ServerConfig quickConfig()
{
    ServerConfig config;
    config.access.failureDelayMs = 100;
    config.access.maxFailureDelayMs = 400;
    config.access.maxFailures = 10;
    config.access.passwordIterations = 1000;
    return config;
}

inline QUrl roomUrl(const RoomServer &server, const QString &room)
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/%2").arg(server.port()).arg(room));
}

inline Invite inviteTo(const RoomServer &server, const QString &room)
{
    return Invite(QStringLiteral("127.0.0.1"), server.port(), room);
}

inline QString type(const QJsonObject &frame)
{
    return frame.value(QStringLiteral("type")).toString();
}

inline QString code(const QJsonObject &frame)
{
    return frame.value(QStringLiteral("code")).toString();
}

inline QJsonObject field(const QString &key, const QJsonValue &value)
{
    return QJsonObject {{key, value}};
}

inline QJsonObject opMessage(qint64 revision, quint64 seq, const QJsonArray &op)
{
    return QJsonObject {{QStringLiteral("type"), QStringLiteral("op")},
                        {QStringLiteral("revision"), revision},
                        {QStringLiteral("seq"), qint64(seq)},
                        {QStringLiteral("op"), op}};
}

inline QJsonObject message(const QString &type, const QJsonObject &fields)
{
    QJsonObject o = fields;
    o.insert(QStringLiteral("type"), type);
    return o;
}

inline int userId(const QJsonObject &welcome)
{
    return welcome.value(QStringLiteral("you")).toObject().value(QStringLiteral("id")).toInt();
}

inline bool isHost(const QJsonObject &participant)
{
    return participant.value(QStringLiteral("host")).toBool();
}

} // namespace ensemble::test
