#pragma once

#include "ot/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace ensemble {

/// Where a room lives: host, port and room id. Written as `ensemble://HOST:PORT/ROOM-ID`; the
/// bare `ws://HOST:PORT/ROOM-ID` form is accepted too.
class Invite
{
    Q_DECLARE_TR_FUNCTIONS(Invite)

public:
    /// The port a server listens on unless told otherwise.
    static constexpr quint16 defaultPort = 7717;

    Invite() = default;
    /// An invite to room @p roomId (a lowercase UUID v4) on @p host : @p port.
    Invite(QString host, quint16 port, QString roomId);

    /// Parses what a user pasted: surrounding whitespace is ignored, the room id may be in upper
    /// case, the port defaults to 7717. Fails with code "bad_invite" and a readable message.
    static Result<Invite> parse(const QString &text);

    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    QString roomId() const { return m_roomId; }
    bool isValid() const { return !m_host.isEmpty() && !m_roomId.isEmpty(); }

    /// The WebSocket URL a client opens: ws://HOST:PORT/ROOM-ID.
    QUrl webSocketUrl() const;
    /// The shareable form: ensemble://HOST:PORT/ROOM-ID.
    QString toString() const;

    bool operator==(const Invite &) const = default;

private:
    QString m_host;
    quint16 m_port = defaultPort;
    QString m_roomId;
};

} // namespace ensemble
