// What the owner of a room may do to the people in it, over real sockets: removing participants,
// read-only rooms, and client ids that no participant learns from another.
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

class TestRoomControl : public QObject
{
    Q_OBJECT

private slots:
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

    void aPasswordChangeKeepsOutOnlyThoseNotThere_data()
    {
        // After the owner removed Bo and changed the password, someone joins with a client id
        // and a password; Ana, who stayed, lost her connection first.
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("answer");
        const QString changed = QStringLiteral("tulip tulip");
        QTest::addRow("removed guest, new id, old password")
            << QStringLiteral("bo-again") << password << QStringLiteral("wrong_password");
        QTest::addRow("removed guest, new id, new password")
            << QStringLiteral("bo-again") << changed << QStringLiteral("welcome");
        QTest::addRow("removed guest, same id, new password")
            << QStringLiteral("bo") << changed << QStringLiteral("removed");
        QTest::addRow("newcomer, old password")
            << QStringLiteral("cy") << password << QStringLiteral("wrong_password");
        QTest::addRow("guest who stayed, old password")
            << QStringLiteral("ana") << password << QStringLiteral("welcome");
        QTest::addRow("guest who stayed, no password")
            << QStringLiteral("ana") << QString() << QStringLiteral("welcome");
    }

    void aPasswordChangeKeepsOutOnlyThoseNotThere()
    {
        QFETCH(QString, client);
        QFETCH(QString, given);
        QFETCH(QString, answer);
        RoomServer server(quickConfig());
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom({}, {}, {}, {{}, password, ownerKey}).value();
        RawClient owner;
        RawClient ana;
        RawClient bo;
        for (RawClient *raw : {&owner, &ana, &bo})
            QVERIFY(raw->open(roomUrl(server, room)));
        owner.hello(QStringLiteral("owner"), field(QStringLiteral("owner"), ownerKey));
        ana.hello(QStringLiteral("ana"), field(QStringLiteral("password"), password));
        const int boId
            = userId(bo.hello(QStringLiteral("bo"), field(QStringLiteral("password"), password)));

        // Only the owner may change it.
        const QJsonObject change
            = message(QStringLiteral("settings"),
                      field(QStringLiteral("password"), QStringLiteral("tulip tulip")));
        ana.send(change);
        QCOMPARE(::code(ana.next(QStringLiteral("error"))), QStringLiteral("not_owner"));
        owner.send(message(QStringLiteral("remove"), field(QStringLiteral("user"), boId)));
        QCOMPARE(bo.waitForClose(), 4011);
        owner.send(change);
        QVERIFY(!owner.next(QStringLiteral("settings")).isEmpty());
        // The others are not told, and stay.
        QVERIFY(ana.isOpen());
        ana.socket().abort();

        RawClient joiner;
        QVERIFY(joiner.open(roomUrl(server, room)));
        const QJsonObject reply = joiner.hello(
            client, given.isNull() ? QJsonObject {} : field(QStringLiteral("password"), given));
        QCOMPARE(::type(reply) == QStringLiteral("error") ? ::code(reply) : ::type(reply), answer);
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

QTEST_GUILESS_MAIN(TestRoomControl)
#include "tst_roomcontrol.moc"
