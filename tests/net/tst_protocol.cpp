// Protocol v1 message layer: every message type survives serialise -> parse, and every kind of
// malformed frame is rejected with the error code docs/PROTOCOL.md names for it.
#include "protocol/ErrorCode.h"
#include "protocol/MessageParser.h"
#include "protocol/MessageWriter.h"
#include "protocol/RoomId.h"
#include "protocol/TextHash.h"

#include <QSet>
#include <QTest>
#include <array>
#include <cstdlib>

using namespace ensemble;

Q_DECLARE_METATYPE(ensemble::ClientMessage)
Q_DECLARE_METATYPE(ensemble::ServerMessage)
Q_DECLARE_METATYPE(ensemble::PeerChatMsg)

namespace {

TextOperation sampleOp()
{
    TextOperation op;
    op.retain(3).insert(QStringLiteral("é😀\n\"x\"")).remove(2).retain(1);
    return op;
}

// JSON written with single quotes, so the test data stays readable (and moc-friendly).
QByteArray json(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

} // namespace

class TestProtocol : public QObject
{
    Q_OBJECT

private slots:
    void helloNamesAreCleaned_data()
    {
        QTest::addColumn<QString>("sent");
        QTest::addColumn<QString>("kept"); // empty: refused as bad_message
        QTest::addRow("plain") << QStringLiteral("Ana Lima") << QStringLiteral("Ana Lima");
        QTest::addRow("bell") << QStringLiteral("Ana\u0007") << QStringLiteral("Ana");
        QTest::addRow("new line") << QStringLiteral("Ana\nBo") << QStringLiteral("Ana Bo");
        QTest::addRow("escape sequence")
            << QStringLiteral("\u001b[31mAna") << QStringLiteral("[31mAna");
        QTest::addRow("C1 control") << QStringLiteral("An\u0085a") << QStringLiteral("An a");
        QTest::addRow("right-to-left override")
            << QStringLiteral("\u202eanA") << QStringLiteral("anA");
        QTest::addRow("isolates") << QStringLiteral("\u2066Bo\u2069") << QStringLiteral("Bo");
        QTest::addRow("spaces fold") << QStringLiteral("  Ana \t  Bo ") << QStringLiteral("Ana Bo");
        QTest::addRow("non-Latin") << QStringLiteral("\u674e\u534e") << QStringLiteral("李华");
        QTest::addRow("only controls") << QStringLiteral("\u0001\u0002") << QString();
        QTest::addRow("only an override") << QStringLiteral("\u202e") << QString();
    }
    void helloNamesAreCleaned()
    {
        QFETCH(QString, sent);
        QFETCH(QString, kept);
        const QByteArray message
            = "{\"type\":\"hello\",\"protocol\":1,\"color\":\"#000000\",\"client\":\"c\","
              "\"name\":\""
            + sent.toUtf8() + "\"}";
        const auto parsed = parseClientMessage(message, Limits {});
        if (kept.isEmpty()) {
            QVERIFY(!parsed.ok());
            QCOMPARE(parsed.error().code, QStringLiteral("bad_message"));
            return;
        }
        QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(std::get<HelloMsg>(parsed.value()).name, kept);
    }
    void clientRoundTrip_data()
    {
        QTest::addColumn<ClientMessage>("message");
        HelloMsg hello {
            1, QStringLiteral("Ada"), QStringLiteral("#a1b2c3"), QStringLiteral("c-1"), {}, {}, {},
            {}};
        QTest::addRow("hello") << ClientMessage {hello};
        HelloMsg rejoin = hello;
        rejoin.revision = 42;
        rejoin.epoch = QStringLiteral("e1");
        rejoin.password = QStringLiteral("pw");
        QTest::addRow("hello rejoin") << ClientMessage {rejoin};
        rejoin.textHash = textHash(QStringLiteral("text at 42"));
        QTest::addRow("hello rejoin with text hash") << ClientMessage {rejoin};
        HelloMsg create = hello;
        create.create = RoomSeed {QStringLiteral("int main() {}\n"), QStringLiteral("cpp")};
        QTest::addRow("hello create") << ClientMessage {create};
        create.create->title = QStringLiteral("main.cpp");
        create.create->password = QStringLiteral("room pw");
        create.owner = QStringLiteral("0123456789abcdef");
        QTest::addRow("hello create protected") << ClientMessage {create};
        QTest::addRow("op") << ClientMessage {OpMsg {7, 3, sampleOp(), {}}};
        QTest::addRow("op with selection")
            << ClientMessage {OpMsg {7, 3, sampleOp(), Selection {{1, 2}, {5, 5}}}};
        QTest::addRow("replace") << ClientMessage {ReplaceMsg {0, 1, QStringLiteral("all\nnew")}};
        QTest::addRow("selection") << ClientMessage {SelectionMsg {9, {{0, 4}}}};
        QTest::addRow("empty selection") << ClientMessage {SelectionMsg {9, {}}};
        QTest::addRow("language") << ClientMessage {LanguageMsg {QStringLiteral("python")}};
        QTest::addRow("chat") << ClientMessage {ChatMsg {QStringLiteral("hi ✋")}};
        QTest::addRow("remove") << ClientMessage {RemoveMsg {3}};
        QTest::addRow("settings") << ClientMessage {SettingsMsg {true, std::nullopt}};
        QTest::addRow("settings password")
            << ClientMessage {SettingsMsg {std::nullopt, QStringLiteral("iris")}};
        QTest::addRow("settings no password") << ClientMessage {SettingsMsg {false, QString()}};
        QTest::addRow("settings unchanged") << ClientMessage {SettingsMsg {}};
        QTest::addRow("history") << ClientMessage {HistoryRequestMsg {1, 1, 1000}};
        QTest::addRow("history text") << ClientMessage {HistoryTextRequestMsg {2, 0}};
        QTest::addRow("history of a document (protocol 2)")
            << ClientMessage {HistoryRequestMsg {3, 1, 9, QStringLiteral("d17")}};
        QTest::addRow("history text of a document (protocol 2)")
            << ClientMessage {HistoryTextRequestMsg {4, 2, QStringLiteral("d2")}};
    }
    void clientRoundTrip()
    {
        QFETCH(ClientMessage, message);
        Result<ClientMessage> parsed = parseClientMessage(serialize(message), Limits {});
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QVERIFY(parsed.value() == message);
        // The form sockets get: the same frame as UTF-16.
        QCOMPARE(serializeText(message).toUtf8(), serialize(message));
    }

