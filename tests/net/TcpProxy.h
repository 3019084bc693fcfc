#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTimer>

#include <deque>
#include <memory>
#include <vector>

class QTcpSocket;

namespace ensemble::test {

/// A loopback TCP relay between clients and a server that misbehaves like a real network on
/// demand: it delays bytes (keeping their order, as TCP does), cuts connections (also in the
/// middle of a frame), refuses connections, stalls, or swallows everything without a word, and
/// follows a server restarted on another port. Its random choices come from setSeed().
class TcpProxy : public QObject
{
    Q_OBJECT

public:
    /// How cutAll() ends the relayed connections.
    enum class Cut {
        Abort, ///< Both sides see the connection drop; bytes still held back are lost.
        MidStream, ///< A random part of the held bytes gets through first (often part of a frame).
        Flush, ///< Everything held back is delivered, then both sides see an orderly close.
    };

    explicit TcpProxy(quint16 targetPort, QObject *parent = nullptr);
    ~TcpProxy() override;

    /// The port clients connect to.
    quint16 port() const { return m_server.serverPort(); }
    /// Where new connections are relayed.
    void setTargetPort(quint16 port) { m_targetPort = port; }
    /// Seeds the delays and cut points.
    void setSeed(quint32 seed) { m_random.seed(seed); }
    /// Holds every chunk of bytes back for a random time in [minMs, maxMs], each direction in
    /// order.
    void setLatency(int minMs, int maxMs);
    /// Ends every relayed connection that is not lost in a black hole.
    void cutAll(Cut how = Cut::Abort);
    /// While offline, connections are accepted and dropped at once (an unreachable network).
    void setOffline(bool offline) { m_offline = offline; }
    /// While stalled, nothing moves in either direction; what was held back moves on afterwards.
    void setStalled(bool stalled);
    /// While on, every connection (open ones and new ones) loses all its bytes and never reports a
    /// close, forever: a path that died silently, which the peers have to notice on their own.
    void setBlackHole(bool on);
    /// While set, bytes from the server are discarded (the client's messages still arrive).
    void setDropReplies(bool drop) { m_dropReplies = drop; }
    /// While set, bytes from clients wait in the proxy (a congested uplink); unsetting it
    /// delivers them.
    void setHoldRequests(bool hold);
    /// While paused, nothing is read from the server and the client's bytes wait in the proxy,
    /// like a client whose computer went to sleep: what the server sends piles up in the server.
    void setPaused(bool paused);
    /// Relayed connections currently open (black holes included).
    int connectionCount() const { return int(m_pairs.size()); }

private:
    struct Chunk
    {
        qint64 due;
        QByteArray bytes;
    };
    struct Direction
    {
        QTcpSocket *from = nullptr;
        QTcpSocket *to = nullptr;
        std::deque<Chunk> held;
        qint64 lastDue = 0;
    };
    struct Pair
    {
        QTcpSocket *client = nullptr;
        QTcpSocket *server = nullptr;
        Direction up; ///< client to server
        Direction down; ///< server to client
        bool silent = false; ///< lost in a black hole
        QTcpSocket *closed = nullptr; ///< the side that closed (its error may come first)
    };

    void onNewConnection();
    void receive(Pair *pair, Direction &direction);
    void onClosed(Pair *pair, QTcpSocket *side);
    void deliver();
    void scheduleDelivery();
    void remove(Pair *pair, bool graceful);

    QTcpServer m_server;
    quint16 m_targetPort;
    QRandomGenerator m_random;
    QElapsedTimer m_clock;
    QTimer m_timer;
    int m_minLatency = 0;
    int m_maxLatency = 0;
    bool m_offline = false;
    bool m_stalled = false;
    bool m_blackHole = false;
    bool m_dropReplies = false;
    bool m_holdRequests = false;
    bool m_paused = false;
    std::vector<std::unique_ptr<Pair>> m_pairs;
};

} // namespace ensemble::test
