// Every message that carries text keeps every UTF-16 unit of it from MessageWriter through the
// parsers, including the characters JSON libraries like to touch: U+FEFF (which Qt 6.4's parser
// dropped at the start of a string), noncharacters, line and paragraph separators, NUL and lone
// surrogates.
#include "protocol/MessageParser.h"
#include "protocol/MessageWriter.h"
#include "protocol/ParseJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace ensemble;

namespace {

// One kind of message: writes a message carrying the text, and reads the text back out of a
// frame (nothing when the frame does not parse).
struct Carrier
{
    std::function<QByteArray(const QString &)> write;
    std::function<std::optional<QString>(const QByteArray &)> read;
};

std::optional<QString> readClient(const QByteArray &frame,
                                  const std::function<QString(const ClientMessage &)> &text)
{
    Result<ClientMessage> parsed = parseClientMessage(frame, Limits {});
    if (!parsed) {
        qWarning("%s", qPrintable(parsed.error().message));
        return std::nullopt;
    }
    return text(parsed.value());
}

std::optional<QString> readServer(const QByteArray &frame,
                                  const std::function<QString(const ServerMessage &)> &text)
{
    Result<ServerMessage> parsed = parseServerMessage(frame);
    if (!parsed) {
        qWarning("%s", qPrintable(parsed.error().message));
        return std::nullopt;
    }
    return text(parsed.value());
}

TextOperation insertion(const QString &text)
{
    TextOperation op;
    op.insert(text);
    return op;
}

QString inserted(const TextOperation &op)
{
    return op.apply(QString()).value();
}

HelloMsg hello()
{
    return HelloMsg {
        1, QStringLiteral("Ada"), QStringLiteral("#a1b2c3"), QStringLiteral("c-1"), {}, {}, {}, {}};
}

Participant participant(const QString &name)
{
    return Participant {2, name, QStringLiteral("#445566"), {}, false};
}

const std::map<QString, Carrier> &carriers()
{
    static const std::map<QString, Carrier> all {
        {QStringLiteral("op insert"),
         {[](const QString &t) {
              return serialize(OpMsg {0, 1, insertion(t), {}});
          },
          [](const QByteArray &f) {
              return readClient(
                  f, [](const ClientMessage &m) { return inserted(std::get<OpMsg>(m).op); });
          }}},
        {QStringLiteral("hello create text"),
         {[](const QString &t) {
              HelloMsg h = hello();
              h.create = RoomSeed {t, QStringLiteral("cpp")};
              return serialize(h);
          },
          [](const QByteArray &f) {
              return readClient(
                  f, [](const ClientMessage &m) { return std::get<HelloMsg>(m).create->text; });
          }}},
        {QStringLiteral("hello create title"),
         {[](const QString &t) {
              HelloMsg h = hello();
              h.create = RoomSeed {QString(), QString(), t};
              return serialize(h);
          },
          [](const QByteArray &f) {
              return readClient(
                  f, [](const ClientMessage &m) { return std::get<HelloMsg>(m).create->title; });
          }}},
        {QStringLiteral("hello name"),
         {[](const QString &t) {
              HelloMsg h = hello();
              h.name = t;
              return serialize(h);
          },
          [](const QByteArray &f) {
              return readClient(f,
                                [](const ClientMessage &m) { return std::get<HelloMsg>(m).name; });
          }}},
        {QStringLiteral("replace"),
         {[](const QString &t) {
              return serialize(ReplaceMsg {0, 1, t});
          },
          [](const QByteArray &f) {
              return readClient(
                  f, [](const ClientMessage &m) { return std::get<ReplaceMsg>(m).text; });
          }}},
        {QStringLiteral("chat"),
         {[](const QString &t) { return serialize(ChatMsg {t}); },
          [](const QByteArray &f) {
              return readClient(f,
                                [](const ClientMessage &m) { return std::get<ChatMsg>(m).text; });
          }}},
        {QStringLiteral("welcome text"),
         {[](const QString &t) {
              WelcomeMsg w;
              w.text = t;
              w.you = participant(QStringLiteral("Ada"));
              return serialize(w);
          },
          [](const QByteArray &f) {
              return readServer(
                  f, [](const ServerMessage &m) { return *std::get<WelcomeMsg>(m).text; });
          }}},
        {QStringLiteral("welcome title"),
         {[](const QString &t) {
              WelcomeMsg w;
              w.text = QString();
              w.title = t;
              w.you = participant(QStringLiteral("Ada"));
              return serialize(w);
          },
          [](const QByteArray &f) {
              return readServer(
                  f, [](const ServerMessage &m) { return std::get<WelcomeMsg>(m).title; });
          }}},
        {QStringLiteral("peer op insert"),
         {[](const QString &t) {
              return serialize(PeerOpMsg {1, insertion(t), 2, {}});
          },
          [](const QByteArray &f) {
              return readServer(
                  f, [](const ServerMessage &m) { return inserted(std::get<PeerOpMsg>(m).op); });
          }}},
        {QStringLiteral("peer chat"),
         {[](const QString &t) {
              return serialize(PeerChatMsg {2, t});
          },
          [](const QByteArray &f) {
              return readServer(
                  f, [](const ServerMessage &m) { return std::get<PeerChatMsg>(m).text; });
          }}},
        {QStringLiteral("joined name"),
         {[](const QString &t) { return serialize(JoinedMsg {participant(t)}); },
          [](const QByteArray &f) {
              return readServer(
                  f, [](const ServerMessage &m) { return std::get<JoinedMsg>(m).user.name; });
          }}},
    };
    return all;
}

QString units(const QString &s)
{
    QStringList hex;
    for (const QChar c : s)
        hex.append(QString::number(c.unicode(), 16).rightJustified(4, u'0'));
    return hex.join(u' ');
}

} // namespace

