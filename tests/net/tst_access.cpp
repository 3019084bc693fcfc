// Who may join a room and what they may do there, over real sockets: passwords and what failing
// them costs (delays, lockouts), owner keys, removing participants, read-only rooms, and client
// ids that no participant learns from another.
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

namespace {

const QString password = QStringLiteral("correct horse");
const QString ownerKey = QStringLiteral("0123456789abcdef-owner-key");

// Quick hashing and short delays, so the rules can be watched without waiting for real seconds.
ServerConfig quickConfig()
{
    ServerConfig config;
    config.access.failureDelayMs = 100;
    config.access.maxFailureDelayMs = 400;
    config.access.maxFailures = 10;
    config.access.passwordIterations = 1000;
    return config;
}

QUrl roomUrl(const RoomServer &server, const QString &room)
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/%2").arg(server.port()).arg(room));
}

Invite inviteTo(const RoomServer &server, const QString &room)
{
    return Invite(QStringLiteral("127.0.0.1"), server.port(), room);
}

QString type(const QJsonObject &frame)
{
    return frame.value(QStringLiteral("type")).toString();
}

QString code(const QJsonObject &frame)
{
    return frame.value(QStringLiteral("code")).toString();
}

QJsonObject field(const QString &key, const QJsonValue &value)
{
    return QJsonObject {{key, value}};
}

QJsonObject opMessage(qint64 revision, quint64 seq, const QJsonArray &op)
{
    return QJsonObject {{QStringLiteral("type"), QStringLiteral("op")},
                        {QStringLiteral("revision"), revision},
                        {QStringLiteral("seq"), qint64(seq)},
                        {QStringLiteral("op"), op}};
}

QJsonObject message(const QString &type, const QJsonObject &fields)
{
    QJsonObject o = fields;
    o.insert(QStringLiteral("type"), type);
    return o;
}

int userId(const QJsonObject &welcome)
{
    return welcome.value(QStringLiteral("you")).toObject().value(QStringLiteral("id")).toInt();
}

