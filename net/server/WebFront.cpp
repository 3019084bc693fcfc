#include "WebFront.h"

#include "HttpRequest.h"
#include "WebAssets.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocketServer>

namespace ensemble {

namespace {
// Sent with every answer. The page's scripts come from this server only (no inline script
// anywhere, no eval), it may open WebSockets to this server only, and no other site may frame it.
// Styles may be inline: CodeMirror injects its themes as style elements. The room id is in the
// page's address, so it goes to no other site as a referrer either.
const QByteArray commonHeaders
    = "Content-Security-Policy: default-src 'none'; script-src 'self'; style-src 'self' "
      "'unsafe-inline'; "
      "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; "
      "frame-ancestors 'none'\r\n"
      "X-Content-Type-Options: nosniff\r\n"
      "Referrer-Policy: no-referrer\r\n"
      "X-Frame-Options: DENY\r\n"
      "Cache-Control: no-cache\r\n"
      "Connection: close\r\n";

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 431:
        return "Request Header Fields Too Large";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Error";
    }
}

QByteArray head(int status, const QByteArray &extra, qsizetype length)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n"
        + commonHeaders + extra + "Content-Length: " + QByteArray::number(length) + "\r\n\r\n";
}
} // namespace

WebFront::WebFront(const Limits &limits, bool encrypted, QWebSocketServer *sockets, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_encrypted(encrypted)
    , m_sockets(sockets)
    , m_tcp(encrypted ? new QSslServer(this) : new QTcpServer(this))
    , m_assets(&WebAssets::instance())
{
    if (auto *ssl = qobject_cast<QSslServer *>(m_tcp))
        ssl->setHandshakeTimeout(limits.handshakeTimeoutMs);
    // Connected first, so ConnectionGate (connected later) sees the socket taken already. Not
    // newConnection(): a QSslServer emits that before the TLS handshake, with nothing pending.
    connect(m_tcp, &QTcpServer::pendingConnectionAvailable, this, &WebFront::onNewConnection);
}

void WebFront::setSslConfiguration(const QSslConfiguration &configuration)
{
    if (auto *ssl = qobject_cast<QSslServer *>(m_tcp))
        ssl->setSslConfiguration(configuration);
}

void WebFront::onNewConnection()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        // A request head must arrive whole within the handshake time, however slowly its bytes
        // trickle in, and the socket holds no more of it than the largest head allowed.
        socket->setReadBufferSize(HttpRequest::maxBytes);
        auto *deadline = new QTimer(socket);
        deadline->setObjectName(QStringLiteral("ensemble_web_deadline"));
        deadline->setSingleShot(true);
        connect(deadline, &QTimer::timeout, socket, &QTcpSocket::abort);
        deadline->start(m_limits.handshakeTimeoutMs);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { examine(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        examine(socket);
    }
}

void WebFront::examine(QTcpSocket *socket)
{
    const HttpRequest request = HttpRequest::parse(socket->peek(HttpRequest::maxBytes));
    switch (request.state()) {
    case HttpRequest::State::Incomplete:
        return;
    case HttpRequest::State::Invalid:
        fail(socket, request.errorStatus(),
             request.errorStatus() ? QStringLiteral("malformed or oversized HTTP request")
                                   : QStringLiteral("not HTTP"));
        return;
    case HttpRequest::State::Complete:
        break;
    }
    if (request.isWebSocketUpgrade()) {
        if (request.isFromOwnOrigin(m_encrypted))
            upgrade(socket);
        else
            fail(socket, 403,
                 QStringLiteral("WebSocket from another origin: %1")
                     .arg(QString::fromLatin1(request.header("origin").left(200))));
        return;
    }
    if (request.method() != "GET" && request.method() != "HEAD") {
        fail(socket, 405, QStringLiteral("method %1").arg(QString::fromLatin1(request.method())));
        return;
    }
    answer(socket, request);
}

void WebFront::upgrade(QTcpSocket *socket)
{
    // The request stays unread (peek()) for the WebSocket server, which reads it again.
    disconnect(socket, nullptr, this, nullptr);
    disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    delete socket->findChild<QTimer *>(QStringLiteral("ensemble_web_deadline"),
                                       Qt::FindDirectChildrenOnly);
    socket->setReadBufferSize(0);
    m_sockets->handleConnection(socket);
}

void WebFront::answer(QTcpSocket *socket, const HttpRequest &request)
{
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    const WebAsset *asset = m_assets->find(request.path());
    if (!asset) {
        fail(socket, 404, QStringLiteral("no such path"));
        return;
    }
    const bool gzip = request.acceptsGzip() && !asset->gzipped.isEmpty();
    const QByteArray &body = gzip ? asset->gzipped : asset->body;
    QByteArray extra = "Content-Type: " + asset->contentType + "\r\nVary: Accept-Encoding\r\n";
    if (gzip)
        extra += "Content-Encoding: gzip\r\n";
    socket->write(head(200, extra, body.size()));
    if (request.method() == "GET")
        socket->write(body);
    socket->disconnectFromHost();
}

void WebFront::fail(QTcpSocket *socket, int status, const QString &reason)
{
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    emit refused(socket->peerAddress().toString() + u':' + QString::number(socket->peerPort()),
                 status, reason);
    if (status == 0) {
        socket->abort();
        return;
    }
    const QByteArray body = QByteArray::number(status) + ' ' + reasonPhrase(status) + '\n';
    const QByteArray extra = status == 405
        ? "Allow: GET, HEAD\r\nContent-Type: text/plain; charset=utf-8\r\n"
        : "Content-Type: text/plain; charset=utf-8\r\n";
    socket->write(head(status, extra, body.size()) + body);
    socket->disconnectFromHost();
}

} // namespace ensemble
