// Fuzz target for a room under hostile members: one input is a sequence of text frames from up to
// three connections, each fed to a Connection as its socket would (so Connection reads, checks and
// parses it and the Room answers it), without a network. After every frame the room must hold
// together (the document within the size limit, every selection inside it, distinct members);
// at the end the room's files must load back into the same room.
//
// Input: one frame per line, after a one-byte slot. Slots '0'-'2' send the rest of the line on
// that connection; '3'-'5' open a new connection for slot 0-2 (its first frame, normally a hello,
// is the rest of the line), then drop the old one, as a client does when it reconnects; other
// bytes count modulo 6. "@epoch" in a frame stands for the room's epoch, which is random. The
// room starts with the text "hello world\n" and the owner key "0123456789abcdef"; slot 0 joins
// with it, slots 1 and 2 as guests.
#include "FeedSocket.h"
#include "FuzzTarget.h"

#include "server/Connection.h"
#include "server/Room.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QWebSocket>

#include <array>
#include <memory>

using namespace ensemble;

namespace {

constexpr int slotCount = 3;
constexpr qsizetype maxFrames = 64;
const QString roomId = QStringLiteral("0b7e3f52-8c1d-4a7e-9f3a-2d4c6b8a1e05");
const QString ownerKey = QStringLiteral("0123456789abcdef");
const QString seedText = QStringLiteral("hello world\n");

// Small limits, so that inputs of a few hundred bytes reach every limit and trim the log.
ServerConfig roomConfig(const QString &dataDir)
{
    ServerConfig config;
    config.dataDir = dataDir;
    config.limits.maxMessageBytes = 2048;
    config.limits.maxDocumentLength = 16;
    config.limits.maxParticipants = 3;
    config.limits.keptOperations = 4;
    config.limits.maxNameLength = 8;
    config.limits.maxChatLength = 16;
    config.limits.maxLanguageLength = 8;
    config.limits.maxSelectionRanges = 4;
    return config;
}

QByteArray hello(int slot)
{
    const QByteArray owner = slot == 0 ? ",\"owner\":\"" + ownerKey.toUtf8() + '"' : QByteArray();
    return R"({"type":"hello","protocol":1,"name":"p)" + QByteArray::number(slot)
        + R"(","color":"#a1b2c3","client":"c-)" + QByteArray::number(slot) + '"' + owner + '}';
}

// What RoomServer does with a connection, for a room that exists and has no password.
Connection *open(Room *room, const Limits &limits)
{
    auto *connection = new Connection(new QWebSocket, limits);
    auto *transport = new fuzz::FeedSocket;
    transport->setParent(connection);
    connection->setTransport({transport});
    QObject::connect(
        connection, &Connection::helloReceived, [room](Connection *c, const HelloMsg &message) {
            const std::optional<SecretHash> &key = room->access().owner;
            room->join(c, message, key && message.owner && key->matches(*message.owner));
        });
    QObject::connect(connection, &Connection::disconnected, [](Connection *c) {
        if (Room *joined = c->room())
            joined->leave(c);
    });
    return connection;
}

QWebSocket *socketOf(Connection *connection)
{
    return connection->findChild<QWebSocket *>();
}

// Frames arrive as a client sends them: masked, and valid UTF-8 (a browser replaces what is not;
// the frame reader's own checks have fuzz_frames).
void deliver(Connection *connection, const QByteArray &frame)
{
    auto *transport = connection->findChild<fuzz::FeedSocket *>();
    transport->feed(fuzz::maskedTextFrame(QString::fromUtf8(frame).toUtf8()));
}

void drop(Connection *connection)
{
    emit socketOf(connection)->disconnected();
    delete connection;
}

void checkRoom(const Room &room, const Limits &limits, qint64 *revision)
{
    const QString text = room.text();
    FUZZ_CHECK(room.revision() >= *revision);
    *revision = room.revision();
    // The document never grows past the limit, whatever arrives concurrently.
    FUZZ_CHECK(text.size() <= std::max(seedText.size(), limits.maxDocumentLength));
    const QList<Participant> participants = room.participants();
    FUZZ_CHECK(participants.size() <= limits.maxParticipants);
    for (qsizetype i = 0; i < participants.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j)
            FUZZ_CHECK(participants[i].id != participants[j].id);
        for (const SelectionRange &range : participants[i].selection) {
            FUZZ_CHECK(range.anchor >= 0 && range.anchor <= text.size());
            FUZZ_CHECK(range.head >= 0 && range.head <= text.size());
        }
    }
}

// Everything the room acknowledged is in its files: they load back into the same room, with
// nothing to repair.
void checkReload(const Room &room, const QString &dir, const ServerConfig &config)
{
    QString note;
    Result<Room *> loaded = Room::load(dir, config, nullptr, &note);
    FUZZ_CHECK(loaded.ok());
    const std::unique_ptr<Room> again(loaded.value());
    FUZZ_CHECK(note.isEmpty());
    FUZZ_CHECK(again->id() == room.id() && again->epoch() == room.epoch());
    FUZZ_CHECK(again->revision() == room.revision() && again->text() == room.text());
    FUZZ_CHECK(again->language() == room.language() && again->title() == room.title());
    FUZZ_CHECK(again->access() == room.access());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_room";
    static char *argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
    static QTemporaryDir dataDir;
    const ServerConfig config = roomConfig(dataDir.path());

    RoomSnapshot seed;
    seed.room = roomId;
    seed.text = seedText;
    seed.language = QStringLiteral("cpp");
    seed.title = QStringLiteral("main.cpp");
    seed.access.owner = SecretHash::make(ownerKey, ownerKeyIterations);
    Result<Room *> created = Room::create(seed, config, nullptr);
    FUZZ_CHECK(created.ok());
    const std::unique_ptr<Room> room(created.value());

    std::array<Connection *, slotCount> members {};
    for (int slot = 0; slot < slotCount; ++slot) {
        members[slot] = open(room.get(), config.limits);
        deliver(members[slot], hello(slot));
    }
    qint64 revision = 0;
    checkRoom(*room, config.limits, &revision);

    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> lines = input.split('\n');
    for (const QByteArray &line : lines.mid(0, maxFrames)) {
        if (line.isEmpty())
            continue;
        const int code = static_cast<unsigned char>(line.front()) % (2 * slotCount);
        const int slot = code % slotCount;
        QByteArray frame = line.mid(1);
        frame.replace("@epoch", room->epoch().toUtf8());
        Connection *old = code >= slotCount
            ? std::exchange(members[slot], open(room.get(), config.limits))
            : nullptr;
        deliver(members[slot], frame);
        if (old)
            drop(old);
        checkRoom(*room, config.limits, &revision);
    }
    for (Connection *member : members)
        drop(member);
    checkReload(*room, dataDir.filePath(roomId), config);
    FUZZ_CHECK(room->removeFiles());
    return 0;
}
