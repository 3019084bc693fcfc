// What a server does with the rooms it finds in its data directory at start: a room of the
// one-document layout becomes a session (a crash during the move is finished later, a damaged
// room keeps its files), and files that contradict themselves are not loaded.
#include "RawClient.h"
#include "StoredOperations.h"
#include "TempFiles.h"
#include "server/ChatHistory.h"
#include "server/HistoryStore.h"
#include "server/RoomServer.h"
#include "server/RoomStore.h"

#include <QDir>
#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ensemble;
using namespace ensemble::test;

namespace {

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
    QVERIFY(store.value()->append(loggedInsert(2, 2, QStringLiteral("c"))).ok());
    ChatHistory chat(10);
    chat.add(PeerChatMsg {1, QStringLiteral("hi"), QStringLiteral("Ana"), QStringLiteral("#3366ff"),
                          1000});
    QFile file(roomDir + QStringLiteral("/chat.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(chat.toJson());
    file.close();
    QVERIFY(HistoryStore::create(roomDir + QStringLiteral("/history"), 1, Rope(u"ab")));
}

void moveFile(const QString &from, const QString &to)
{
    QVERIFY2(QDir().rename(from, to), qPrintable(from));
}

} // namespace

class TestRoomLoading : public QObject
{
    Q_OBJECT

private slots:
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

    // Files that read well but contradict themselves (found by fuzz_roomstore): loading them
    // would list the room where nobody reaches it, or hand out a revision its log already has.
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
            QVERIFY(store.value()->append(loggedInsert(2, 2, QStringLiteral("c"))).ok());
            if (repeatSeq) {
                LoggedOperation again = loggedInsert(3, 3, QStringLiteral("d"));
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
};

QTEST_GUILESS_MAIN(TestRoomLoading)
#include "tst_roomloading.moc"
