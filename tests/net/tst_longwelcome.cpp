// A welcome too long to write on the rooms' thread is written on a pool thread and handed to the
// socket as bytes: it arrives whole, and what the room sends that connection meanwhile arrives
// after it, in order. (Over wss:// the same is in tst_tls.)
#include "RawClient.h"
#include "server/RoomServer.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace ensemble;
using ensemble::test::RawClient;

namespace {

QByteArray json(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

QUrl roomUrl(const RoomServer &server, const QString &room)
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/%2").arg(server.port()).arg(room));
}

QString type(const QJsonObject &frame)
{
    return frame.value(QStringLiteral("type")).toString();
}

QJsonObject opMessage(qint64 revision, quint64 seq, const QJsonArray &op)
{
    return QJsonObject {{QStringLiteral("type"), QStringLiteral("op")},
                        {QStringLiteral("revision"), revision},
                        {QStringLiteral("seq"), qint64(seq)},
                        {QStringLiteral("op"), op}};
}

} // namespace

class TestLongWelcome : public QObject
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
};

QTEST_GUILESS_MAIN(TestLongWelcome)
#include "tst_longwelcome.moc"
