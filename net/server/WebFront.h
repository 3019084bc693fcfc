#pragma once

#include "protocol/Limits.h"

#include <QObject>

class QSslConfiguration;
class QTcpServer;
class QTcpSocket;
class QWebSocketServer;

namespace ensemble {

class HttpRequest;
class WebAssets;

/// The listening side of a RoomServer: one port answers a browser's plain HTTP(S) requests from
/// the embedded web client (WebAssets) and hands WebSocket upgrades to the QWebSocketServer once
/// their `Origin` is the server's own or absent (native clients send none). Every request must
/// arrive whole within Limits::handshakeTimeoutMs, in at most HttpRequest::maxBytes and
/// HttpRequest::maxHeaders; anything else is answered with an error status and closed.
class WebFront : public QObject
{
    Q_OBJECT

public:
    /// Accepts connections for @p sockets, over TLS when @p encrypted.
    WebFront(const Limits &limits, bool encrypted, QWebSocketServer *sockets,
             QObject *parent = nullptr);

    /// The listening server (a QSslServer when encrypted): ConnectionGate watches it.
    QTcpServer *tcpServer() const { return m_tcp; }
    /// The certificate and key presented to every connection (encrypted fronts only).
    void setSslConfiguration(const QSslConfiguration &configuration);

signals:
    /// A request from @p peer was refused with HTTP @p status (for the server's log).
    void refused(const QString &peer, int status, const QString &reason);

private:
    void onNewConnection();
    void examine(QTcpSocket *socket);
    void upgrade(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const HttpRequest &request);
    void fail(QTcpSocket *socket, int status, const QString &reason);

    Limits m_limits;
    bool m_encrypted;
    QWebSocketServer *m_sockets;
    QTcpServer *m_tcp;
    const WebAssets *m_assets;
};

} // namespace ensemble
