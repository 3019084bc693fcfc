// Rooms on disk: the snapshot + log files survive crashes at any moment (a copy of the data
// directory taken while the server runs is exactly what a crash leaves behind), damaged files
// are repaired without losing what is readable, and a restarted server resumes every room at the
// same revision with its duplicate detection intact.
#include "RawClient.h"
#include "TcpProxy.h"
#include "TempFiles.h"
#include "TestPeer.h"
#include "server/HistoryStore.h"
#include "server/RoomServer.h"
#include "server/RoomStore.h"
#include "server/SessionStore.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ensemble;
using namespace ensemble::test;

namespace {

LoggedOperation entry(qint64 revision, qsizetype baseLength, const QString &insert)
{
    TextOperation op;
    op.retain(baseLength).insert(insert);
    return LoggedOperation {revision, op, QStringLiteral("c"), quint64(revision)};
}

// What a crash at this instant would leave on disk (every append is already flushed to the OS).
void copyDataDir(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QString &file : QDir(from).entryList(QDir::Files))
        QFile::copy(from + u'/' + file, to + u'/' + file);
    for (const QString &sub : QDir(from).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        copyDataDir(from + u'/' + sub, to + u'/' + sub);
}

// Every file under dir, relative to it, with its contents.
QMap<QString, QByteArray> filesUnder(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(dir).relativeFilePath(path), readBytes(path));
    }
    return files;
}

