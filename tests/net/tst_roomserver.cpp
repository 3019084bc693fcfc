// The room server facing raw WebSocket peers: the handshake rules, every kind of bad input
// answered with its named error while the room and its other members carry on, duplicates,
// replace, takeovers and limits.
#include "RawClient.h"
#include "RawFrames.h"
#include "TestPeer.h"
#include "protocol/TextHash.h"
#include "server/RoomServer.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace ensemble;
using ensemble::test::json;
using ensemble::test::opMessage;
using ensemble::test::RawClient;
using ensemble::test::roomUrl;
using ensemble::test::TestPeer;
using ensemble::test::type;

namespace {

QString code(const QJsonObject &frame)
{
    return frame.value(QStringLiteral("code")).toString();
}

} // namespace

class TestRoomServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RoomServer> m_server;
    QString m_room;

    ServerConfig smallLimits()
    {
        ServerConfig config;
        config.limits.maxMessageBytes = 4096;
        config.limits.hardMessageBytes = 16384;
        config.limits.maxDocumentLength = 1000;
        config.limits.maxParticipants = 3;
        config.limits.helloTimeoutMs = 300;
        config.access.failureDelayMs = 20;
        return config;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<RoomServer>(smallLimits());
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0).ok());
        m_room = m_server->createRoom(QStringLiteral("hello\n")).value();
    }
    void cleanup() { m_server.reset(); }

    void badInputGetsItsErrorAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("code");
        const QString bad = QStringLiteral("bad_message");
        QTest::addRow("malformed JSON") << json("{'type':'op','revision':") << bad;
        QTest::addRow("not an object") << json("['op']") << bad;
        QTest::addRow("unknown type")
            << json("{'type':'delete_everything'}") << QStringLiteral("unknown_type");
        QTest::addRow("revision as string")
            << json("{'type':'op','revision':'0','seq':1,'op':[6]}") << bad;
        QTest::addRow("op as object") << json("{'type':'op','revision':0,'seq':1,'op':{'x':1}}")
                                      << QStringLiteral("bad_operation");
        QTest::addRow("op of wrong length") << json("{'type':'op','revision':0,'seq':1,'op':[99]}")
                                            << QStringLiteral("bad_operation");
        QTest::addRow("future revision") << json("{'type':'op','revision':7,'seq':1,'op':[6,'x']}")
                                         << QStringLiteral("bad_revision");
        QTest::addRow("negative revision")
            << json("{'type':'op','revision':-1,'seq':1,'op':[6,'x']}") << bad;
        QTest::addRow("selection past the end")
            << json("{'type':'selection','revision':0,'ranges':[{'anchor':0,'head':70}]}") << bad;
        QTest::addRow("selection future revision")
            << json("{'type':'selection','revision':3,'ranges':[]}")
            << QStringLiteral("bad_revision");
        QTest::addRow("document too long")
            << QByteArray("{\"type\":\"op\",\"revision\":0,\"seq\":1,\"op\":[6,\"")
                + QByteArray(1000, 'x') + "\"]}"
            << QStringLiteral("too_large");
        QTest::addRow("frame over the limit")
            << QByteArray("{\"type\":\"chat\",\"text\":\"") + QByteArray(5000, 'x') + "\"}"
            << QStringLiteral("too_large");
        QTest::addRow("second hello")
            << json("{'type':'hello','protocol':1,'name':'x','color':'#000000','client':'z'}")
            << QStringLiteral("already_joined");
        QTest::addRow("empty chat") << json("{'type':'chat','text':'  '}") << bad;
    }
    void badInputGetsItsErrorAndChangesNothing()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, code);
        TestPeer bystander(QStringLiteral("bystander"));
        bystander.client().join(Invite(QStringLiteral("127.0.0.1"), m_server->port(), m_room));
        QTRY_VERIFY(bystander.ready());
        QSignalSpy remote(&bystander.client(), &SessionClient::remoteOperation);

        RawClient raw;
        QVERIFY(raw.open(roomUrl(*m_server, m_room)));
        QCOMPARE(type(raw.hello(QStringLiteral("raw"))), QStringLiteral("welcome"));
        raw.send(frame);
        const QJsonObject error = raw.next(QStringLiteral("error"));
        QCOMPARE(::code(error), code);
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(m_server->roomText(m_room), QStringLiteral("hello\n"));
        QCOMPARE(m_server->roomRevision(m_room), qint64(0));

        // The offender's session goes on, and so does everyone else's.
        raw.send(opMessage(0, 1, QJsonArray {6, QStringLiteral("!")}));
        QCOMPARE(raw.next(QStringLiteral("ack")).value(QStringLiteral("revision")).toInt(), 1);
        QTRY_COMPARE(bystander.text(), QStringLiteral("hello\n!"));
        bystander.insert(0, QStringLiteral(">"));
        QTRY_COMPARE(m_server->roomText(m_room), QStringLiteral(">hello\n!"));
        QCOMPARE(remote.size(), 1);
        QVERIFY(bystander.errors().isEmpty());
    }

    void opRefusedWhileParsingNamesItsSeq_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<qint64>("seq"); // -1: the error must not name one
        QTest::addRow("op as object")
            << json("{'type':'op','revision':0,'seq':4,'op':{'x':1}}") << qint64(4);
        QTest::addRow("empty insert")
            << json("{'type':'op','revision':0,'seq':5,'op':[6,'']}") << qint64(5);
        QTest::addRow("revision as string")
            << json("{'type':'op','revision':'0','seq':6,'op':[6]}") << qint64(6);
        QTest::addRow("selection not an array")
            << json("{'type':'op','revision':0,'seq':7,'op':[6,'x'],'selection':3}") << qint64(7);
        QTest::addRow("replace text missing")
            << json("{'type':'replace','revision':0,'seq':8}") << qint64(8);
        QTest::addRow("seq as string")
            << json("{'type':'op','revision':0,'seq':'9','op':[6,'']}") << qint64(-1);
        QTest::addRow("fractional seq")
            << json("{'type':'op','revision':0,'seq':1.5,'op':[6,'']}") << qint64(-1);
        QTest::addRow("selection message")
            << json("{'type':'selection','revision':'0','seq':3,'ranges':[]}") << qint64(-1);
    }
    void opRefusedWhileParsingNamesItsSeq()
    {
        QFETCH(QByteArray, frame);
        QFETCH(qint64, seq);
        RawClient raw;
        QVERIFY(raw.open(roomUrl(*m_server, m_room)));
        QCOMPARE(type(raw.hello(QStringLiteral("raw"))), QStringLiteral("welcome"));
        raw.send(frame);
        const QJsonObject error = raw.next(QStringLiteral("error"));
        QVERIFY(!::code(error).isEmpty());
        if (seq < 0)
            QVERIFY(!error.contains(QStringLiteral("seq")));
        else
            QCOMPARE(error.value(QStringLiteral("seq")).toInteger(-1), seq);
        QCOMPARE(m_server->roomRevision(m_room), qint64(0));
    }

    void opRefusedWhileParsingStillSettlesOnTheClient()
    {
        // The server reads at most one range per selection, so Ada's op with two carets is
        // refused before it is read as an op at all.
        ServerConfig config = smallLimits();
        config.limits.maxSelectionRanges = 1;
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("hello\n")).value();
        TestPeer ada(QStringLiteral("ada"));
        TestPeer bob(QStringLiteral("bob"));
        ada.client().join(Invite(QStringLiteral("127.0.0.1"), server.port(), room));
        bob.client().join(Invite(QStringLiteral("127.0.0.1"), server.port(), room));
        QTRY_VERIFY(ada.ready() && bob.ready());

        ada.client().setLocalSelection({{0, 0}, {6, 6}});
        ada.insert(0, QStringLiteral("refused "));
        QTRY_VERIFY(ada.errors().contains(QStringLiteral("too_large")));
        // The refusal settled the op: Ada's session reloads the room and her next edit goes out.
        QTRY_COMPARE(ada.text(), QStringLiteral("hello\n"));
        QTRY_COMPARE(ada.client().state(), SessionClient::State::Connected);
        ada.client().setLocalSelection({{6, 6}});
        ada.insert(6, QStringLiteral("later"));
        QTRY_COMPARE(bob.text(), QStringLiteral("hello\nlater"));
        QTRY_COMPARE(server.roomText(room), QStringLiteral("hello\nlater"));
        QTRY_COMPARE(ada.client().unsentEditCount(), qsizetype(0));
    }

    void aSelectionOverTheLimitDoesNotCostTheEdit()
    {
        // A user can make more carets than a selection may carry (select every match in a big
        // file); the client sends the first 1000 rather than having its edit refused.
        RoomServer server {ServerConfig()};
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("hello\n")).value();
        TestPeer ada(QStringLiteral("ada"));
        TestPeer bob(QStringLiteral("bob"));
        for (TestPeer *peer : {&ada, &bob})
            peer->client().join(Invite(QStringLiteral("127.0.0.1"), server.port(), room));
        QTRY_VERIFY(ada.ready() && bob.ready());

        Selection carets;
        for (int i = 0; i <= maxSelectionRanges; ++i)
            carets.append({0, 0});
        ada.client().setLocalSelection(carets);
        ada.insert(0, QStringLiteral("kept "));
        QTRY_COMPARE(bob.text(), QStringLiteral("kept hello\n"));
        QTRY_COMPARE(ada.client().unsentEditCount(), qsizetype(0));
        QVERIFY(ada.errors().isEmpty());
    }

    void byteOrderMarksReachEveryoneUnchanged()
    {
        const QString feff(QChar(0xfeff));
        TestPeer ada(QStringLiteral("ada"));
        TestPeer bob(QStringLiteral("bob"));
        TestPeer carol(QStringLiteral("carol"));
        for (TestPeer *peer : {&ada, &bob, &carol})
            peer->client().join(Invite(QStringLiteral("127.0.0.1"), m_server->port(), m_room));
        QTRY_VERIFY(ada.ready() && bob.ready() && carol.ready());

        ada.insert(0, feff);
        QTRY_COMPARE(m_server->roomRevision(m_room), qint64(1));
        ada.insert(0, feff + QStringLiteral("ab"));
        QTRY_COMPARE(m_server->roomRevision(m_room), qint64(2));
        QTRY_COMPARE(bob.text(), feff + QStringLiteral("ab") + feff + QStringLiteral("hello\n"));
        bob.insert(bob.text().size(), feff);
        QTRY_COMPARE(m_server->roomRevision(m_room), qint64(3));
        QTRY_COMPARE(ada.text().size(), bob.text().size());
        ada.insert(ada.text().size(), QStringLiteral("x"));
        const QString expected = feff + QStringLiteral("ab") + feff + QStringLiteral("hello\n")
            + feff + QStringLiteral("x");
        QTRY_COMPARE(m_server->roomText(m_room), expected);
        for (TestPeer *peer : {&ada, &bob, &carol})
            QTRY_COMPARE(peer->text(), expected);
        for (TestPeer *peer : {&ada, &bob, &carol})
            QVERIFY(peer->errors().isEmpty());
    }

    void hugeFrameClosesWithoutBufferingIt()
    {
        RawClient raw;
        QVERIFY(raw.open(roomUrl(*m_server, m_room)));
        QCOMPARE(type(raw.hello(QStringLiteral("raw"))), QStringLiteral("welcome"));
        raw.send(QByteArray(20000, ' '));
        QCOMPARE(raw.waitForClose(), 1009);
        QCOMPARE(m_server->roomText(m_room), QStringLiteral("hello\n"));
    }

    void handshakeRules_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("closeCode");
        const QByteArray hello
            = json("{'type':'hello','protocol':1,'name':'x','color':'#000000','client':'c'}");
        QTest::addRow("unknown room") << QStringLiteral("3f2b8c1e-9a4d-4e6f-8b1a-0c2d3e4f5a6b")
                                      << hello << QStringLiteral("no_such_room") << 4004;
        QTest::addRow("create refused by an embedded host")
            << QStringLiteral("3f2b8c1e-9a4d-4e6f-8b1a-0c2d3e4f5a6b")
            << json("{'type':'hello','protocol':1,'name':'x','color':'#000000','client':'c',"
                    "'create':{'text':'x'}}")
            << QStringLiteral("no_such_room") << 4004;
        QTest::addRow("not a room id")
            << QStringLiteral("rooms/1") << hello << QStringLiteral("bad_room_id") << 4005;
        QTest::addRow("newer protocol")
            << QString() << json("{'type':'hello','protocol':3,'name':'x'}")
            << QStringLiteral("incompatible_version") << 4001;
        QTest::addRow("op before hello (stays open)")
            << QString() << json("{'type':'op','revision':0,'seq':1,'op':[6]}")
            << QStringLiteral("not_joined") << -1;
    }
    void handshakeRules()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, frame);
        QFETCH(QString, code);
        QFETCH(int, closeCode);
        RawClient raw;
        QVERIFY(raw.open(roomUrl(*m_server, path.isEmpty() ? m_room : path)));
        raw.send(frame);
        QCOMPARE(::code(raw.next(QStringLiteral("error"))), code);
        if (closeCode < 0)
            QVERIFY(raw.isOpen());
        else
            QCOMPARE(raw.waitForClose(), closeCode);
        QCOMPARE(m_server->roomIds(), QStringList {m_room});
    }

    void silentConnectionTimesOut()
    {
        RawClient raw;
        QVERIFY(raw.open(roomUrl(*m_server, m_room)));
        QCOMPARE(::code(raw.next(QStringLiteral("error"))), QStringLiteral("hello_timeout"));
        QCOMPARE(raw.waitForClose(), 4008);
    }

    void headlessServerCreatesRoomsOnRequest()
    {
        ServerConfig config = smallLimits();
        config.allowClientCreatedRooms = true;
        config.limits.maxRooms = 2;
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString id = QStringLiteral("3f2b8c1e-9a4d-4e6f-8b1a-0c2d3e4f5a6b");
        const QJsonObject create {
            {QStringLiteral("create"),
             QJsonObject {{QStringLiteral("text"), QStringLiteral("seeded")},
                          {QStringLiteral("language"), QStringLiteral("go")}}}};
        RawClient first;
        QVERIFY(first.open(roomUrl(server, id)));
        const QJsonObject welcome = first.hello(QStringLiteral("a"), create);
        QCOMPARE(welcome.value(QStringLiteral("text")).toString(), QStringLiteral("seeded"));
        QCOMPARE(welcome.value(QStringLiteral("language")).toString(), QStringLiteral("go"));
        // A second "create" for the same room just joins it.
        RawClient second;
        QVERIFY(second.open(roomUrl(server, id)));
        QCOMPARE(second.hello(QStringLiteral("b"), create).value(QStringLiteral("text")).toString(),
                 QStringLiteral("seeded"));
        QVERIFY(server.createRoom({}).ok());
        RawClient third;
        QVERIFY(
            third.open(roomUrl(server, QStringLiteral("aaaaaaaa-9a4d-4e6f-8b1a-0c2d3e4f5a6b"))));
        QCOMPARE(::code(third.hello(QStringLiteral("c"), create)),
                 QStringLiteral("too_many_rooms"));
        QCOMPARE(third.waitForClose(), 4007);
        QCOMPARE(server.roomIds().size(), 2);
    }

    void resentOperationIsAcknowledgedNotApplied()
    {
        RawClient raw;
        QVERIFY(raw.open(roomUrl(*m_server, m_room)));
        raw.hello(QStringLiteral("raw"));
        raw.send(opMessage(0, 1, QJsonArray {6, QStringLiteral("once")}));
        QCOMPARE(raw.next(QStringLiteral("ack")).value(QStringLiteral("revision")).toInt(), 1);
        raw.send(opMessage(0, 1, QJsonArray {6, QStringLiteral("once")}));
        const QJsonObject again = raw.next(QStringLiteral("ack"));
        QCOMPARE(again.value(QStringLiteral("revision")).toInt(), 1);
        QCOMPARE(again.value(QStringLiteral("seq")).toInt(), 1);
        QCOMPARE(m_server->roomText(m_room), QStringLiteral("hello\nonce"));
        QCOMPARE(m_server->roomRevision(m_room), qint64(1));
    }

    void relayedSelectionLiesInTheTextAtItsRevision_data()
    {
        // The late op and its selection are based on revision 0 ("hello\n"); the selection is in
        // the late sender's text after its op and must come out in the room's text after it.
        QTest::addColumn<QJsonArray>("first");
        QTest::addColumn<QJsonArray>("late");
        QTest::addColumn<int>("caret");
        QTest::addColumn<int>("relayed");
        QTest::addRow("own deletion before the caret, concurrent edit at it")
            << QJsonArray {5, QStringLiteral("xy"), -1} << QJsonArray {-1, 5} << 5 << 6;
        QTest::addRow("concurrent insert before the caret")
            << QJsonArray {QStringLiteral("ab"), 6} << QJsonArray {5, QStringLiteral("!"), 1} << 6
            << 8;
        QTest::addRow("concurrent deletion before the caret")
            << QJsonArray {-5, 1} << QJsonArray {5, QStringLiteral("!"), 1} << 6 << 1;
    }
    void relayedSelectionLiesInTheTextAtItsRevision()
    {
        QFETCH(QJsonArray, first);
        QFETCH(QJsonArray, late);
        QFETCH(int, caret);
        QFETCH(int, relayed);
        RawClient ada;
        RawClient lateClient;
        QVERIFY(ada.open(roomUrl(*m_server, m_room)));
        QVERIFY(lateClient.open(roomUrl(*m_server, m_room)));
        ada.hello(QStringLiteral("ada"));
        lateClient.hello(QStringLiteral("late"));
        ada.send(opMessage(0, 1, first));
        QCOMPARE(ada.next(QStringLiteral("ack")).value(QStringLiteral("revision")).toInt(), 1);
        QJsonObject message = opMessage(0, 1, late);
        message.insert(QStringLiteral("selection"),
                       QJsonArray {QJsonObject {{QStringLiteral("anchor"), caret},
                                                {QStringLiteral("head"), caret}}});
        lateClient.send(message);
        QCOMPARE(lateClient.next(QStringLiteral("ack")).value(QStringLiteral("revision")).toInt(),
                 2);
        const QJsonObject op = ada.next(QStringLiteral("op"));
        QCOMPARE(op.value(QStringLiteral("revision")).toInt(), 2);
        const QJsonArray selection = op.value(QStringLiteral("selection")).toArray();
        QCOMPARE(selection.size(), 1);
        const QJsonObject range = selection.first().toObject();
        QVERIFY(range.value(QStringLiteral("head")).toInt() <= m_server->roomText(m_room).size());
        QCOMPARE(range.value(QStringLiteral("anchor")).toInt(), relayed);
        QCOMPARE(range.value(QStringLiteral("head")).toInt(), relayed);
    }

    void resentSeqWithAnotherOperationGetsAnError_data()
    {
        QTest::addColumn<QJsonObject>("resent");
        QTest::addRow("other text") << opMessage(0, 1, QJsonArray {6, QStringLiteral("twice")});
        QTest::addRow("other base revision") << opMessage(1, 1, QJsonArray {10});
        QTest::addRow("replace") << QJsonObject {
            {QStringLiteral("type"), QStringLiteral("replace")},
            {QStringLiteral("revision"), 0},
            {QStringLiteral("seq"), 1},
            {QStringLiteral("text"), QStringLiteral("hi\n")}};
    }
    void resentSeqWithAnotherOperationGetsAnError()
    {
        // An ack would tell the sender that an operation the room never applied was applied.
        QFETCH(QJsonObject, resent);
        RawClient raw;
        QVERIFY(raw.open(roomUrl(*m_server, m_room)));
        raw.hello(QStringLiteral("raw"));
        raw.send(opMessage(0, 1, QJsonArray {6, QStringLiteral("once")}));
        QCOMPARE(raw.next(QStringLiteral("ack")).value(QStringLiteral("revision")).toInt(), 1);
        raw.send(resent);
        const QJsonObject answer = raw.nextAny();
        QCOMPARE(type(answer), QStringLiteral("error"));
        QCOMPARE(::code(answer), QStringLiteral("bad_sequence"));
        QCOMPARE(answer.value(QStringLiteral("seq")).toInt(), 1);
        QVERIFY(raw.isOpen());
        QCOMPARE(m_server->roomText(m_room), QStringLiteral("hello\nonce"));
        QCOMPARE(m_server->roomRevision(m_room), qint64(1));
    }

    void replaceIsMergedWithConcurrentEdits()
    {
        RawClient ada;
        RawClient script;
        QVERIFY(ada.open(roomUrl(*m_server, m_room)));
        QVERIFY(script.open(roomUrl(*m_server, m_room)));
        ada.hello(QStringLiteral("ada"));
        script.hello(QStringLiteral("script"));
        ada.send(opMessage(0, 1, QJsonArray {6, QStringLiteral("world\n")}));
        QCOMPARE(ada.next(QStringLiteral("ack")).value(QStringLiteral("revision")).toInt(), 1);
        // The script still thinks the text is revision 0's and rewrites one word of it.
        script.send(QJsonObject {{QStringLiteral("type"), QStringLiteral("replace")},
                                 {QStringLiteral("revision"), 0},
                                 {QStringLiteral("seq"), 1},
                                 {QStringLiteral("text"), QStringLiteral("HELLO\n")}});
        QCOMPARE(script.next(QStringLiteral("ack")).value(QStringLiteral("revision")).toInt(), 2);
        QCOMPARE(m_server->roomText(m_room), QStringLiteral("HELLO\nworld\n"));
        const QJsonObject relayed = ada.next(QStringLiteral("op"));
        QCOMPARE(relayed.value(QStringLiteral("revision")).toInt(), 2);
    }

    void concurrentEditsCannotGrowTheDocumentPastTheLimit_data()
    {
        // Each late edit is based on revision 0 and would keep the document within the limit of
        // 1000 characters there; after Ada's edit it would take it past the limit.
        QTest::addColumn<QJsonArray>("first");
        QTest::addColumn<QJsonObject>("lateEdit");
        QTest::addRow("op after a deletion")
            << QJsonArray {-6} << opMessage(0, 1, QJsonArray {-6, QString(1003, u'x')});
        QTest::addRow("replace after an insertion")
            << QJsonArray {6, QString(994, u'a')}
            << QJsonObject {{QStringLiteral("type"), QStringLiteral("replace")},
                            {QStringLiteral("revision"), 0},
                            {QStringLiteral("seq"), 1},
                            {QStringLiteral("text"), QStringLiteral("hello\nmore")}};
    }
    void concurrentEditsCannotGrowTheDocumentPastTheLimit()
    {
        QFETCH(QJsonArray, first);
        QFETCH(QJsonObject, lateEdit);
        RawClient ada;
        RawClient late;
        QVERIFY(ada.open(roomUrl(*m_server, m_room)));
        QVERIFY(late.open(roomUrl(*m_server, m_room)));
        ada.hello(QStringLiteral("ada"));
        late.hello(QStringLiteral("late"));
        ada.send(opMessage(0, 1, first));
        QCOMPARE(ada.next(QStringLiteral("ack")).value(QStringLiteral("revision")).toInt(), 1);
        const QString text = m_server->roomText(m_room);
        late.send(lateEdit);
        const QJsonObject error = late.next(QStringLiteral("error"));
        QCOMPARE(::code(error), QStringLiteral("too_large"));
        QCOMPARE(error.value(QStringLiteral("seq")).toInt(), 1);
        QCOMPARE(m_server->roomText(m_room), text);
        QCOMPARE(m_server->roomRevision(m_room), qint64(1));
    }

    void revisionOlderThanTheKeptLogIsRefused()
    {
        ServerConfig config = smallLimits();
        config.limits.keptOperations = 1;
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("ab")).value();
        RawClient raw;
        QVERIFY(raw.open(roomUrl(server, room)));
        raw.hello(QStringLiteral("raw"));
        raw.send(opMessage(0, 1, QJsonArray {2, QStringLiteral("c")}));
        raw.send(opMessage(1, 2, QJsonArray {3, QStringLiteral("d")}));
        QCOMPARE(raw.next(QStringLiteral("ack")).value(QStringLiteral("revision")).toInt(), 1);
        QCOMPARE(raw.next(QStringLiteral("ack")).value(QStringLiteral("revision")).toInt(), 2);
        raw.send(opMessage(0, 3, QJsonArray {QStringLiteral("x"), 2}));
        const QJsonObject error = raw.next(QStringLiteral("error"));
        QCOMPARE(::code(error), QStringLiteral("bad_revision"));
        QCOMPARE(error.value(QStringLiteral("seq")).toInt(), 3);
        QCOMPARE(server.roomText(room), QStringLiteral("abcd"));
    }

    void rejoinCatchesUpByOperationsOnlyFromTheSameText_data()
    {
        QTest::addColumn<QString>("textAtRevision1");
        QTest::addColumn<bool>("byOperations");
        QTest::addRow("same text") << QStringLiteral("hello\nonce") << true;
        QTest::addRow("another text (revision handed out again)")
            << QStringLiteral("hello\ntwice") << false;
        QTest::addRow("no hash sent") << QString() << true;
    }
    void rejoinCatchesUpByOperationsOnlyFromTheSameText()
    {
        QFETCH(QString, textAtRevision1);
        QFETCH(bool, byOperations);
        RawClient first;
        QVERIFY(first.open(roomUrl(*m_server, m_room)));
        const QString epoch
            = first.hello(QStringLiteral("first")).value(QStringLiteral("epoch")).toString();
        first.send(opMessage(0, 1, QJsonArray {6, QStringLiteral("once")}));
        first.next(QStringLiteral("ack"));
        first.send(opMessage(1, 2, QJsonArray {10, QStringLiteral("!")}));
        first.next(QStringLiteral("ack"));
        RawClient rejoin;
        QVERIFY(rejoin.open(roomUrl(*m_server, m_room)));
        QJsonObject hello {{QStringLiteral("revision"), 1}, {QStringLiteral("epoch"), epoch}};
        if (!textAtRevision1.isEmpty())
            hello.insert(QStringLiteral("textHash"), textHash(textAtRevision1));
        const QJsonObject welcome = rejoin.hello(QStringLiteral("rejoin"), hello);
        QCOMPARE(welcome.contains(QStringLiteral("ops")), byOperations);
        QCOMPARE(welcome.contains(QStringLiteral("text")), !byOperations);
    }

    void rejoinFromElsewhereReplacesTheOldConnection()
    {
        RawClient old;
        QVERIFY(old.open(roomUrl(*m_server, m_room)));
        old.hello(QStringLiteral("same"));
        RawClient fresh;
        QVERIFY(fresh.open(roomUrl(*m_server, m_room)));
        QCOMPARE(type(fresh.hello(QStringLiteral("same"))), QStringLiteral("welcome"));
        QCOMPARE(::code(old.next(QStringLiteral("error"))), QStringLiteral("replaced"));
        QCOMPARE(old.waitForClose(), 4009);
        QCOMPARE(m_server->participants(m_room).size(), 1);
    }

    void fullRoomRefusesOneMore()
    {
        std::vector<std::unique_ptr<RawClient>> members;
        for (int i = 0; i < 3; ++i) {
            members.push_back(std::make_unique<RawClient>());
            QVERIFY(members.back()->open(roomUrl(*m_server, m_room)));
            QCOMPARE(type(members.back()->hello(QStringLiteral("m%1").arg(i))),
                     QStringLiteral("welcome"));
        }
        RawClient extra;
        QVERIFY(extra.open(roomUrl(*m_server, m_room)));
        QCOMPARE(::code(extra.hello(QStringLiteral("extra"))), QStringLiteral("room_full"));
        QCOMPARE(extra.waitForClose(), 4006);
    }

    void removedRoomClosesItsSessions()
    {
        TestPeer ada(QStringLiteral("ada"));
        ada.client().join(Invite(QStringLiteral("127.0.0.1"), m_server->port(), m_room));
        QTRY_VERIFY(ada.ready());
        QVERIFY(m_server->removeRoom(m_room));
        QTRY_COMPARE(ada.client().state(), SessionClient::State::Failed);
        QVERIFY(ada.errors().contains(QStringLiteral("room_closed")));
    }
};

QTEST_GUILESS_MAIN(TestRoomServer)
#include "tst_roomserver.moc"
