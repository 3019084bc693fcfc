#include "hosting/SessionHost.h"

#include "hosting/HostCertificate.h"
#include "hosting/HostThread.h"
#include "protocol/RoomId.h"

#include <QCoreApplication>
#include <QDir>
#include <QNetworkInterface>
#include <QRandomGenerator>
#include <array>
#include <memory>

namespace ensemble {

namespace {

QString newOwnerKey()
{
    std::array<quint32, 4> key {};
    QRandomGenerator::system()->fillRange(key.data(), key.size());
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(key.data()), sizeof(key)).toHex());
}

// Where a room is persisted, and the installation's certificate when it is encrypted.
Result<ServerConfig> serverConfig(const QString &dataDir, bool encrypted,
                                  const QString &certificateDirectory)
{
    ServerConfig config;
    config.dataDir = dataDir;
    if (encrypted) {
        const HostCertificate certificate(certificateDirectory);
        const Result<QByteArray> made = certificate.ensure();
        if (!made)
            return made.error();
        config.certificateFile = certificate.certificateFile();
        config.privateKeyFile = certificate.privateKeyFile();
    }
    return config;
}

} // namespace

SessionHost::SessionHost(QString certificateDirectory, QString roomsDirectory, QObject *parent)
    : QObject(parent)
    , m_certificateDirectory(std::move(certificateDirectory))
    , m_roomsDirectory(std::move(roomsDirectory))
{
}

SessionHost::~SessionHost()
{
    if (!m_thread)
        return;
    // The thread outlives this object by the time the connections take to close, but never the
    // application, which deletes (and so waits for) its children when it ends.
    m_thread->setParent(QCoreApplication::instance());
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    if (m_keepRoom)
        m_thread->quit();
    else
        m_thread->finish(m_room.roomId);
}

Result<std::monostate> SessionHost::start(const HostOptions &options, const QString &text,
                                          const QString &language, const QString &title,
                                          const QString &filePath)
{
    HostedRoom room;
    room.roomId = newRoomId();
    room.directory = QDir(m_roomsDirectory).filePath(room.roomId);
    room.filePath = filePath;
    room.title = title;
    room.started = QDateTime::currentDateTime();
    room.bindAddress = options.bindAddress;
    room.ownerKey = newOwnerKey();
    const Result<ServerConfig> config
        = serverConfig(room.directory, options.encrypted, m_certificateDirectory);
    if (!config)
        return config.error();
    const Result<QString> directory = HostedRoom::makeDirectory(m_roomsDirectory, room.roomId);
    if (!directory)
        return directory.error();
    const Result<std::monostate> started
        = launch(config.value(), room, [&](RoomServer &server) -> Result<std::monostate> {
              Result<std::monostate> listening = server.listen(options.bindAddress, options.port);
              if (!listening)
                  return listening;
              const Result<QString> created = server.createRoom(
                  text, language, room.roomId,
                  {title, options.password, room.ownerKey, !options.guestsCanEdit});
              if (!created)
                  return created.error();
              return std::monostate {};
          });
    if (!started)
        QDir(room.directory).removeRecursively();
    return started;
}

Result<std::monostate> SessionHost::resume(const HostedRoom &room, quint16 port)
{
    const Result<ServerConfig> config
        = serverConfig(room.directory, !room.fingerprint.isEmpty(), m_certificateDirectory);
    if (!config)
        return config.error();
    HostedRoom resumed = room;
    resumed.guests.clear();
    return launch(config.value(), resumed, [&](RoomServer &server) -> Result<std::monostate> {
        QStringList problems;
        const QMetaObject::Connection noting
            = connect(&server, &RoomServer::warning, &server,
                      [&problems](const QString &message) { problems.append(message); });
        Result<std::monostate> listening = server.listen(room.bindAddress, port);
        disconnect(noting);
        if (listening && !server.hasRoom(room.roomId)) {
            return Error {QStringLiteral("storage_failed"),
                          tr("The room's files cannot be read. %1").arg(problems.join(u' '))};
        }
        return listening;
    });
}

Result<std::monostate>
SessionHost::launch(const ServerConfig &config, HostedRoom room,
                    const std::function<Result<std::monostate>(RoomServer &)> &setUp)
{
    auto thread = std::make_unique<HostThread>(config);
    thread->launch();
    const Result<std::monostate> set = thread->call([&](RoomServer &server) {
        // Before listening: the guests of a resumed room are back the moment it listens.
        connect(&server, &RoomServer::participantJoined, this, &SessionHost::onJoined);
        connect(&server, &RoomServer::participantLeft, this, &SessionHost::onLeft);
        connect(&server, &RoomServer::warning, this,
                [](const QString &message) { qWarning("ensemble: %s", qPrintable(message)); });
        // What this thread keeps of the server, learnt while the server's thread does nothing
        // else.
        const Result<std::monostate> done = setUp(server);
        room.port = server.port();
        room.fingerprint = server.certificateFingerprint();
        return done;
    });
    if (!set)
        return set;
    m_thread = thread.release();
    m_room = std::move(room);
    save();
    return std::monostate {};
}

void SessionHost::setFilePath(const QString &path)
{
    m_room.filePath = path;
    save();
}

void SessionHost::onJoined(const QString &, const Participant &participant)
{
    if (!participant.host) {
        m_room.guests.append(participant.name);
        save();
    }
}

void SessionHost::onLeft(const QString &, const Participant &participant)
{
    if (!participant.host) {
        m_room.guests.removeOne(participant.name);
        save();
    }
}

void SessionHost::save()
{
    // Without it the room could not be resumed after a crash; hosting itself goes on.
    const Result<std::monostate> saved = m_room.save();
    if (!saved)
        qWarning("ensemble: %s", qPrintable(saved.error().message));
}

Invite SessionHost::localInvite() const
{
    const bool anyAddress = m_room.bindAddress == QHostAddress::Any
        || m_room.bindAddress == QHostAddress::AnyIPv4
        || m_room.bindAddress == QHostAddress::AnyIPv6;
    if (anyAddress || m_room.bindAddress.isLoopback())
        return invite(QStringLiteral("127.0.0.1"));
    return invite(m_room.bindAddress.toString());
}

Invite SessionHost::shareableInvite() const
{
    if (m_room.bindAddress == QHostAddress::Any || m_room.bindAddress == QHostAddress::AnyIPv4
        || m_room.bindAddress == QHostAddress::AnyIPv6)
        return invite(lanAddresses().constFirst());
    return invite(m_room.bindAddress.toString());
}

Invite SessionHost::invite(const QString &address) const
{
    // An IPv6 literal needs brackets in a URL.
    const QString host = address.contains(u':') && !address.startsWith(u'[')
        ? QStringLiteral("[%1]").arg(address)
        : address;
    Invite invite(host, port(), m_room.roomId);
    invite.setFingerprint(fingerprint());
    return invite;
}

QStringList SessionHost::lanAddresses()
{
    QStringList ipv4;
    QStringList ipv6;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.isLoopback() || address.isLinkLocal())
            continue;
        if (address.protocol() == QAbstractSocket::IPv4Protocol)
            ipv4.append(address.toString());
        else if (address.protocol() == QAbstractSocket::IPv6Protocol)
            ipv6.append(address.toString());
    }
    QStringList all = ipv4 + ipv6;
    if (all.isEmpty())
        all.append(QStringLiteral("127.0.0.1"));
    return all;
}

} // namespace ensemble