// A room as the one-document layout left it: revision 2 ("abc", the last edit in the log),
// read-only, titled main.cpp, with a chat line and a history.
void writeOneDocumentRoom(const QString &roomDir, const QString &id)
{
    RoomAccess access;
    access.readOnly = true;
    auto store = RoomStore::create(roomDir,
                                   RoomSnapshot {id,
                                                 QStringLiteral("e"),
                                                 1,
                                                 QStringLiteral("ab"),
                                                 QStringLiteral("cpp"),
                                                 {{QStringLiteral("c"), {1, 1}}},
                                                 QStringLiteral("main.cpp"),
                                                 access});
    QVERIFY(store.ok());
    QVERIFY(store.value()->append(entry(2, 2, QStringLiteral("c"))).ok());
    ChatHistory chat(10);
    chat.add(PeerChatMsg {1, QStringLiteral("hi"), QStringLiteral("Ana"), QStringLiteral("#3366ff"),
                          1000});
    QFile file(roomDir + QStringLiteral("/chat.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(chat.toJson());
    file.close();
    QVERIFY(HistoryStore::create(roomDir + QStringLiteral("/history"), 1, QStringLiteral("ab")));
}

void moveFile(const QString &from, const QString &to)
{
    QVERIFY2(QDir().rename(from, to), qPrintable(from));
}

void appendRaw(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write(bytes);
}

QJsonObject opFrame(qint64 revision, quint64 seq, const QJsonArray &op)
{
    return QJsonObject {{QStringLiteral("type"), QStringLiteral("op")},
                        {QStringLiteral("revision"), revision},
                        {QStringLiteral("seq"), qint64(seq)},
                        {QStringLiteral("op"), op}};
}

} // namespace

class TestPersistence : public QObject
{
    Q_OBJECT

private slots:
    void logReplaysAfterSnapshot()
    {
        QTemporaryDir dir;
        const RoomSnapshot seed {
            QStringLiteral("r"),  QStringLiteral("e"),   0,
            QStringLiteral("ab"), QStringLiteral("cpp"), {{QStringLiteral("c"), {0, 0}}}};
        {
            auto store = RoomStore::create(dir.path(), seed);
            QVERIFY(store.ok());
            QVERIFY(store.value()->append(entry(1, 2, QStringLiteral("c"))).ok());
            QVERIFY(store.value()->append(entry(2, 3, QStringLiteral("d"))).ok());
        }
        auto opened = RoomStore::open(dir.path());
        QVERIFY(opened.ok());
        const StoredRoom &stored = opened.value().second;
        QCOMPARE(stored.snapshot.text, QStringLiteral("ab"));
        QCOMPARE(stored.snapshot.language, QStringLiteral("cpp"));
        QCOMPARE(stored.log.size(), 2);
        QCOMPARE(stored.log.last(), entry(2, 3, QStringLiteral("d")));
        QVERIFY(stored.warning.isEmpty());
    }

    void everyUnitSurvivesTheStore_data()
    {
        QTest::addColumn<QString>("text");
        const char16_t units[] = {0xfeff, 0xfffe, 0xffff, 0x2028, 0x2029, 0x0000, 0xd800, 0xdfff};
        for (const char16_t unit : units) {
            const QString x {QChar(unit)};
            const QByteArray name = QByteArray::number(unit, 16).rightJustified(4, '0');
            QTest::addRow("U+%s alone", name.constData()) << x;
            QTest::addRow("U+%s leading", name.constData()) << x + QStringLiteral("ab");
            QTest::addRow("U+%s in the middle", name.constData())
                << QStringLiteral("a") + x + QStringLiteral("b");
            QTest::addRow("U+%s twice leading", name.constData()) << x + x + QStringLiteral("ab");
        }
    }
    void everyUnitSurvivesTheStore()
    {
        QFETCH(QString, text);
        QTemporaryDir dir;
        RoomSnapshot seed {QStringLiteral("r"),   QStringLiteral("e"), 0, text,
                           QStringLiteral("cpp"), {{text, {0, 0}}}};
        seed.title = text;
        const LoggedOperation logged {1, TextOperation().retain(text.size()).insert(text), text, 1};
        {
            auto store = RoomStore::create(dir.path(), seed);
            QVERIFY(store.ok());
            QVERIFY(store.value()->append(logged).ok());
        }
        auto opened = RoomStore::open(dir.path());
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        const StoredRoom &stored = opened.value().second;
        QVERIFY(stored.warning.isEmpty());
        QCOMPARE(stored.snapshot.text, text);
        QCOMPARE(stored.snapshot.title, text);
        QCOMPARE(stored.snapshot.clients.keys(), QList<QString> {text});
        QCOMPARE(stored.log.size(), 1);
        QCOMPARE(stored.log.first().client, text);
        QCOMPARE(stored.log.first().op, logged.op);
    }

    void damagedLogIsCutBackToWhatReplays_data()
    {
        QTest::addColumn<QByteArray>("tail");
        QTest::addColumn<int>("expectedEntries");
        QTest::addRow("torn last line") << QByteArray("{\"revision\":3,\"client\":\"c\",\"se") << 2;
        QTest::addRow("garbage line") << QByteArray("not json\n") << 2;
        QTest::addRow("gap in revisions")
            << QByteArray("{\"revision\":9,\"client\":\"c\",\"seq\":9,\"op\":[4,\"z\"]}\n") << 2;
        QTest::addRow("bad operation")
            << QByteArray("{\"revision\":3,\"client\":\"c\",\"seq\":3,\"op\":[0]}\n") << 2;
    }
    void damagedLogIsCutBackToWhatReplays()
    {
        QFETCH(QByteArray, tail);
        QFETCH(int, expectedEntries);
        QTemporaryDir dir;
        {
            auto store = RoomStore::create(
                dir.path(),
                RoomSnapshot {
                    QStringLiteral("r"), QStringLiteral("e"), 0, QStringLiteral("ab"), {}, {}});
            QVERIFY(store.value()->append(entry(1, 2, QStringLiteral("c"))).ok());
            QVERIFY(store.value()->append(entry(2, 3, QStringLiteral("d"))).ok());
        }
        appendRaw(dir.filePath(QStringLiteral("ops.jsonl")), tail);
        {
            auto opened = RoomStore::open(dir.path());
            QVERIFY(opened.ok());
            QCOMPARE(opened.value().second.log.size(), expectedEntries);
            QVERIFY(!opened.value().second.warning.isEmpty());
            QVERIFY(QFile::exists(dir.filePath(QStringLiteral("ops.jsonl.damaged"))));
            // Appending after the repair produces a log that replays completely.
            QVERIFY(opened.value().first->append(entry(3, 4, QStringLiteral("e"))).ok());
        }
        auto reopened = RoomStore::open(dir.path());
        QCOMPARE(reopened.value().second.log.size(), expectedEntries + 1);
        QVERIFY(reopened.value().second.warning.isEmpty());
    }

    void linesBeforeTheSnapshotAreSkipped()
    {
        // A crash after a compaction's snapshot but before it emptied the log.
        QTemporaryDir dir;
        {
            auto store = RoomStore::create(
                dir.path(),
                RoomSnapshot {
                    QStringLiteral("r"), QStringLiteral("e"), 0, QStringLiteral("ab"), {}, {}});
            QVERIFY(store.value()->append(entry(1, 2, QStringLiteral("c"))).ok());
            QVERIFY(store.value()->append(entry(2, 3, QStringLiteral("d"))).ok());
        }
        const QByteArray log = [&] {
            QFile f(dir.filePath(QStringLiteral("ops.jsonl")));
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        {
            auto store = RoomStore::open(dir.path());
            QVERIFY(
                store.value()
                    .first
                    ->compact(RoomSnapshot {
                        QStringLiteral("r"), QStringLiteral("e"), 1, QStringLiteral("abc"), {}, {}})
                    .ok());
        }
        appendRaw(dir.filePath(QStringLiteral("ops.jsonl")), log);
        auto opened = RoomStore::open(dir.path());
        QCOMPARE(opened.value().second.log.size(), 1);
        QCOMPARE(opened.value().second.log.first().revision, qint64(2));
    }

    void damagedSnapshotIsAnError()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("snapshot.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\":1,\"room\":");
        file.close();
        auto opened = RoomStore::open(dir.path());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("storage_failed"));
    }

    // Files that read well but contradict themselves (found by fuzz_roomstore): loading them
    // would list the room where nobody reaches it, or hand out a revision its log already has.
    // A room saved before sessions had several documents loads as a session whose only document
    // is d1, with every file moved under docs/d1/; a crash during the move is finished later.
    void oneDocumentRoomBecomesASession_data()
    {
        QTest::addColumn<QStringList>("movedBack"); // from docs/d1/ after a first migration
        QTest::addRow("room of the one-document layout") << QStringList();
        QTest::addRow("crash right after session.json")
            << QStringList {QStringLiteral("ops.jsonl"), QStringLiteral("history"),
                            QStringLiteral("snapshot.json")};
        QTest::addRow("crash before the snapshot moved")
            << QStringList {QStringLiteral("snapshot.json")};
    }
    void oneDocumentRoomBecomesASession()
    {
        QFETCH(QStringList, movedBack);
        const QString id = QStringLiteral("0b7e3f52-8c1d-4a7e-9f3a-2d4c6b8a1e05");
        QTemporaryDir dir;
        const QString roomDir = dir.filePath(id);
        writeOneDocumentRoom(roomDir, id);
        ServerConfig config;
        config.dataDir = dir.path();
        if (!movedBack.isEmpty()) {
            {
                RoomServer migrating(config);
                QVERIFY(migrating.listen(QHostAddress::LocalHost, 0).ok());
            }
            for (const QString &name : std::as_const(movedBack))
                moveFile(roomDir + QStringLiteral("/docs/d1/") + name, roomDir + u'/' + name);
        }
        {
            RoomServer server(config);
            QSignalSpy warnings(&server, &RoomServer::warning);
            QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
            QCOMPARE(warnings.size(), 0);
            QCOMPARE(server.roomIds(), QStringList {id});
            QCOMPARE(server.roomText(id), QStringLiteral("abc"));
            QCOMPARE(server.roomRevision(id), qint64(2));
            QCOMPARE(server.roomLanguage(id), QStringLiteral("cpp"));
            QVERIFY(server.isReadOnly(id));
            for (const QString &name : {QStringLiteral("snapshot.json"),
                                        QStringLiteral("ops.jsonl"), QStringLiteral("history")}) {
                QVERIFY2(!QFileInfo::exists(roomDir + u'/' + name), qPrintable(name));
                QVERIFY2(QFileInfo::exists(roomDir + QStringLiteral("/docs/d1/") + name),
                         qPrintable(name));
            }
            QVERIFY(QFileInfo::exists(roomDir + QStringLiteral("/session.json")));
            RawClient raw;
            QVERIFY(
                raw.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/%2").arg(server.port()).arg(id))));
            const QJsonObject welcome = raw.hello(QStringLiteral("c"));
            QCOMPARE(welcome.value(QStringLiteral("title")).toString(), QStringLiteral("main.cpp"));
            QCOMPARE(welcome.value(QStringLiteral("lastSeq")).toInt(), 2);
            QCOMPARE(raw.next(QStringLiteral("chat")).value(QStringLiteral("text")).toString(),
                     QStringLiteral("hi"));
        }
        // The history went on at the new place.
        auto history = HistoryStore::open(roomDir + QStringLiteral("/docs/d1/history"));
        QVERIFY(history);
        QCOMPARE(history.value()->revision(), qint64(2));
    }

    // A room whose files contradict each other is not loaded, and no file of it is lost.
    void damagedOneDocumentRoomKeepsItsFiles_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addRow("snapshot unreadable") << QStringLiteral("snapshot");
        QTest::addRow("log in both places") << QStringLiteral("both");
        QTest::addRow("session.json unreadable") << QStringLiteral("session");
    }
    void damagedOneDocumentRoomKeepsItsFiles()
    {
        QFETCH(QString, damage);
        const QString id = QStringLiteral("0b7e3f52-8c1d-4a7e-9f3a-2d4c6b8a1e05");
        QTemporaryDir dir;
        const QString roomDir = dir.filePath(id);
        writeOneDocumentRoom(roomDir, id);
        ServerConfig config;
        config.dataDir = dir.path();
        if (damage == QLatin1String("snapshot")) {
            QFile file(roomDir + QStringLiteral("/snapshot.json"));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("{\"format\":1,\"room\":");
        } else {
            {
                RoomServer migrating(config);
                QVERIFY(migrating.listen(QHostAddress::LocalHost, 0).ok());
            }
            if (damage == QLatin1String("both")) {
                QVERIFY(QFile::copy(roomDir + QStringLiteral("/docs/d1/ops.jsonl"),
                                    roomDir + QStringLiteral("/ops.jsonl")));
            } else {
                QFile file(roomDir + QStringLiteral("/session.json"));
                QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
                file.write("{\"format\":1,\"room\":\"x\"}");
            }
        }
        const QMap<QString, QByteArray> before = filesUnder(roomDir);
        RoomServer server(config);
        QSignalSpy warnings(&server, &RoomServer::warning);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        QCOMPARE(server.roomIds(), QStringList());
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(filesUnder(roomDir), before);
    }

    void contradictoryRoomIsNotLoaded_data()
    {
        QTest::addColumn<QString>("directory");
        QTest::addColumn<qint64>("clientRevision");
        QTest::addColumn<bool>("repeatSeq");
        QTest::addColumn<bool>("loads");
        const QString id = QStringLiteral("0b7e3f52-8c1d-4a7e-9f3a-2d4c6b8a1e05");
        QTest::addRow("consistent") << id << qint64(1) << false << true;
        QTest::addRow("another room's id") << QStringLiteral("5c1d8e2a-7b3f-4e6a-9d2c-1f4b8a3e6d07")
                                           << qint64(1) << false << false;
        QTest::addRow("client ahead of the snapshot") << id << qint64(2) << false << false;
        QTest::addRow("operation logged twice") << id << qint64(1) << true << false;
    }
    void contradictoryRoomIsNotLoaded()
    {
        QFETCH(QString, directory);
        QFETCH(qint64, clientRevision);
        QFETCH(bool, repeatSeq);
        QFETCH(bool, loads);
        const QString id = QStringLiteral("0b7e3f52-8c1d-4a7e-9f3a-2d4c6b8a1e05");
        QTemporaryDir dir;
        {
            auto store
                = RoomStore::create(dir.filePath(directory),
                                    RoomSnapshot {id,
                                                  QStringLiteral("e"),
                                                  1,
                                                  QStringLiteral("ab"),
                                                  {},
                                                  {{QStringLiteral("c"), {1, clientRevision}}}});
            QVERIFY(store.ok());
            QVERIFY(store.value()->append(entry(2, 2, QStringLiteral("c"))).ok());
            if (repeatSeq) {
                LoggedOperation again = entry(3, 3, QStringLiteral("d"));
                again.seq = 2;
                QVERIFY(store.value()->append(again).ok());
            }
        }
        ServerConfig config;
        config.dataDir = dir.path();
        RoomServer server(config);
        QSignalSpy warnings(&server, &RoomServer::warning);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        QCOMPARE(server.roomIds(), loads ? QStringList {id} : QStringList {});
        QCOMPARE(warnings.size(), loads ? 0 : 1);
        if (loads)
            QCOMPARE(server.roomText(id), QStringLiteral("abc"));
    }

    void restartResumesEveryRoom_data()
    {
        QTest::addColumn<bool>("crash");
        QTest::addRow("clean shutdown") << false;
        QTest::addRow("crash image") << true;
    }
    void restartResumesEveryRoom()
    {
        QFETCH(bool, crash);
        QTemporaryDir dir;
        QString first;
        QString second;
        const QString data = dir.filePath(QStringLiteral("live"));
        {
            ServerConfig config;
            config.dataDir = data;
            RoomServer server(config);
            QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
            first = server.createRoom(QStringLiteral("one"), QStringLiteral("cpp")).value();
            second = server.createRoom(QStringLiteral("two")).value();
            RawClient raw;
            QVERIFY(raw.open(
                QUrl(QStringLiteral("ws://127.0.0.1:%1/%2").arg(server.port()).arg(first))));
            raw.hello(QStringLiteral("raw"));
            raw.send(opFrame(0, 1, QJsonArray {3, QStringLiteral("!")}));
            QCOMPARE(raw.next(QStringLiteral("ack")).value(QStringLiteral("revision")).toInt(), 1);
            raw.send(opFrame(1, 2, QJsonArray {QStringLiteral(">"), 4}));
            QCOMPARE(raw.next(QStringLiteral("ack")).value(QStringLiteral("revision")).toInt(), 2);
            if (crash)
                copyDataDir(data, dir.filePath(QStringLiteral("crashed")));
        }
        ServerConfig config;
        config.dataDir = crash ? dir.filePath(QStringLiteral("crashed")) : data;
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        QCOMPARE(server.roomIds().size(), 2);
        QCOMPARE(server.roomText(first), QStringLiteral(">one!"));
        QCOMPARE(server.roomRevision(first), qint64(2));
        QCOMPARE(server.roomLanguage(first), QStringLiteral("cpp"));
        QCOMPARE(server.roomText(second), QStringLiteral("two"));

        // The client's seq 2 lost its ack in the restart: resending it changes nothing.
        RawClient raw;
        QVERIFY(
            raw.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/%2").arg(server.port()).arg(first))));
        const QJsonObject welcome = raw.hello(
            QStringLiteral("raw"),
            {{QStringLiteral("revision"), 1}, {QStringLiteral("epoch"), QStringLiteral("?")}});
        QCOMPARE(welcome.value(QStringLiteral("lastSeq")).toInt(), 2);
        raw.send(opFrame(1, 2, QJsonArray {QStringLiteral(">"), 4}));
        QCOMPARE(raw.next(QStringLiteral("ack")).value(QStringLiteral("revision")).toInt(), 2);
        QCOMPARE(server.roomText(first), QStringLiteral(">one!"));
    }

    // Room::record appends every operation to the room's history/ too (HistoryStore), with the
    // author's name and colour and an author id that is not the client id.
    void roomKeepsItsWholeHistory_data()
    {
        QTest::addColumn<QString>("between"); // what happens to history/ while the server is down
        QTest::addRow("restart") << QString();
        QTest::addRow("room from before histories") << QStringLiteral("delete");
        QTest::addRow("history missed an entry") << QStringLiteral("cut");
    }
    void roomKeepsItsWholeHistory()
    {
        QFETCH(QString, between);
        QTemporaryDir dir;
        ServerConfig config;
        config.dataDir = dir.path();
        const QString clientId = QStringLiteral("secret-client-id-0123456789");
        const QJsonObject who {{QStringLiteral("name"), QStringLiteral("Ana")},
                               {QStringLiteral("color"), QStringLiteral("#3366ff")}};
        QString room;
        QString historyDir;
        {
            RoomServer server(config);
            QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
            room = server.createRoom(QStringLiteral("one")).value();
            historyDir = dir.filePath(room + QStringLiteral("/docs/d1/history"));
            RawClient raw;
            QVERIFY(raw.open(
                QUrl(QStringLiteral("ws://127.0.0.1:%1/%2").arg(server.port()).arg(room))));
            raw.hello(clientId, who);
            raw.send(opFrame(0, 1, QJsonArray {3, QStringLiteral("!")}));
            QCOMPARE(raw.next(QStringLiteral("ack")).value(QStringLiteral("revision")).toInt(), 1);
            raw.send(opFrame(1, 2, QJsonArray {QStringLiteral(">"), 4}));
            QCOMPARE(raw.next(QStringLiteral("ack")).value(QStringLiteral("revision")).toInt(), 2);

            auto history = HistoryStore::open(historyDir);
            QVERIFY(history);
            QCOMPARE(history.value()->revision(), qint64(2));
            QCOMPARE(history.value()->textAt(0).value(), QStringLiteral("one"));
            QCOMPARE(history.value()->textAt(1).value(), QStringLiteral("one!"));
            const auto entries = history.value()->entries(1, 2);
            QVERIFY(entries);
            const HistoryAuthor author {history.value()->authorId(clientId), QStringLiteral("Ana"),
                                        QStringLiteral("#3366ff")};
            for (const HistoryEntry &e : entries.value())
                QCOMPARE(e.author, author);
            QVERIFY(entries.value().at(0).time > 0);
        }
        for (const QString &file : QDir(historyDir).entryList(QDir::Files))
            QVERIFY(!readBytes(historyDir + u'/' + file).contains(clientId.toUtf8()));
        const QString segment = historyDir + QStringLiteral("/ops-0000000000000000.jsonl");
        if (between == QLatin1String("delete")) {
            QVERIFY(QDir(historyDir).removeRecursively());
        } else if (between == QLatin1String("cut")) {
            const QByteArray log = readBytes(segment);
            QVERIFY(QFile::resize(segment, log.indexOf('\n') + 1));
        }
        {
            RoomServer server(config);
            QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
            RawClient raw;
            QVERIFY(raw.open(
                QUrl(QStringLiteral("ws://127.0.0.1:%1/%2").arg(server.port()).arg(room))));
            raw.hello(clientId, who);
            raw.send(opFrame(2, 3, QJsonArray {5, QStringLiteral("?")}));
            QCOMPARE(raw.next(QStringLiteral("ack")).value(QStringLiteral("revision")).toInt(), 3);
        }
        auto history = HistoryStore::open(historyDir);
        QVERIFY(history);
        QCOMPARE(history.value()->revision(), qint64(3));
        QCOMPARE(history.value()->textAt(3).value(), QStringLiteral(">one!?"));
        QCOMPARE(history.value()->textAt(2).value(), QStringLiteral(">one!"));
        QCOMPARE(history.value()->oldestRevision(),
                 qint64(between == QLatin1String("delete") ? 2 : 0));
        if (between.isEmpty())
            QCOMPARE(history.value()->textAt(1).value(), QStringLiteral("one!"));
        // The entry the history missed is not made up.
        QCOMPARE(bool(history.value()->entries(2, 3)), between.isEmpty());
        QVERIFY(history.value()->entries(3, 3));
    }

    void clientsRejoinARestartedServerWithTheirOfflineEdits()
    {
        QTemporaryDir dir;
        ServerConfig config;
        config.dataDir = dir.path();
        auto server = std::make_unique<RoomServer>(config);
        QVERIFY(server->listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server->createRoom(QStringLiteral("\n")).value();
        TcpProxy proxy(server->port());
        TestPeer ada(QStringLiteral("ada"));
        TestPeer bob(QStringLiteral("bob"));
        for (TestPeer *peer : {&ada, &bob})
            peer->client().join(Invite(QStringLiteral("127.0.0.1"), proxy.port(), room));
        QTRY_VERIFY(ada.ready() && bob.ready());
        for (int i = 0; i < 10; ++i) {
            ada.insert(0, QStringLiteral("a"));
            bob.insert(bob.text().size(), QStringLiteral("b"));
            QTest::qWait(2);
        }
        proxy.setOffline(true);
        server.reset();
        for (int i = 0; i < 10; ++i) {
            ada.insert(0, QStringLiteral("a"));
            bob.insert(bob.text().size(), QStringLiteral("b"));
        }
        server = std::make_unique<RoomServer>(config);
        QVERIFY(server->listen(QHostAddress::LocalHost, 0).ok());
        proxy.setTargetPort(server->port());
        proxy.setOffline(false);
        for (TestPeer *peer : {&ada, &bob}) {
            QTRY_COMPARE_WITH_TIMEOUT(peer->client().state(), SessionClient::State::Connected,
                                      10000);
            QTRY_COMPARE(peer->client().unsentEditCount(), 0);
        }
        const QString text = server->roomText(room);
        QCOMPARE(text.count(u'a'), qsizetype(20));
        QCOMPARE(text.count(u'b'), qsizetype(20));
        QTRY_COMPARE(ada.text(), text);
        QTRY_COMPARE(bob.text(), text);
    }

    void serverBackFromAnOlderCopyGetsEveryoneInStep_data()
    {
        QTest::addColumn<int>("bobsEdits");
        QTest::addColumn<QString>("bobTypes");
        QTest::addRow("room moved past the client's revision") << 5 << QStringLiteral("bb");
        QTest::addRow("room back at the client's revision") << 3 << QStringLiteral("bb");
        // Ada's "aaax" and the room's "bbbx": nothing but the text tells the revisions apart.
        QTest::addRow("same revision, same length") << 3 << QStringLiteral("b");
    }
    void serverBackFromAnOlderCopyGetsEveryoneInStep()
    {
        QFETCH(int, bobsEdits);
        QFETCH(QString, bobTypes);
        // A server that lost its last writes (restored from an older copy) hands out the lost
        // revision numbers again for other operations. A client that saw the lost ones and comes
        // back after the room moved past them is offered operations that do not fit its text; it
        // has to rejoin by text instead of retrying the same catch-up for ever. Back at the same
        // number, the room must not offer an empty catch-up for another text (hello.textHash
        // tells), nor throw away an op it cannot place.
        QTemporaryDir dir;
        ServerConfig config;
        config.dataDir = dir.filePath(QStringLiteral("live"));
        auto server = std::make_unique<RoomServer>(config);
        QVERIFY(server->listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server->createRoom(QStringLiteral("x")).value();
        copyDataDir(config.dataDir, dir.filePath(QStringLiteral("older")));
        TcpProxy adaLink(server->port());
        TcpProxy bobLink(server->port());
        TestPeer ada(QStringLiteral("ada"));
        TestPeer bob(QStringLiteral("bob"));
        ada.client().join(Invite(QStringLiteral("127.0.0.1"), adaLink.port(), room));
        bob.client().join(Invite(QStringLiteral("127.0.0.1"), bobLink.port(), room));
        QTRY_VERIFY(ada.ready() && bob.ready());
        for (int i = 0; i < 3; ++i) {
            ada.insert(0, QStringLiteral("a"));
            QTRY_COMPARE(ada.client().unsentEditCount(), 0);
        }
        QTRY_COMPARE(bob.client().revision(), qint64(3));
        adaLink.setOffline(true);
        adaLink.cutAll();
        bobLink.cutAll();
        QTRY_COMPARE(ada.client().state(), SessionClient::State::Reconnecting);
        ada.insert(0, QStringLiteral("A"));
        ada.insert(0, QStringLiteral("A"));
        server.reset();
        config.dataDir = dir.filePath(QStringLiteral("older"));
        server = std::make_unique<RoomServer>(config);
        QVERIFY(server->listen(QHostAddress::LocalHost, 0).ok());
        adaLink.setTargetPort(server->port());
        bobLink.setTargetPort(server->port());
        QTRY_COMPARE(bob.client().state(), SessionClient::State::Connected);
        for (int i = 0; i < bobsEdits; ++i) {
            bob.insert(0, bobTypes);
            QTRY_COMPARE(bob.client().unsentEditCount(), 0);
        }
        adaLink.setOffline(false);
        QTRY_COMPARE_WITH_TIMEOUT(ada.client().state(), SessionClient::State::Connected, 10000);
        QTRY_COMPARE(ada.client().unsentEditCount(), 0);
        const QString text = server->roomText(room);
        QTRY_COMPARE(ada.text(), text);
        QTRY_COMPARE(bob.text(), text);
        QCOMPARE(ada.client().revision(), server->roomRevision(room));
        QCOMPARE(text.count(u'b'), bobsEdits * bobTypes.size());
        QCOMPARE(text.count(u'A'), qsizetype(2));
    }

    void oneServerPerDataDirectory()
    {
        QTemporaryDir dir;
        ServerConfig config;
        config.dataDir = dir.path();
        RoomServer first(config);
        QVERIFY(first.listen(QHostAddress::LocalHost, 0).ok());
        RoomServer second(config);
        const auto refused = second.listen(QHostAddress::LocalHost, 0);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("data_dir_locked"));
    }
};

QTEST_GUILESS_MAIN(TestPersistence)
#include "tst_persistence.moc"
