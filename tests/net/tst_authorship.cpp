// Who wrote what, as the server keeps it: every unit that survives concurrent typing, an offline
// merge, a `replace` and a restart is attributed to its typist in the authorship a newcomer's
// welcome carries (docs/PROTOCOL.md 4.1), and in each client's own map (ClientAuthorship), which
// follows its editor's text. Each typist types only their own letter, so the text
// itself says who must have written each unit.
#include "RawClient.h"
#include "TcpProxy.h"
#include "TestPeer.h"
#include "server/RoomServer.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace ensemble;
using namespace ensemble::test;

namespace {

// What a crash at this instant would leave on disk.
void copyDataDir(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QString &file : QDir(from).entryList(QDir::Files))
        QFile::copy(from + u'/' + file, to + u'/' + file);
    for (const QString &sub : QDir(from).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        copyDataDir(from + u'/' + sub, to + u'/' + sub);
}

// The typist each unit must have: a's are Ada's, b's Bob's, c's Carol's, the rest nobody's.
QString expectedAuthor(QChar c)
{
    static const QHash<QChar, QString> typists {{u'a', QStringLiteral("ada")},
                                                {u'b', QStringLiteral("bob")},
                                                {u'c', QStringLiteral("carol")}};
    return typists.value(c);
}

// The authorship a newcomer gets, checked unit by unit against the text it came with.
void verifyAuthorship(quint16 port, const QString &room)
{
    RawClient observer;
    QVERIFY(observer.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/%2").arg(port).arg(room))));
    const QJsonObject welcome = observer.hello(QStringLiteral("observer"));
    const QString text = welcome.value(QStringLiteral("text")).toString();
    const QJsonObject authorship = welcome.value(QStringLiteral("authorship")).toObject();
    const QJsonArray authors = authorship.value(QStringLiteral("authors")).toArray();
    qsizetype at = 0;
    for (const QJsonValue &run : authorship.value(QStringLiteral("runs")).toArray()) {
        const qsizetype length = run[0].toInteger();
        const qsizetype author = run[1].toInteger();
        QVERIFY(length > 0 && author >= 0 && author <= authors.size());
        const QString name
            = author == 0 ? QString() : authors.at(author - 1)[QLatin1String("name")].toString();
        for (qsizetype i = at; i < at + length && i < text.size(); ++i) {
            if (name != expectedAuthor(text.at(i)))
                QFAIL(qPrintable(QStringLiteral("unit %1 '%2' of \"%3\" is attributed to \"%4\"")
                                     .arg(i)
                                     .arg(text.at(i))
                                     .arg(text, name)));
        }
        at += length;
    }
    QCOMPARE(at, text.size());
}

// A client's own map agrees with the text it shows: each letter is its typist's.
void verifyClientMap(TestPeer &peer)
{
    ClientAuthorship *authorship = peer.client().authorship();
    const QList<Participant> others = peer.client().participants();
    const auto nameOf = [&](quint32 number) {
        const AuthorRecord record = authorship->author(number);
        if (!record.name.isEmpty() || !record.user)
            return record.name;
        if (*record.user == peer.client().self().id)
            return peer.client().self().name;
        for (const Participant &p : others) {
            if (p.id == *record.user)
                return p.name;
        }
        return QString();
    };
    const QString &text = peer.text();
    QCOMPARE(authorship->map().length(), text.size());
    qsizetype at = 0;
    for (const AuthorshipMap::Run &run : authorship->map().runs()) {
        const QString name = nameOf(run.author);
        for (qsizetype i = at; i < at + run.length; ++i) {
            if (name != expectedAuthor(text.at(i)))
                QFAIL(qPrintable(QStringLiteral("%1 attributes unit %2 '%3' of \"%4\" to \"%5\"")
                                     .arg(peer.name())
                                     .arg(i)
                                     .arg(text.at(i))
                                     .arg(text, name)));
        }
        at += run.length;
    }
}

void typeTurns(TestPeer &ada, TestPeer &bob, QRandomGenerator &random, int turns)
{
    for (int i = 0; i < turns; ++i) {
        ada.insert(random.bounded(int(ada.text().size()) + 1), QStringLiteral("aa"));
        bob.insert(random.bounded(int(bob.text().size()) + 1), QStringLiteral("b"));
        if (i % 4 == 3)
            bob.remove(random.bounded(int(bob.text().size()) + 1), 2);
        QTest::qWait(1);
    }
}

} // namespace

class TestAuthorship : public QObject
{
    Q_OBJECT

private slots:
    void everySurvivingUnitIsItsTypists_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("keptOperations");
        QTest::addRow("concurrent typing") << QStringLiteral("concurrent") << 10000;
        QTest::addRow("offline merge by ops") << QStringLiteral("offline") << 10000;
        QTest::addRow("offline merge by text") << QStringLiteral("offline") << 0;
        QTest::addRow("replace") << QStringLiteral("replace") << 10000;
        QTest::addRow("clean restart") << QStringLiteral("restart") << 10000;
        QTest::addRow("crash and resume") << QStringLiteral("crash") << 10000;
    }
    void everySurvivingUnitIsItsTypists()
    {
        QFETCH(QString, scenario);
        QFETCH(int, keptOperations);
        QTemporaryDir dir;
        ServerConfig config;
        config.limits.keptOperations = keptOperations;
        config.dataDir = dir.filePath(QStringLiteral("live"));
        auto server = std::make_unique<RoomServer>(config);
        QVERIFY(server->listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server->createRoom(QStringLiteral("xyz\n")).value();
        TcpProxy proxy(server->port());
        auto ada = std::make_unique<TestPeer>(QStringLiteral("ada"));
        auto bob = std::make_unique<TestPeer>(QStringLiteral("bob"));
        ada->client().join(Invite(QStringLiteral("127.0.0.1"), proxy.port(), room));
        bob->client().join(Invite(QStringLiteral("127.0.0.1"), server->port(), room));
        QTRY_VERIFY(ada->ready() && bob->ready());
        QRandomGenerator random(7);
        typeTurns(*ada, *bob, random, 12);

        if (scenario == QLatin1String("offline")) {
            proxy.cutAll();
            proxy.setOffline(true);
            QTRY_COMPARE(ada->client().state(), SessionClient::State::Reconnecting);
            typeTurns(*ada, *bob, random, 12);
            proxy.setOffline(false);
            QTRY_COMPARE_WITH_TIMEOUT(ada->client().state(), SessionClient::State::Connected,
                                      10000);
        }
        QTRY_COMPARE(ada->client().unsentEditCount(), 0);
        QTRY_COMPARE(bob->client().unsentEditCount(), 0);
        QTRY_COMPARE(ada->text(), server->roomText(room));
        QTRY_COMPARE(bob->text(), server->roomText(room));

        if (scenario == QLatin1String("replace")) {
            // Carol's whole-text replacement keeps everyone else's units where the diff keeps them.
            RawClient carol;
            QVERIFY(carol.open(
                QUrl(QStringLiteral("ws://127.0.0.1:%1/%2").arg(server->port()).arg(room))));
            const QJsonObject welcome
                = carol.hello(QStringLiteral("client-carol"),
                              {{QStringLiteral("name"), QStringLiteral("carol")}});
            QString text = welcome.value(QStringLiteral("text")).toString();
            text.insert(text.size() / 2, QStringLiteral("ccc"));
            text.remove(1, 3);
            text.append(u'c');
            carol.send(
                QJsonObject {{QStringLiteral("type"), QStringLiteral("replace")},
                             {QStringLiteral("revision"), welcome[QLatin1String("revision")]},
                             {QStringLiteral("seq"), 1},
                             {QStringLiteral("text"), text}});
            QVERIFY(!carol.next(QStringLiteral("ack")).isEmpty());
            QCOMPARE(server->roomText(room), text);
        }
        if (scenario == QLatin1String("restart") || scenario == QLatin1String("crash")) {
            const QString crashed = dir.filePath(QStringLiteral("crashed"));
            if (scenario == QLatin1String("crash"))
                copyDataDir(config.dataDir, crashed);
            ada.reset();
            bob.reset();
            server.reset();
            if (scenario == QLatin1String("crash"))
                config.dataDir = crashed;
            server = std::make_unique<RoomServer>(config);
            QVERIFY(server->listen(QHostAddress::LocalHost, 0).ok());
            // Names come back when their authors do (a crash leaves only their ids in the log).
            ada = std::make_unique<TestPeer>(QStringLiteral("ada"));
            bob = std::make_unique<TestPeer>(QStringLiteral("bob"));
            ada->client().join(Invite(QStringLiteral("127.0.0.1"), server->port(), room));
            bob->client().join(Invite(QStringLiteral("127.0.0.1"), server->port(), room));
            QTRY_VERIFY(ada->ready() && bob->ready());
        }
        verifyAuthorship(server->port(), room);
        if (scenario == QLatin1String("replace"))
            QTRY_COMPARE(ada->text(), server->roomText(room));
        verifyClientMap(*ada);
        verifyClientMap(*bob);
    }
};

QTEST_MAIN(TestAuthorship)
#include "tst_authorship.moc"
