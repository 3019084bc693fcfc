// The room quota cannot be used up for good: clients from one address create a limited number
// of rooms per hour, the rooms' files have a disk quota, and rooms clients created that nobody
// joins for a while are deleted (the operator's own rooms never are), also across a restart.
#include "AccessFixtures.h"
#include "RawClient.h"
#include "server/RoomServer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ensemble;
using namespace ensemble::test;

namespace {

// A client-created room's id, as a client picks one.
QString freshRoomId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// What the server answers a hello from 127.0.0.1 that creates room @p id; the client stays
// connected while @p client lives.
QJsonObject create(RawClient &client, const RoomServer &server, const QString &id)
{
    if (!client.open(roomUrl(server, id)))
        return {};
    return client.hello(QStringLiteral("creator"),
                        field(QStringLiteral("create"),
                              field(QStringLiteral("text"), QStringLiteral("made by a client"))));
}

ServerConfig creatingConfig()
{
    ServerConfig config;
    config.allowClientCreatedRooms = true;
    return config;
}

} // namespace

class RoomQuotaTest : public QObject
{
    Q_OBJECT

private slots:
    void creationsPerAddressAreRated_data()
    {
        QTest::addColumn<int>("perHour");
        QTest::addRow("1 an hour") << 1;
        QTest::addRow("5 an hour") << 5;
    }
    void creationsPerAddressAreRated()
    {
        QFETCH(int, perHour);
        ServerConfig config = creatingConfig();
        config.limits.roomsPerHourPerAddress = perHour;
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        for (int i = 0; i < perHour; ++i) {
            RawClient client;
            QCOMPARE(type(create(client, server, freshRoomId())), QStringLiteral("welcome"));
        }
        RawClient late;
        const QJsonObject refusal = create(late, server, freshRoomId());
        QCOMPARE(code(refusal), QStringLiteral("too_many_rooms"));
        const qint64 retryAfter = refusal.value(QStringLiteral("retryAfter")).toInteger();
        QVERIFY2(retryAfter > 3000 && retryAfter <= 3600, qPrintable(QString::number(retryAfter)));
        QCOMPARE(late.waitForClose(), 4007);
        QCOMPARE(server.roomIds().size(), perHour);
        // The operator is not rated.
        QVERIFY(server.createRoom(QStringLiteral("the operator's")).ok());
    }

    void theDiskQuotaStopsClientCreations()
    {
        QTemporaryDir dir;
        ServerConfig config = creatingConfig();
        config.dataDir = dir.path();
        config.limits.maxStorageBytes = 1; // Any room takes more.
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        RawClient first;
        QCOMPARE(type(create(first, server, freshRoomId())), QStringLiteral("welcome"));
        RawClient second;
        const QJsonObject refusal = create(second, server, freshRoomId());
        QCOMPARE(code(refusal), QStringLiteral("too_many_rooms"));
        QVERIFY(refusal.value(QStringLiteral("message")).toString().contains(u"storage"));
        QCOMPARE(server.roomIds().size(), 1);
    }

    void roomsNobodyJoinsExpireButNotTheOperatorsOrOccupiedOnes()
    {
        QTemporaryDir dir;
        ServerConfig config = creatingConfig();
        config.dataDir = dir.path();
        config.limits.roomExpiryMs = 1500;
        RoomServer server(config);
        QSignalSpy warnings(&server, &RoomServer::warning);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString operators = server.createRoom(QStringLiteral("kept")).value();
        const QString abandoned = freshRoomId();
        const QString occupied = freshRoomId();
        {
            RawClient creator;
            QCOMPARE(type(create(creator, server, abandoned)), QStringLiteral("welcome"));
        }
        RawClient stays;
        QCOMPARE(type(create(stays, server, occupied)), QStringLiteral("welcome"));
        QTRY_VERIFY_WITH_TIMEOUT(!server.hasRoom(abandoned), 15000);
        QVERIFY(!QDir(dir.filePath(abandoned)).exists());
        QVERIFY(server.hasRoom(operators));
        QVERIFY(server.hasRoom(occupied));
        QVERIFY(warnings.last().first().toString().contains(abandoned));
    }

    void expiryOutlivesARestart()
    {
        QTemporaryDir dir;
        ServerConfig config = creatingConfig();
        config.dataDir = dir.path();
        config.limits.roomExpiryMs = 0;
        const QString abandoned = freshRoomId();
        QString operators;
        {
            RoomServer before(config);
            QVERIFY(before.listen(QHostAddress::LocalHost, 0).ok());
            operators = before.createRoom(QStringLiteral("kept")).value();
            RawClient creator;
            QCOMPARE(type(create(creator, before, abandoned)), QStringLiteral("welcome"));
        }
        QTest::qWait(1200);
        config.limits.roomExpiryMs = 1000;
        RoomServer after(config);
        QVERIFY(after.listen(QHostAddress::LocalHost, 0).ok());
        QVERIFY(!after.hasRoom(abandoned));
        QVERIFY(after.hasRoom(operators));
    }
};

QTEST_GUILESS_MAIN(RoomQuotaTest)
#include "tst_roomquota.moc"
