#include "RoomServer.h"

#include "Connection.h"
#include "ConnectionGate.h"
#include "Room.h"
#include "WebFront.h"
#include "protocol/MessageParser.h"
#include "protocol/RoomId.h"
#include "tls/TlsCredentials.h"

#include <QDateTime>
#include <QDir>
#include <QLockFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

namespace ensemble {

namespace {
// After an accept failure (out of file descriptors, most likely) Qt stops accepting for good;
// this is how long the server waits before it tries again.
constexpr int acceptRetryMs = 1000;
// Password checks waiting or running, all addresses together; more get too_many_attempts.
constexpr int maxWaitingGuesses = 256;
} // namespace

RoomServer::RoomServer(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    // TLS, when configured, is the front's: the WebSocket server gets decrypted connections.
    , m_server(
          new QWebSocketServer(QStringLiteral("Ensemble"), QWebSocketServer::NonSecureMode, this))
    , m_front(new WebFront(m_config.limits, !m_config.certificateFile.isEmpty(), m_server, this))
    , m_gate(new ConnectionGate(m_config.limits, m_front->tcpServer(), this))
    , m_attempts(m_config.access)
    , m_sendBudget(m_config.limits.sendBudgetBytes)
    , m_unfinishedBudget(m_config.limits.unfinishedBudgetBytes)
    , m_guesses(maxWaitingGuesses)
    , m_creations(m_config.limits.roomsPerHourPerAddress)
{
    // A tenth of the expiry time, so a room goes at most 10 % late (at least every hour).
    m_expiryTimer.setInterval(
        int(std::clamp<qint64>(m_config.limits.roomExpiryMs / 10, 1000, 60 * 60 * 1000)));
    connect(&m_expiryTimer, &QTimer::timeout, this, &RoomServer::expireRooms);
    m_hashing.setMaxThreadCount(std::max(1, QThread::idealThreadCount() / 2));
    if (!m_config.password.isEmpty())
        m_serverPassword = SecretHash::make(m_config.password, m_config.access.passwordIterations);
    m_server->setHandshakeTimeout(m_config.limits.handshakeTimeoutMs);
    connect(m_server, &QWebSocketServer::newConnection, this, &RoomServer::onNewConnection);
    connect(m_gate, &ConnectionGate::refused, this,
            [this](const QString &peer, const QString &code, const QString &message) {
                emit clientError(peer, QString(), code, message);
            });
    connect(m_gate, &ConnectionGate::evicted, this, [this](const QString &peer) {
        for (Connection *connection : std::as_const(m_connections)) {
            if (connection->peer() == peer && !connection->room()) {
                connection->sendError(ErrorCode::ServerBusy,
                                      tr("The server is busy with other joining connections."));
            }
        }
    });
    connect(m_front, &WebFront::refused, this,
            [this](const QString &peer, int status, const QString &message) {
                // Browsers ask for paths of their own (/favicon.ico); not worth a log line.
                if (status != 404)
                    emit clientError(peer, QString(), QStringLiteral("http_%1").arg(status),
                                     message);
            });
    if (m_config.journal)
        connectJournal();
    QTcpServer *tcp = m_front->tcpServer();
    connect(tcp, &QTcpServer::acceptError, this, [this, tcp](QAbstractSocket::SocketError) {
        emit warning(tr("Cannot accept connections: %1; trying again in %2 ms.")
                         .arg(tcp->errorString())
                         .arg(acceptRetryMs));
        QTimer::singleShot(acceptRetryMs, tcp, &QTcpServer::resumeAccepting);
    });
}

RoomServer::~RoomServer()
{
    // A check still running would post its result to this object while it is being destroyed.
    m_hashing.waitForDone();
    close();
}

QString RoomServer::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/rooms");
}

Result<std::monostate> RoomServer::listen(const QHostAddress &address, quint16 port)
{
    if (isEncrypted()) {
        // Read again on every listen(), so a renewed certificate is used after a restart.
        const Result<TlsCredentials> tls
            = TlsCredentials::load(m_config.certificateFile, m_config.privateKeyFile);
        if (!tls)
            return tls.error();
        m_front->setSslConfiguration(tls.value().serverConfiguration());
        m_fingerprint = tls.value().fingerprint();
    }
    Result<std::monostate> loaded = loadRooms();
    if (!loaded)
        return loaded;
    if (m_config.limits.roomExpiryMs > 0) {
        expireRooms();
        m_expiryTimer.start();
    }
    if (!m_front->tcpServer()->listen(address, port)) {
        return Error {QStringLiteral("listen_failed"),
                      tr("Cannot listen on %1 port %2: %3")
                          .arg(address.toString())
                          .arg(port)
                          .arg(m_front->tcpServer()->errorString())};
    }
    return std::monostate {};
}

bool RoomServer::isListening() const
{
    return m_front->tcpServer()->isListening();
}

quint16 RoomServer::port() const
{
    return m_front->tcpServer()->serverPort();
}

bool RoomServer::isEncrypted() const
{
    return !m_config.certificateFile.isEmpty();
}

void RoomServer::close()
{
    dropConnections();
    persistAll();
    m_front->tcpServer()->close();
}

void RoomServer::dropConnections()
{
    // The accepted TCP (or TLS) sockets belong to the QWebSocketServer, so every QWebSocket must
    // be gone before the server closes or is destroyed.
    for (Room *room : std::as_const(m_rooms))
        room->detachAll();
    for (Connection *connection : std::exchange(m_connections, {}))
        connection->sendError(ErrorCode::ShuttingDown, tr("The server is shutting down."));
    // Including connections that already closed and only wait for their deleteLater().
    qDeleteAll(findChildren<Connection *>(Qt::FindDirectChildrenOnly));
}

void RoomServer::persistAll()
{
    for (Room *room : std::as_const(m_rooms))
        room->persist();
}

Result<std::monostate> RoomServer::loadRooms()
{
    if (m_lock || m_config.dataDir.isEmpty())
        return std::monostate {};
    const QDir dir(m_config.dataDir);
    if (!dir.mkpath(QStringLiteral("."))) {
        return Error {errorCodeName(ErrorCode::StorageFailed),
                      tr("Cannot create the data directory %1.").arg(dir.absolutePath())};
    }
    // Two servers writing the same room files would corrupt them.
    auto lock = std::make_unique<QLockFile>(dir.filePath(QStringLiteral(".lock")));
    lock->setStaleLockTime(0);
    if (!lock->tryLock()) {
        return Error {QStringLiteral("data_dir_locked"),
                      tr("Another Ensemble server is using %1.").arg(dir.absolutePath())};
    }
    m_lock = std::move(lock);
    for (const QString &id : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!isValidRoomId(id) || m_rooms.contains(id))
            continue;
        QString note;
        Result<Room *> room = Room::load(dir.filePath(id), m_config, this, &note);
        if (!note.isEmpty())
            emit warning(note);
        if (!room)
            emit warning(tr("Room %1 was not loaded: %2").arg(id, room.error().message));
        else
            adoptRoom(room.value());
    }
    return std::monostate {};
}

