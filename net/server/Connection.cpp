#include "Connection.h"

#include "protocol/MessageParser.h"
#include "protocol/MessageWriter.h"

#include <QWebSocket>

namespace ensemble {

Connection::Connection(QWebSocket *socket, const Limits &limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_requestedRoom(socket->requestUrl().path().mid(1))
    , m_peer(socket->peerAddress().toString() + u':' + QString::number(socket->peerPort()))
    , m_peerAddress(socket->peerAddress())
{
    m_socket->setParent(this);
    // Qt drops frames beyond this limit itself (closing with 1009) so a hostile peer cannot make
    // the server buffer gigabytes; between maxMessageBytes and this, the frame is read and
    // answered with too_large, and the session goes on.
    m_socket->setMaxAllowedIncomingMessageSize(quint64(m_limits.hardMessageBytes));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(m_limits.hardMessageBytes));
    connect(m_socket, &QWebSocket::textMessageReceived, this, &Connection::onTextMessage);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &Connection::onBinaryMessage);
    connect(m_socket, &QWebSocket::disconnected, this, &Connection::onDisconnected);
    m_helloTimer.setSingleShot(true);
    connect(&m_helloTimer, &QTimer::timeout, this, [this] {
        sendError(ErrorCode::HelloTimeout,
                  QStringLiteral("no hello within %1 ms").arg(m_limits.helloTimeoutMs));
    });
    m_helloTimer.start(m_limits.helloTimeoutMs);
}

Connection::~Connection() = default;

void Connection::setJoined(Room *room, const Participant &participant, const QString &clientId)
{
    m_room = room;
    m_participant = participant;
    m_clientId = clientId;
}

void Connection::setSelection(qint64 revision, const Selection &selection)
{
    m_selectionRevision = revision;
    m_participant.selection = selection;
}

void Connection::send(const QString &frame)
{
    // Not flushed here: frames queued for one socket in one event-loop pass leave in one write.
    if (!m_closing)
        m_socket->sendTextMessage(frame);
}

void Connection::send(const ServerMessage &message)
{
    send(QString::fromUtf8(serialize(message)));
}

void Connection::sendError(ErrorCode code, const QString &message, std::optional<quint64> seq)
{
    sendError(code, ErrorMsg {errorCodeName(code), message, seq});
}

void Connection::refuse(ErrorCode code, const QString &message, int delayMs,
                        std::optional<qint64> retryAfter)
{
    m_refused = true;
    m_helloTimer.stop();
    QTimer::singleShot(
        delayMs, this,
        [this, code, error = ErrorMsg {errorCodeName(code), message, {}, retryAfter}] {
            sendError(code, error);
        });
}

void Connection::sendError(ErrorCode code, const ErrorMsg &error)
{
    if (m_closing)
        return;
    emit protocolError(this, error.code, error.message);
    send(error);
    if (const int closeCode = closeCodeFor(code))
        close(closeCode, error.code);
}

void Connection::close(int closeCode, const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    m_helloTimer.stop();
    m_socket->close(QWebSocketProtocol::CloseCode(closeCode), reason);
    m_socket->flush(); // The close frame must leave even if the socket is deleted right after.
}

void Connection::onTextMessage(const QString &frame)
{
    if (m_closing || m_refused)
        return;
    const QByteArray utf8 = frame.toUtf8();
    if (utf8.size() > m_limits.maxMessageBytes) {
        sendError(
            ErrorCode::TooLarge,
            QStringLiteral("a message may have at most %1 bytes").arg(m_limits.maxMessageBytes));
        return;
    }
    Result<ClientMessage> parsed = parseClientMessage(utf8, m_limits);
    if (!parsed) {
        const auto code = errorCodeFromName(parsed.error().code);
        sendError(code.value_or(ErrorCode::BadMessage), parsed.error().message);
        return;
    }
    ClientMessage &message = parsed.value();
    if (const HelloMsg *hello = std::get_if<HelloMsg>(&message)) {
        // Also while the first hello's password is being checked.
        if (m_helloReceived) {
            sendError(ErrorCode::AlreadyJoined, QStringLiteral("this connection already joined"));
            return;
        }
        m_helloReceived = true;
        m_helloTimer.stop();
        emit helloReceived(this, *hello);
        return;
    }
    if (!m_room) {
        sendError(ErrorCode::NotJoined, QStringLiteral("send hello first"));
        return;
    }
    emit messageReceived(this, message);
}

void Connection::onBinaryMessage()
{
    if (!m_closing && !m_refused)
        sendError(ErrorCode::BadMessage, QStringLiteral("protocol v1 uses text frames only"));
}

void Connection::onDisconnected()
{
    m_closing = true;
    m_helloTimer.stop();
    emit disconnected(this);
}

} // namespace ensemble
