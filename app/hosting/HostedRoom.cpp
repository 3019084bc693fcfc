#include "hosting/HostedRoom.h"

#include "protocol/ParseJson.h"
#include "protocol/RoomId.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ensemble {

namespace {

const QString fileName = QStringLiteral("hosting.json");
constexpr int formatVersion = 1;
constexpr QFileDevice::Permissions ownerOnly
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

Error storageError(const QString &message)
{
    return Error {QStringLiteral("storage_failed"), message};
}

} // namespace

Result<QString> HostedRoom::makeDirectory(const QString &roomsDirectory, const QString &roomId)
{
    const QDir rooms(roomsDirectory);
    const QString directory = rooms.filePath(roomId);
    if (!rooms.mkpath(roomId) || !QFile::setPermissions(rooms.absolutePath(), ownerOnly)
        || !QFile::setPermissions(directory, ownerOnly)) {
        return storageError(tr("Cannot create the directory %1.").arg(directory));
    }
    return directory;
}

Result<std::monostate> HostedRoom::save() const
{
    const QJsonObject o {{QStringLiteral("format"), formatVersion},
                         {QStringLiteral("room"), roomId},
                         {QStringLiteral("file"), filePath},
                         {QStringLiteral("folder"), folder},
                         {QStringLiteral("title"), title},
                         {QStringLiteral("started"), started.toUTC().toString(Qt::ISODate)},
                         {QStringLiteral("bind"), bindAddress.toString()},
                         {QStringLiteral("port"), port},
                         {QStringLiteral("fingerprint"), QString::fromLatin1(fingerprint.toHex())},
                         {QStringLiteral("ownerKey"), ownerKey},
                         {QStringLiteral("guests"), QJsonArray::fromStringList(guests)}};
    QSaveFile file(QDir(directory).filePath(fileName));
    // Permissions before the first byte: the owner key is never readable by others.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(QJsonDocument(o).toJson()) < 0 || !file.commit()) {
        return storageError(tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    }
    return std::monostate {};
}

Result<HostedRoom> HostedRoom::read(const QString &directory)
{
    QFile file(QDir(directory).filePath(fileName));
    if (!file.open(QIODevice::ReadOnly))
        return storageError(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
    const QJsonObject o = parseJson(file.readAll()).object();
    HostedRoom room;
    room.directory = directory;
    room.roomId = o.value(QLatin1String("room")).toString();
    room.filePath = o.value(QLatin1String("file")).toString();
    room.folder = o.value(QLatin1String("folder")).toString();
    room.title = o.value(QLatin1String("title")).toString();
    room.started = QDateTime::fromString(o.value(QLatin1String("started")).toString(), Qt::ISODate);
    const int port = o.value(QLatin1String("port")).toInt(-1);
    room.fingerprint
        = QByteArray::fromHex(o.value(QLatin1String("fingerprint")).toString().toLatin1());
    room.ownerKey = o.value(QLatin1String("ownerKey")).toString();
    for (const QJsonValue &guest : o.value(QLatin1String("guests")).toArray())
        room.guests.append(guest.toString());
    if (o.value(QLatin1String("format")).toInt() != formatVersion || !isValidRoomId(room.roomId)
        || !room.started.isValid() || port < 1 || port > 65535
        || !room.bindAddress.setAddress(o.value(QLatin1String("bind")).toString())
        || room.ownerKey.size() < 16) {
        return storageError(tr("%1 is damaged.").arg(file.fileName()));
    }
    room.port = quint16(port);
    return room;
}

} // namespace ensemble
