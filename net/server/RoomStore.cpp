#include "RoomStore.h"

#include "protocol/JsonReader.h"
#include "protocol/JsonWriter.h"
#include "protocol/ParseJson.h"
#include "protocol/WriteOperation.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace ensemble {

namespace {

const QString snapshotName = QStringLiteral("snapshot.json");
const QString logName = QStringLiteral("ops.jsonl");
constexpr int formatVersion = 1;
// Below this the log is cheap to replay whatever the document size.
constexpr qint64 minCompactionBytes = 1024 * 1024;

Error storageError(const QString &message)
{
    return Error {QStringLiteral("storage_failed"), message};
}

// Written straight as UTF-8: the text is all but a few bytes of a snapshot, and QJsonDocument
// takes over 100 ms for 10 MB of it, on the thread every room's edits wait for.
QByteArray snapshotJson(const RoomSnapshot &s)
{
    QJsonObject clients;
    for (auto it = s.clients.cbegin(); it != s.clients.cend(); ++it) {
        clients.insert(it.key(),
                       QJsonObject {{QStringLiteral("seq"), qint64(it.value().seq)},
                                    {QStringLiteral("revision"), it.value().revision}});
    }
    JsonWriter<QByteArray> json(s.text.size() + 1024);
    json.beginObject()
        .field(QLatin1StringView("format"), qint64(formatVersion))
        .field(QLatin1StringView("room"), s.room)
        .field(QLatin1StringView("epoch"), s.epoch)
        .field(QLatin1StringView("revision"), s.revision)
        .field(QLatin1StringView("language"), s.language)
        .field(QLatin1StringView("text"), s.text);
    json.key(QLatin1StringView("clients")).jsonValue(clients);
    json.field(QLatin1StringView("title"), s.title);
    json.key(QLatin1StringView("access")).jsonValue(s.access.toJson());
    json.field(QLatin1StringView("lastJoined"), s.lastJoined)
        .field(QLatin1StringView("kept"), s.kept);
    if (!s.authorship.isEmpty())
        json.key(QLatin1StringView("authorship")).jsonValue(s.authorship);
    json.endObject();
    return json.take();
}

Result<RoomSnapshot> readSnapshot(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return storageError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const QJsonObject o = parseJson(file.readAll()).object();
    JsonReader in(o, QStringLiteral("snapshot"));
    RoomSnapshot s;
    if (in.integer(QLatin1String("format"), formatVersion, formatVersion) != formatVersion)
        return storageError(QStringLiteral("%1 is damaged or from a newer version").arg(path));
    s.room = in.string(QLatin1String("room"), 64);
    s.epoch = in.string(QLatin1String("epoch"), 64);
    s.revision = in.integer(QLatin1String("revision"), 0, maxJsonInteger);
    s.language = in.string(QLatin1String("language"), 1024);
    s.text = in.string(QLatin1String("text"), std::numeric_limits<int>::max());
    const QJsonObject clients = in.value(QLatin1String("clients")).toObject();
    for (auto it = clients.begin(); it != clients.end(); ++it) {
        JsonReader client(it.value().toObject(), QStringLiteral("snapshot.clients"));
        const auto seq = quint64(client.integer(QLatin1String("seq"), 0, maxJsonInteger));
        // A client's last operation cannot be newer than the snapshot: a duplicate of it would
        // be acknowledged with a revision the room has not reached.
        const qint64 revision = client.integer(QLatin1String("revision"), 0, s.revision);
        if (client.failed())
            in.fail(client.error().code, client.error().message);
        s.clients.insert(it.key(), ClientProgress {seq, revision, 0});
    }
    s.title = in.optionalString(QLatin1String("title"), 1024).value_or(QString());
    s.lastJoined = in.optionalInteger(QLatin1String("lastJoined"), 0, maxJsonInteger).value_or(0);
    s.kept = in.optionalBoolean(QLatin1String("kept")).value_or(false);
    // Checked against the text by the document, which starts it afresh when it does not fit.
    s.authorship = in.value(QLatin1String("authorship")).toObject();
    if (in.failed())
        return storageError(QStringLiteral("%1 is damaged: %2").arg(path, in.error().message));
    Result<RoomAccess> access = RoomAccess::fromJson(in.value(QLatin1String("access")));
    if (!access)
        return storageError(QStringLiteral("%1: %2").arg(path, access.error().message));
    s.access = std::move(access).value();
    return s;
}

std::optional<LoggedOperation> parseLogLine(const QByteArray &line)
{
    const QJsonObject o = parseJson(line).object();
    JsonReader in(o, QStringLiteral("log"));
    LoggedOperation entry;
    entry.revision = in.integer(QLatin1String("revision"), 1, maxJsonInteger);
    entry.client = in.string(QLatin1String("client"), 1024);
    entry.seq = quint64(in.integer(QLatin1String("seq"), 0, maxJsonInteger));
    Result<TextOperation> op = TextOperation::fromJson(in.value(QLatin1String("op")));
    if (in.failed() || !op)
        return std::nullopt;
    entry.op = std::move(op).value();
    return entry;
}

} // namespace

RoomStore::RoomStore(QString dir)
    : m_dir(std::move(dir))
    , m_log(m_dir + u'/' + logName)
{
}

