// Who may join a room, over real sockets: passwords and what failing them costs (delays,
// lockouts), owner keys, and rules that survive a restart. tst_roomcontrol covers what the owner
// may do once people are in.
#include "AccessFixtures.h"
#include "RawClient.h"
#include "TestPeer.h"
#include "protocol/RoomId.h"
#include "server/RoomServer.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ensemble;
using ensemble::test::RawClient;
using ensemble::test::TestPeer;
using namespace ensemble::test;

class TestAccess : public QObject
{
    Q_OBJECT

private slots:
    void passwordDecidesWhoJoins_data()
    {
        QTest::addColumn<QJsonObject>("extra");
        QTest::addColumn<QString>("code");
        QTest::addRow("right password") << field(QStringLiteral("password"), password) << QString();
        QTest::addRow("owner key, no password")
            << field(QStringLiteral("owner"), ownerKey) << QString();
        QTest::addRow("wrong password") << field(QStringLiteral("password"), QStringLiteral("x"))
                                        << QStringLiteral("wrong_password");
        QTest::addRow("no password") << QJsonObject() << QStringLiteral("wrong_password");
        QTest::addRow("empty password")
            << field(QStringLiteral("password"), QString()) << QStringLiteral("wrong_password");
        QTest::addRow("wrong owner key, no password")
            << field(QStringLiteral("owner"), QStringLiteral("not-the-owner-key-at-all"))
            << QStringLiteral("wrong_password");
    }
    void passwordDecidesWhoJoins()
    {
        QFETCH(QJsonObject, extra);
        QFETCH(QString, code);
        RoomServer server(quickConfig());
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room
            = server.createRoom(QStringLiteral("secret text"), {}, {}, {{}, password, ownerKey})
                  .value();
        RawClient raw;
        QVERIFY(raw.open(roomUrl(server, room)));
        const QJsonObject answer = raw.hello(QStringLiteral("guest"), extra);
        if (code.isEmpty()) {
            QCOMPARE(type(answer), QStringLiteral("welcome"));
            QCOMPARE(answer.value(QStringLiteral("text")).toString(),
                     QStringLiteral("secret text"));
            QCOMPARE(server.participants(room).size(), 1);
            return;
        }
        QCOMPARE(::code(answer), code);
        QVERIFY(!answer.contains(QStringLiteral("text")));
        QCOMPARE(raw.waitForClose(), 4003);
        QVERIFY(server.participants(room).isEmpty());
    }

    void failuresWaitLongerEachTime()
    {
        ServerConfig config = quickConfig();
        config.access.maxFailureDelayMs = 10000;
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom({}, {}, {}, {{}, password, {}}).value();
        for (int failure = 0; failure < 3; ++failure) {
            RawClient raw;
            QVERIFY(raw.open(roomUrl(server, room)));
            QElapsedTimer answered;
            answered.start();
            QCOMPARE(::code(raw.hello(QStringLiteral("guess"),
                                      field(QStringLiteral("password"), QStringLiteral("guess")))),
                     QStringLiteral("wrong_password"));
            const qint64 expected = config.access.failureDelayMs << failure;
            QVERIFY2(answered.elapsed() >= expected,
                     qPrintable(QStringLiteral("failure %1 answered after %2 ms, not %3")
                                    .arg(failure + 1)
                                    .arg(answered.elapsed())
                                    .arg(expected)));
        }
    }

    void tooManyFailuresLockTheAddressOut()
    {
        ServerConfig config = quickConfig();
        config.access.maxFailures = 3;
        config.access.lockoutMs = 1000;
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom({}, {}, {}, {{}, password, ownerKey}).value();
        QSignalSpy warnings(&server, &RoomServer::warning);
        QSignalSpy clientErrors(&server, &RoomServer::clientError);
        const QJsonObject wrong = field(QStringLiteral("password"), QStringLiteral("guess"));
        const QJsonObject right = field(QStringLiteral("password"), password);
        for (int i = 0; i < 3; ++i) {
            RawClient raw;
            QVERIFY(raw.open(roomUrl(server, room)));
            QCOMPARE(::code(raw.hello(QStringLiteral("guess"), wrong)),
                     QStringLiteral("wrong_password"));
        }
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().first().toString().contains(QStringLiteral("127.0.0.1")));

