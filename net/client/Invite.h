#pragma once

#include "ot/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace ensemble {

/// Where a room lives: host, port and room id, and for an encrypted room the SHA-256 fingerprint
/// of the server's certificate. Written as `ensemble://HOST:PORT/ROOM-ID` (ws://) or
/// `ensemble://HOST:PORT/ROOM-ID?fp=HEX` (wss://, the certificate pinned); the bare
/// `ws://HOST:PORT/ROOM-ID` and `wss://HOST:PORT/ROOM-ID` forms are accepted too.
class Invite
{
    Q_DECLARE_TR_FUNCTIONS(Invite)

public:
    /// The port a server listens on unless told otherwise.
    static constexpr quint16 defaultPort = 7717;

    Invite() = default;
    /// An invite to room @p roomId (a lowercase UUID v4) on @p host : @p port, unencrypted.
    Invite(QString host, quint16 port, QString roomId);

    /// Parses what a user pasted: surrounding whitespace is ignored, the room id and the
    /// fingerprint may be in upper case, the port defaults to 7717. Fails with code "bad_invite"
    /// and a readable message.
    static Result<Invite> parse(const QString &text);

    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    QString roomId() const { return m_roomId; }
    bool isValid() const { return !m_host.isEmpty() && !m_roomId.isEmpty(); }
    /// "HOST:PORT" (an IPv6 host in brackets), as messages name the server.
    QString server() const;

    /// Whether the connection is encrypted (wss://).
    bool isEncrypted() const { return m_encrypted; }
    /// Switches between wss:// and ws:// (which drops any fingerprint).
    void setEncrypted(bool encrypted);
    /// The SHA-256 fingerprint the server's certificate must have (empty: none pinned).
    QByteArray fingerprint() const { return m_fingerprint; }
    /// Pins the server's certificate; a non-empty @p sha256 makes the invite encrypted.
    void setFingerprint(const QByteArray &sha256);

    /// The WebSocket URL a client opens: ws://HOST:PORT/ROOM-ID or wss://HOST:PORT/ROOM-ID.
    QUrl webSocketUrl() const;
    /// The shareable form: ensemble://HOST:PORT/ROOM-ID, with ?fp=HEX when pinned; an encrypted
    /// invite without a pin is wss://HOST:PORT/ROOM-ID.
    QString toString() const;

    bool operator==(const Invite &) const = default;

private:
    QString m_host;
    quint16 m_port = defaultPort;
    QString m_roomId;
    bool m_encrypted = false;
    QByteArray m_fingerprint;
};

} // namespace ensemble
