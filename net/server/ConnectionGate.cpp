#include "ConnectionGate.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocketServer>

namespace ensemble {

namespace {
const QString sentinelName = QStringLiteral("ensemble_connection_gate");
} // namespace

ConnectionGate::ConnectionGate(const Limits &limits, QWebSocketServer *server, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
{
    // QWebSocketServer accepts through a QTcpServer child of its own and offers no signal before
    // the handshake is over. Connected after its own slot, this one runs once that slot has taken
    // the new socket, which is then the newest QTcpSocket child of the QTcpServer.
    if (auto *tcp = server->findChild<QTcpServer *>(QString(), Qt::FindDirectChildrenOnly)) {
        connect(tcp, &QTcpServer::newConnection, this, [this, tcp] { onTcpConnection(tcp); });
    }
}

void ConnectionGate::onTcpConnection(QTcpServer *tcp)
{
    const QObjectList &children = tcp->children();
    for (auto it = children.crbegin(); it != children.crend(); ++it) {
        auto *socket = qobject_cast<QTcpSocket *>(*it);
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            continue;
        if (socket->findChild<QObject *>(sentinelName, Qt::FindDirectChildrenOnly))
            break; // Everything older has been seen (it has a sentinel, below).
        const QString address = socket->peerAddress().toString();
        const QString peer = address + u':' + QString::number(socket->peerPort());
        const int fromAddress = m_perAddress.value(address);
        QString reason;
        if (m_limits.maxConnectionsPerAddress > 0
            && fromAddress >= m_limits.maxConnectionsPerAddress) {
            reason = QStringLiteral("%1 already has %2 connections")
                         .arg(address)
                         .arg(m_limits.maxConnectionsPerAddress);
        } else if (m_limits.maxPendingConnections > 0
                   && m_pending >= m_limits.maxPendingConnections) {
            reason = QStringLiteral("%1 connections have not joined a room yet")
                         .arg(m_limits.maxPendingConnections);
        }
        if (!reason.isEmpty()) {
            // Before the handshake there is no WebSocket to carry an error message: the refusal
            // is a closed connection, which clients retry with backoff.
            emit refused(peer, QStringLiteral("too_many_connections"), reason);
            socket->abort();
            continue;
        }
        // QWebSocket disconnects every signal of its TCP socket when it lets go of it, so the
        // socket's own destroyed() cannot be relied on; a child object dies with it all the same.
        auto *sentinel = new QObject(socket);
        sentinel->setObjectName(sentinelName);
        m_sockets.insert(sentinel, Entry {address, peer, false});
        m_byPeer.insert(peer, sentinel);
        m_perAddress[address] = fromAddress + 1;
        ++m_pending;
        connect(sentinel, &QObject::destroyed, this, &ConnectionGate::forget);
    }
}

void ConnectionGate::joined(const QString &peer)
{
    const auto it = m_sockets.find(m_byPeer.value(peer));
    if (it == m_sockets.end() || it->joined)
        return;
    it->joined = true;
    --m_pending;
}

void ConnectionGate::forget(QObject *sentinel)
{
    // Only the address of the object is used: it is being destroyed.
    const auto it = m_sockets.find(sentinel);
    if (it == m_sockets.end())
        return;
    if (!it->joined)
        --m_pending;
    if (--m_perAddress[it->address] == 0)
        m_perAddress.remove(it->address);
    m_byPeer.remove(it->peer);
    m_sockets.erase(it);
}

} // namespace ensemble