bool isHost(const QJsonObject &participant)
{
    return participant.value(QStringLiteral("host")).toBool();
}

} // namespace

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
            owner.send(
                message(QStringLiteral("settings"), field(QStringLiteral("readOnly"), true)));
            QTRY_VERIFY(server.isReadOnly(room));
        }
        QFile snapshot(dir.filePath(room + QStringLiteral("/snapshot.json")));
        QVERIFY(snapshot.open(QIODevice::ReadOnly));
        const QByteArray stored = snapshot.readAll();
        QVERIFY(stored.contains("\"access\""));
        QVERIFY(!stored.contains(password.toUtf8()));
        QVERIFY(!stored.contains(ownerKey.toUtf8()));

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
        RawClient gone;
        QVERIFY(gone.open(roomUrl(restarted, room)));
        QCOMPARE(
            ::code(gone.hello(QStringLiteral("gone"), field(QStringLiteral("password"), password))),
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

    void ownerRemovesParticipants()
    {
        RoomServer server(quickConfig());
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom({}, {}, {}, {{}, {}, ownerKey}).value();
        RawClient owner;
        RawClient ana;
        RawClient bo;
        for (RawClient *raw : {&owner, &ana, &bo})
            QVERIFY(raw->open(roomUrl(server, room)));
        owner.hello(QStringLiteral("owner"), field(QStringLiteral("owner"), ownerKey));
        ana.hello(QStringLiteral("ana"));
        const int boId = userId(bo.hello(QStringLiteral("bo")));

        // A guest may not.
        ana.send(message(QStringLiteral("remove"), field(QStringLiteral("user"), boId)));
        QCOMPARE(::code(ana.next(QStringLiteral("error"))), QStringLiteral("not_owner"));
        QVERIFY(ana.isOpen());
        QCOMPARE(server.participants(room).size(), 3);

        owner.send(message(QStringLiteral("remove"), field(QStringLiteral("user"), boId)));
        QCOMPARE(::code(bo.next(QStringLiteral("error"))), QStringLiteral("removed"));
        QCOMPARE(bo.waitForClose(), 4011);
        for (RawClient *stayed : {&owner, &ana})
            QCOMPARE(stayed->next(QStringLiteral("left")).value(QStringLiteral("user")).toInt(),
                     boId);
        QCOMPARE(server.participants(room).size(), 2);

        // The same client cannot come back.
        RawClient again;
        QVERIFY(again.open(roomUrl(server, room)));
        QCOMPARE(::code(again.hello(QStringLiteral("bo"))), QStringLiteral("removed"));
        QCOMPARE(again.waitForClose(), 4011);
        QCOMPARE(server.participants(room).size(), 2);
    }

    void readOnlyRoomsTakeOnlyTheOwnersEdits()
    {
        RoomServer server(quickConfig());
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room
            = server.createRoom(QStringLiteral("abc"), {}, {}, {{}, {}, ownerKey}).value();
        RawClient owner;
        RawClient guest;
        QVERIFY(owner.open(roomUrl(server, room)));
        QVERIFY(guest.open(roomUrl(server, room)));
        const int ownerId = userId(
            owner.hello(QStringLiteral("owner"), field(QStringLiteral("owner"), ownerKey)));
        QVERIFY(!guest.hello(QStringLiteral("guest")).value(QStringLiteral("readOnly")).toBool());

        guest.send(message(QStringLiteral("settings"), field(QStringLiteral("readOnly"), true)));
        QCOMPARE(::code(guest.next(QStringLiteral("error"))), QStringLiteral("not_owner"));
        QVERIFY(!server.isReadOnly(room));

        owner.send(message(QStringLiteral("settings"), field(QStringLiteral("readOnly"), true)));
        for (RawClient *member : {&owner, &guest}) {
            const QJsonObject settings = member->next(QStringLiteral("settings"));
            QVERIFY(settings.value(QStringLiteral("readOnly")).toBool());
            QCOMPARE(settings.value(QStringLiteral("user")).toInt(), ownerId);
        }

        guest.send(opMessage(0, 1, QJsonArray {3, QStringLiteral("!")}));
        const QJsonObject refused = guest.next(QStringLiteral("error"));
        QCOMPARE(::code(refused), QStringLiteral("read_only"));
        QCOMPARE(refused.value(QStringLiteral("seq")).toInt(), 1);
        guest.send(message(QStringLiteral("replace"),
                           QJsonObject {{QStringLiteral("revision"), 0},
                                        {QStringLiteral("seq"), 2},
                                        {QStringLiteral("text"), QStringLiteral("mine")}}));
        QCOMPARE(::code(guest.next(QStringLiteral("error"))), QStringLiteral("read_only"));
        guest.send(message(QStringLiteral("language"),
                           field(QStringLiteral("language"), QStringLiteral("cpp"))));
        QCOMPARE(::code(guest.next(QStringLiteral("error"))), QStringLiteral("read_only"));
        QCOMPARE(server.roomText(room), QStringLiteral("abc"));
        QCOMPARE(server.roomRevision(room), qint64(0));
        QCOMPARE(server.roomLanguage(room), QString());
        // Reading and talking go on.
        guest.send(
            message(QStringLiteral("chat"), field(QStringLiteral("text"), QStringLiteral("hi"))));
        QCOMPARE(owner.next(QStringLiteral("chat")).value(QStringLiteral("text")).toString(),
                 QStringLiteral("hi"));

        owner.send(opMessage(0, 1, QJsonArray {QStringLiteral(">"), 3}));
        QCOMPARE(owner.next(QStringLiteral("ack")).value(QStringLiteral("revision")).toInt(), 1);
        QCOMPARE(guest.next(QStringLiteral("op")).value(QStringLiteral("revision")).toInt(), 1);
        RawClient late;
        QVERIFY(late.open(roomUrl(server, room)));
        QVERIFY(late.hello(QStringLiteral("late")).value(QStringLiteral("readOnly")).toBool());

        owner.send(message(QStringLiteral("settings"), field(QStringLiteral("readOnly"), false)));
        QVERIFY(!guest.next(QStringLiteral("settings")).value(QStringLiteral("readOnly")).toBool());
        guest.send(opMessage(1, 3, QJsonArray {4, QStringLiteral("!")}));
        QCOMPARE(guest.next(QStringLiteral("ack")).value(QStringLiteral("revision")).toInt(), 2);
        QCOMPARE(server.roomText(room), QStringLiteral(">abc!"));
    }

    void clientIdsStayPrivate()
    {
        RoomServer server(quickConfig());
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("ab")).value();
        const QString adaId = QStringLiteral("ada-private-client-id");
        const QString bobId = QStringLiteral("bob-private-client-id");
        const QJsonObject asAda = field(QStringLiteral("name"), QStringLiteral("Ada"));
        const QJsonObject asBob = field(QStringLiteral("name"), QStringLiteral("Bob"));
        RawClient ada;
        RawClient bob;
        QVERIFY(ada.open(roomUrl(server, room)));
        QVERIFY(bob.open(roomUrl(server, room)));
        const QString epoch = ada.hello(adaId, asAda).value(QStringLiteral("epoch")).toString();
        bob.hello(bobId, asBob);
        ada.send(opMessage(0, 1, QJsonArray {2, QStringLiteral("a")}));
        QCOMPARE(ada.next(QStringLiteral("ack")).value(QStringLiteral("revision")).toInt(), 1);
        QCOMPARE(bob.next(QStringLiteral("op")).value(QStringLiteral("revision")).toInt(), 1);
        bob.send(opMessage(1, 1, QJsonArray {3, QStringLiteral("b")}));
        QCOMPARE(bob.next(QStringLiteral("ack")).value(QStringLiteral("revision")).toInt(), 2);

        // Bob rejoins from revision 0: the catch-up names his own operation, not Ada's.
        RawClient bobAgain;
        QVERIFY(bobAgain.open(roomUrl(server, room)));
        QJsonObject rejoin = asBob;
        rejoin.insert(QStringLiteral("revision"), 0);
        rejoin.insert(QStringLiteral("epoch"), epoch);
        const QJsonArray ops = bobAgain.hello(bobId, rejoin).value(QStringLiteral("ops")).toArray();
        QCOMPARE(ops.size(), 2);
        const QJsonObject adas = ops.at(0).toObject();
        const QJsonObject bobs = ops.at(1).toObject();
        QVERIFY(!adas.contains(QStringLiteral("client")));
        QVERIFY(!adas.contains(QStringLiteral("seq")));
        QCOMPARE(bobs.value(QStringLiteral("client")).toString(), bobId);
        QCOMPARE(bobs.value(QStringLiteral("seq")).toInt(), 1);

        RawClient carol;
        QVERIFY(carol.open(roomUrl(server, room)));
        QJsonObject carolRejoin = rejoin;
        carolRejoin.insert(QStringLiteral("name"), QStringLiteral("Carol"));
        carol.hello(QStringLiteral("carol-private-client-id"), carolRejoin);
        ada.send(
            message(QStringLiteral("chat"), field(QStringLiteral("text"), QStringLiteral("hi"))));
        // (Bob's first connection was replaced by his second.)
        for (RawClient *other : {&bobAgain, &carol})
            QCOMPARE(other->next(QStringLiteral("chat")).value(QStringLiteral("text")).toString(),
                     QStringLiteral("hi"));
        for (RawClient *other : {&bob, &bobAgain, &carol}) {
            for (const QString &frame : other->frames())
                QVERIFY2(!frame.contains(adaId), qPrintable(frame));
        }
        for (const QString &frame : ada.frames()) {
            QVERIFY2(!frame.contains(bobId), qPrintable(frame));
            QVERIFY2(!frame.contains(QStringLiteral("carol-private")), qPrintable(frame));
        }
    }

    void sessionClientsFollowTheRules()
    {
        RoomServer server(quickConfig());
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room
            = server.createRoom(QStringLiteral("text"), {}, {}, {{}, password, ownerKey}).value();
        TestPeer owner(QStringLiteral("owner"));
        owner.client().setOwnerKey(ownerKey);
        owner.client().join(inviteTo(server, room));
        QTRY_VERIFY(owner.ready());
        QVERIFY(owner.client().isOwner());

        TestPeer guest(QStringLiteral("guest"));
        guest.client().join(inviteTo(server, room));
        QTRY_COMPARE(guest.client().state(), SessionClient::State::Failed);
        QCOMPARE(guest.errors(), QStringList {QStringLiteral("wrong_password")});
        guest.client().setPassword(password);
        guest.client().join(inviteTo(server, room));
        QTRY_VERIFY(guest.ready());
        QVERIFY(!guest.client().isOwner());
        QVERIFY(guest.client().canEdit());

        // Typed while the owner made the room read-only: taken back, and handed over.
        QSignalSpy refused(&guest.client(), &SessionClient::localEditsRefused);
        guest.client().setFlushInterval(60000);
        guest.insert(0, QStringLiteral("mine "));
        QVERIFY(owner.client().setReadOnly(true));
        QTRY_VERIFY(!guest.client().canEdit());
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().first().toString(), QStringLiteral("mine text"));
        QCOMPARE(guest.text(), QStringLiteral("text"));
        QCOMPARE(guest.client().unsentEditCount(), 0);
        QVERIFY(owner.client().canEdit());
        owner.insert(4, QStringLiteral("!"));
        QTRY_COMPARE(guest.text(), QStringLiteral("text!"));
        QCOMPARE(server.roomText(room), QStringLiteral("text!"));

        const int guestId = owner.client().participants().first().id;
        QVERIFY(owner.client().removeParticipant(guestId));
        QTRY_COMPARE(guest.client().state(), SessionClient::State::Failed);
        QCOMPARE(guest.errors().last(), QStringLiteral("removed"));
        QTRY_VERIFY(owner.client().participants().isEmpty());
        guest.client().join(inviteTo(server, room));
        QTRY_COMPARE(guest.errors().size(), 3);
        QCOMPARE(guest.errors().last(), QStringLiteral("removed"));
    }

    void refusedEditsTakeTheCaretBackWithThem()
    {
        RoomServer server(quickConfig());
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room
            = server.createRoom(QStringLiteral("text"), {}, {}, {{}, {}, ownerKey}).value();
        TestPeer owner(QStringLiteral("owner"));
        owner.client().setOwnerKey(ownerKey);
        owner.client().join(inviteTo(server, room));
        TestPeer guest(QStringLiteral("guest"));
        guest.client().join(inviteTo(server, room));
        QTRY_VERIFY(owner.ready() && guest.ready());
        QTRY_COMPARE(owner.client().participants().size(), 1);
        QSignalSpy selections(&owner.client(), &SessionClient::remoteSelection);

        // The guest types at the end, caret after it; the room turns read-only before it is sent.
        guest.client().setFlushInterval(60000);
        guest.insert(4, QStringLiteral(" more"));
        guest.client().setLocalSelection({{9, 9}});
        QVERIFY(owner.client().setReadOnly(true));
        QTRY_COMPARE(guest.text(), QStringLiteral("text"));
        QVERIFY(owner.client().setReadOnly(false));
        QTRY_VERIFY(guest.client().canEdit());
        // The caret went back to the end of "text" with the edits taken back.
        guest.insert(4, QStringLiteral("!"));
        guest.client().flush();
        QTRY_COMPARE(server.roomText(room), QStringLiteral("text!"));
        QTRY_VERIFY(!selections.isEmpty());
        QCOMPARE(selections.last().at(1).value<Selection>(), Selection({{5, 5}}));
        QCOMPARE(guest.errors(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
