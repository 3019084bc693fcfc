#pragma once

#include "protocol/Limits.h"

#include <QHash>
#include <QObject>

class QTcpServer;
class QWebSocketServer;

namespace ensemble {

/// Admission below the WebSocket layer: counts every TCP connection of a QWebSocketServer from
/// the moment it is accepted, per peer address and while it has not joined a room yet (still in
/// the WebSocket handshake or before its hello), and closes a new one at once when it would go
/// over Limits::maxConnectionsPerAddress or Limits::maxPendingConnections. This is what keeps a
/// peer that opens connections and then stalls from using up the server's sockets.
class ConnectionGate : public QObject
{
    Q_OBJECT

public:
    /// Watches the connections @p server accepts.
    ConnectionGate(const Limits &limits, QWebSocketServer *server, QObject *parent = nullptr);

    /// The connection from @p peer ("address:port", as Connection::peer()) joined a room, so it
    /// no longer counts as pending.
    void joined(const QString &peer);

signals:
    /// A connection from @p peer was closed before its handshake; @p code is
    /// "too_many_connections" (for the server's log).
    void refused(const QString &peer, const QString &code, const QString &message);

private:
    struct Entry
    {
        QString address;
        QString peer;
        bool joined = false;
    };

    void onTcpConnection(QTcpServer *tcp);
    void forget(QObject *sentinel);

    Limits m_limits;
    QHash<QObject *, Entry> m_sockets; // by a sentinel child of each socket
    QHash<QString, QObject *> m_byPeer;
    QHash<QString, int> m_perAddress;
    int m_pending = 0;
};

} // namespace ensemble
