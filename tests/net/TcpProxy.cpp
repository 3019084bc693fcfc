#include "TcpProxy.h"

#include <QTcpSocket>

namespace ensemble::test {

TcpProxy::TcpProxy(quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TcpProxy::onNewConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

TcpProxy::~TcpProxy()
{
    cutAll();
}

void TcpProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        if (m_offline) {
            client->abort();
            client->deleteLater();
            continue;
        }
        auto *server = new QTcpSocket(this);
        const Pair pair {client, server};
        m_pairs.append(pair);
        // Bytes from the client wait in its socket until the server side is connected.
        const auto pump = [](QTcpSocket *from, QTcpSocket *to) {
            if (to->state() == QAbstractSocket::ConnectedState)
                to->write(from->readAll());
        };
        const auto forward = [=, this] {
            if (!m_holdRequests)
                pump(client, server);
        };
        connect(server, &QTcpSocket::connected, this, forward);
        connect(client, &QTcpSocket::readyRead, this, forward);
        connect(this, &TcpProxy::released, server, forward);
        connect(server, &QTcpSocket::readyRead, this, [=, this] {
            if (m_dropReplies)
                server->readAll();
            else
                pump(server, client);
        });
        connect(client, &QTcpSocket::disconnected, this, [this, pair] { drop(pair); });
        connect(server, &QTcpSocket::disconnected, this, [this, pair] { drop(pair); });
        connect(server, &QTcpSocket::errorOccurred, this, [this, pair] { drop(pair); });
        server->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}

void TcpProxy::drop(Pair pair)
{
    const auto matches = [&pair](const Pair &p) { return p.client == pair.client; };
    if (!std::any_of(m_pairs.cbegin(), m_pairs.cend(), matches))
        return;
    m_pairs.removeIf(matches);
    for (QTcpSocket *socket : {pair.client, pair.server}) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void TcpProxy::cutAll()
{
    const QList<Pair> pairs = m_pairs;
    for (const Pair &pair : pairs)
        drop(pair);
}

void TcpProxy::setHoldRequests(bool hold)
{
    m_holdRequests = hold;
    if (!hold)
        emit released();
}

void TcpProxy::setOffline(bool offline)
{
    m_offline = offline;
}

} // namespace ensemble::test