        // Now even the right password is turned away, and the log says so.
        RawClient locked;
        QVERIFY(locked.open(roomUrl(server, room)));
        const QJsonObject refusal = locked.hello(QStringLiteral("late"), right);
        QCOMPARE(::code(refusal), QStringLiteral("too_many_attempts"));
        const qint64 retryAfter = refusal.value(QStringLiteral("retryAfter")).toInteger();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 1, qPrintable(QString::number(retryAfter)));
        QCOMPARE(locked.waitForClose(), 4012);
        QCOMPARE(clientErrors.last().at(2).toString(), QStringLiteral("too_many_attempts"));

        // The owner's key still opens the room: guests on the host's machine cannot lock it out.
        RawClient owner;
        QVERIFY(owner.open(roomUrl(server, room)));
        QCOMPARE(
            type(owner.hello(QStringLiteral("owner"), field(QStringLiteral("owner"), ownerKey))),
            QStringLiteral("welcome"));

        // The lockout ends.
        QTest::qWait(config.access.lockoutMs + 100);
        RawClient later;
        QVERIFY(later.open(roomUrl(server, room)));
        QCOMPARE(type(later.hello(QStringLiteral("later"), right)), QStringLiteral("welcome"));
    }

    void unknownRoomsGetOneAnswer()
    {
        RoomServer server(quickConfig());
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        server.createRoom({}, {}, {}, {{}, password, ownerKey}).value();
        const QList<QJsonObject> hellos {
            {},
            field(QStringLiteral("password"), password),
            field(QStringLiteral("owner"), ownerKey),
            field(QStringLiteral("create"), field(QStringLiteral("text"), QStringLiteral("x"))),
        };
        QString firstAnswer;
        for (qsizetype i = 0; i < hellos.size(); ++i) {
            RawClient raw;
            QVERIFY(raw.open(roomUrl(server, newRoomId())));
            QElapsedTimer answered;
            answered.start();
            QCOMPARE(::code(raw.hello(QStringLiteral("prober"), hellos.at(i))),
                     QStringLiteral("no_such_room"));
            // Counted like a wrong password: every probe waits longer than the one before.
            QVERIFY(answered.elapsed() >= std::min(100 << i, 400));
            QCOMPARE(raw.waitForClose(), 4004);
            if (i == 0)
                firstAnswer = raw.frames().first();
            QCOMPARE(raw.frames(), QStringList {firstAnswer});
        }
    }

    void ownerKeyMarksTheHost()
    {
        RoomServer server(quickConfig());
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom({}, {}, {}, {{}, {}, ownerKey}).value();
        RawClient owner;
        QVERIFY(owner.open(roomUrl(server, room)));
        const QJsonObject ownerWelcome
            = owner.hello(QStringLiteral("owner"), field(QStringLiteral("owner"), ownerKey));
        QVERIFY(isHost(ownerWelcome.value(QStringLiteral("you")).toObject()));

        // The client id is no credential: a guest claiming the owner's id is still a guest.
        RawClient guest;
        QVERIFY(guest.open(roomUrl(server, room)));
        const QJsonObject guestWelcome = guest.hello(
            QStringLiteral("guest"),
            field(QStringLiteral("owner"), QStringLiteral("a-guess-at-the-owner-key")));
        QCOMPARE(type(guestWelcome), QStringLiteral("welcome"));
        QVERIFY(!isHost(guestWelcome.value(QStringLiteral("you")).toObject()));
        const QJsonArray users = guestWelcome.value(QStringLiteral("users")).toArray();
        QCOMPARE(users.size(), 1);
        QVERIFY(isHost(users.first().toObject()));
        QVERIFY(
            !isHost(owner.next(QStringLiteral("joined")).value(QStringLiteral("user")).toObject()));
        const QList<Participant> participants = server.participants(room);
        QCOMPARE(participants.size(), 2);
        QVERIFY(participants.at(0).host);
        QVERIFY(!participants.at(1).host);

        RawClient shortKey;
        QVERIFY(shortKey.open(roomUrl(server, room)));
        QCOMPARE(::code(shortKey.hello(QStringLiteral("short"),
                                       field(QStringLiteral("owner"), QStringLiteral("short")))),
                 QStringLiteral("bad_message"));
    }

    void accessSurvivesRestart()
    {
        QTemporaryDir dir;
        ServerConfig config = quickConfig();
        config.dataDir = dir.path();
        const QString changed = QStringLiteral("changed password");
        QString room;
        {
            RoomServer server(config);
            QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
            room = server
                       .createRoom(QStringLiteral("kept"), {}, {},
                                   {QStringLiteral("main.cpp"), password, ownerKey})
                       .value();
            RawClient owner;
            QVERIFY(owner.open(roomUrl(server, room)));
            owner.hello(QStringLiteral("owner"), field(QStringLiteral("owner"), ownerKey));
            RawClient gone;
            QVERIFY(gone.open(roomUrl(server, room)));
            const int goneId = userId(
                gone.hello(QStringLiteral("gone"), field(QStringLiteral("password"), password)));
            owner.send(message(QStringLiteral("remove"), field(QStringLiteral("user"), goneId)));
            QCOMPARE(gone.waitForClose(), 4011);
            RawClient stayed;
            QVERIFY(stayed.open(roomUrl(server, room)));
            stayed.hello(QStringLiteral("stayed"), field(QStringLiteral("password"), password));
            owner.send(message(QStringLiteral("settings"),
                               QJsonObject {{QStringLiteral("readOnly"), true},
                                            {QStringLiteral("password"), changed}}));
            QTRY_VERIFY(server.isReadOnly(room));
        }
        QFile snapshot(dir.filePath(room + QStringLiteral("/session.json")));
        QVERIFY(snapshot.open(QIODevice::ReadOnly));
        const QByteArray stored = snapshot.readAll();
        QVERIFY(stored.contains("\"access\""));
        QVERIFY(!stored.contains(password.toUtf8()));
        QVERIFY(!stored.contains(ownerKey.toUtf8()));
        QVERIFY(!stored.contains(changed.toUtf8()));

        RoomServer restarted(config);
        QVERIFY(restarted.listen(QHostAddress::LocalHost, 0).ok());
        RawClient owner;
        QVERIFY(owner.open(roomUrl(restarted, room)));
        const QJsonObject welcome
            = owner.hello(QStringLiteral("owner"), field(QStringLiteral("owner"), ownerKey));
        QVERIFY(isHost(welcome.value(QStringLiteral("you")).toObject()));
        QCOMPARE(welcome.value(QStringLiteral("title")).toString(), QStringLiteral("main.cpp"));
        QVERIFY(welcome.value(QStringLiteral("readOnly")).toBool());
        RawClient noPassword;
        QVERIFY(noPassword.open(roomUrl(restarted, room)));
        QCOMPARE(::code(noPassword.hello(QStringLiteral("nobody"))),
                 QStringLiteral("wrong_password"));
        RawClient oldPassword;
        QVERIFY(oldPassword.open(roomUrl(restarted, room)));
        QCOMPARE(::code(oldPassword.hello(QStringLiteral("late"),
                                          field(QStringLiteral("password"), password))),
                 QStringLiteral("wrong_password"));
        // Whoever was in the room at the password change still gets in without it.
        RawClient stayed;
        QVERIFY(stayed.open(roomUrl(restarted, room)));
        QCOMPARE(::type(stayed.hello(QStringLiteral("stayed"))), QStringLiteral("welcome"));
        RawClient gone;
        QVERIFY(gone.open(roomUrl(restarted, room)));
        QCOMPARE(
            ::code(gone.hello(QStringLiteral("gone"), field(QStringLiteral("password"), changed))),
            QStringLiteral("removed"));
        QCOMPARE(gone.waitForClose(), 4011);
    }

    void headlessCreatorOwnsTheRoom()
    {
        ServerConfig config = quickConfig();
        config.allowClientCreatedRooms = true;
        config.password = QStringLiteral("server password");
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const auto creating = [&](const QJsonObject &create, const QString &serverPassword) {
            QJsonObject extra {{QStringLiteral("create"), create},
                               {QStringLiteral("owner"), ownerKey}};
            if (!serverPassword.isEmpty())
                extra.insert(QStringLiteral("password"), serverPassword);
            return extra;
        };
        const QJsonObject ownPassword {
            {QStringLiteral("text"), QStringLiteral("notes")},
            {QStringLiteral("title"), QStringLiteral("notes.md")},
            {QStringLiteral("password"), QStringLiteral("room password")}};

        // Creating a room needs the server's password.
        RawClient stranger;
        QVERIFY(stranger.open(roomUrl(server, newRoomId())));
        QCOMPARE(::code(stranger.hello(QStringLiteral("stranger"), creating(ownPassword, {}))),
                 QStringLiteral("wrong_password"));
        QVERIFY(server.roomIds().isEmpty());

        const QString room = newRoomId();
        RawClient creator;
        QVERIFY(creator.open(roomUrl(server, room)));
        const QJsonObject welcome
            = creator.hello(QStringLiteral("creator"), creating(ownPassword, config.password));
        QCOMPARE(type(welcome), QStringLiteral("welcome"));
        QVERIFY(isHost(welcome.value(QStringLiteral("you")).toObject()));
        QCOMPARE(welcome.value(QStringLiteral("title")).toString(), QStringLiteral("notes.md"));
        // The room asks for its own password, not the server's.
        RawClient withServerPassword;
        QVERIFY(withServerPassword.open(roomUrl(server, room)));
        QCOMPARE(::code(withServerPassword.hello(
                     QStringLiteral("a"), field(QStringLiteral("password"), config.password))),
                 QStringLiteral("wrong_password"));
        RawClient withRoomPassword;
        QVERIFY(withRoomPassword.open(roomUrl(server, room)));
        QCOMPARE(type(withRoomPassword.hello(
                     QStringLiteral("b"),
                     field(QStringLiteral("password"), QStringLiteral("room password")))),
                 QStringLiteral("welcome"));

        // A room created without a password of its own asks for the server's.
        const QString plain = newRoomId();
        RawClient plainCreator;
        QVERIFY(plainCreator.open(roomUrl(server, plain)));
        QCOMPARE(
            type(plainCreator.hello(QStringLiteral("c"), creating(QJsonObject(), config.password))),
            QStringLiteral("welcome"));
        RawClient plainGuest;
        QVERIFY(plainGuest.open(roomUrl(server, plain)));
        QCOMPARE(::code(plainGuest.hello(QStringLiteral("d"))), QStringLiteral("wrong_password"));
    }
};

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
