// Long messages are handled off the rooms' thread without changing what anyone sees:
// - a welcome too long to write on the rooms' thread is written on a pool thread and handed to
//   the socket as bytes: it arrives whole, and what the room sends that connection meanwhile
//   arrives after it, in order (over wss:// the same is in tst_tls);
// - a message too long to parse on the rooms' thread is parsed on a pool thread: the sender's
//   later messages wait behind it, a long message that cannot be read is answered with its seq,
//   and a sender that leaves meanwhile harms nobody.
#include "RawClient.h"
#include "RawFrames.h"
#include "server/RoomServer.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace ensemble;
using ensemble::test::json;
using ensemble::test::opMessage;
using ensemble::test::RawClient;
using ensemble::test::roomUrl;
using ensemble::test::type;

class TestLongMessages : public QObject
{
    Q_OBJECT

private slots:
    void framesWaitBehindALongWelcome()
    {
        // A text long enough for its welcome to be written on another thread.
        ServerConfig config;
        config.limits.maxDocumentLength = 4 * 1024 * 1024;
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString text = QStringLiteral("line \"quoted\"\n").repeated(100000);
        const QString room = server.createRoom(text).value();
        RawClient ada;
        RawClient bob;
        QVERIFY(ada.open(roomUrl(server, room)));
        QVERIFY(bob.open(roomUrl(server, room)));
        QCOMPARE(type(ada.hello(QStringLiteral("ada"))), QStringLiteral("welcome"));
        // Ada's op reaches the room while Bob's welcome is (most likely) still being written: it
        // must reach Bob after the welcome, which has the text before it.
        QSignalSpy joined(&server, &RoomServer::participantJoined);
        bob.send(
            json("{'type':'hello','protocol':1,'name':'bob','color':'#102030','client':'bob'}"));
        QVERIFY(joined.wait());
        ada.send(opMessage(0, 1, QJsonArray {text.size(), QStringLiteral("!")}));
        const QJsonObject welcome = bob.nextAny();
        QCOMPARE(type(welcome), QStringLiteral("welcome"));
        QCOMPARE(welcome.value(QStringLiteral("revision")).toInt(), 0);
        QCOMPARE(welcome.value(QStringLiteral("text")).toString(), text);
        const QJsonObject relayed = bob.nextAny();
        QCOMPARE(type(relayed), QStringLiteral("op"));
        QCOMPARE(relayed.value(QStringLiteral("revision")).toInt(), 1);
    }

    void messagesWaitBehindALongOne_data()
    {
        QTest::addColumn<int>("followers");
        QTest::addRow("one") << 1;
        QTest::addRow("more than a pass of the backlog") << 20;
    }
    void messagesWaitBehindALongOne()
    {
        QFETCH(int, followers);
        RoomServer server(longConfig());
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom({}).value();
        RawClient ada;
        QVERIFY(ada.open(roomUrl(server, room)));
        QCOMPARE(type(ada.hello(QStringLiteral("ada"))), QStringLiteral("welcome"));
        ada.send(replaceMessage(1, longText()));
        for (int i = 0; i < followers; ++i)
            ada.send(QJsonObject {{QStringLiteral("type"), QStringLiteral("chat")},
                                  {QStringLiteral("text"), QStringLiteral("after %1").arg(i)}});
        const QJsonObject ack = ada.nextAny();
        QCOMPARE(type(ack), QStringLiteral("ack"));
        QCOMPARE(ack.value(QStringLiteral("seq")).toInt(), 1);
        for (int i = 0; i < followers; ++i) {
            const QJsonObject chat = ada.next(QStringLiteral("chat"));
            QCOMPARE(chat.value(QStringLiteral("text")).toString(),
                     QStringLiteral("after %1").arg(i));
        }
        QCOMPARE(server.roomText(room), longText());
    }

    void aLongMessageThatCannotBeReadIsAnsweredWithItsSeq()
    {
        RoomServer server(longConfig());
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom({}).value();
        RawClient ada;
        QVERIFY(ada.open(roomUrl(server, room)));
        QCOMPARE(type(ada.hello(QStringLiteral("ada"))), QStringLiteral("welcome"));
        // A replace whose revision is not a number.
        QJsonObject replace = replaceMessage(7, longText());
        replace.insert(QStringLiteral("revision"), QStringLiteral("zero"));
        ada.send(replace);
        const QJsonObject error = ada.next(QStringLiteral("error"));
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("bad_message"));
        QCOMPARE(error.value(QStringLiteral("seq")).toInt(), 7);
        QVERIFY(ada.isOpen());
        QCOMPARE(server.roomText(room), QString());
    }

    void aSenderThatLeavesWhileItsMessageIsReadHarmsNobody()
    {
        RoomServer server(longConfig());
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom({}).value();
        RawClient bob;
        QVERIFY(bob.open(roomUrl(server, room)));
        QCOMPARE(type(bob.hello(QStringLiteral("bob"))), QStringLiteral("welcome"));
        {
            RawClient ada;
            QVERIFY(ada.open(roomUrl(server, room)));
            QCOMPARE(type(ada.hello(QStringLiteral("ada"))), QStringLiteral("welcome"));
            ada.send(replaceMessage(1, longText()));
            ada.socket().flush();
            ada.socket().abort();
        }
        QCOMPARE(type(bob.next(QStringLiteral("left"))), QStringLiteral("left"));
        bob.send(opMessage(0, 1, QJsonArray {QStringLiteral("still here")}));
        QCOMPARE(bob.next(QStringLiteral("ack")).value(QStringLiteral("seq")).toInt(), 1);
    }

private:
    static ServerConfig longConfig()
    {
        ServerConfig config;
        config.limits.maxDocumentLength = 4 * 1024 * 1024;
        return config;
    }
    // Long enough (2 MB) to be parsed on another thread.
    static QString longText() { return QStringLiteral("line \"quoted\"\n").repeated(150000); }
    static QJsonObject replaceMessage(quint64 seq, const QString &text)
    {
        return QJsonObject {{QStringLiteral("type"), QStringLiteral("replace")},
                            {QStringLiteral("revision"), 0},
                            {QStringLiteral("seq"), qint64(seq)},
                            {QStringLiteral("text"), text}};
    }
};

QTEST_GUILESS_MAIN(TestLongMessages)
#include "tst_longmessages.moc"
