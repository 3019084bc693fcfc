#pragma once

#include "protocol/ErrorCode.h"
#include "protocol/Limits.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <optional>

class QTcpServer;

namespace ensemble {

/// Admission below the WebSocket layer: counts every TCP connection of a QTcpServer from
/// the moment it is accepted, per peer address and while it has not joined a room yet (still in
/// the WebSocket handshake or before its hello). Over Limits::maxConnectionsPerAddress a new
/// connection is let through the handshake only to hear `too_many_connections`. The pool of
/// Limits::maxPendingConnections unjoined connections is shared fairly: when it is full, a
/// newcomer takes the place of the oldest unjoined connection of the address holding the most
/// of them (when its own address would still hold fewer), so silent connections from a few
/// addresses cannot keep everyone else out; other newcomers hear `server_busy`.
class ConnectionGate : public QObject
{
    Q_OBJECT

public:
    /// What a connection admitted only to be refused is told once its WebSocket is open.
    struct Refusal
    {
        ErrorCode code;
        QString message;
    };

    /// Watches the connections @p server accepts (plain HTTP requests count as unjoined ones
    /// until they close).
    ConnectionGate(const Limits &limits, QTcpServer *server, QObject *parent = nullptr);

    /// The WebSocket of @p peer ("address:port", as Connection::peer()) is open; returns the
    /// refusal to send it when it was let in only for that.
    std::optional<Refusal> upgraded(const QString &peer);
    /// The connection from @p peer joined a room, so it no longer counts as pending.
    void joined(const QString &peer);
    /// The WebSocket of @p peer closed: its place is free now, not only once Qt deletes it.
    void closed(const QString &peer);

signals:
    /// A connection from @p peer is turned away; @p code is "too_many_connections" or
    /// "server_busy" (for the server's log).
    void refused(const QString &peer, const QString &code, const QString &message);
    /// The open WebSocket of @p peer gave its place in the pool to a newcomer: the server tells
    /// it `server_busy` and closes it (an unopened one is simply dropped).
    void evicted(const QString &peer);

private:
    enum class State { Pending, Joined, Refusing, Evicted };
    struct Entry
    {
        QString address;
        QString peer;
        State state = State::Pending;
        bool upgraded = false;
        std::optional<Refusal> refusal;
    };

    void onTcpConnection(QTcpServer *tcp);
    QObject *track(QObject *socket, Entry entry);
    void admitOrRefuse(QObject *socket, const QString &address, const QString &peer);
    void refuse(QObject *socket, const QString &address, const QString &peer, Refusal refusal);
    void evictPendingOf(const QString &address);
    void drop(QObject *sentinel);
    void leavePending(QObject *sentinel, Entry &entry);
    void forget(QObject *sentinel);

    Limits m_limits;
    QHash<QObject *, Entry> m_sockets; // by a sentinel child of each socket
    QHash<QString, QObject *> m_byPeer;
    QHash<QString, int> m_perAddress; // pending and joined, not the ones being refused
    QHash<QString, QList<QObject *>> m_pendingByAddress; // oldest first
    QList<QObject *> m_refusing; // oldest first
    int m_pending = 0;
};

} // namespace ensemble
