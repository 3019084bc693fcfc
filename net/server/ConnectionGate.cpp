#include "ConnectionGate.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace ensemble {

namespace {
const QString sentinelName = QStringLiteral("ensemble_connection_gate");
// Connections let through the handshake only to hear why they are refused. When more arrive,
// the oldest of them is dropped unanswered: a flood of refused connections costs the server
// little more than it costs the peers.
constexpr qsizetype maxRefusing = 64;
} // namespace

ConnectionGate::ConnectionGate(const Limits &limits, QTcpServer *server, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
{
    // Connected after the slot that takes new sockets (WebFront's), this one runs once that slot
    // has taken them; the newest are then the newest QTcpSocket children of the QTcpServer
    // (with TLS, also those still in their TLS handshake: they count from then on).
    connect(server, &QTcpServer::pendingConnectionAvailable, this,
            [this, server] { onTcpConnection(server); });
}

void ConnectionGate::onTcpConnection(QTcpServer *tcp)
{
    const QObjectList children = tcp->children();
    QList<QTcpSocket *> fresh;
    for (auto it = children.crbegin(); it != children.crend(); ++it) {
        auto *socket = qobject_cast<QTcpSocket *>(*it);
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            continue;
        if (socket->findChild<QObject *>(sentinelName, Qt::FindDirectChildrenOnly))
            break; // Everything older has been seen (it has a sentinel, below).
        fresh.prepend(socket);
    }
    // Oldest first, so that evictions among them follow arrival order.
    for (QTcpSocket *socket : std::as_const(fresh)) {
        const QString address = socket->peerAddress().toString();
        admitOrRefuse(socket, address, address + u':' + QString::number(socket->peerPort()));
    }
}

void ConnectionGate::admitOrRefuse(QObject *socket, const QString &address, const QString &peer)
{
    const int fromAddress = m_perAddress.value(address);
    if (m_limits.maxConnectionsPerAddress > 0 && fromAddress >= m_limits.maxConnectionsPerAddress) {
        refuse(socket, address, peer,
               {ErrorCode::TooManyConnections,
                QStringLiteral("this server takes at most %1 connections from one address")
                    .arg(m_limits.maxConnectionsPerAddress)});
        return;
    }
    if (m_limits.maxPendingConnections > 0 && m_pending >= m_limits.maxPendingConnections) {
        QString busiest;
        qsizetype most = 0;
        for (auto it = m_pendingByAddress.cbegin(); it != m_pendingByAddress.cend(); ++it) {
            if (it->size() > most) {
                busiest = it.key();
                most = it->size();
            }
        }
        // Strictly fewer even with the newcomer, or places would change hands for ever between
        // addresses holding as many.
        if (m_pendingByAddress.value(address).size() + 1 >= most) {
            refuse(socket, address, peer,
                   {ErrorCode::ServerBusy,
                    QStringLiteral("%1 connections are joining; this address has the most of them")
                        .arg(m_limits.maxPendingConnections)});
            return;
        }
        evictPendingOf(busiest);
    }
    QObject *sentinel = track(socket, Entry {address, peer, State::Pending, false, std::nullopt});
    m_perAddress[address] = fromAddress + 1;
    m_pendingByAddress[address].append(sentinel);
    ++m_pending;
}

QObject *ConnectionGate::track(QObject *socket, Entry entry)
{
    // QWebSocket disconnects every signal of its TCP socket when it lets go of it, so the
    // socket's own destroyed() cannot be relied on; a child object dies with it all the same.
    auto *sentinel = new QObject(socket);
    sentinel->setObjectName(sentinelName);
    m_byPeer.insert(entry.peer, sentinel);
    m_sockets.insert(sentinel, std::move(entry));
    connect(sentinel, &QObject::destroyed, this, &ConnectionGate::forget);
    return sentinel;
}

void ConnectionGate::refuse(QObject *socket, const QString &address, const QString &peer,
                            Refusal refusal)
{
    emit refused(peer, errorCodeName(refusal.code), refusal.message);
    if (m_refusing.size() >= maxRefusing)
        drop(m_refusing.constFirst());
    // Before the handshake there is no WebSocket to carry the error, so the connection goes
    // through it and hears the refusal then (RoomServer asks upgraded()).
    m_refusing.append(track(socket, Entry {address, peer, State::Refusing, false, refusal}));
}

void ConnectionGate::evictPendingOf(const QString &address)
{
    QObject *oldest = m_pendingByAddress.value(address).value(0);
    const auto it = m_sockets.find(oldest);
    if (it == m_sockets.end())
        return;
    if (!it->upgraded) {
        drop(oldest);
        return;
    }
    leavePending(oldest, *it);
    it->state = State::Evicted;
    emit evicted(it->peer);
}

void ConnectionGate::drop(QObject *sentinel)
{
    auto *socket = qobject_cast<QAbstractSocket *>(sentinel->parent());
    delete sentinel; // Counted out now (forget()), whenever Qt gets round to the socket.
    if (socket)
        socket->abort();
}

std::optional<ConnectionGate::Refusal> ConnectionGate::upgraded(const QString &peer)
{
    const auto it = m_sockets.find(m_byPeer.value(peer));
    if (it == m_sockets.end())
        return std::nullopt;
    it->upgraded = true;
    return it->refusal;
}

void ConnectionGate::joined(const QString &peer)
{
    QObject *sentinel = m_byPeer.value(peer);
    const auto it = m_sockets.find(sentinel);
    if (it == m_sockets.end() || it->state != State::Pending)
        return;
    leavePending(sentinel, *it);
    it->state = State::Joined;
}

void ConnectionGate::closed(const QString &peer)
{
    delete m_byPeer.value(peer); // Counted out by forget().
}

void ConnectionGate::leavePending(QObject *sentinel, Entry &entry)
{
    const auto list = m_pendingByAddress.find(entry.address);
    if (list != m_pendingByAddress.end()) {
        list->removeOne(sentinel);
        if (list->isEmpty())
            m_pendingByAddress.erase(list);
    }
    --m_pending;
}

void ConnectionGate::forget(QObject *sentinel)
{
    // Only the address of the object is used: it is being destroyed.
    const auto it = m_sockets.find(sentinel);
    if (it == m_sockets.end())
        return;
    if (it->state == State::Refusing) {
        m_refusing.removeOne(sentinel);
    } else {
        if (it->state == State::Pending)
            leavePending(sentinel, *it);
        if (--m_perAddress[it->address] == 0)
            m_perAddress.remove(it->address);
    }
    if (m_byPeer.value(it->peer) == sentinel)
        m_byPeer.remove(it->peer);
    m_sockets.erase(it);
}

} // namespace ensemble
