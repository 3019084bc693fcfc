#include "Connection.h"

#include "MemoryBudget.h"
#include "OutgoingFrame.h"
#include "protocol/MessageParser.h"
#include "protocol/MessageWriter.h"

#include <QPromise>
#include <QSslSocket>
#include <QTcpSocket>
#include <QThreadPool>
#include <QWebSocket>

#include <memory>

namespace ensemble {

namespace {

// Frames handled per pass of the event loop while working off a backlog, so that one
// connection's backlog cannot hold up everyone else's messages.
constexpr int framesPerPass = 8;
// How long a closing socket may take over its close handshake before it is dropped.
constexpr int closeGraceMs = 5000;
// Errors of one connection that reach the server's log; a flood of bad frames must not flood it.
constexpr int loggedErrors = 20;
// The idle timeout is counted in ping intervals rather than measured as one stretch of time, so a
// server that was itself held up (swapping, a debugger) does not mistake unread pongs for silence.
constexpr int pingsPerIdleTimeout = 4;
// A welcome this long (in units of text) is written on another thread: at a few ns a unit,
// writing it here would hold every room up by milliseconds; a shorter one is not worth the hop.
constexpr qsizetype offThreadWelcomeUnits = 1024 * 1024;
// A message this long (in bytes) is parsed on another thread, for the same reason: the JSON
// parser reads a 10 MB hello.create in a few hundred milliseconds.
constexpr qsizetype offThreadParseBytes = 1024 * 1024;

// About how long the welcome's JSON gets: its text, or its operations' inserts and components.
qsizetype welcomeUnits(const WelcomeMsg &welcome)
{
    qsizetype units = welcome.text ? welcome.text->size() : 0;
    if (welcome.ops) {
        for (const LoggedOperation &entry : *welcome.ops)
            units += entry.op.insertedLength() + entry.op.componentCount();
    }
    return units;
}

} // namespace

Connection::Connection(QWebSocket *socket, const Limits &limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_requestedRoom(socket->requestUrl().path().mid(1))
    , m_peer(socket->peerAddress().toString() + u':' + QString::number(socket->peerPort()))
    , m_peerAddress(socket->peerAddress())
    , m_reader(limits.maxMessageBytes, limits.hardMessageBytes)
    , m_budget(limits.messagesPerSecond, limits.messageBurst)
{
    m_clock.start();
    m_socket->setParent(this);
    connect(&m_welcome, &QFutureWatcherBase::finished, this, &Connection::onWelcomeWritten);
    connect(&m_parsing, &QFutureWatcherBase::finished, this, &Connection::onParsed);
    connect(m_socket, &QWebSocket::disconnected, this, &Connection::onDisconnected);
    connect(m_socket, &QWebSocket::bytesWritten, this, &Connection::accountSending);
    m_messageTimer.setSingleShot(true);
    connect(&m_messageTimer, &QTimer::timeout, this, [this] {
        sendError(
            ErrorCode::UnfinishedMessage,
            QStringLiteral("a message stayed unfinished for %1 ms").arg(m_limits.messageTimeoutMs));
    });

    m_helloTimer.setSingleShot(true);
    connect(&m_helloTimer, &QTimer::timeout, this, [this] {
        sendError(ErrorCode::HelloTimeout,
                  QStringLiteral("no hello within %1 ms").arg(m_limits.helloTimeoutMs));
    });
    m_helloTimer.start(m_limits.helloTimeoutMs);
    m_drainTimer.setSingleShot(true);
    connect(&m_drainTimer, &QTimer::timeout, this, &Connection::drainBacklog);
    if (m_limits.idleTimeoutMs > 0) {
        connect(&m_pingTimer, &QTimer::timeout, this, &Connection::onPingTimer);
        m_pingTimer.start(std::max(1, m_limits.idleTimeoutMs / pingsPerIdleTimeout));
    }
}

Connection::~Connection()
{
    setBudgets(nullptr, nullptr);
}

void Connection::setTransport(const QList<QTcpSocket *> &sockets)
{
    for (QTcpSocket *socket : sockets) {
        m_transport.append(socket);
        // With TLS the transport is a QSslSocket and the plain socket inside it: frames go to
        // the QSslSocket, which encrypts them, and are read from it, decrypted.
        if (!m_outer || qobject_cast<QSslSocket *>(socket))
            m_outer = socket;
    }
    QTcpSocket *outer = m_outer.data();
    // Every socket that holds frames says when bytes leave it (with TLS, the TLS socket as it
    // encrypts and the plain one as it writes), so the send queue is current without asking the
    // sockets again for every frame sent.
    disconnect(m_socket, &QWebSocket::bytesWritten, this, &Connection::accountSending);
    for (QTcpSocket *socket : sockets) {
        connect(socket, &QIODevice::bytesWritten, this, &Connection::accountSending);
        // The plain socket under TLS: what QSslSocket leaves unread there is a frame in part.
        // The outer socket is accounted for once its frames are read.
        if (socket != outer)
            connect(socket, &QIODevice::readyRead, this, &Connection::accountUnfinished);
    }
    accountSending();
    if (outer) {
        // QWebSocket would decode every text message into a QString, which the parser wants as
        // UTF-8 again: twice through UTF-16 on the rooms' thread, 10 MB for a big hello. So
        // after its handshake this class reads the frames itself, and QWebSocket reads nothing.
        // Writing goes on through both: QWebSocket writes each of its frames whole.
        disconnect(outer, &QIODevice::readyRead, m_socket, nullptr);
        connect(outer, &QIODevice::readyRead, this, &Connection::readFrames, Qt::UniqueConnection);
        readFrames();
    }
}

void Connection::setBudgets(MemoryBudget *sending, MemoryBudget *unfinished)
{
    if (m_sendBudget)
        m_sendBudget->forget(this);
    if (m_unfinishedBudget)
        m_unfinishedBudget->forget(this);
    m_sendBudget = sending;
    m_unfinishedBudget = unfinished;
    m_sendBudgeted = 0;
}

qint64 Connection::transportBytes(qint64 (QTcpSocket::*count)() const) const
{
    qint64 sum = 0;
    for (const QPointer<QTcpSocket> &socket : m_transport) {
        if (socket)
            sum += (socket.data()->*count)();
    }
    return sum;
}

void Connection::setJoined(Room *room, const Participant &participant, const QString &clientId)
{
    m_room = room;
    m_participant = participant;
    m_clientId = clientId;
    emit joined(this);
}

void Connection::chargeWork(qint64 work)
{
    m_budget.take(double(work) / double(Limits::transformWorkPerToken), now());
}

void Connection::send(const OutgoingFrame &frame)
{
    if (m_welcomePending) {
        if (!m_closing)
            m_behindWelcome.push_back(frame);
        return;
    }
    if (m_closing || fellBehind())
        return;
    write(frame);
    checkSendBudget();
}

void Connection::checkSendBudget()
{
    if (Connection *largest = m_sendBudget ? m_sendBudget->overdrawnBy() : nullptr) {
        largest->sendError(ErrorCode::SlowReader,
                           QStringLiteral("the server's %1 bytes for messages waiting to be "
                                          "sent ran out; this connection had the most waiting")
                               .arg(m_limits.sendBudgetBytes));
    }
}

void Connection::write(const OutgoingFrame &frame)
{
    // Not flushed here: frames queued for one socket in one event-loop pass leave in one write.
    if (m_closing)
        return;
    // QWebSocket writes each of its frames to the socket whole, so a frame written here between
    // two of them is whole too; going round sendTextMessage() saves converting the text to UTF-8
    // and framing it again for every member of a room.
    if (QTcpSocket *transport = m_outer.data()) {
        // A buffered socket takes the whole frame into its buffer, or nothing once it is closed.
        m_sendQueue.queued(transport->write(frame.bytes()));
        tellSendBudget();
    } else {
        const qint64 before = m_socket->bytesToWrite();
        m_socket->sendTextMessage(frame.text());
        m_sendQueue.queued(m_socket->bytesToWrite() - before);
        accountSending();
    }
}

void Connection::writeTextFrame(QTcpSocket *transport, const QByteArray &utf8)
{
    // QWebSocket::sendTextMessage() would take the frame as a QString, then convert it to UTF-8
    // and copy it twice more, on this thread, while every room waits. QWebSocket writes each of
    // its frames to the socket whole, so a frame written here between two of them is whole too;
    // the socket's buffer keeps the bytes themselves (implicitly shared), no copy.
    const qint64 header = transport->write(textFrameHeader(utf8.size()));
    m_sendQueue.queued(std::max<qint64>(header, 0) + std::max<qint64>(transport->write(utf8), 0));
    tellSendBudget();
}

bool Connection::fellBehind()
{
    // The queue is current: every write and every byte leaving a socket updated it.
    if (m_transport.isEmpty())
        accountSending();
    const bool tooManyFrames
        = m_limits.maxSendQueueFrames > 0 && m_sendQueue.frames() >= m_limits.maxSendQueueFrames;
    const bool tooManyBytes = m_limits.maxSendQueueBytes > 0
        && m_sendQueue.bytesBehindFirst() > m_limits.maxSendQueueBytes;
    if (!tooManyFrames && !tooManyBytes)
        return false;
    sendError(ErrorCode::SlowReader,
              QStringLiteral("%1 messages (%2 bytes) were waiting to be sent to this connection; "
                             "the limit is %3 messages and %4 bytes")
                  .arg(m_sendQueue.frames())
                  .arg(m_sendQueue.bytes())
                  .arg(m_limits.maxSendQueueFrames)
                  .arg(m_limits.maxSendQueueBytes));
    return true;
}

void Connection::accountSending()
{
    const qint64 pending = m_transport.isEmpty() ? m_socket->bytesToWrite()
                                                 : transportBytes(&QTcpSocket::bytesToWrite);
    m_sendQueue.update(pending);
    tellSendBudget();
}

void Connection::tellSendBudget()
{
    // A closing connection's queue is let go within closeGraceMs; it no longer competes. The
    // budget is told only of changes: its bytes change twice for every frame sent.
    const qint64 held = m_closing ? 0 : m_sendQueue.bytes();
    if (m_sendBudget && held != m_sendBudgeted) {
        m_sendBudget->set(this, held);
        m_sendBudgeted = held;
    }
}

void Connection::send(const ServerMessage &message)
{
    send(OutgoingFrame(message));
}

void Connection::sendWelcome(WelcomeMsg welcome, std::optional<Rope> text)
{
    const qsizetype units = welcomeUnits(welcome) + (text ? text->size() : 0);
    if (m_welcomePending || units < offThreadWelcomeUnits) {
        if (text)
            welcome.text = text->text();
        send(ServerMessage {std::move(welcome)});
        return;
    }
    // The watcher drops the result if this connection is deleted first; the task holds nothing
    // but its own copies of the welcome and of the text (a rope sharing the document's chunks
    // until the room changes them), whose JSON it writes straight from the rope's chunks.
    // Written as UTF-8, the bytes the frame carries (lone surrogates are escaped, so they are
    // valid UTF-8).
    auto promise = std::make_shared<QPromise<QByteArray>>();
    m_welcome.setFuture(promise->future());
    m_welcomePending = true;
    promise->start();
    QThreadPool::globalInstance()->start(
        [promise, welcome = std::move(welcome), text = std::move(text)]() mutable {
            promise->addResult(text ? serializeWelcome(welcome, *std::exchange(text, std::nullopt))
                                    : serialize(ServerMessage {std::move(welcome)}));
            promise->finish();
        });
}

void Connection::onWelcomeWritten()
{
    // Letting go of the result below reports a finished (empty) future once more.
    if (!m_welcomePending)
        return;
    m_welcomePending = false;
    if (m_welcome.future().resultCount() > 0) {
        const QByteArray utf8 = m_welcome.result();
        if (!m_closing && !fellBehind()) {
            if (QTcpSocket *transport = m_outer.data())
                writeTextFrame(transport, utf8);
            else
                m_socket->sendTextMessage(QString::fromUtf8(utf8));
            checkSendBudget();
        }
    }
    m_welcome.setFuture(QFuture<QByteArray>());
    for (const OutgoingFrame &frame : std::exchange(m_behindWelcome, {}))
        send(frame);
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
    static_assert(loggedErrors > 0);
    if (m_errorsLogged < loggedErrors) {
        emit protocolError(this, error.code, error.message);
    } else if (m_errorsLogged == loggedErrors) {
        emit protocolError(this, error.code,
                           QStringLiteral("%1 (further errors of this connection are not logged)")
                               .arg(error.message));
    }
    ++m_errorsLogged;
    const int closeCode = closeCodeFor(code);
    if (closeCode == 0) {
        // Answers to a peer that sends but does not read must not pile up either.
        send(error);
        return;
    }
    write(OutgoingFrame(ServerMessage {error}));
    close(closeCode, error.code);
    // QWebSocket would hold the parts of the message, and read more, until the peer answers the
    // close: the memory goes now, after the close frame has been handed to the kernel.
    if (code == ErrorCode::UnfinishedMessage)
        m_socket->abort();
}

void Connection::stop()
{
    m_closing = true;
    m_helloTimer.stop();
    m_pingTimer.stop();
    m_drainTimer.stop();
    m_messageTimer.stop();
    m_backlog.clear();
    m_backlogBytes = 0;
    m_behindWelcome.clear();
    setBudgets(nullptr, nullptr);
}

void Connection::close(int closeCode, const QString &reason)
{
    if (m_closing)
        return;
    stop();
    if (QTcpSocket *tcp = m_outer.data()) {
        // QWebSocket::close() would close the TCP socket at once. With frames of a flooding peer
        // still arriving that close resets the connection, and the reset makes the peer drop
        // the close frame unread (it sees 1006). So the close frame goes out on its own and the
        // socket stays open, its frames read and skipped whole, until the peer answers the close
        // or the grace time below runs out; then the server closes the TCP connection, as the
        // server's side of the handshake should (RFC 6455 section 7.1.1).
        tcp->write(closeFrame(closeCode, reason));
        tcp->flush();
        if (m_reader.skipToClose())
            tcp->disconnectFromHost();
    } else {
        m_socket->close(QWebSocketProtocol::CloseCode(closeCode), reason);
        m_socket->flush(); // The close frame must leave even if the socket is deleted right after.
    }
    // A peer that neither reads nor answers the close would keep the socket forever.
    QTimer::singleShot(closeGraceMs, this, [this] { m_socket->abort(); });
}

void Connection::closeNow(int closeCode, const QString &reason)
{
    if (m_closing)
        return;
    stop();
    m_reader.skipToClose();
    if (QTcpSocket *tcp = m_outer.data()) {
        tcp->write(closeFrame(closeCode, reason));
        tcp->disconnectFromHost();
    }
    QTimer::singleShot(closeGraceMs, this, [this] { m_socket->abort(); });
}

void Connection::receive(Frame frame)
{
    if (m_closing || m_refused)
        return;
    const double cost = 1.0 + double(frame.bytes) / double(Limits::bytesPerToken);
    if (m_backlog.empty() && !m_parsePending && m_budget.ready(now())) {
        m_budget.take(cost, now());
        handle(frame);
        return;
    }
    // Over budget: the frame waits its turn. Nothing is dropped (a lost op would desynchronise
    // the client), but a backlog beyond its bounds ends the connection.
    const qint64 bytes = frame.utf8.size();
    if (qsizetype(m_backlog.size()) >= m_limits.maxQueuedMessages
        || m_backlogBytes + bytes > 2 * m_limits.maxMessageBytes) {
        sendError(ErrorCode::RateLimited,
                  QStringLiteral("more than %1 messages waiting; the limit is %2 per second")
                      .arg(m_limits.maxQueuedMessages)
                      .arg(m_limits.messagesPerSecond));
        return;
    }
    m_backlogBytes += bytes;
    m_backlog.push_back(std::move(frame));
    if (!m_drainTimer.isActive())
        m_drainTimer.start(int(m_budget.msUntilReady(now())));
}

void Connection::drainBacklog()
{
    for (int i = 0; i < framesPerPass && !m_closing && !m_parsePending && !m_backlog.empty()
         && m_budget.ready(now());
         ++i) {
        const Frame frame = std::move(m_backlog.front());
        m_backlog.pop_front();
        m_backlogBytes -= frame.utf8.size();
        m_budget.take(1.0 + double(frame.bytes) / double(Limits::bytesPerToken), now());
        handle(frame);
    }
    if (!m_closing && !m_parsePending && !m_backlog.empty())
        m_drainTimer.start(int(m_budget.msUntilReady(now())));
}

void Connection::handle(const Frame &frame)
{
    if (m_refused)
        return; // A refusal is on its way; frames that waited for budget are not read either.
    switch (frame.kind) {
    case Frame::Kind::Text:
        handleText(frame.utf8);
        return;
    case Frame::Kind::Binary:
        sendError(ErrorCode::BadMessage, QStringLiteral("protocol v1 uses text frames only"));
        return;
    case Frame::Kind::Oversized:
        sendError(
            ErrorCode::TooLarge,
            QStringLiteral("a message may have at most %1 bytes").arg(m_limits.maxMessageBytes));
        return;
    }
}

// Reads one text frame. An op refused here is still the sender's op in flight: without its seq
// the error would settle nothing, and the sender would wait for an ack forever.
Connection::ParsedFrame Connection::parseFrame(const QByteArray &utf8, const Limits &limits)
{
    Result<ClientMessage> message = parseClientMessage(utf8, limits);
    const std::optional<quint64> seq = message ? std::nullopt : readSeq(utf8);
    return {std::move(message), seq};
}

void Connection::handleText(const QByteArray &utf8)
{
    if (utf8.size() < offThreadParseBytes) {
        handleParsed(parseFrame(utf8, m_limits));
        return;
    }
    // Frames that arrive meanwhile wait in the backlog, so messages are still handled in order.
    auto promise = std::make_shared<QPromise<ParsedFrame>>();
    m_parsing.setFuture(promise->future());
    m_parsePending = true;
    promise->start();
    QThreadPool::globalInstance()->start([promise, utf8, limits = m_limits] {
        promise->addResult(parseFrame(utf8, limits));
        promise->finish();
    });
}

void Connection::onParsed()
{
    // Letting go of the result below reports a finished (empty) future once more.
    if (!m_parsePending)
        return;
    m_parsePending = false;
    if (m_parsing.future().resultCount() > 0 && !m_closing && !m_refused)
        handleParsed(m_parsing.result());
    m_parsing.setFuture(QFuture<ParsedFrame>());
    drainBacklog();
}

void Connection::handleParsed(ParsedFrame parsed)
{
    if (!parsed.message) {
        const Error &error = parsed.message.error();
        const auto code = errorCodeFromName(error.code);
        sendError(code.value_or(ErrorCode::BadMessage), error.message, parsed.seq);
        return;
    }
    ClientMessage &message = parsed.message.value();
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

void Connection::onPingTimer()
{
    if (m_silentPings < pingsPerIdleTimeout) {
        ++m_silentPings;
        m_socket->ping();
        return;
    }
    sendError(ErrorCode::IdleTimeout,
              QStringLiteral("no frame and no answer to %1 pings in %2 ms")
                  .arg(pingsPerIdleTimeout)
                  .arg(m_limits.idleTimeoutMs));
    // The peer is most likely gone: waiting for its close handshake would only keep the socket.
    m_socket->abort();
}

void Connection::onDisconnected()
{
    stop();
    emit disconnected(this);
}

} // namespace ensemble