Result<QString> RoomServer::createRoom(const QString &text, const QString &language,
                                       const QString &id, const RoomSetup &setup)
{
    if (!setup.title.isEmpty() && !isValidTitle(setup.title)) {
        return Error {errorCodeName(ErrorCode::BadMessage),
                      tr("“%1” is not a file name.").arg(setup.title)};
    }
    RoomSnapshot seed;
    seed.room = id.isEmpty() ? newRoomId() : id;
    seed.text = text;
    seed.language = language;
    seed.title = setup.title;
    seed.access.readOnly = setup.readOnly;
    seed.kept = true;
    if (!setup.password.isEmpty())
        seed.access.password = SecretHash::make(setup.password, m_config.access.passwordIterations);
    if (!setup.ownerKey.isEmpty())
        seed.access.owner = SecretHash::make(setup.ownerKey, ownerKeyIterations);
    Result<Room *> room = addRoom(seed);
    if (!room)
        return room.error();
    return seed.room;
}

Result<Room *> RoomServer::addRoom(const RoomSnapshot &seed)
{
    const QString &id = seed.room;
    const Limits &limits = m_config.limits;
    if (!isValidRoomId(id))
        return Error {errorCodeName(ErrorCode::BadRoomId), tr("“%1” is not a room ID.").arg(id)};
    if (m_rooms.contains(id))
        return Error {errorCodeName(ErrorCode::BadRoomId), tr("Room %1 already exists.").arg(id)};
    if (m_rooms.size() >= limits.maxRooms) {
        return Error {errorCodeName(ErrorCode::TooManyRooms),
                      tr("This server already holds %n room(s).", nullptr, limits.maxRooms)};
    }
    if (seed.text.size() > limits.maxDocumentLength) {
        return Error {errorCodeName(ErrorCode::TooLarge),
                      tr("The document is longer than %n character(s).", nullptr,
                         int(limits.maxDocumentLength))};
    }
    Result<Room *> room = Room::create(seed, m_config, this);
    if (room) {
        adoptRoom(room.value());
        emit roomCreated(id);
    }
    return room;
}