Result<std::unique_ptr<RoomStore>> RoomStore::create(const QString &dir, const RoomSnapshot &seed)
{
    if (!QDir().mkpath(dir))
        return storageError(QStringLiteral("cannot create %1").arg(dir));
    std::unique_ptr<RoomStore> store(new RoomStore(dir));
    Result<std::monostate> written = store->compact(seed);
    if (!written)
        return written.error();
    return store;
}

Result<StoredRoom> RoomStore::read(const QString &dir)
{
    Result<RoomSnapshot> snapshot = readSnapshot(dir + u'/' + snapshotName);
    if (!snapshot)
        return snapshot.error();
    StoredRoom stored {std::move(snapshot).value(), {}, {}};
    QFile log(dir + u'/' + logName);
    if (!log.open(QIODevice::ReadOnly))
        return stored;
    qint64 next = stored.snapshot.revision + 1;
    while (!log.atEnd()) {
        const QByteArray line = log.readLine();
        const std::optional<LoggedOperation> entry
            = line.endsWith('\n') ? parseLogLine(line) : std::nullopt;
        // Lines at or below the snapshot's revision predate a compaction that crashed before it
        // could truncate the log; they are already in the snapshot.
        if (!entry || entry->revision > next)
            break;
        stored.logBytes += line.size();
        if (entry->revision == next) {
            stored.log.append(*entry);
            ++next;
        }
    }
    stored.damagedBytes = log.size() - stored.logBytes;
    return stored;
}

Result<std::pair<std::unique_ptr<RoomStore>, StoredRoom>> RoomStore::open(const QString &dir)
{
    Result<StoredRoom> read = RoomStore::read(dir);
    if (!read)
        return read.error();
    StoredRoom stored = std::move(read).value();
    std::unique_ptr<RoomStore> store(new RoomStore(dir));
    if (stored.damagedBytes > 0) {
        // Keep the unreadable part for inspection, then cut the log back to what replays.
        const QString aside = store->m_log.fileName() + QStringLiteral(".damaged");
        QFile::remove(aside);
        QFile::copy(store->m_log.fileName(), aside);
        if (!store->m_log.resize(stored.logBytes))
            return storageError(QStringLiteral("cannot repair %1").arg(store->m_log.fileName()));
        const qint64 last
            = stored.log.isEmpty() ? stored.snapshot.revision : stored.log.constLast().revision;
        stored.warning
            = QStringLiteral("%1: ignored %2 damaged bytes after revision %3 (kept in %4)")
                  .arg(store->m_log.fileName())
                  .arg(stored.damagedBytes)
                  .arg(last)
                  .arg(aside);
    }
    store->m_logBytes = stored.logBytes;
    Result<std::monostate> opened = store->openLog(QIODevice::Append);
    if (!opened)
        return opened.error();
    return std::pair {std::move(store), std::move(stored)};
}

Result<std::monostate> RoomStore::openLog(QIODevice::OpenMode mode)
{
    m_log.close();
    if (!m_log.open(QIODevice::WriteOnly | mode)) {
        return storageError(
            QStringLiteral("cannot open %1: %2").arg(m_log.fileName(), m_log.errorString()));
    }
    return std::monostate {};
}

Result<std::monostate> RoomStore::append(const LoggedOperation &entry)
{
    // Written straight as UTF-8, as the snapshot is: this runs for every edit, on the rooms'
    // thread, and a QJsonDocument per line was most of what a data directory added to an edit.
    JsonWriter<QByteArray> json(entry.op.insertedLength() + entry.client.size() + 96);
    json.beginObject()
        .field(QLatin1StringView("revision"), entry.revision)
        .field(QLatin1StringView("client"), entry.client)
        .field(QLatin1StringView("seq"), qint64(entry.seq));
    writeOperation(json.key(QLatin1StringView("op")), entry.op);
    json.endObject();
    QByteArray line = json.take();
    line.append('\n');
    if (!m_log.isOpen() || m_log.write(line) != line.size() || !m_log.flush()) {
        return storageError(
            QStringLiteral("cannot append to %1: %2").arg(m_log.fileName(), m_log.errorString()));
    }
    m_logBytes += line.size();
    return std::monostate {};
}

Result<std::monostate> RoomStore::compact(const RoomSnapshot &snapshot)
{
    QSaveFile file(m_dir + u'/' + snapshotName);
    if (!file.open(QIODevice::WriteOnly) || file.write(snapshotJson(snapshot)) < 0
        || !file.commit()) {
        return storageError(
            QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    }
    Result<std::monostate> truncated = openLog(QIODevice::Truncate);
    if (truncated)
        m_logBytes = 0;
    return truncated;
}

bool RoomStore::wantsCompaction(qsizetype textLength) const
{
    return m_logBytes > std::max(minCompactionBytes, qint64(textLength) * 2);
}

qint64 RoomStore::diskBytes() const
{
    qint64 bytes = 0;
    for (const QFileInfo &file : QDir(m_dir).entryInfoList(QDir::Files | QDir::Hidden))
        bytes += file.size();
    return bytes;
}

bool RoomStore::remove()
{
    m_log.close();
    return QDir(m_dir).removeRecursively();
}

} // namespace ensemble
