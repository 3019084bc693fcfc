#include "SessionStore.h"

#include "RoomStore.h"
#include "protocol/JsonReader.h"
#include "protocol/ParseJson.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace ensemble {

namespace {

const QString sessionName = QStringLiteral("session.json");
const QString chatName = QStringLiteral("chat.json");
const QString docsName = QStringLiteral("docs");
const QString firstDocument = QStringLiteral("d1");
// What a room of the one-document layout kept beside chat.json: its document's files.
const QStringList legacyFiles {QStringLiteral("ops.jsonl"), QStringLiteral("ops.jsonl.damaged"),
                               QStringLiteral("history"), QStringLiteral("snapshot.json")};
constexpr int formatVersion = 1;

Error storageError(const QString &message)
{
    return Error {QStringLiteral("storage_failed"), message};
}

} // namespace

QByteArray SessionStore::encode(const SessionRecord &r)
{
    QJsonArray documents;
    for (const SessionDocument &d : r.documents) {
        QJsonObject entry {{QStringLiteral("path"), d.path}};
        if (!d.doc.isEmpty())
            entry.insert(QStringLiteral("doc"), d.doc);
        documents.append(entry);
    }
    const QJsonObject o {
        {QStringLiteral("format"), formatVersion},
        {QStringLiteral("room"), r.room},
        {QStringLiteral("title"), r.title},
        {QStringLiteral("access"), r.access.toJson()},
        {QStringLiteral("lastJoined"), r.lastJoined},
        {QStringLiteral("kept"), r.kept},
        {QStringLiteral("treeRevision"), r.treeRevision},
        {QStringLiteral("nextDocument"), r.nextDocument},
        {QStringLiteral("documents"), documents},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<SessionRecord> SessionStore::decode(const QByteArray &json, const QString &path)
{
    const QJsonObject o = parseJson(json).object();
    JsonReader in(o, QStringLiteral("session"));
    SessionRecord r;
    if (in.integer(QLatin1String("format"), formatVersion, formatVersion) != formatVersion)
        return storageError(QStringLiteral("%1 is damaged or from a newer version").arg(path));
    r.room = in.string(QLatin1String("room"), 64);
    r.title = in.string(QLatin1String("title"), 1024);
    r.lastJoined = in.integer(QLatin1String("lastJoined"), 0, maxJsonInteger);
    r.kept = in.boolean(QLatin1String("kept"));
    r.treeRevision = in.integer(QLatin1String("treeRevision"), 0, maxJsonInteger);
    r.nextDocument = int(in.integer(QLatin1String("nextDocument"), 1, 1 << 30));
    const QJsonArray documents = in.value(QLatin1String("documents")).toArray();
    for (const QJsonValue &value : documents) {
        JsonReader d(value.toObject(), QStringLiteral("session.documents"));
        SessionDocument document {d.optionalString(QLatin1String("doc"), 16).value_or(QString()),
                                  d.string(QLatin1String("path"), 4096)};
        // The id names a directory: nothing but "d" and a number below nextDocument. A folder
        // has none.
        bool numbered = false;
        const int number = document.doc.mid(1).toInt(&numbered);
        if (!document.doc.isEmpty()
            && (!document.doc.startsWith(u'd') || !numbered || number < 1
                || number >= r.nextDocument || document.doc != QStringLiteral("d%1").arg(number)))
            d.fail(QStringLiteral("bad_message"), QStringLiteral("a bad document id"));
        if (d.failed())
            in.fail(d.error().code, d.error().message);
        r.documents.append(document);
    }
    if (in.failed())
        return storageError(QStringLiteral("%1 is damaged: %2").arg(path, in.error().message));
    Result<RoomAccess> access = RoomAccess::fromJson(in.value(QLatin1String("access")));
    if (!access)
        return storageError(QStringLiteral("%1: %2").arg(path, access.error().message));
    r.access = std::move(access).value();
    return r;
}

namespace {

Result<SessionRecord> readSession(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return storageError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return SessionStore::decode(file.readAll(), path);
}

Result<std::monostate> writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        return storageError(
            QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    }
    return std::monostate {};
}

} // namespace

SessionStore::SessionStore(QString dir)
    : m_dir(std::move(dir))
{
}

QString SessionStore::documentDirectory(const QString &dir, const QString &doc)
{
    return dir + u'/' + docsName + u'/' + doc;
}

QString SessionStore::firstDocumentDirectory(const QString &dir)
{
    return QFileInfo::exists(dir + u'/' + sessionName)
            && !QFileInfo::exists(dir + QStringLiteral("/snapshot.json"))
        ? documentDirectory(dir, firstDocument)
        : dir;
}

Result<std::unique_ptr<SessionStore>> SessionStore::create(const QString &dir,
                                                           const SessionRecord &record)
{
    if (!QDir().mkpath(dir + u'/' + docsName))
        return storageError(QStringLiteral("cannot create %1").arg(dir));
    std::unique_ptr<SessionStore> store(new SessionStore(dir));
    Result<std::monostate> written = store->save(record);
    if (!written)
        return written.error();
    return store;
}

Result<std::pair<std::unique_ptr<SessionStore>, SessionRecord>>
SessionStore::open(const QString &dir)
{
    Result<SessionRecord> record = QFileInfo::exists(dir + u'/' + sessionName)
        ? readSession(dir + u'/' + sessionName)
        : migrate(dir);
    if (!record)
        return record.error();
    // The server finds a room by its directory's name: a room claiming another id (a directory
    // copied or renamed by hand) would be listed where nobody can reach it, or take another's
    // place.
    if (record.value().room != QDir(dir).dirName()) {
        return storageError(QStringLiteral("%1 holds room %2, not the room its directory names")
                                .arg(dir, record.value().room));
    }
    // Finishes a migration a crash interrupted.
    if (Result<std::monostate> moved = moveLegacyFiles(dir); !moved)
        return moved.error();
    return std::pair {std::unique_ptr<SessionStore>(new SessionStore(dir)),
                      std::move(record).value()};
}

Result<SessionRecord> SessionStore::migrate(const QString &dir)
{
    Result<StoredRoom> legacy = RoomStore::read(dir);
    if (!legacy)
        return legacy.error();
    const RoomSnapshot &s = legacy.value().snapshot;
    if (s.room != QDir(dir).dirName()) {
        return storageError(
            QStringLiteral("%1 holds room %2, not the room its directory names").arg(dir, s.room));
    }
    SessionRecord record {
        s.room,
        s.title,
        s.access,
        s.lastJoined,
        s.kept,
        0,
        2,
        {SessionDocument {firstDocument,
                          s.title.isEmpty() ? QStringLiteral("untitled") : s.title}}};
    if (!QDir().mkpath(documentDirectory(dir, firstDocument)))
        return storageError(QStringLiteral("cannot create %1").arg(dir));
    Result<std::monostate> written = writeAtomically(dir + u'/' + sessionName, encode(record));
    if (!written)
        return written.error();
    return record;
}

Result<std::monostate> SessionStore::moveLegacyFiles(const QString &dir)
{
    const QDir from(dir);
    const QString to = documentDirectory(dir, firstDocument);
    for (const QString &name : legacyFiles) {
        if (!QFileInfo::exists(from.filePath(name)))
            continue;
        // Never over a file of the new layout: both are kept and the room is not loaded.
        if (!QDir().mkpath(to) || QFileInfo::exists(to + u'/' + name)
            || !QDir().rename(from.filePath(name), to + u'/' + name)) {
            return storageError(
                QStringLiteral("cannot move %1 into %2").arg(from.filePath(name), to));
        }
    }
    return std::monostate {};
}

Result<std::monostate> SessionStore::save(const SessionRecord &record)
{
    return writeAtomically(m_dir + u'/' + sessionName, encode(record));
}

Result<qint64> SessionStore::saveChat(const ChatHistory &chat)
{
    const QByteArray json = chat.toJson();
    Result<std::monostate> written = writeAtomically(m_dir + u'/' + chatName, json);
    if (!written)
        return written.error();
    return qint64(json.size());
}

ChatHistory SessionStore::loadChat(qsizetype capacity, QString *warning) const
{
    QFile file(m_dir + u'/' + chatName);
    if (!file.exists())
        return ChatHistory(capacity);
    if (!file.open(QIODevice::ReadOnly)) {
        *warning = QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString());
        return ChatHistory(capacity);
    }
    QString problem;
    ChatHistory chat = ChatHistory::fromJson(file.readAll(), capacity, &problem);
    if (!problem.isEmpty())
        *warning = QStringLiteral("%1 is damaged, the chat starts empty: %2")
                       .arg(file.fileName(), problem);
    return chat;
}

qint64 SessionStore::diskBytes() const
{
    qint64 bytes = 0;
    for (const QFileInfo &file : QDir(m_dir).entryInfoList(QDir::Files | QDir::Hidden))
        bytes += file.size();
    return bytes;
}

bool SessionStore::remove()
{
    return QDir(m_dir).removeRecursively();
}

} // namespace ensemble