void RoomServer::adoptRoom(Room *room)
{
    m_rooms.insert(room->id(), room);
    connect(room, &Room::participantJoined, this,
            [this, room](const Participant &p) { emit participantJoined(room->id(), p); });
    connect(room, &Room::participantLeft, this,
            [this, room](const Participant &p) { emit participantLeft(room->id(), p); });
    connect(room, &Room::warning, this, &RoomServer::warning);
}

bool RoomServer::removeRoom(const QString &id)
{
    Room *room = m_rooms.take(id);
    if (!room)
        return false;
    m_verified.remove(id);
    if (m_leases.remove(id))
        m_config.journal->release(id);
    room->closeAll(ErrorCode::RoomClosed, tr("The host closed this room."));
    const bool removed = room->removeFiles();
    delete room;
    return removed;
}

int RoomServer::expireRooms()
{
    const qint64 expiry = m_config.limits.roomExpiryMs;
    if (expiry <= 0)
        return 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QStringList expired;
    for (const Room *room : std::as_const(m_rooms)) {
        if (!room->isKept() && room->isEmpty() && now - room->lastJoined() >= expiry)
            expired.append(room->id());
    }
    for (const QString &id : std::as_const(expired)) {
        removeRoom(id);
        //: Server log: %1 a room id, %2 a number of hours.
        emit warning(tr("Room %1 was deleted: nobody had joined it for %2 hours.")
                         .arg(id)
                         .arg(double(expiry) / 3600000.0, 0, 'g', 3));
    }
    return int(expired.size());
}

bool RoomServer::storageFull() const
{
    const qint64 quota = m_config.limits.maxStorageBytes;
    if (quota <= 0 || m_config.dataDir.isEmpty())
        return false;
    qint64 used = 0;
    for (const Room *room : std::as_const(m_rooms))
        used += room->diskBytes();
    return used >= quota;
}

QStringList RoomServer::roomIds() const
{
    return m_rooms.keys();
}

QString RoomServer::roomText(const QString &id) const
{
    const Room *room = m_rooms.value(id);
    return room ? room->text() : QString();
}

qint64 RoomServer::roomRevision(const QString &id) const
{
    const Room *room = m_rooms.value(id);
    return room ? room->revision() : -1;
}

QString RoomServer::roomLanguage(const QString &id) const
{
    const Room *room = m_rooms.value(id);
    return room ? room->language() : QString();
}

QList<Participant> RoomServer::participants(const QString &id) const
{
    const Room *room = m_rooms.value(id);
    return room ? room->participants() : QList<Participant>();
}

bool RoomServer::isReadOnly(const QString &id) const
{
    const Room *room = m_rooms.value(id);
    return room && room->access().readOnly;
}

void RoomServer::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new Connection(socket, m_config.limits, this);
        const QList<QTcpSocket *> transport = transportOf(socket);
        // Qt sets TCP_NODELAY on client sockets but not on accepted ones, where Nagle's algorithm
        // would hold a small frame back until the previous one is acknowledged.
        for (QTcpSocket *tcp : transport)
            tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connection->setTransport(transport);
        connection->setBudgets(&m_sendBudget, &m_unfinishedBudget);
        m_connections.insert(connection);
        connect(connection, &Connection::helloReceived, this, &RoomServer::onHello);
        connect(connection, &Connection::joined, m_gate,
                [this](Connection *c) { m_gate->joined(c->peer()); });
        connect(connection, &Connection::disconnected, this, &RoomServer::onDisconnected);
        // Logged by the gate already when it was let in.
        if (const auto refusal = m_gate->upgraded(connection->peer()))
            connection->sendError(refusal->code, refusal->message);
        connect(connection, &Connection::protocolError, this,
                [this](Connection *c, const QString &code, const QString &message) {
                    emit clientError(c->peer(), c->requestedRoom(), code, message);
                });
    }
}

QList<QTcpSocket *> RoomServer::transportOf(const QWebSocket *socket) const
{
    // The TCP socket is a descendant of the front's listening server, not reachable through the
    // QWebSocket; with TLS it is a QSslSocket with its own plain socket inside, both found here.
    QList<QTcpSocket *> found;
    for (QTcpSocket *tcp : m_front->tcpServer()->findChildren<QTcpSocket *>()) {
        if (tcp->peerPort() == socket->peerPort() && tcp->peerAddress() == socket->peerAddress())
            found.append(tcp);
    }
    return found;
}

void RoomServer::onDisconnected(Connection *connection)
{
    if (Room *room = connection->room())
        room->leave(connection);
    m_connections.remove(connection);
    m_gate->closed(connection->peer());
    connection->deleteLater();
}

} // namespace ensemble
