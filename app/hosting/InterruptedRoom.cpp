#include "hosting/InterruptedRoom.h"

#include "protocol/RoomId.h"
#include "server/RoomStore.h"
#include "server/SessionStore.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>

namespace ensemble {

namespace {

// The lock of the room server that uses directory, unless a running Ensemble holds it: one that
// hosts the room, or keeps its text open (RecoveredDocument).
std::unique_ptr<QLockFile> lockIfUnused(const QString &directory)
{
    auto lock = std::make_unique<QLockFile>(QDir(directory).filePath(QStringLiteral(".lock")));
    // Left by a process that is gone: the lock file names it.
    lock->setStaleLockTime(0);
    return lock->tryLock() ? std::move(lock) : nullptr;
}

// The room's text and language from its files in roomDirectory.
void readRoom(InterruptedRoom &room, const QString &roomDirectory)
{
    Result<StoredRoom> stored
        = RoomStore::read(SessionStore::firstDocumentDirectory(roomDirectory));
    if (!stored) {
        room.problem = stored.error().message;
        return;
    }
    QString text = stored.value().snapshot.text;
    for (const LoggedOperation &entry : std::as_const(stored.value().log)) {
        Result<QString> applied = entry.op.apply(text);
        if (!applied) {
            room.problem = InterruptedRoom::tr("Revision %1 in %2 does not apply: %3")
                               .arg(entry.revision)
                               .arg(roomDirectory, applied.error().message);
            return;
        }
        text = std::move(applied).value();
    }
    room.text = text;
    room.language = stored.value().snapshot.language;
    room.readable = true;
}

// Whether the shared folder's session in roomDirectory can be hosted again: its files and the
// folder it shares are there.
void checkFolder(InterruptedRoom &room, const QString &roomDirectory)
{
    const auto opened = SessionStore::open(roomDirectory);
    if (!opened)
        room.problem = opened.error().message;
    else if (!QFileInfo(room.hosting->folder).isDir())
        room.problem = InterruptedRoom::tr("The shared folder %1 is gone.")
                           .arg(QDir::toNativeSeparators(room.hosting->folder));
}

} // namespace

QList<InterruptedRoom> InterruptedRoom::find(const QString &roomsDirectory)
{
    QList<InterruptedRoom> found;
    const QDir rooms(roomsDirectory);
    for (const QString &id : rooms.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Time)) {
        if (!isValidRoomId(id))
            continue;
        const QString directory = rooms.filePath(id);
        const std::unique_ptr<QLockFile> lock = lockIfUnused(directory);
        if (!lock)
            continue;
        const QString roomDirectory = QDir(directory).filePath(id);
        if (!QFileInfo::exists(roomDirectory)) {
            lock->unlock();
            QDir(directory).removeRecursively();
            continue;
        }
        InterruptedRoom room;
        room.directory = directory;
        Result<HostedRoom> hosting = HostedRoom::read(directory);
        if (hosting && hosting.value().roomId == id)
            room.hosting = hosting.value();
        if (room.isFolder())
            checkFolder(room, roomDirectory);
        else
            readRoom(room, roomDirectory);
        if (!room.hosting && room.problem.isEmpty())
            room.problem = hosting ? tr("%1 describes another room.").arg(directory)
                                   : hosting.error().message;
        found.append(room);
    }
    return found;
}

QString InterruptedRoom::description() const
{
    if (!hosting)
        //: %1 is a directory.
        return tr("The room kept in %1").arg(QDir::toNativeSeparators(directory));
    QString name = QFileInfo(hosting->filePath).fileName();
    if (name.isEmpty())
        name = hosting->title.isEmpty() ? tr("Untitled") : hosting->title;
    const QLocale locale;
    const QString since = hosting->started.date() == QDate::currentDate()
        ? locale.toString(hosting->started.time(), QLocale::ShortFormat)
        : locale.toString(hosting->started, QLocale::ShortFormat);
    if (isFolder()) {
        name = QDir::toNativeSeparators(hosting->folder);
        if (hosting->guests.isEmpty())
            //: %1 a folder, %2 a time or a date and time.
            return tr("the folder “%1”, shared since %2").arg(name, since);
        //: %1 a folder, %2 a time or a date and time, %3 the names of the guests in the session.
        return tr("the folder “%1”, shared since %2, with %3")
            .arg(name, since, locale.createSeparatedList(hosting->guests));
    }
    if (hosting->guests.isEmpty())
        //: %1 a file name, %2 a time or a date and time.
        return tr("“%1”, hosted since %2").arg(name, since);
    //: %1 a file name, %2 a time or a date and time, %3 the names of the guests in the room.
    return tr("“%1”, hosted since %2, with %3")
        .arg(name, since, locale.createSeparatedList(hosting->guests));
}

bool InterruptedRoom::discard() const
{
    const std::unique_ptr<QLockFile> lock = lockIfUnused(directory);
    if (!lock)
        return false;
    lock->unlock();
    return QDir(directory).removeRecursively();
}

} // namespace ensemble
