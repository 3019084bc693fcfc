#pragma once

#include "FrameReader.h"
#include "OutgoingFrame.h"
#include "SendQueue.h"
#include "TokenBucket.h"
#include "ot/Rope.h"
#include "protocol/ErrorCode.h"
#include "protocol/Limits.h"
#include "protocol/Messages.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <deque>

class QTcpSocket;
class QWebSocket;

namespace ensemble {

class MemoryBudget;
class Room;

/// One participant's WebSocket on the server side: reads its frames (FrameReader; QWebSocket
/// only did the handshake), parses them into typed messages, answers protocol errors that concern
/// only this connection, and enforces the hello deadline, the message budget and the idle timeout.
/// What a message means for the room is the Room's business.
class Connection : public QObject
{
    Q_OBJECT

public:
    /// Takes ownership of @p socket.
    Connection(QWebSocket *socket, const Limits &limits, QObject *parent = nullptr);
    ~Connection() override;

    /// The room id the client asked for in the URL path (not validated).
    QString requestedRoom() const { return m_requestedRoom; }
    /// "address:port" of the peer, for logs.
    QString peer() const { return m_peer; }
    /// The peer's address, which failed joins are counted against.
    QHostAddress peerAddress() const { return m_peerAddress; }

    /// The room this connection has joined, or null before a successful hello.
    Room *room() const { return m_room; }
    /// The participant this connection is in its room.
    const Participant &participant() const { return m_participant; }
    /// The stable client id from hello.
    const QString &clientId() const { return m_clientId; }
    /// Whether it joined with the room's owner key.
    bool isOwner() const { return m_participant.host; }
    /// Marks the hello as accepted: messages now go to @p room.
    void setJoined(Room *room, const Participant &participant, const QString &clientId);
    /// Forgets the room (it is closing) without emitting anything.
    void detach() { m_room = nullptr; }

    /// The TCP socket under the WebSocket (with TLS, the TLS socket and the TCP socket inside
    /// it), whose buffers hold what is waiting to be sent and frames received in part. Frames
    /// are read from it from now on, nothing before.
    void setTransport(const QList<QTcpSocket *> &sockets);
    /// The server-wide budgets for bytes waiting to be sent and for messages received in part.
    void setBudgets(MemoryBudget *sending, MemoryBudget *unfinished);

    /// Counts @p work units of catch-up work (Limits::maxTransformWork) a message of this
    /// connection caused against its message budget.
    void chargeWork(qint64 work);

    /// Sends one already-serialised frame, unless the peer has fallen so far behind reading that
    /// it is closed with `slow_reader` instead (Limits::maxSendQueueBytes and its siblings).
    void send(const OutgoingFrame &frame);
    /// Sends one message.
    void send(const ServerMessage &message);
    /// Sends `welcome`, with @p text as its text when given. A long one (text or operations) is
    /// written on another thread while the rooms' thread goes on, and handed to the socket as
    /// bytes; frames sent to this connection meanwhile wait behind it.
    void sendWelcome(WelcomeMsg welcome, std::optional<Rope> text);
    /// Sends `error`; closes the socket with the matching close code when the code needs it.
    void sendError(ErrorCode code, const QString &message, std::optional<quint64> seq = {});
    /// Sends @p error (with its `doc` or `retryAfter`) as the other overload sends @p code.
    void sendError(ErrorCode code, const ErrorMsg &error);
    /// Turns down the hello: after @p delayMs (frames that arrive meanwhile are ignored), sends
    /// `error` with @p retryAfter seconds, if given, and closes as sendError() does.
    void refuse(ErrorCode code, const QString &message, int delayMs,
                std::optional<qint64> retryAfter = {});
    /// Closes the socket with @p closeCode and @p reason.
    void close(int closeCode, const QString &reason);

signals:
    /// A parsed hello before the connection has joined a room.
    void helloReceived(ensemble::Connection *connection, const ensemble::HelloMsg &hello);
    /// The hello was accepted: the connection is in a room now (setJoined()).
    void joined(ensemble::Connection *connection);
    /// Any other parsed message after the connection joined.
    void messageReceived(ensemble::Connection *connection, const ensemble::ClientMessage &message);
    /// The socket is gone; the connection deletes itself later.
    void disconnected(ensemble::Connection *connection);
    /// A frame was answered with an error (for the server's log).
    void protocolError(ensemble::Connection *connection, const QString &code,
                       const QString &message);

private:
    // A text frame read: the message, or why not and the seq of the op or replace it refused.
    struct ParsedFrame
    {
        Result<ClientMessage> message;
        std::optional<quint64> seq;
    };
    static ParsedFrame parseFrame(const QByteArray &utf8, const Limits &limits);

    // A received frame waiting for budget; oversized frames keep only their size.
    struct Frame
    {
        enum class Kind { Text, Binary, Oversized } kind;
        QByteArray utf8;
        qint64 bytes;
    };

    void onWelcomeWritten();
    void checkSendBudget();
    void write(const OutgoingFrame &frame);
    void writeTextFrame(QTcpSocket *transport, const QByteArray &utf8);
    bool fellBehind();
    void accountSending();
    void tellSendBudget();
    void readFrames();
    void onFrame(FrameReader::Event &&event);
    void stop();
    void closeNow(int closeCode, const QString &reason);
    void accountUnfinished();
    qint64 transportBytes(qint64 (QTcpSocket::*count)() const) const;
    void receive(Frame frame);
    void drainBacklog();
    void handle(const Frame &frame);
    void handleText(const QByteArray &utf8);
    void onParsed();
    void handleParsed(ParsedFrame parsed);
    void onDisconnected();
    void onPingTimer();
    qint64 now() const { return m_clock.elapsed(); }

    QWebSocket *m_socket;
    Limits m_limits;
    QTimer m_helloTimer;
    QString m_requestedRoom;
    QString m_peer;
    QHostAddress m_peerAddress;
    Room *m_room = nullptr;
    Participant m_participant;
    QString m_clientId;
    bool m_helloReceived = false;
    bool m_refused = false; ///< A refusal is on its way; nothing else is read.
    bool m_closing = false;
    FrameReader m_reader;
    int m_errorsLogged = 0;

    QElapsedTimer m_clock;
    TokenBucket m_budget;
    std::deque<Frame> m_backlog;
    qint64 m_backlogBytes = 0;
    QTimer m_drainTimer;
    QTimer m_pingTimer;
    int m_silentPings = 0;

    QList<QPointer<QTcpSocket>> m_transport;
    QPointer<QTcpSocket> m_outer; ///< The socket frames are written to (with TLS, the TLS one).
    MemoryBudget *m_sendBudget = nullptr;
    MemoryBudget *m_unfinishedBudget = nullptr;
    qint64 m_sendBudgeted = 0; ///< What m_sendBudget was last told this connection holds.
    SendQueue m_sendQueue;
    QFutureWatcher<QByteArray> m_welcome; ///< The welcome being written on another thread.
    bool m_welcomePending = false;
    std::deque<OutgoingFrame> m_behindWelcome; ///< Frames sent while the welcome was being written.
    QFutureWatcher<ParsedFrame> m_parsing; ///< A long message parsed on another thread.
    bool m_parsePending = false;
    QTimer m_messageTimer; ///< Runs while part of a message is held.
};

} // namespace ensemble
