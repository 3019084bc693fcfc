// JsonWriter: strings escaped exactly as JSON requires (and lone surrogates, which UTF-8 cannot
// carry), numbers at their limits, commas in place, and the UTF-8 and UTF-16 forms alike.
#include "ot/Rope.h"
#include "protocol/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <limits>

using namespace ensemble;

namespace {

// JSON written with single quotes, so the test data stays readable (and moc-friendly).
QByteArray json(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

QByteArray utf8Of(const QString &text)
{
    JsonWriter<QByteArray> w;
    w.value(text);
    return w.take();
}

QString utf16Of(const QString &text)
{
    JsonWriter<QString> w;
    w.value(text);
    return w.take();
}

} // namespace

class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void strings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("empty") << QString() << json("''");
        QTest::addRow("plain") << QStringLiteral("int main() {}") << json("'int main() {}'");
        QTest::addRow("quote and backslash") << QStringLiteral("a\"b\\c") << json("'a\\'b\\\\c'");
        QTest::addRow("short escapes") << QStringLiteral("\b\f\n\r\t") << json("'\\b\\f\\n\\r\\t'");
        QTest::addRow("other controls") << QString(QChar(0x01)) + QChar(0x1f) + QChar(0x7f)
                                        << QByteArray("\"\\u0001\\u001f\x7f\"");
        QTest::addRow("nul") << QString(QChar(0)) << json("'\\u0000'");
        QTest::addRow("slash stays") << QStringLiteral("</script>") << json("'</script>'");
        QTest::addRow("two and three bytes")
            << QStringLiteral("é€") << QByteArray("\"\xc3\xa9\xe2\x82\xac\"");
        QTest::addRow("surrogate pair")
            << QStringLiteral("😀") << QByteArray("\"\xf0\x9f\x98\x80\"");
        QTest::addRow("leading byte order mark raw")
            << QStringLiteral("\uFEFFx") << QByteArray("\"\xef\xbb\xbfx\"");
        QTest::addRow("lone high surrogate at the end")
            << QString(u'a') + QChar(0xd83d) << json("'a\\ud83d'");
        QTest::addRow("lone low surrogate") << QString(QChar(0xde00)) + u'a' << json("'\\ude00a'");
        QTest::addRow("high surrogate before a letter")
            << QString(QChar(0xd800)) + u'x' << json("'\\ud800x'");
        QTest::addRow("two high surrogates then a low") << QString(QChar(0xd800)) + QChar(0xd83d)
                + QChar(0xde00) << QByteArray("\"\\ud800\xf0\x9f\x98\x80\"");
    }
    void strings()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);
        QCOMPARE(utf8Of(text), expected);
        QCOMPARE(utf16Of(text), QString::fromUtf8(expected));
    }

    void longStringsGrowTheirRoom_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QByteArray>("escaped");
        QTest::addRow("quotes") << QStringLiteral("\"") << json("\\'");
        QTest::addRow("controls") << QString(QChar(0x01)) << json("\\u0001");
        QTest::addRow("lone surrogates") << QString(QChar(0xdc00)) << json("\\udc00");
        QTest::addRow("code") << QStringLiteral("\tx = \"é\";\n")
                              << QByteArray("\\tx = \\\"\xc3\xa9\\\";\\n");
    }
    void longStringsGrowTheirRoom()
    {
        QFETCH(QString, unit);
        QFETCH(QByteArray, escaped);
        const int count = 100000;
        const QByteArray expected = '"' + escaped.repeated(count) + '"';
        // After a long string, more is written: what the string took must stay intact.
        JsonWriter<QByteArray> utf8;
        utf8.beginArray().value(unit.repeated(count)).value(qint64(1)).endArray();
        QCOMPARE(utf8.take(), '[' + expected + ",1]");
        JsonWriter<QString> utf16;
        utf16.beginArray().value(unit.repeated(count)).value(qint64(1)).endArray();
        QCOMPARE(utf16.take(), QString::fromUtf8('[' + expected + ",1]"));
    }

    // A rope is written a part at a time (16 Ki units): what is written must not depend on where
    // the parts end, least of all between the halves of a surrogate pair.
    void ropesAsTheirText_data()
    {
        QTest::addColumn<QString>("text");
        const QString pair = QStringLiteral("😀");
        const QString high(QChar(0xd83d));
        const QString low(QChar(0xde00));
        const auto around = [](qsizetype at, const QString &special) {
            QString text = QStringLiteral("a\"\n\u00e9").repeated(12500); // 50,000 units
            return text.replace(at, special.size(), special);
        };
        QTest::addRow("empty") << QString();
        QTest::addRow("short") << QStringLiteral("int x = \"é\";\n") + pair;
        for (const qsizetype at : {16382, 16383, 16384, 32767, 49151, 49998}) {
            QTest::addRow("pair at %lld", qlonglong(at)) << around(at, pair);
            QTest::addRow("lone high at %lld", qlonglong(at)) << around(at, high);
            QTest::addRow("lone low at %lld", qlonglong(at)) << around(at, low);
            QTest::addRow("two highs, then a low, at %lld", qlonglong(at))
                << around(at, high + high + low);
        }
        QTest::addRow("ends in a lone high") << around(49999, high);
    }
    void ropesAsTheirText()
    {
        QFETCH(QString, text);
        const Rope rope(text);
        JsonWriter<QByteArray> utf8;
        utf8.beginArray().value(rope).value(qint64(1)).endArray();
        QCOMPARE(utf8.take(), "[" + utf8Of(text) + ",1]");
        JsonWriter<QString> utf16;
        utf16.beginArray().value(rope).value(qint64(1)).endArray();
        QCOMPARE(utf16.take(), QStringLiteral("[") + utf16Of(text) + QStringLiteral(",1]"));
    }

    void parsesBackToTheSameText()
    {
        QString text;
        for (char16_t c = 0; c < 0xd800; ++c)
            text.append(QChar(c));
        text += QStringLiteral("😀𝄞");
        for (char16_t c = 0xe000; c != 0; ++c)
            text.append(QChar(c));
        JsonWriter<QByteArray> w;
        w.beginArray().value(text).endArray();
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(w.take(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(parsed.array().at(0).toString(), text);
    }

    void jsonValues()
    {
        const QJsonObject object {
            {QStringLiteral("plain"), 1},
            {QStringLiteral("key \"quoted\"\n"), QJsonArray {true, false, QJsonValue::Null}},
            {QStringLiteral("nested"),
             QJsonObject {{QStringLiteral("half"), 0.5},
                          {QStringLiteral("big"), 1e300},
                          {QStringLiteral("text"), QStringLiteral("é\t")}}},
            {QStringLiteral("empty"), QJsonObject {}}};
        JsonWriter<QByteArray> w;
        w.jsonValue(object);
        const QByteArray written = w.take();
        QCOMPARE(QJsonDocument::fromJson(written).object(), object);
        JsonWriter<QString> text;
        text.jsonValue(object);
        QCOMPARE(text.take(), QString::fromUtf8(written));
    }

    void numbers()
    {
        JsonWriter<QByteArray> w;
        w.beginArray()
            .value(qint64(0))
            .value(qint64(-1))
            .value(qint64(1234567890123))
            .value(std::numeric_limits<qint64>::max())
            .value(std::numeric_limits<qint64>::min())
            .endArray();
        QCOMPARE(w.take(),
                 QByteArray("[0,-1,1234567890123,9223372036854775807,"
                            "-9223372036854775808]"));
    }

    void commasAndNesting()
    {
        JsonWriter<QString> w;
        w.beginObject()
            .field(QLatin1StringView("type"), QLatin1StringView("op"))
            .key(QLatin1StringView("empty"))
            .beginArray()
            .endArray()
            .key(QLatin1StringView("list"))
            .beginArray()
            .beginObject()
            .field(QLatin1StringView("a"), true)
            .endObject()
            .beginObject()
            .endObject()
            .value(false)
            .endArray()
            .field(QLatin1StringView("n"), qint64(2))
            .endObject();
        QCOMPARE(
            w.take(),
            QString::fromUtf8(json("{'type':'op','empty':[],'list':[{'a':true},{},false],'n':2}")));
        QVERIFY(w.take().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
