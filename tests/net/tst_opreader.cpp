// The shortcut for plain `op` frames (readPlainOp) reads exactly what the general reader reads, and
// leaves every frame it is not sure of, valid or not, to the general reader.
#include "protocol/MessageParser.h"
#include "protocol/OpReader.h"

#include <QTest>

using namespace ensemble;

namespace {

// Frames are written with ' for " to keep them readable.
QByteArray q(const char *frame)
{
    return QByteArray(frame).replace('\'', '"');
}

QByteArray u8(const char8_t *text)
{
    return QByteArray(reinterpret_cast<const char *>(text));
}

} // namespace

class TestOpReader : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithTheGeneralReader_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<bool>("plain");

        const auto plain = [](const char *name, const QByteArray &frame) {
            QTest::addRow("%s", name) << frame << true;
        };
        const auto general = [](const char *name, const QByteArray &frame) {
            QTest::addRow("%s", name) << frame << false;
        };

        plain("insert", q("{'type':'op','revision':0,'seq':1,'op':['a']}"));
        plain("spaced",
              " {\n\t\"type\" : \"op\" ,\r\n \"revision\":7, \"seq\" :2,\"op\":[ 3 , \"x\" , -2 ] "
              "} ");
        plain("keys in any order",
              q("{'op':[1,'b'],'seq':9,'doc':'d3','revision':12,'type':'op'}"));
        plain("with selection",
              q("{'type':'op','revision':1,'seq':1,'op':['a'],'selection':[{'anchor':1,'head':0},{'"
                "head':5,'anchor':5}]}"));
        plain("empty selection", q("{'type':'op','revision':1,'seq':1,'op':['a'],'selection':[]}"));
        plain("empty operation", q("{'type':'op','revision':0,'seq':1,'op':[]}"));
        plain("empty doc", q("{'type':'op','revision':0,'seq':1,'op':['a'],'doc':''}"));
        plain("raw U+FEFF first",
              u8(u8"{\"type\":\"op\",\"revision\":0,\"seq\":1,\"op\":[\"\uFEFFab\"]}"));
        plain("raw U+FEFF alone",
              u8(u8"{\"type\":\"op\",\"revision\":0,\"seq\":1,\"op\":[\"\uFEFF\"]}"));
        plain("escaped U+FEFF", q("{'type':'op','revision':0,'seq':1,'op':['\\ufeff']}"));
        plain("lone surrogate escapes",
              q("{'type':'op','revision':0,'seq':1,'op':['\\ud800x\\udfff']}"));
        plain("NUL escaped", q("{'type':'op','revision':0,'seq':1,'op':['a\\u0000b']}"));
        plain("JSON escapes",
              q("{'type':'op','revision':0,'seq':1,'op':['\\'\\\\\\/\\b\\f\\n\\r\\t\\q']}"));
        plain("emoji, U+2028, U+FFFF",
              u8(u8"{\"type\":\"op\",\"revision\":0,\"seq\":1,\"op\":[\"😀\u2028\uFFFF\uFFFE\"]}"));
        plain("largest integers",
              q("{'type':'op','revision':9007199254740991,'seq':9007199254740991,'op':[1]}"));
        plain("adjacent inserts", q("{'type':'op','revision':0,'seq':1,'op':['a','b',-1,-2,3,4]}"));

        general("duplicate key (the last wins)",
                q("{'type':'op','revision':0,'revision':4,'seq':1,'op':['a']}"));
        general("unknown key", q("{'type':'op','revision':0,'seq':1,'op':['a'],'x':1}"));
        general("escaped key", q("{'\\u0074ype':'op','revision':0,'seq':1,'op':['a']}"));
        general("escaped type", q("{'type':'\\u006fp','revision':0,'seq':1,'op':['a']}"));
        general("another type", q("{'type':'chat','text':'hi'}"));
        general("no seq", q("{'type':'op','revision':0,'op':['a']}"));
        general("no type", q("{'revision':0,'seq':1,'op':['a']}"));
        general("revision 1.0", q("{'type':'op','revision':1.0,'seq':1,'op':['a']}"));
        general("revision 1e2", q("{'type':'op','revision':1e2,'seq':1,'op':['a']}"));
        general("revision -1", q("{'type':'op','revision':-1,'seq':1,'op':['a']}"));
        general("revision 01", q("{'type':'op','revision':01,'seq':1,'op':['a']}"));
        general("revision 2^53", q("{'type':'op','revision':9007199254740992,'seq':1,'op':['a']}"));
        general("revision 20 digits",
                q("{'type':'op','revision':12345678901234567890,'seq':1,'op':['a']}"));
        general("revision as a string", q("{'type':'op','revision':'1','seq':1,'op':['a']}"));
        general("component -0", q("{'type':'op','revision':0,'seq':1,'op':[-0]}"));
        general("component 0", q("{'type':'op','revision':0,'seq':1,'op':[0]}"));
        general("component 1.5", q("{'type':'op','revision':0,'seq':1,'op':[1.5]}"));
        general("component too long", q("{'type':'op','revision':0,'seq':1,'op':[67108865]}"));
        general("spanning too much", q("{'type':'op','revision':0,'seq':1,'op':[67108864,1]}"));
        general("empty insert", q("{'type':'op','revision':0,'seq':1,'op':['']}"));
        general("component null", q("{'type':'op','revision':0,'seq':1,'op':[null]}"));
        general("op not an array", q("{'type':'op','revision':0,'seq':1,'op':'a'}"));
        general("trailing comma in op", q("{'type':'op','revision':0,'seq':1,'op':['a',]}"));
        general("trailing comma in object", q("{'type':'op','revision':0,'seq':1,'op':['a'],}"));
        general("garbage after", q("{'type':'op','revision':0,'seq':1,'op':['a']} x"));
        general("two objects", q("{'type':'op','revision':0,'seq':1,'op':['a']}{}"));
        general("cut short", q("{'type':'op','revision':0,'seq':1,'op':['a'"));
        general("byte order mark first",
                u8(u8"\uFEFF{\"type\":\"op\",\"revision\":0,\"seq\":1,\"op\":[\"a\"]}"));
        general("invalid UTF-8",
                QByteArray("{\"type\":\"op\",\"revision\":0,\"seq\":1,\"op\":[\"\xC0\xAF\"]}"));
        general("encoded surrogate",
                QByteArray("{\"type\":\"op\",\"revision\":0,\"seq\":1,\"op\":[\"\xED\xA0\x80\"]}"));
        general("bad escape", q("{'type':'op','revision':0,'seq':1,'op':['\\u12']}"));
        general("selection range with a third key",
                q("{'type':'op','revision':1,'seq':1,'op':['a'],'selection':[{'anchor':1,'head':0,'"
                  "x':1}]}"));
        general("selection range twice anchor",
                q("{'type':'op','revision':1,'seq':1,'op':['a'],'selection':[{'anchor':1,'anchor':"
                  "0}]}"));
        general("selection range missing head",
                q("{'type':'op','revision':1,'seq':1,'op':['a'],'selection':[{'anchor':1}]}"));
        general("selection null",
                q("{'type':'op','revision':1,'seq':1,'op':['a'],'selection':null}"));
        general("doc of 17",
                q("{'type':'op','revision':0,'seq':1,'op':['a'],'doc':'d1234567890123456'}"));
        general("doc a number", q("{'type':'op','revision':0,'seq':1,'op':['a'],'doc':1}"));
        general("not an object", q("['op']"));
        general("empty", "");
    }

    void agreesWithTheGeneralReader()
    {
        QFETCH(QByteArray, frame);
        QFETCH(bool, plain);
        const Limits limits;
        const std::optional<OpMsg> shortcut = readPlainOp(frame, limits);
        QCOMPARE(shortcut.has_value(), plain);
        const Result<ClientMessage> general = parseClientMessageInGeneral(frame, limits);
        const Result<ClientMessage> parsed = parseClientMessage(frame, limits);
        QCOMPARE(parsed.ok(), general.ok());
        if (!general.ok()) {
            QCOMPARE(parsed.error().code, general.error().code);
            QCOMPARE(parsed.error().message, general.error().message);
            return;
        }
        QVERIFY(parsed.value() == general.value());
        if (shortcut)
            QVERIFY(ClientMessage {*shortcut} == general.value());
    }

    void keepsEveryUnit()
    {
        const auto op = readPlainOp(u8(u8"{\"type\":\"op\",\"revision\":3,\"seq\":4,"
                                       u8"\"op\":[2,\"\uFEFFa\\ud800\",-1],\"doc\":\"d2\"}"),
                                    Limits {});
        QVERIFY(op);
        QCOMPARE(op->revision, 3);
        QCOMPARE(op->seq, 4u);
        QCOMPARE(op->doc, QStringLiteral("d2"));
        QCOMPARE(op->op.baseLength(), 3);
        QCOMPARE(op->op.targetLength(), 5);
        QString inserted;
        op->op.forEachComponent([&](TextOperation::Kind kind, qsizetype, QStringView text) {
            if (kind == TextOperation::Kind::Insert)
                inserted += text;
        });
        QCOMPARE(inserted, QString(QChar(0xFEFF)) + u'a' + QChar(0xD800));
    }

    void respectsTheSelectionLimit_data()
    {
        QTest::addColumn<int>("ranges");
        QTest::addColumn<bool>("plain");
        QTest::addRow("at the limit") << 3 << true;
        QTest::addRow("one over") << 4 << false;
    }

    void respectsTheSelectionLimit()
    {
        QFETCH(int, ranges);
        QFETCH(bool, plain);
        Limits limits;
        limits.maxSelectionRanges = 3;
        QByteArray frame = q("{'type':'op','revision':0,'seq':1,'op':['a'],'selection':[");
        for (int i = 0; i < ranges; ++i)
            frame += QByteArray(i ? "," : "") + q("{'anchor':0,'head':0}");
        frame += "]}";
        QCOMPARE(readPlainOp(frame, limits).has_value(), plain);
        QCOMPARE(parseClientMessage(frame, limits).ok(), plain);
    }
};

QTEST_GUILESS_MAIN(TestOpReader)
#include "tst_opreader.moc"
