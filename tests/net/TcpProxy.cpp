#include "TcpProxy.h"

#include <QTcpSocket>

namespace ensemble::test {

TcpProxy::TcpProxy(quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_targetPort(targetPort)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TcpProxy::deliver);
    connect(&m_server, &QTcpServer::newConnection, this, &TcpProxy::onNewConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

TcpProxy::~TcpProxy()
{
    while (!m_pairs.empty())
        remove(m_pairs.back().get(), false);
}

void TcpProxy::setLatency(int minMs, int maxMs)
{
    m_minLatency = minMs;
    m_maxLatency = std::max(minMs, maxMs);
}

void TcpProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        if (m_offline) {
            client->abort();
            client->deleteLater();
            continue;
        }
        // Without Nagle's algorithm small frames are not held back by the proxy itself.
        client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto *server = new QTcpSocket(this);
        auto owned = std::make_unique<Pair>();
        Pair *pair = owned.get();
        pair->client = client;
        pair->server = server;
        pair->up.from = pair->down.to = client;
        pair->up.to = pair->down.from = server;
        pair->silent = m_blackHole;
        m_pairs.push_back(std::move(owned));
        connect(client, &QTcpSocket::readyRead, this, [this, pair] { receive(pair, pair->up); });
        connect(server, &QTcpSocket::readyRead, this, [this, pair] { receive(pair, pair->down); });
        connect(server, &QTcpSocket::connected, this, [this, server] {
            server->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            deliver();
        });
        connect(client, &QTcpSocket::disconnected, this,
                [this, pair] { onClosed(pair, pair->client); });
        connect(server, &QTcpSocket::disconnected, this,
                [this, pair] { onClosed(pair, pair->server); });
        connect(server, &QTcpSocket::errorOccurred, this,
                [this, pair] { onClosed(pair, pair->server); });
        if (!pair->silent)
            server->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}

void TcpProxy::receive(Pair *pair, Direction &direction)
{
    if (m_paused && &direction == &pair->down)
        return;
    const QByteArray bytes = direction.from->readAll();
    if (bytes.isEmpty() || pair->silent || (&direction == &pair->down && m_dropReplies))
        return;
    const int delay = m_minLatency + int(m_random.bounded(m_maxLatency - m_minLatency + 1));
    // A later chunk never overtakes an earlier one: TCP delivers a stream in order.
    direction.lastDue = std::max(m_clock.elapsed() + delay, direction.lastDue);
    direction.held.push_back(Chunk {direction.lastDue, bytes});
    deliver();
}

void TcpProxy::onClosed(Pair *pair, QTcpSocket *side)
{
    if (pair->silent)
        return; // Nobody hears of it.
    receive(pair, side == pair->client ? pair->up : pair->down); // What it said last still goes.
    // Like a FIN: what is on its way to the other side still arrives, then that side closes too.
    pair->closed = side;
    deliver();
}

void TcpProxy::deliver()
{
    if (m_stalled)
        return;
    const qint64 now = m_clock.elapsed();
    std::vector<Pair *> finished;
    for (const auto &pair : m_pairs) {
        if (pair->silent)
            continue;
        bool drained = true;
        for (Direction *direction : {&pair->up, &pair->down}) {
            const auto state = direction->to == pair->closed ? QAbstractSocket::UnconnectedState
                                                             : direction->to->state();
            const bool held = direction == &pair->up && m_holdRequests;
            if (state == QAbstractSocket::ConnectedState && !held) {
                while (!direction->held.empty() && direction->held.front().due <= now) {
                    direction->to->write(direction->held.front().bytes);
                    direction->held.pop_front();
                }
            }
            if (!direction->held.empty() && state != QAbstractSocket::UnconnectedState)
                drained = false;
        }
        if (pair->closed && drained)
            finished.push_back(pair.get());
    }
    for (Pair *pair : finished)
        remove(pair, true);
    scheduleDelivery();
}

void TcpProxy::scheduleDelivery()
{
    std::optional<qint64> next;
    for (const auto &pair : m_pairs) {
        for (const Direction *direction : {&pair->up, &pair->down}) {
            const bool held = direction == &pair->up && m_holdRequests;
            if (!pair->silent && !held && !direction->held.empty())
                next = std::min(next.value_or(direction->held.front().due),
                                direction->held.front().due);
        }
    }
    if (next && !m_stalled)
        m_timer.start(int(std::max<qint64>(0, *next - m_clock.elapsed())));
    else
        m_timer.stop();
}

void TcpProxy::remove(Pair *pair, bool graceful)
{
    for (QTcpSocket *socket : {pair->client, pair->server}) {
        socket->disconnect(this);
        socket->flush(); // What was delivered has been delivered.
        if (graceful)
            socket->disconnectFromHost();
        else
            socket->abort();
        socket->deleteLater();
    }
    std::erase_if(m_pairs, [pair](const auto &p) { return p.get() == pair; });
}

void TcpProxy::cutAll(Cut how)
{
    std::vector<Pair *> cut;
    for (const auto &pair : m_pairs) {
        if (!pair->silent)
            cut.push_back(pair.get());
    }
    for (Pair *pair : cut) {
        for (Direction *direction : {&pair->up, &pair->down}) {
            if (how == Cut::Abort || direction->to == pair->closed
                || direction->to->state() != QAbstractSocket::ConnectedState)
                continue;
            QByteArray held;
            for (const Chunk &chunk : direction->held)
                held += chunk.bytes;
            if (how == Cut::MidStream)
                held.truncate(m_random.bounded(int(held.size()) + 1));
            direction->to->write(held);
        }
        remove(pair, how == Cut::Flush);
    }
    scheduleDelivery();
}

void TcpProxy::setStalled(bool stalled)
{
    m_stalled = stalled;
    deliver();
}

void TcpProxy::setHoldRequests(bool hold)
{
    m_holdRequests = hold;
    deliver();
}

void TcpProxy::setPaused(bool paused)
{
    m_paused = paused;
    for (const auto &pair : m_pairs) {
        // Qt stops reading from the kernel once this much waits unread, and a small receive
        // buffer makes the kernel stop soon after.
        pair->server->setReadBufferSize(paused ? 4096 : 0);
        pair->server->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption,
                                      paused ? 4096 : 1024 * 1024);
    }
    setHoldRequests(paused);
    if (!paused) {
        for (const auto &pair : m_pairs)
            receive(pair.get(), pair->down);
    }
}

void TcpProxy::setBlackHole(bool on)
{
    m_blackHole = on;
    if (!on)
        return;
    for (const auto &pair : m_pairs) {
        pair->silent = true;
        pair->up.held.clear();
        pair->down.held.clear();
    }
    scheduleDelivery();
}

} // namespace ensemble::test
