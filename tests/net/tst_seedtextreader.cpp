// The shortcut for a hello that creates a room with a long text (readCreatingHello) reads exactly
// what the general reader reads, and leaves every frame it is not sure of, valid or not, to the
// general reader.
#include "protocol/MessageParser.h"
#include "protocol/SeedTextReader.h"

#include <QTest>

using namespace ensemble;

namespace {

// Frames are written with ' for " to keep them readable.
QByteArray q(const char *frame)
{
    return QByteArray(frame).replace('\'', '"');
}

// A JSON string body of about 70 KB (51,000 units): escapes, a quote, NUL, a lone surrogate,
// characters outside the BMP, U+2028, and a U+FEFF first (which Qt 6.4's own parser drops).
QByteArray longText()
{
    const QByteArray piece = QByteArray("ab\\\"c\\n\\\\ \\ud800\\u0000 ")
        + QByteArray(reinterpret_cast<const char *>(u8"😀é\u2028\uFFFF x"));
    return QByteArray(reinterpret_cast<const char *>(u8"\uFEFF")) + piece.repeated(3000);
}

QByteArray hello(const QByteArray &middle)
{
    return q("{'type':'hello','protocol':1,'name':'ana','color':'#102030','client':'c1',") + middle
        + "}";
}

} // namespace

class TestSeedTextReader : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithTheGeneralReader_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<qsizetype>("maxDocument");
        QTest::addColumn<bool>("shortcut");

        const QByteArray text = '"' + longText() + '"';
        const qsizetype limit = Limits {}.maxDocumentLength;
        const auto shortcut = [&](const char *name, const QByteArray &frame) {
            QTest::addRow("%s", name) << frame << limit << true;
        };
        const auto general = [&](const char *name, const QByteArray &frame) {
            QTest::addRow("%s", name) << frame << limit << false;
        };

        shortcut("long text", hello(q("'create':{'text':") + text + "}"));
        shortcut("language and title after the text",
                 hello(q("'create':{'text':") + text + q(",'language':'cpp','title':'a.cpp'}")));
        shortcut("values of every kind before",
                 hello(q("'x':{'a':[1,-2.5e3,{'b':'c\\\\\\'}'}],'n':null,'t':true},'create':{"
                         "'title':'[{','text':")
                       + text + "}"));
        shortcut("type last",
                 q("{'protocol':1,'name':'ana','color':'#102030','client':'c1','create':{'text':")
                     + text + q("},'type':'hello'}"));
        shortcut("escaped key", hello(q("'create':{'t\\u0065xt':") + text + "}"));
        shortcut("spaced", hello(q(" 'create' :\n { 'text' :\t") + text + " } "));

        general("short text", hello(q("'create':{'text':'abc'}")));
        general("no text", hello(q("'create':{'language':'cpp'}")));
        general("text twice (the last wins)",
                hello(q("'create':{'text':") + text + q(",'text':'x'}")));
        general("create twice", hello(q("'create':{'text':'x'},'create':{'text':") + text + "}"));
        general("text not a string", hello(q("'create':{'text':[") + text + "]}"));
        general("create not an object", hello(q("'create':[") + text + "]"));
        general("another type", q("{'type':'replace','create':{'text':") + text + "}}");
        general("bad colour", hello(q("'color':'red','create':{'text':") + text + "}"));
        general("garbage after", hello(q("'create':{'text':") + text + "}") + " x");
        general("trailing comma", hello(q("'create':{'text':") + text + "},"));
        general("cut short", hello(q("'create':{'text':") + text).chopped(3));
        general("byte order mark first",
                QByteArray("\xEF\xBB\xBF") + hello(q("'create':{'text':") + text + "}"));
        general("invalid UTF-8 in the text",
                hello(q("'create':{'text':") + text.chopped(1) + "\xC0\xAF\"}"));
        general("bad escape in the text",
                hello(q("'create':{'text':") + text.chopped(1) + "\\u12\"}"));
        QTest::addRow("text over the limit")
            << hello(q("'create':{'text':") + text + "}") << qsizetype(1000) << false;
    }

    void agreesWithTheGeneralReader()
    {
        QFETCH(QByteArray, frame);
        QFETCH(qsizetype, maxDocument);
        QFETCH(bool, shortcut);
        Limits limits;
        limits.maxDocumentLength = maxDocument;
        const std::optional<Result<ClientMessage>> read = readCreatingHello(frame, limits);
        QCOMPARE(read.has_value(), shortcut);
        const Result<ClientMessage> general = parseClientMessageInGeneral(frame, limits);
        const Result<ClientMessage> parsed = parseClientMessage(frame, limits);
        QCOMPARE(parsed.ok(), general.ok());
        if (!general.ok()) {
            QCOMPARE(parsed.error().code, general.error().code);
            QCOMPARE(parsed.error().message, general.error().message);
            return;
        }
        QVERIFY(parsed.value() == general.value());
        if (read) {
            QVERIFY(read->ok());
            QVERIFY(read->value() == general.value());
            QVERIFY(std::get<HelloMsg>(general.value()).create->text.size() > 50000);
        }
    }
};

QTEST_GUILESS_MAIN(TestSeedTextReader)
#include "tst_seedtextreader.moc"
