// A server with two participants editing while a hostile peer sends everything a well-behaved
// client never would, over real sockets: garbage, binary frames, truncated JSON, deep nesting,
// huge numbers, every field of every message with a wrong type, messages before hello, a second
// hello, frames just over the limits, WebSocket protocol violations, a slow handshake and a
// flood. Each bad frame must get its named error (or the connection its close code), the room
// must be exactly as the participants left it, and after every test the participants edit on
// and converge.
#include "HandmadeSocket.h"
#include "HostileCases.h"
#include "RawClient.h"
#include "RawFrames.h"
#include "TestPeer.h"
#include "server/RoomServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace ensemble;
using namespace ensemble::test;

namespace {

constexpr qint64 maxMessageBytes = 64 * 1024;
constexpr qint64 hardMessageBytes = 128 * 1024;
constexpr qsizetype maxDocumentLength = 20000;
// A hostile connection is replaced after this many frames, to stay within its message budget.
constexpr int framesPerHostile = 150;

QString code(const QJsonObject &frame)
{
    return frame.value(QStringLiteral("code")).toString();
}

QByteArray nested(const QByteArray &open, const QByteArray &close, int depth)
{
    return open.repeated(depth) + close.repeated(depth);
}

// Runs the event loop until @p done() holds (up to 10 s), polling more often than QTRY_* does:
// the check after every one of some 400 cases must stay quick.
template<class Predicate> bool waitUntil(Predicate done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < 10000)
        QTest::qWait(1);
    return done();
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RoomServer> m_server;
    QString m_room;
    std::unique_ptr<TestPeer> m_ada;
    std::unique_ptr<TestPeer> m_bob;
    std::unique_ptr<RawClient> m_hostile;
    int m_hostileFrames = 0;
    int m_hostileCount = 0;
    QString m_textBefore;
    qint64 m_revisionBefore = 0;
    QRandomGenerator m_random {2024};

    QUrl roomUrl() const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1/%2").arg(m_server->port()).arg(m_room));
    }

    // A fresh connection that has not said hello.
    std::unique_ptr<RawClient> stranger()
    {
        auto raw = std::make_unique<RawClient>();
        return raw->open(roomUrl()) ? std::move(raw) : nullptr;
    }

    // The joined hostile connection, replaced now and then.
    RawClient *hostile()
    {
        if (!m_hostile || !m_hostile->isOpen() || m_hostileFrames >= framesPerHostile) {
            m_hostile = stranger();
            m_hostileFrames = 0;
            if (!m_hostile)
                return nullptr;
            const QString id = QStringLiteral("mallory-%1").arg(++m_hostileCount);
            if (type(m_hostile->hello(id)) != QLatin1String("welcome"))
                return nullptr;
        }
        ++m_hostileFrames;
        return m_hostile.get();
    }

    // Sends @p frame on the hostile connection; true when the answer is error @p expected and
    // the connection is still open.
    bool answeredWith(const QByteArray &frame, const QString &expected)
    {
        RawClient *raw = hostile();
        if (!raw)
            return false;
        raw->send(frame);
        // Participants' edits are relayed to this member too: only the error is the answer.
        const QJsonObject answer = raw->next(QStringLiteral("error"));
        if (code(answer) != expected) {
            qWarning("answered %s", QJsonDocument(answer).toJson(QJsonDocument::Compact).data());
            return false;
        }
        return raw->isOpen();
    }

    bool settled()
    {
        return m_ada->client().unsentEditCount() == 0 && m_bob->client().unsentEditCount() == 0;
    }

