#pragma once

#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace ensemble::test {

/// A loopback TCP relay between clients and a server, so a test can cut connections, play dead
/// for a while, or point clients at a restarted server on another port.
class TcpProxy : public QObject
{
    Q_OBJECT

public:
    explicit TcpProxy(quint16 targetPort, QObject *parent = nullptr);
    ~TcpProxy() override;

    /// The port clients connect to.
    quint16 port() const { return m_server.serverPort(); }
    /// Where new connections are relayed.
    void setTargetPort(quint16 port) { m_targetPort = port; }
    /// Aborts every relayed connection (both sides see a dropped connection, no close frame).
    void cutAll();
    /// While offline, connections are accepted and dropped at once (an unreachable network).
    void setOffline(bool offline);
    /// While set, bytes from the server are discarded (the client's messages still arrive).
    void setDropReplies(bool drop) { m_dropReplies = drop; }
    /// While set, bytes from clients wait in the proxy (a congested uplink); unsetting it
    /// delivers them.
    void setHoldRequests(bool hold);
    /// Relayed connections currently open.
    int connectionCount() const { return int(m_pairs.size()); }

signals:
    /// Held requests may go on.
    void released();

private:
    struct Pair
    {
        QTcpSocket *client;
        QTcpSocket *server;
    };
    void onNewConnection();
    void drop(Pair pair);

    QTcpServer m_server;
    quint16 m_targetPort;
    bool m_offline = false;
    bool m_dropReplies = false;
    bool m_holdRequests = false;
    QList<Pair> m_pairs;
};

} // namespace ensemble::test