class TestProtocolUnicode : public QObject
{
    Q_OBJECT

private slots:
    void everyUnitSurvives_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        struct Character
        {
            const char *name;
            char16_t unit;
        };
        const Character characters[] = {
            {"U+FEFF", 0xfeff},
            {"U+FFFE", 0xfffe},
            {"U+FFFF", 0xffff},
            {"U+2028", 0x2028},
            {"U+2029", 0x2029},
            {"NUL", 0x0000},
            {"lone high surrogate", 0xd800},
            {"lone low surrogate", 0xdfff},
        };
        for (const auto &[kind, carrier] : carriers()) {
            for (const Character &character : characters) {
                const QChar c(character.unit);
                // Names lose control characters and white space to cleaning, and titles may
                // not hold control characters: only what those fields keep is checked there.
                const bool name = kind.endsWith(QLatin1String("name"));
                const bool title = kind.endsWith(QLatin1String("title"));
                if ((name && (c.isSpace() || c.category() == QChar::Other_Control))
                    || (title && c.category() == QChar::Other_Control))
                    continue;
                // A chat line must not be only white space.
                const bool mayStandAlone = !(kind.endsWith(QLatin1String("chat")) && c.isSpace());
                const QString x(c);
                if (mayStandAlone)
                    QTest::addRow("%s, %s alone", qPrintable(kind), character.name) << kind << x;
                QTest::addRow("%s, %s leading", qPrintable(kind), character.name)
                    << kind << x + QStringLiteral("ab");
                QTest::addRow("%s, %s in the middle", qPrintable(kind), character.name)
                    << kind << QStringLiteral("a") + x + QStringLiteral("b");
                QTest::addRow("%s, %s trailing", qPrintable(kind), character.name)
                    << kind << QStringLiteral("ab") + x;
                QTest::addRow("%s, %s twice leading", qPrintable(kind), character.name)
                    << kind << x + x + QStringLiteral("ab");
            }
        }
    }
    void everyUnitSurvives()
    {
        QFETCH(QString, kind);
        QFETCH(QString, text);
        const Carrier &carrier = carriers().at(kind);
        const std::optional<QString> back = carrier.read(carrier.write(text));
        QVERIFY(back.has_value());
        QCOMPARE(units(*back), units(text));
    }

    void parseJsonTracksStringsAndEscapes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("second");
        const QByteArray bom("\xEF\xBB\xBF");
        const QString feff(QChar(0xfeff));
        // The U+FEFF leads the second string only if the first one is read to its real end.
        QTest::addRow("after an escaped backslash")
            << QByteArray("[\"\\\\\",\"") + bom + "a\"]" << feff + QStringLiteral("a");
        QTest::addRow("after an escaped quote")
            << QByteArray("[\"\\\"\",\"") + bom + "a\"]" << feff + QStringLiteral("a");
        QTest::addRow("after a \\u escape") << QByteArray("[\"\\u0022\",\"") + bom + "\"]" << feff;
        QTest::addRow("after a string ending in U+FEFF")
            << QByteArray("[\"a") + bom + "\",\"" + bom + bom + "\"]" << feff + feff;
        QTest::addRow("after an object key")
            << QByteArray("[\"x\",{\"") + bom + "k\":\"" + bom + "\"}]" << QString();
    }
    void parseJsonTracksStringsAndEscapes()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, second);
        QJsonParseError error;
        const QJsonDocument document = parseJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonValue value = document.array().at(1);
        if (value.isObject()) {
            // The key keeps its U+FEFF as well as the value.
            const QJsonObject object = value.toObject();
            const QString key = QString(QChar(0xfeff)) + u'k';
            QVERIFY(object.contains(key));
            QCOMPARE(units(object.value(key).toString()), units(QString(QChar(0xfeff))));
        } else {
            QCOMPARE(units(value.toString()), units(second));
        }
    }
};

QTEST_GUILESS_MAIN(TestProtocolUnicode)
#include "tst_protocolunicode.moc"