private slots:
    void initTestCase()
    {
        ServerConfig config;
        config.limits.maxMessageBytes = maxMessageBytes;
        config.limits.hardMessageBytes = hardMessageBytes;
        config.limits.maxDocumentLength = maxDocumentLength;
        // Short, for slowHandshake; the long flood keeps this process's event loop (the server's
        // too) so busy that a Debug build takes longer than that over a newcomer's handshake.
        config.limits.handshakeTimeoutMs
            = qEnvironmentVariableIsSet("ENSEMBLE_LONG_TESTS") ? Limits().handshakeTimeoutMs : 500;
        m_server = std::make_unique<RoomServer>(config);
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0).ok());
        m_room = m_server->createRoom(QStringLiteral("int main() {}\n")).value();
        m_ada = std::make_unique<TestPeer>(QStringLiteral("ada"));
        m_bob = std::make_unique<TestPeer>(QStringLiteral("bob"));
        m_ada->client().join(Invite(QStringLiteral("127.0.0.1"), m_server->port(), m_room));
        m_bob->client().join(Invite(QStringLiteral("127.0.0.1"), m_server->port(), m_room));
        QTRY_VERIFY(m_ada->ready() && m_bob->ready());
    }

    void init()
    {
        QVERIFY(waitUntil([this] { return settled(); }));
        m_textBefore = m_server->roomText(m_room);
        m_revisionBefore = m_server->roomRevision(m_room);
    }

    // After each test: nothing the hostile peer sent changed the room, the server is up, and the
    // participants edit on and converge.
    void cleanup()
    {
        QCOMPARE(m_server->roomText(m_room), m_textBefore);
        QCOMPARE(m_server->roomRevision(m_room), m_revisionBefore);
        QVERIFY(m_server->isListening());
        m_ada->insert(m_random.bounded(int(m_ada->text().size()) + 1), QStringLiteral("a"));
        m_bob->insert(m_random.bounded(int(m_bob->text().size()) + 1), QStringLiteral("b"));
        QVERIFY(waitUntil([this] {
            const QString text = m_server->roomText(m_room);
            return settled() && m_ada->text() == text && m_bob->text() == text;
        }));
        QCOMPARE(m_server->roomRevision(m_room) > m_revisionBefore, true);
        QVERIFY(m_ada->errors().isEmpty());
        QVERIFY(m_bob->errors().isEmpty());
        QCOMPARE(m_ada->client().state(), SessionClient::State::Connected);
        QCOMPARE(m_bob->client().state(), SessionClient::State::Connected);
    }

    void cleanupTestCase()
    {
        m_hostile.reset();
        m_ada.reset();
        m_bob.reset();
        m_server.reset();
    }

    void garbage_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("code");
        const QString bad = QStringLiteral("bad_message");
        QTest::addRow("binary-looking bytes") << QByteArray("\x01\x02\x7f garbage") << bad;
        QTest::addRow("empty frame") << QByteArray() << bad;
        QTest::addRow("whitespace") << QByteArray(" \t\r\n ") << bad;
        QTest::addRow("a number") << QByteArray("42") << bad;
        QTest::addRow("a string") << QByteArray("\"op\"") << bad;
        QTest::addRow("null") << QByteArray("null") << bad;
        QTest::addRow("an array") << json("[{'type':'op'}]") << bad;
        QTest::addRow("no type") << json("{'revision':0}") << bad;
        QTest::addRow("unknown type")
            << json("{'type':'drop_table'}") << QStringLiteral("unknown_type");
        QTest::addRow("two objects") << json("{'type':'chat','text':'a'}{'type':'chat'}") << bad;
        QTest::addRow("trailing comma") << json("{'type':'chat','text':'a',}") << bad;
        QTest::addRow("single quotes") << QByteArray("{'type':'chat','text':'a'}") << bad;
        QTest::addRow("history from after to")
            << json("{'type':'history','id':1,'from':5,'to':1}") << bad;
        QTest::addRow("history without id") << json("{'type':'history','from':1,'to':1}") << bad;
        QTest::addRow("history_text without revision")
            << json("{'type':'history_text','id':1}") << bad;
        // Its length from sizeof: QByteArray(const char *) would stop at the NUL.
        static const char withNul[] = "{\"type\":\"chat\",\0\"text\":\"a\"}";
        QTest::addRow("NUL inside") << QByteArray(withNul, sizeof withNul - 1) << bad;
        QTest::addRow("lone surrogate escape")
            << json("{'type':'op','revision':0,'seq':0,'op':['\\ud800']}")
            << QStringLiteral("bad_operation");
        const QByteArray op = json("{'type':'op','revision':0,'seq':1,'op':[3,'abc',-2]}");
        for (qsizetype cut : {1, 8, 20, 35, 44})
            QTest::addRow("truncated after %lld bytes", qint64(cut)) << op.left(cut) << bad;
    }
    void garbage()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, code);
        QVERIFY(answeredWith(frame, code));
    }

    void binaryFrame()
    {
        RawClient *raw = hostile();
        QVERIFY(raw);
        raw->socket().sendBinaryMessage(json("{'type':'chat','text':'binary'}"));
        QCOMPARE(code(raw->next(QStringLiteral("error"))), QStringLiteral("bad_message"));
        QVERIFY(raw->isOpen());
    }

    void deepNesting_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("code");
        const QString bad = QStringLiteral("bad_message");
        // Within the frame limit of 64 KiB.
        QTest::addRow("30000 arrays") << nested("[", "]", 30000) << bad;
        QTest::addRow("10000 objects") << nested("{\"a\":", "}", 10000) << bad;
        QTest::addRow("unclosed 60000 arrays") << QByteArray(60000, '[') << bad;
        QTest::addRow("20000 arrays in op")
            << "{\"type\":\"op\",\"revision\":0,\"seq\":0,\"op\":" + nested("[", "]", 20000) + "}"
            << bad;
        QTest::addRow("1000 arrays in op (parses)")
            << "{\"type\":\"op\",\"revision\":0,\"seq\":0,\"op\":" + nested("[", "]", 1000) + "}"
            << QStringLiteral("bad_operation");
        QTest::addRow("5000 objects in selection")
            << "{\"type\":\"selection\",\"revision\":0,\"ranges\":["
                + nested("{\"anchor\":", "}", 5000) + "]}"
            << bad;
    }
    void deepNesting()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, code);
        QVERIFY(answeredWith(frame, code));
    }

    void hugeNumbers_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("code");
        const QString bad = QStringLiteral("bad_message");
        const QString badOp = QStringLiteral("bad_operation");
        // Numbers JSON has, and things that look like numbers but are not JSON at all.
        struct Number
        {
            const char *text;
            bool json;
        };
        for (const Number number :
             {Number {"1e308", true}, Number {"-1e308", true}, Number {"9223372036854775808", true},
              Number {"18446744073709551616", true}, Number {"9007199254740992", true},
              Number {"-1", true}, Number {"0.5", true}, Number {"1e-300", true},
              Number {"\"NaN\"", true}, Number {"\"Infinity\"", true}, Number {"\"12\"", true},
              Number {"true", true}, Number {"1e400", false}, Number {"-1e400", false},
              Number {"0x10", false}, Number {"NaN", false}, Number {"Infinity", false},
              Number {"01", false}, Number {"+1", false}}) {
            const QByteArray n(number.text);
            QTest::addRow("revision %s", number.text)
                << "{\"type\":\"selection\",\"revision\":" + n + ",\"ranges\":[]}" << bad;
            QTest::addRow("seq %s", number.text)
                << "{\"type\":\"op\",\"revision\":0,\"seq\":" + n + ",\"op\":[1]}" << bad;
            QTest::addRow("anchor %s", number.text)
                << "{\"type\":\"selection\",\"revision\":0,\"ranges\":[{\"anchor\":" + n
                    + ",\"head\":0}]}"
                << bad;
            QTest::addRow("retain %s", number.text)
                << "{\"type\":\"op\",\"revision\":0,\"seq\":0,\"op\":[" + n + "]}"
                << (number.json ? badOp : bad);
        }
        // -0 is zero: a fine revision, but an operation component of length zero is not.
        QTest::addRow("-0 everywhere")
            << json("{'type':'op','revision':-0,'seq':-0,'op':[-0]}") << badOp;
        // 1e15 is an integer, written oddly: a revision the room has not reached.
        QTest::addRow("1e15 revision") << json("{'type':'op','revision':1e15,'seq':0,'op':[1]}")
                                       << QStringLiteral("bad_revision");
    }
    void hugeNumbers()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, code);
        QVERIFY(answeredWith(frame, code));
    }

    void wrongTypes_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("code");
        const QList<HostileCase> cases = wrongTypeCases(false, m_server->roomText(m_room).size());
        QVERIFY(cases.size() > 150);
        for (const HostileCase &c : cases)
            QTest::addRow("%s", qPrintable(c.name)) << c.frame << c.code;
    }
    void wrongTypes()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, code);
        QVERIFY(answeredWith(frame, code));
    }

    void wrongTypesInHello()
    {
        // On a connection that has not joined: a wrongly typed hello must not let it in.
        const QList<HostileCase> cases = wrongTypeCases(true, 0);
        QVERIFY(cases.size() > 100);
        std::unique_ptr<RawClient> raw;
        for (qsizetype i = 0; i < cases.size(); ++i) {
            if (i % framesPerHostile == 0) {
                raw = stranger();
                QVERIFY(raw);
            }
            raw->send(cases[i].frame);
            const QJsonObject answer = raw->nextAny();
            QVERIFY2(code(answer) == cases[i].code,
                     qPrintable(cases[i].name + QStringLiteral(": ")
                                + QString::fromUtf8(QJsonDocument(answer).toJson())));
            QVERIFY(raw->isOpen());
        }
        QCOMPARE(m_server->participants(m_room).size(), 2 + (m_hostile ? 1 : 0));
    }

    void beforeHello_data()
    {
        QTest::addColumn<QByteArray>("frame");
        for (const HostileCase &message : validMessages(m_server->roomText(m_room).size()))
            QTest::addRow("%s", qPrintable(message.name)) << message.frame;
    }
    void beforeHello()
    {
        QFETCH(QByteArray, frame);
        std::unique_ptr<RawClient> raw = stranger();
        QVERIFY(raw);
        raw->send(frame);
        QCOMPARE(code(raw->nextAny()), QStringLiteral("not_joined"));
        QVERIFY(raw->isOpen());
        // The connection may still join properly.
        QCOMPARE(type(raw->hello(QStringLiteral("late"))), QStringLiteral("welcome"));
    }

    void secondHello()
    {
        QVERIFY(answeredWith(json("{'type':'hello','protocol':1,'name':'again','color':'#000000',"
                                  "'client':'again'}"),
                             QStringLiteral("already_joined")));
    }

    void justOverTheLimits_data()
    {
        QTest::addColumn<bool>("joined");
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("code");
        const QString tooLarge = QStringLiteral("too_large");
        const QByteArray chat = json("{'type':'chat','text':'x'}");
        // Whitespace pads a valid message to exactly the limit, then one byte more.
        QTest::addRow("frame at the limit")
            << true << chat + QByteArray(maxMessageBytes - chat.size(), ' ') << QString();
        QTest::addRow("frame one byte over")
            << true << chat + QByteArray(maxMessageBytes - chat.size() + 1, ' ') << tooLarge;
        const QByteArray longText = QByteArray(maxDocumentLength + 1, 'x');
        QTest::addRow("replace one unit too long")
            << true
            << "{\"type\":\"replace\",\"revision\":0,\"seq\":0,\"text\":\"" + longText + "\"}"
            << tooLarge;
        QTest::addRow("chat of 4001")
            << true << "{\"type\":\"chat\",\"text\":\"" + QByteArray(4001, 'c') + "\"}" << tooLarge;
        QTest::addRow("language of 65")
            << true << "{\"type\":\"language\",\"language\":\"" + QByteArray(65, 'l') + "\"}"
            << tooLarge;
        QByteArray ranges = "{\"type\":\"selection\",\"revision\":0,\"ranges\":[";
        for (int i = 0; i < 1001; ++i)
            ranges += QByteArray(i ? "," : "") + "{\"anchor\":0,\"head\":0}";
        QTest::addRow("1001 ranges") << true << ranges + "]}" << tooLarge;
        QTest::addRow("name of 65") << false
                                    << "{\"type\":\"hello\",\"protocol\":1,\"color\":\"#000000\","
                                       "\"client\":\"c\",\"name\":\""
                + QByteArray(65, 'n') + "\"}"
                                    << tooLarge;
        QTest::addRow("client id of 129") << false
                                          << "{\"type\":\"hello\",\"protocol\":1,\"color\":\"#"
                                             "000000\",\"name\":\"n\",\"client\":\""
                + QByteArray(129, 'c') + "\"}"
                                          << tooLarge;
    }
    void justOverTheLimits()
    {
        QFETCH(bool, joined);
        QFETCH(QByteArray, frame);
        QFETCH(QString, code);
        std::unique_ptr<RawClient> raw = stranger();
        QVERIFY(raw);
        if (joined)
            QCOMPARE(type(raw->hello(QStringLiteral("limits"))), QStringLiteral("welcome"));
        raw->send(frame);
        // The chat history of earlier rows arrives after the welcome: not an answer.
        QJsonObject answer = raw->nextAny();
        while (answer.value(QStringLiteral("history")).toBool())
            answer = raw->nextAny();
        if (code.isEmpty())
            QCOMPARE(type(answer), QStringLiteral("chat"));
        else
            QCOMPARE(::code(answer), code);
        QVERIFY(raw->isOpen());
    }

    void overTheHardLimitCloses()
    {
        std::unique_ptr<RawClient> raw = stranger();
        QVERIFY(raw);
        QCOMPARE(type(raw->hello(QStringLiteral("huge"))), QStringLiteral("welcome"));
        raw->send(QByteArray(hardMessageBytes + 1, ' '));
        QCOMPARE(raw->waitForClose(), 1009);
    }

    void protocolViolations_data()
    {
        QTest::addColumn<int>("head");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<bool>("masked");
        QTest::addColumn<int>("closeCode");
        const QByteArray hello = json("{'type':'hello'}");
        QTest::addRow("invalid UTF-8 in a text frame")
            << 0x81 << QByteArray("\xc3\x28") << true << 1007;
        QTest::addRow("reserved opcode") << 0x83 << hello << true << 1002;
        QTest::addRow("reserved bit set") << 0xc1 << hello << true << 1002;
        QTest::addRow("continuation with nothing to continue") << 0x80 << hello << true << 1002;
        QTest::addRow("control frame over 125 bytes")
            << 0x89 << QByteArray(200, 'p') << true << 1002;
        QTest::addRow("fragmented control frame") << 0x09 << QByteArray("p") << true << 1002;
        QTest::addRow("unmasked frame") << 0x81 << hello << false << 1002;
        QTest::addRow("close frame with a one-byte payload")
            << 0x88 << QByteArray("x") << true << 1002;
        QTest::addRow("close frame with a reserved code")
            << 0x88 << QByteArray("\x03\xed", 2) << true << 1002;
        QTest::addRow("close reason that is not UTF-8")
            << 0x88 << QByteArray("\x03\xe8\xc3\x28", 4) << true << 1007;
    }

    void protocolViolations()
    {
        QFETCH(int, head);
        QFETCH(QByteArray, payload);
        QFETCH(bool, masked);
        QFETCH(int, closeCode);
        HandmadeSocket socket;
        QVERIFY(socket.handshake(m_server->port(), QLatin1Char('/') + m_room));
        socket.sendFrame(quint8(head), payload, masked);
        QCOMPARE(socket.waitForClose(), closeCode);
    }

    void lyingFrameHeader()
    {
        // A header announcing 2^62 bytes: the server must neither wait for nor allocate them.
        HandmadeSocket socket;
        QVERIFY(socket.handshake(m_server->port(), QLatin1Char('/') + m_room));
        socket.sendRaw(QByteArray("\x81\xff\x40\x00\x00\x00\x00\x00\x00\x00\x12\x34\x56\x78", 14));
        QCOMPARE(socket.waitForClose(), 1009);
    }

    void slowHandshake()
    {
        // One byte every 20 ms would take seconds; the server gives the handshake 500 ms.
        HandmadeSocket socket;
        QVERIFY(socket.connectTo(m_server->port()));
        const QByteArray request
            = HandmadeSocket::upgradeRequest(m_server->port(), QLatin1Char('/') + m_room);
        qsizetype sent = 0;
        while (socket.socket().state() == QAbstractSocket::ConnectedState
               && sent < request.size()) {
            socket.sendRaw(request.mid(sent++, 1));
            QTest::qWait(20);
        }
        QTRY_COMPARE(socket.socket().state(), QAbstractSocket::UnconnectedState);
        QVERIFY2(sent < request.size(), "the server waited for the whole dribbled handshake");
    }

    void flood()
    {
        // Rounds of 20,000 frames sent as fast as the socket takes them, each round on a new
        // connection once the server has closed the last one, while both participants type.
        floodWhileTyping(1, 4, 20000);
    }

    void longFlood()
    {
        if (!qEnvironmentVariableIsSet("ENSEMBLE_LONG_TESTS"))
            QSKIP("a long flood; ctest -L long runs it (tst_hostile_long)");
        floodWhileTyping(8, 40, 50000);
    }

