// Fuzz target for a room directory read back when a server starts: a damaged or hand-edited
// snapshot.json and ops.jsonl are either refused with a message or repaired (the unreadable tail
// of the log kept aside), never a crash, and a room that loads agrees with its files: it is the
// room its directory names, it has passed every revision in its log (or the next edit would reuse
// one, and be lost on the next restart), and it loads again, and after a snapshot, unchanged.
//
// Input: the first line is snapshot.json, the rest ops.jsonl (absent when there is no newline).
#include "FuzzTarget.h"

#include "server/Room.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

using namespace ensemble;

namespace {

const QString roomId = QStringLiteral("0b7e3f52-8c1d-4a7e-9f3a-2d4c6b8a1e05");

ServerConfig roomConfig(const QString &dataDir)
{
    ServerConfig config;
    config.dataDir = dataDir;
    config.limits.keptOperations = 4;
    return config;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    FUZZ_CHECK(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
}

// The highest revision a line of the log names.
qint64 lastLoggedRevision(const QByteArray &log)
{
    qint64 last = 0;
    for (const QByteArray &line : log.split('\n')) {
        const QJsonValue revision = QJsonDocument::fromJson(line).object().value(u"revision");
        last = std::max(last, qint64(revision.toDouble()));
    }
    return last;
}

std::unique_ptr<Room> load(const QString &dir, const ServerConfig &config, QString *note)
{
    Result<Room *> loaded = Room::load(dir, config, nullptr, note);
    if (!loaded) {
        FUZZ_CHECK(!loaded.error().code.isEmpty() && !loaded.error().message.isEmpty());
        return nullptr;
    }
    return std::unique_ptr<Room>(loaded.value());
}

void checkSame(const Room &a, const Room &b)
{
    FUZZ_CHECK(a.id() == b.id() && a.epoch() == b.epoch());
    FUZZ_CHECK(a.revision() == b.revision() && a.text() == b.text());
    FUZZ_CHECK(a.language() == b.language() && a.title() == b.title());
    FUZZ_CHECK(a.access() == b.access());
}

// Every client's progress in a snapshot the server writes lies within the snapshot's revision.
void checkSnapshot(const QString &path)
{
    const QJsonObject snapshot = QJsonDocument::fromJson(readAll(path)).object();
    const double revision = snapshot.value(u"revision").toDouble();
    for (const QJsonValue &client : snapshot.value(u"clients").toObject())
        FUZZ_CHECK(client.toObject().value(u"revision").toDouble() <= revision);
}

void checkLoaded(const Room &room, const QString &dir, const ServerConfig &config,
                 const QByteArray &log, const QString &note)
{
    FUZZ_CHECK(room.id() == roomId);
    // The room was written in the one-document layout and moved into docs/d1/ on loading.
    const QString logPath = dir + QStringLiteral("/docs/d1/ops.jsonl");
    const QByteArray kept = readAll(logPath);
    FUZZ_CHECK(room.revision() >= lastLoggedRevision(kept));
    if (note.isEmpty()) {
        FUZZ_CHECK(kept == log);
    } else {
        FUZZ_CHECK(log.startsWith(kept) && kept.size() < log.size());
        FUZZ_CHECK(readAll(logPath + QStringLiteral(".damaged")) == log);
    }
    QString again;
    const std::unique_ptr<Room> reloaded = load(dir, config, &again);
    FUZZ_CHECK(reloaded && again.isEmpty());
    checkSame(room, *reloaded);
    reloaded->persist();
    checkSnapshot(dir + QStringLiteral("/docs/d1/snapshot.json"));
    const std::unique_ptr<Room> restored = load(dir, config, &again);
    FUZZ_CHECK(restored && again.isEmpty());
    checkSame(room, *restored);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_roomstore";
    static char *argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
    static QTemporaryDir dataDir;
    const ServerConfig config = roomConfig(dataDir.path());
    const QString dir = dataDir.filePath(roomId);
    FUZZ_CHECK(QDir().mkpath(dir));

    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    write(dir + QStringLiteral("/snapshot.json"), newline < 0 ? input : input.left(newline));
    const QByteArray log = newline < 0 ? QByteArray() : input.mid(newline + 1);
    if (newline >= 0)
        write(dir + QStringLiteral("/ops.jsonl"), log);

    QString note;
    if (const std::unique_ptr<Room> room = load(dir, config, &note))
        checkLoaded(*room, dir, config, log, note);
    FUZZ_CHECK(QDir(dir).removeRecursively());
    return 0;
}
