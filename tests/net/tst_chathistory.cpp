// A room's chat history: bounded, sent after the welcome in order with its authors' names,
// colours and times, kept across a restart, and never shown twice by a client that rejoins.
#include "AccessFixtures.h"
#include "RawClient.h"
#include "TcpProxy.h"
#include "TestPeer.h"
#include "server/ChatHistory.h"
#include "server/RoomServer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ensemble;
using namespace ensemble::test;

namespace {

QJsonObject chat(const QString &text)
{
    return message(QStringLiteral("chat"), field(QStringLiteral("text"), text));
}

QJsonObject helloAs(const QString &name, const QString &color)
{
    return QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("color"), color}};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The chat frames that arrive right after a welcome, up to the first frame of another type.
QList<QJsonObject> historyAfterWelcome(RawClient &raw, qsizetype expected)
{
    QList<QJsonObject> lines;
    while (lines.size() < expected) {
        const QJsonObject frame = raw.nextAny();
        if (type(frame) != QStringLiteral("chat"))
            break;
        lines.append(frame);
    }
    return lines;
}

} // namespace

class TestChatHistory : public QObject
{
    Q_OBJECT

private slots:
    void historyIsBoundedAndSentOnJoin_data()
    {
        QTest::addColumn<int>("sent");
        QTest::addColumn<int>("kept");
        QTest::addRow("none") << 0 << 0;
        QTest::addRow("a few") << 3 << 3;
        QTest::addRow("exactly the bound") << 200 << 200;
        QTest::addRow("beyond the bound") << 205 << 200;
    }
    void historyIsBoundedAndSentOnJoin()
    {
        QFETCH(int, sent);
        QFETCH(int, kept);
        ServerConfig config;
        config.limits.messageBurst = 1000; // the chat is sent faster than the default budget
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("x")).value();
        RawClient ada;
        QVERIFY(ada.open(roomUrl(server, room)));
        const int adaId = userId(ada.hello(
            QStringLiteral("ada"), helloAs(QStringLiteral("Ada"), QStringLiteral("#d04040"))));
        QVERIFY(adaId > 0);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        qint64 lastTime = 0;
        for (int i = 0; i < sent; ++i) {
            ada.send(chat(QStringLiteral("line %1").arg(i)));
            // A live line (the echo) carries the time too, and no history flag.
            const QJsonObject echo = ada.next(QStringLiteral("chat"));
            QCOMPARE(echo.value(QStringLiteral("text")).toString(),
                     QStringLiteral("line %1").arg(i));
            QVERIFY(echo.value(QStringLiteral("time")).toInteger() >= before);
            QVERIFY(!echo.contains(QStringLiteral("history")));
            lastTime = echo.value(QStringLiteral("time")).toInteger();
        }