private:
    // @p connections hostile connections at once, each flooding @p rounds times with @p frames
    // frames; checks that every one ends with rate_limited and that the room holds exactly what
    // the participants typed meanwhile.
    void floodWhileTyping(int connections, int rounds, int frames)
    {
        QSignalSpy adaSent(&m_ada->client(), &SessionClient::operationSent);
        QSignalSpy bobSent(&m_bob->client(), &SessionClient::operationSent);
        QTimer typing;
        int typed = 0;
        connect(&typing, &QTimer::timeout, this, [&] {
            TestPeer &peer = typed % 2 ? *m_bob : *m_ada;
            peer.insert(m_random.bounded(int(peer.text().size()) + 1),
                        typed % 2 ? QStringLiteral("B") : QStringLiteral("A"));
            ++typed;
        });
        typing.start(5);
        const QList<QByteArray> kinds {
            json("{'type':'chat','text':'spam'}"),
            json("{'type':'selection','revision':0,'ranges':[{'anchor':1,'head':1}]}"),
            json("{'type':'op','revision':999999999,'seq':0,'op':[1]}"),
            QByteArray("garbage"),
        };
        for (int round = 0; round < rounds; ++round) {
            std::vector<std::unique_ptr<RawClient>> flooders;
            for (int c = 0; c < connections; ++c) {
                flooders.push_back(stranger());
                QVERIFY(flooders.back());
                QCOMPARE(type(flooders.back()->hello(QStringLiteral("flood-%1").arg(c))),
                         QStringLiteral("welcome"));
            }
            for (int i = 0; i < frames; ++i) {
                for (const auto &flooder : flooders)
                    flooder->send(kinds[i % kinds.size()]);
            }
            for (const auto &flooder : flooders) {
                QCOMPARE(flooder->waitForClose(), 4013);
                const QList<QJsonObject> answers = flooder->takeAll();
                QVERIFY(!answers.isEmpty());
                QCOMPARE(code(answers.last()), QStringLiteral("rate_limited"));
            }
        }
        QVERIFY(waitUntil([&] { return typed >= 20; }));
        typing.stop();
        QVERIFY(waitUntil([this] { return settled(); }));
        // The room holds exactly what the participants typed, one revision per op they sent.
        const QString text = m_server->roomText(m_room);
        QCOMPARE(text.count(u'A') + text.count(u'B'), typed);
        QCOMPARE(m_server->roomRevision(m_room),
                 m_revisionBefore + adaSent.size() + bobSent.size());
        QVERIFY(waitUntil([&] { return m_ada->text() == text && m_bob->text() == text; }));
        // What the participants did is not the hostile peers' doing.
        m_textBefore = text;
        m_revisionBefore = m_server->roomRevision(m_room);
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
