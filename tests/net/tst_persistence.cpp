// A restarted server: it resumes every room at the same revision with its duplicate detection
// intact, keeps each room's whole history, and brings clients back in step, whether it stopped
// cleanly or crashed (a copy of the data directory taken while the server runs is exactly what a
// crash leaves behind), even from an older copy.
#include "RawClient.h"
#include "TcpProxy.h"
#include "TempFiles.h"
#include "TestPeer.h"
#include "server/HistoryStore.h"
#include "server/RoomServer.h"

#include <QDir>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ensemble;
using namespace ensemble::test;

namespace {

// What a crash at this instant would leave on disk (every append is already flushed to the OS).
void copyDataDir(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QString &file : QDir(from).entryList(QDir::Files))
        QFile::copy(from + u'/' + file, to + u'/' + file);
    for (const QString &sub : QDir(from).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        copyDataDir(from + u'/' + sub, to + u'/' + sub);
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