        RawClient bob;
        QVERIFY(bob.open(roomUrl(server, room)));
        QCOMPARE(type(bob.hello(QStringLiteral("bob"))), QStringLiteral("welcome"));
        ada.send(chat(QStringLiteral("after")));
        const QList<QJsonObject> lines = historyAfterWelcome(bob, kept + 1);
        QCOMPARE(lines.size(), kept + 1);
        for (int i = 0; i < kept; ++i) {
            const QJsonObject &line = lines.at(i);
            QCOMPARE(line.value(QStringLiteral("text")).toString(),
                     QStringLiteral("line %1").arg(sent - kept + i));
            QCOMPARE(line.value(QStringLiteral("history")).toBool(), true);
            QCOMPARE(line.value(QStringLiteral("user")).toInt(), adaId);
            QCOMPARE(line.value(QStringLiteral("name")).toString(), QStringLiteral("Ada"));
            QCOMPARE(line.value(QStringLiteral("color")).toString(), QStringLiteral("#d04040"));
            const qint64 time = line.value(QStringLiteral("time")).toInteger();
            QVERIFY(time >= before && time <= lastTime);
        }
        // Then the live line, which is not history.
        QCOMPARE(lines.last().value(QStringLiteral("text")).toString(), QStringLiteral("after"));
        QVERIFY(!lines.last().contains(QStringLiteral("history")));
    }

    void historySurvivesARestart_data()
    {
        QTest::addColumn<bool>("crash");
        QTest::addRow("clean shutdown") << false;
        // The files as a killed process (an embedded host's crash) leaves them: copied while
        // the server runs, before it could save anything at shutdown, once the chat's delayed
        // write has happened.
        QTest::addRow("crash image") << true;
    }
    void historySurvivesARestart()
    {
        QFETCH(bool, crash);
        QTemporaryDir dir;
        ServerConfig config;
        config.dataDir = dir.filePath(QStringLiteral("live"));
        const QString crashed = dir.filePath(QStringLiteral("crashed"));
        QString room;
        QList<qint64> times;
        {
            RoomServer server(config);
            QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
            room = server.createRoom(QStringLiteral("x")).value();
            RawClient ada;
            QVERIFY(ada.open(roomUrl(server, room)));
            ada.hello(QStringLiteral("ada"));
            for (const QString &text : {QStringLiteral("one"), QStringLiteral("<b>two</b>")}) {
                ada.send(chat(text));
                times.append(
                    ada.next(QStringLiteral("chat")).value(QStringLiteral("time")).toInteger());
            }
            if (crash) {
                // Chat is written at most a second after it is said.
                const QString chatFile
                    = QDir(config.dataDir).filePath(room + QStringLiteral("/chat.json"));
                QTRY_VERIFY(readAll(chatFile).contains("<b>two</b>"));
                const QString from = QDir(config.dataDir).filePath(room);
                QDirIterator files(from, QDir::Files, QDirIterator::Subdirectories);
                while (files.hasNext()) {
                    const QString to
                        = crashed + u'/' + room + u'/' + QDir(from).relativeFilePath(files.next());
                    QVERIFY(QDir().mkpath(QFileInfo(to).path()));
                    QVERIFY(QFile::copy(files.filePath(), to));
                }
            }
        }
        if (crash)
            config.dataDir = crashed;
        QVERIFY(QFile::exists(QDir(config.dataDir).filePath(room + QStringLiteral("/chat.json"))));
        RoomServer server(config);
        QSignalSpy warnings(&server, &RoomServer::warning);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        QCOMPARE(warnings.size(), 0);
        RawClient bob;
        QVERIFY(bob.open(roomUrl(server, room)));
        bob.hello(QStringLiteral("bob"));
        const QList<QJsonObject> lines = historyAfterWelcome(bob, 2);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).value(QStringLiteral("text")).toString(), QStringLiteral("one"));
        QCOMPARE(lines.at(1).value(QStringLiteral("text")).toString(),
                 QStringLiteral("<b>two</b>"));
        QCOMPARE(lines.at(0).value(QStringLiteral("time")).toInteger(), times.at(0));
        QCOMPARE(lines.at(1).value(QStringLiteral("time")).toInteger(), times.at(1));
    }

    void aBrokenChatFileLoadsAsEmpty_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<bool>("warns");
        QTest::addRow("missing") << QByteArray() << false;
        QTest::addRow("empty") << QByteArray("") << true;
        QTest::addRow("not JSON") << QByteArray("{\"format\":1,\"lines\":[{") << true;
        QTest::addRow("an array") << QByteArray("[1,2]") << true;
        QTest::addRow("newer format") << QByteArray("{\"format\":2,\"lines\":[]}") << true;
        QTest::addRow("lines not an array") << QByteArray("{\"format\":1,\"lines\":{}}") << true;
        QTest::addRow("a line without text") << QByteArray(
            "{\"format\":1,\"lines\":[{\"user\":1,\"name\":\"a\",\"color\":\"#000000\","
            "\"time\":5}]}") << true;
    }
    void aBrokenChatFileLoadsAsEmpty()
    {
        QFETCH(QByteArray, contents);
        QFETCH(bool, warns);
        QTemporaryDir dir;
        ServerConfig config;
        config.dataDir = dir.path();
        QString room;
        {
            RoomServer server(config);
            QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
            room = server.createRoom(QStringLiteral("kept")).value();
        }
        if (warns) {
            QFile file(QDir(dir.path()).filePath(room + QStringLiteral("/chat.json")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(contents);
        }
        RoomServer server(config);
        QSignalSpy warnings(&server, &RoomServer::warning);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        QCOMPARE(warnings.size(), warns ? 1 : 0);
        QCOMPARE(server.roomText(room), QStringLiteral("kept"));
        RawClient bob;
        QVERIFY(bob.open(roomUrl(server, room)));
        QCOMPARE(type(bob.hello(QStringLiteral("bob"))), QStringLiteral("welcome"));
        // The room's chat goes on, and replaces the broken file.
        bob.send(chat(QStringLiteral("fresh")));
        const QJsonObject first = bob.nextAny();
        QCOMPARE(type(first), QStringLiteral("chat"));
        QCOMPARE(first.value(QStringLiteral("text")).toString(), QStringLiteral("fresh"));
        QVERIFY(!first.contains(QStringLiteral("history")));
    }

    void historyFileKeepsEveryUnit()
    {
        ChatHistory history(2);
        const QString odd = QStringLiteral("a\uFEFF") + QChar(0xD800) + QStringLiteral("\"</>");
        for (int i = 0; i < 3; ++i)
            history.add(PeerChatMsg {i + 1, odd + QString::number(i), QStringLiteral("Ana"),
                                     QStringLiteral("#102030"), 1000 + i, true});
        QCOMPARE(history.lines().size(), 2);
        QCOMPARE(history.lines().first().user, 2);
        QString warning;
        const ChatHistory read = ChatHistory::fromJson(history.toJson(), 2, &warning);
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        QCOMPARE(read.lines(), history.lines());
        QCOMPARE(read.lines().last().text, odd + QStringLiteral("2"));
        QVERIFY(!read.lines().last().history);
        // A smaller bound keeps the newest.
        const ChatHistory smaller = ChatHistory::fromJson(history.toJson(), 1, &warning);
        QCOMPARE(smaller.lines().size(), 1);
        QCOMPARE(smaller.lines().first().user, 3);
    }

    void aRejoiningClientShowsNoLineTwice()
    {
        RoomServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("x")).value();
        TcpProxy proxy(server.port());
        TestPeer ada(QStringLiteral("ada"));
        TestPeer bob(QStringLiteral("bob"));
        bob.client().join(inviteTo(server, room));
        QTRY_VERIFY(bob.ready());
        QVERIFY(bob.client().sendChat(QStringLiteral("before ada")));
        QTRY_COMPARE(bob.client().chatLines().size(), 1);

        QSignalSpy adaLines(&ada.client(), &SessionClient::chatLineReceived);
        QSignalSpy adaLive(&ada.client(), &SessionClient::chatReceived);
        ada.client().join(Invite(QStringLiteral("127.0.0.1"), proxy.port(), room));
        QTRY_COMPARE(adaLines.size(), 1);
        const auto first = adaLines.first().first().value<ChatLine>();
        QCOMPARE(first.text, QStringLiteral("before ada"));
        QCOMPARE(first.name, QStringLiteral("bob"));
        QVERIFY(first.history);
        QVERIFY(first.time > 0);
        QCOMPARE(adaLive.size(), 0); // history is not a line said while ada was there
        QVERIFY(bob.client().sendChat(QStringLiteral("hi ada")));
        QTRY_COMPARE(adaLines.size(), 2);
        QCOMPARE(adaLive.size(), 1);
        QVERIFY(!adaLines.last().first().value<ChatLine>().history);

        proxy.cutAll();
        proxy.setOffline(true);
        QTRY_COMPARE(ada.client().state(), SessionClient::State::Reconnecting);
        QVERIFY(bob.client().sendChat(QStringLiteral("while ada was away")));
        QTRY_COMPARE(bob.client().chatLines().size(), 3);
        proxy.setOffline(false);
        QTRY_COMPARE_WITH_TIMEOUT(ada.client().state(), SessionClient::State::Connected, 10000);
        // The room resent all three; only the one ada had not seen is new.
        QTRY_COMPARE(adaLines.size(), 3);
        QTest::qWait(100);
        QCOMPARE(adaLines.size(), 3);
        QCOMPARE(adaLines.last().first().value<ChatLine>().text,
                 QStringLiteral("while ada was away"));
        QCOMPARE(ada.client().chatLines().size(), 3);
        const auto texts = [](const QList<ChatLine> &lines) {
            QStringList result;
            for (const ChatLine &line : lines)
                result.append(line.text);
            return result;
        };
        QCOMPARE(texts(ada.client().chatLines()), texts(bob.client().chatLines()));
    }
};

QTEST_GUILESS_MAIN(TestChatHistory)
#include "tst_chathistory.moc"