    void clientRejects_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("code");
        const QString bad = QStringLiteral("bad_message");
        QTest::addRow("not json") << QByteArray("{\"type\":") << bad;
        QTest::addRow("binary garbage") << QByteArray("\xff\xfe\x00", 3) << bad;
        QTest::addRow("array") << QByteArray("[1,2]") << bad;
        QTest::addRow("no type") << json("{'revision':1}") << bad;
        QTest::addRow("numeric type") << json("{'type':3}") << bad;
        QTest::addRow("unknown type") << json("{'type':'dance'}") << QStringLiteral("unknown_type");
        QTest::addRow("server-only type")
            << json("{'type':'welcome'}") << QStringLiteral("unknown_type");
        QTest::addRow("history from after to")
            << json("{'type':'history','id':1,'from':2,'to':1}") << bad;
        QTest::addRow("history negative id")
            << json("{'type':'history','id':-1,'from':1,'to':1}") << bad;
        QTest::addRow("history_text without id")
            << json("{'type':'history_text','revision':1}") << bad;
        QTest::addRow("history with a doc too long for an id")
            << json("{'type':'history','id':1,'from':1,'to':1,'doc':'d12345678901234567'}")
            << QStringLiteral("too_large");
        QTest::addRow("history_text with a doc not a string")
            << json("{'type':'history_text','id':1,'revision':1,'doc':7}") << bad;
        QTest::addRow("history_error is server-only")
            << json("{'type':'history_error','id':1}") << QStringLiteral("unknown_type");
        const QByteArray hello = json("{'type':'hello','protocol':1,'name':'A','color':'#000000',");
        QTest::addRow("hello without client") << hello + json("'x':1}") << bad;
        QTest::addRow("hello bad color")
            << json("{'type':'hello','protocol':1,'name':'A','color':'red','client':'c'}") << bad;
        QTest::addRow("hello empty name")
            << json("{'type':'hello','protocol':1,'name':' ','color':'#000000','client':'c'}")
            << bad;
        QTest::addRow("hello protocol 2")
            << json("{'type':'hello','protocol':3}") << QStringLiteral("incompatible_version");
        QTest::addRow("hello revision string")
            << hello + json("'client':'c','revision':'3'}") << bad;
        QTest::addRow("hello create not object")
            << hello + json("'client':'c','create':true}") << bad;
        QTest::addRow("hello long name")
            << json("{'type':'hello','protocol':1,'color':'#000000','client':'c','name':'")
                + QByteArray(65, 'n') + json("'}")
            << QStringLiteral("too_large");
        QTest::addRow("op negative revision")
            << json("{'type':'op','revision':-1,'seq':1,'op':[1]}") << bad;
        QTest::addRow("op fractional revision")
            << json("{'type':'op','revision':1.5,'seq':1,'op':[1]}") << bad;
        QTest::addRow("op huge revision")
            << json("{'type':'op','revision':1e300,'seq':1,'op':[1]}") << bad;
        QTest::addRow("op revision string")
            << json("{'type':'op','revision':'1','seq':1,'op':[1]}") << bad;
        QTest::addRow("op without seq") << json("{'type':'op','revision':1,'op':[1]}") << bad;
        QTest::addRow("op not array") << json("{'type':'op','revision':1,'seq':1,'op':{}}")
                                      << QStringLiteral("bad_operation");
        QTest::addRow("op zero component") << json("{'type':'op','revision':1,'seq':1,'op':[0]}")
                                           << QStringLiteral("bad_operation");
        QTest::addRow("op boolean component")
            << json("{'type':'op','revision':1,'seq':1,'op':[true]}")
            << QStringLiteral("bad_operation");
        QTest::addRow("selection negative")
            << json("{'type':'selection','revision':1,'ranges':[{'anchor':-1,'head':0}]}") << bad;
        QTest::addRow("selection not objects")
            << json("{'type':'selection','revision':1,'ranges':[3]}") << bad;
        QByteArray many = json("{'type':'selection','revision':1,'ranges':[");
        for (int i = 0; i < 1001; ++i)
            many += QByteArray(i ? "," : "") + json("{'anchor':0,'head':0}");
        QTest::addRow("selection too many ranges") << many + "]}" << QStringLiteral("too_large");
        QTest::addRow("chat empty") << json("{'type':'chat','text':''}") << bad;
        QTest::addRow("chat too long") << json("{'type':'chat','text':'") + QByteArray(4001, 'x')
                + json("'}") << QStringLiteral("too_large");
        QTest::addRow("language number") << json("{'type':'language','language':5}") << bad;
        QTest::addRow("replace without text")
            << json("{'type':'replace','revision':0,'seq':1}") << bad;
        QTest::addRow("hello short owner key")
            << hello + json("'client':'c','owner':'short'}") << bad;
        QTest::addRow("hello owner key number") << hello + json("'client':'c','owner':7}") << bad;
        QTest::addRow("hello title with a folder")
            << hello + json("'client':'c','create':{'title':'../.bashrc'}}") << bad;
        QTest::addRow("hello title dot dot")
            << hello + json("'client':'c','create':{'title':'..'}}") << bad;
        QTest::addRow("hello title backslash")
            << hello + json("'client':'c','create':{'title':'a\\\\b'}}") << bad;
        QTest::addRow("hello password number")
            << hello + json("'client':'c','create':{'password':1}}") << bad;
        QTest::addRow("remove nobody") << json("{'type':'remove','user':0}") << bad;
        QTest::addRow("remove by name") << json("{'type':'remove','user':'Bo'}") << bad;
        QTest::addRow("settings read-only string")
            << json("{'type':'settings','readOnly':'yes'}") << bad;
    }
    void clientRejects()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, code);
        Result<ClientMessage> parsed = parseClientMessage(frame, Limits {});
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, code);
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void replaceRespectsDocumentLimit()
    {
        Limits limits;
        limits.maxDocumentLength = 10;
        const QByteArray frame = serialize(ClientMessage {ReplaceMsg {0, 1, QString(11, u'x')}});
        Result<ClientMessage> parsed = parseClientMessage(frame, limits);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, QStringLiteral("too_large"));
    }

    void serverRoundTrip_data()
    {
        QTest::addColumn<ServerMessage>("message");
        const Participant ada {1, QStringLiteral("Ada"), QStringLiteral("#112233"), {}, true};
        Participant bob {2, QStringLiteral("Bob"), QStringLiteral("#445566"), {{3, 1}}};
        WelcomeMsg welcome;
        welcome.room = newRoomId();
        welcome.epoch = QStringLiteral("ep");
        welcome.revision = 12;
        welcome.text = QStringLiteral("hello\n");
        welcome.lastSeq = 4;
        welcome.language = QStringLiteral("cpp");
        welcome.you = ada;
        welcome.users = {bob};
        welcome.maxMessageBytes = 1000;
        welcome.maxDocumentLength = 500;
        QTest::addRow("welcome text") << ServerMessage {welcome};
        welcome.text.reset();
        welcome.ops = QList<LoggedOperation> {{11, sampleOp(), QStringLiteral("c-2"), 9},
                                              {12, sampleOp(), QStringLiteral("c-1"), 4}};
        QTest::addRow("welcome ops") << ServerMessage {welcome};
        welcome.ops = QList<LoggedOperation> {{11, sampleOp(), {}, 0},
                                              {12, sampleOp(), QStringLiteral("c-1"), 4}};
        welcome.title = QStringLiteral("notes.md");
        welcome.readOnly = true;
        QTest::addRow("welcome ops, others anonymous") << ServerMessage {welcome};
        welcome.ops = QList<LoggedOperation> {};
        QTest::addRow("welcome no ops") << ServerMessage {welcome};
        AuthorshipInfo authorship {AuthorshipMap(6, 2), {}};
        authorship.authors = {
            {QStringLiteral("0123456789abcdef"), QStringLiteral("Ada"), QStringLiteral("#112233")},
            {QStringLiteral("fedcba9876543210"), QStringLiteral("Bob"), QStringLiteral("#445566"),
             2}};
        welcome.authorship = authorship;
        QTest::addRow("welcome with authorship") << ServerMessage {welcome};
        QTest::addRow("ack") << ServerMessage {AckMsg {13, 5}};
        QTest::addRow("op") << ServerMessage {PeerOpMsg {13, sampleOp(), 2, {}}};
        QTest::addRow("op selection") << ServerMessage {PeerOpMsg {13, sampleOp(), 2, {{{4, 4}}}}};
        QTest::addRow("selection") << ServerMessage {PeerSelectionMsg {2, 13, {{0, 3}, {7, 5}}}};
        QTest::addRow("joined") << ServerMessage {JoinedMsg {ada}};
        QTest::addRow("left") << ServerMessage {LeftMsg {2}};
        QTest::addRow("language") << ServerMessage {PeerLanguageMsg {QStringLiteral("rust"), 2}};
        QTest::addRow("chat") << ServerMessage {PeerChatMsg {2, QStringLiteral("hi")}};
        QTest::addRow("chat live with time") << ServerMessage {PeerChatMsg {
            2, QStringLiteral("hi"), QStringLiteral("Ada"), QStringLiteral("#d04040"), 1700}};
        QTest::addRow("chat history") << ServerMessage {PeerChatMsg {
            9, QStringLiteral("<b>"), QStringLiteral("Bo"), QStringLiteral("#3060c0"), 17, true}};
        QTest::addRow("error") << ServerMessage {
            ErrorMsg {QStringLiteral("bad_message"), QStringLiteral("why"), {}}};
        QTest::addRow("error seq")
            << ServerMessage {ErrorMsg {QStringLiteral("bad_revision"), QStringLiteral("why"), 7}};
        QTest::addRow("error retry after") << ServerMessage {
            ErrorMsg {QStringLiteral("too_many_attempts"), QStringLiteral("wait"), {}, 900}};
        QTest::addRow("settings") << ServerMessage {PeerSettingsMsg {true, 1}};
        const HistoryRecord record {4,
                                    sampleOp(),
                                    QStringLiteral("0123456789abcdef0123456789abcdef"),
                                    QStringLiteral("Ada"),
                                    QStringLiteral("#d04040"),
                                    1700};
        QTest::addRow("history") << ServerMessage {HistoryEntriesMsg {3, 0, 9, {record, record}}};
        QTest::addRow("history empty") << ServerMessage {HistoryEntriesMsg {3, 2, 2, {}}};
        QTest::addRow("history text")
            << ServerMessage {HistoryTextMsg {5, 4, QStringLiteral("int main() {}\n✋")}};
        QTest::addRow("history error") << ServerMessage {
            HistoryErrorMsg {6, QStringLiteral("no_such_revision"), QStringLiteral("why"), 1, 9}};
        QTest::addRow("history error bare") << ServerMessage {
            HistoryErrorMsg {7, QStringLiteral("history_unavailable"), QStringLiteral("why")}};
        QTest::addRow("history of a document (protocol 2)")
            << ServerMessage {HistoryEntriesMsg {3, 0, 9, {record}, QStringLiteral("d2")}};
        QTest::addRow("history text of a document (protocol 2)")
            << ServerMessage {HistoryTextMsg {5, 4, QStringLiteral("x"), QStringLiteral("d2")}};
        QTest::addRow("history error of a document (protocol 2)")
            << ServerMessage {HistoryErrorMsg {8,
                                               QStringLiteral("no_such_path"),
                                               QStringLiteral("why"),
                                               {},
                                               {},
                                               QStringLiteral("d3")}};
    }
    void serverRoundTrip()
    {
        QFETCH(ServerMessage, message);
        Result<ServerMessage> parsed = parseServerMessage(serialize(message));
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QVERIFY(parsed.value() == message);
        QCOMPARE(serializeText(message).toUtf8(), serialize(message));
    }

    void chatFieldsAreOptionalAndUnknownOnesIgnored_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<PeerChatMsg>("expected");
        QTest::addRow("before chat history") << json("{'type':'chat','user':2,'text':'hi'}")
                                             << PeerChatMsg {2, QStringLiteral("hi")};
        QTest::addRow("live with time") << json("{'type':'chat','user':2,'text':'hi','time':5}")
                                        << PeerChatMsg {2, QStringLiteral("hi"), {}, {}, 5};
        QTest::addRow("history, unknown field")
            << json("{'type':'chat','user':3,'text':'x','name':'Bo','color':'#000000','time':7,"
                    "'history':true,'reactions':[1]}")
            << PeerChatMsg {
                   3,   QStringLiteral("x"), QStringLiteral("Bo"), QStringLiteral("#000000"), 7,
                   true};
    }
    void chatFieldsAreOptionalAndUnknownOnesIgnored()
    {
        QFETCH(QByteArray, frame);
        QFETCH(PeerChatMsg, expected);
        Result<ServerMessage> parsed = parseServerMessage(frame);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QVERIFY(std::get<PeerChatMsg>(parsed.value()) == expected);
    }

    void serverRejects_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("code");
        const QString bad = QStringLiteral("bad_message");
        QTest::addRow("history entries not an array")
            << json("{'type':'history','id':1,'oldest':0,'latest':1,'entries':{}}") << bad;
        QTest::addRow("history entry without author")
            << json("{'type':'history','id':1,'oldest':0,'latest':1,'entries':[{'revision':1,"
                    "'op':[],'name':'a','color':'#000000','time':1}]}")
            << bad;
        QTest::addRow("history entry with a bad op")
            << json("{'type':'history','id':1,'oldest':0,'latest':1,'entries':[{'revision':1,"
                    "'op':[0],'author':'x','name':'a','color':'#000000','time':1}]}")
            << QStringLiteral("bad_operation");
        QTest::addRow("history text without text")
            << json("{'type':'history_text','id':1,'revision':1}") << bad;
        QTest::addRow("welcome text and ops")
            << json("{'type':'welcome','room':'r','epoch':'e','revision':0,'text':'','ops':[],'"
                    "lastSeq':0,'language':'','you':{'id':1,'name':'a','color':'#000000'},'users':["
                    "],'limits':{'message':1,'document':1}}")
            << bad;
        QTest::addRow("welcome authorship naming no author") << json(
            "{'type':'welcome','room':'r','epoch':'e','revision':0,'text':'ab','lastSeq':0,"
            "'language':'','you':{'id':1,'name':'a','color':'#000000'},'users':[],'limits':{"
            "'message':1,'document':1},'authorship':{'runs':[[2,1]],'authors':[]}}")
                                                             << bad;
        QTest::addRow("welcome authorship with an empty run") << json(
            "{'type':'welcome','room':'r','epoch':'e','revision':0,'text':'ab','lastSeq':0,"
            "'language':'','you':{'id':1,'name':'a','color':'#000000'},'users':[],'limits':{"
            "'message':1,'document':1},'authorship':{'runs':[[0,0]],'authors':[]}}")
                                                              << bad;
        QTest::addRow("welcome no users") << json(
            "{'type':'welcome','room':'r','epoch':'e','revision':0,'text':'','lastSeq':0,'language'"
            ":'','you':{'id':1,'name':'a','color':'#000000'},'limits':{'message':1,'document':1}}")
                                          << bad;
        QTest::addRow("ack zero revision") << json("{'type':'ack','revision':0,'seq':1}") << bad;
        QTest::addRow("op bad array") << json("{'type':'op','revision':1,'user':1,'op':[-0.5]}")
                                      << QStringLiteral("bad_operation");
        QTest::addRow("chat history not a boolean")
            << json("{'type':'chat','user':1,'text':'x','history':1}") << bad;
        QTest::addRow("chat time negative")
            << json("{'type':'chat','user':1,'text':'x','time':-1}") << bad;
        QTest::addRow("hello from server")
            << json("{'type':'hello'}") << QStringLiteral("unknown_type");
    }
    void serverRejects()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, code);
        Result<ServerMessage> parsed = parseServerMessage(frame);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, code);
    }

    void errorCodesAreConsistent()
    {
        QSet<int> closeCodes;
        for (int i = 0; i <= int(ErrorCode::ShuttingDown); ++i) {
            const auto code = ErrorCode(i);
            QCOMPARE(errorCodeFromName(errorCodeName(code)), code);
            if (const int close = closeCodeFor(code)) {
                QVERIFY2(!closeCodes.contains(close), "close codes must be distinct");
                closeCodes.insert(close);
                QCOMPARE(errorCodeForClose(close), code);
            }
        }
        QVERIFY(!errorCodeFromName(QStringLiteral("nonsense")).has_value());
    }

    void textHashReplacesLoneSurrogates_data()
    {
        // Expected: node -e 'require("crypto").createHash("sha256")
        //     .update(Buffer.from(s, "utf8")).digest("hex")', whose encoder writes U+FFFD.
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("hash");
        const auto units = [](std::initializer_list<char16_t> list) {
            return QString(reinterpret_cast<const QChar *>(list.begin()), qsizetype(list.size()));
        };
        QTest::addRow("high alone inside")
            << units({u'a', 0xd800, u'b'})
            << "05087813392efc16fe8ff448920c6328e53af865df39419436659d9ffda90f7b";
        QTest::addRow("low alone")
            << units({0xdc00})
            << "83d544ccc223c057d2bf80d3f2a32982c32c3c0db8e2674820da5064783fb097";
        QTest::addRow("high at the end")
            << units({u'x', 0xd83d})
            << "5f350b94b4920d9b754a97c80041225f8d86f46f57886ec93ba109e432454d6a";
        QTest::addRow("pair then a low")
            << units({0xd83d, 0xde00, 0xde00})
            << "43c07ec4819e4eb64f724ac552e7587fe21ce3110ed29797be89a927753b6578";
        QTest::addRow("low then high")
            << units({0xde00, 0xd83d})
            << "52793f8dc1d85e409f8c88be99d8b31d58f676246340150f406289e04a11151e";
    }
    void textHashReplacesLoneSurrogates()
    {
        QFETCH(QString, text);
        QFETCH(QString, hash);
        QCOMPARE(textHash(text), hash);
    }

    void textHashIsTheSha256OfTheUtf8()
    {
        // What any client computes with its own SHA-256 (Python: hashlib.sha256(text.encode())).
        QCOMPARE(
            textHash(QStringLiteral("é😀")),
            QStringLiteral("1184d1f608158eea09d297565575892231550c403aaa913008d867a97cfd5c76"));
        QCOMPARE(
            textHash(QString()),
            QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void roomIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::addRow("v4") << QStringLiteral("3f2b8c1e-9a4d-4e6f-8b1a-0c2d3e4f5a6b") << true;
        QTest::addRow("upper case")
            << QStringLiteral("3F2B8C1E-9A4D-4E6F-8B1A-0C2D3E4F5A6B") << false;
        QTest::addRow("v1") << QStringLiteral("3f2b8c1e-9a4d-1e6f-8b1a-0c2d3e4f5a6b") << false;
        QTest::addRow("bad variant")
            << QStringLiteral("3f2b8c1e-9a4d-4e6f-cb1a-0c2d3e4f5a6b") << false;
        QTest::addRow("no dashes") << QStringLiteral("3f2b8c1e9a4d4e6f8b1a0c2d3e4f5a6b") << false;
        QTest::addRow("braces") << QStringLiteral("{3f2b8c1e-9a4d-4e6f-8b1a-0c2d3e4f5a6b}")
                                << false;
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("path") << QStringLiteral("../etc") << false;
    }
    void roomIds()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(isValidRoomId(id), valid);
    }

    void titles_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("valid");
        QTest::addRow("file name") << QStringLiteral("main.cpp") << true;
        QTest::addRow("spaces and accents") << QStringLiteral("Notes de réunion.md") << true;
        QTest::addRow("dot file") << QStringLiteral(".bashrc") << true;
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("dot") << QStringLiteral(".") << false;
        QTest::addRow("dot dot") << QStringLiteral("..") << false;
        QTest::addRow("folder") << QStringLiteral("src/main.cpp") << false;
        QTest::addRow("windows folder") << QStringLiteral("src\\main.cpp") << false;
        QTest::addRow("newline") << QStringLiteral("a\nb") << false;
        QTest::addRow("too long") << QString(256, u'x') << false;
    }
    void titles()
    {
        QFETCH(QString, title);
        QFETCH(bool, valid);
        QCOMPARE(isValidTitle(title), valid);
    }

    void roomIdsAreUnpredictable()
    {
        // Ids come from QRandomGenerator::system(): seeding what a program can seed changes
        // nothing, and each of the 122 random bits is set about half the time.
        std::srand(7);
        const QString first = newRoomId();
        std::srand(7);
        QVERIFY(newRoomId() != first);
        constexpr int count = 2000;
        std::array<int, 128> setBits {};
        for (int i = 0; i < count; ++i) {
            const QByteArray bytes = QByteArray::fromHex(newRoomId().remove(u'-').toLatin1());
            for (int bit = 0; bit < 128; ++bit)
                setBits[bit] += (bytes[bit / 8] >> (7 - bit % 8)) & 1;
        }
        for (int bit = 0; bit < 128; ++bit) {
            // The version (bits 48-51) and variant (64-65) are fixed by RFC 4122.
            if ((bit >= 48 && bit < 52) || bit == 64 || bit == 65)
                continue;
            QVERIFY2(setBits[bit] > count * 2 / 5 && setBits[bit] < count * 3 / 5,
                     qPrintable(QStringLiteral("bit %1 set %2 times in %3")
                                    .arg(bit)
                                    .arg(setBits[bit])
                                    .arg(count)));
        }
    }

    void newRoomIdsAreValidAndDistinct()
    {
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i) {
            const QString id = newRoomId();
            QVERIFY2(isValidRoomId(id), qPrintable(id));
            seen.insert(id);
        }
        QCOMPARE(seen.size(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
