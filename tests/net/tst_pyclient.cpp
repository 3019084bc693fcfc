// A client that shares no code with Ensemble (tests/net/ensemble_client.py, Python +
// python3-websockets, written from docs/PROTOCOL.md) joins a room, edits concurrently with a Qt
// participant, receives its edits and chat, and ends with the same text as the server. A flooding
// Python client hears the close code it was promised.
#include "TestPeer.h"
#include "server/RoomServer.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace ensemble;
using ensemble::test::TestPeer;

namespace {

const QString python = QStringLiteral("/usr/bin/python3");

} // namespace

class TestPyClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(python))
            QSKIP("/usr/bin/python3 is missing (packaging/bootstrap.sh installs it)");
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import websockets")});
        if (!probe.waitForFinished(10000) || probe.exitCode() != 0)
            QSKIP("python3-websockets is missing (packaging/bootstrap.sh installs it)");
    }

    void pythonClientEditsAlongsideQtClient_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("encrypted");
        QTest::addRow("open room") << QString() << false;
        QTest::addRow("room with a password") << QStringLiteral("pässwörd") << false;
        QTest::addRow("wss, pinned, with a password") << QStringLiteral("pässwörd") << true;
    }
    void pythonClientEditsAlongsideQtClient()
    {
        QFETCH(QString, password);
        QFETCH(bool, encrypted);
        ServerConfig config;
        config.access.passwordIterations = 1000;
        if (encrypted) {
            config.certificateFile = QStringLiteral(ENSEMBLE_TEST_TLS_DIR "/server.pem");
            config.privateKeyFile = QStringLiteral(ENSEMBLE_TEST_TLS_DIR "/server-key.pem");
        }
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room
            = server.createRoom(QStringLiteral("shared text\n"), {}, {}, {{}, password, {}})
                  .value();
        Invite invite(QStringLiteral("127.0.0.1"), server.port(), room);
        invite.setFingerprint(server.certificateFingerprint());
        TestPeer ada(QStringLiteral("ada"));
        ada.client().setPassword(password);
        ada.client().join(invite);
        QTRY_VERIFY(ada.ready());
        QSignalSpy chat(&ada.client(), &SessionClient::chatReceived);
        QSignalSpy selections(&ada.client(), &SessionClient::remoteSelection);

        QProcess script;
        script.setProcessChannelMode(QProcess::SeparateChannels);
        // The invite as Ensemble prints it: ensemble://...?fp=... for the encrypted room.
        QStringList arguments {QStringLiteral(ENSEMBLE_PY_CLIENT),
                               encrypted ? invite.toString() : invite.webSocketUrl().toString(),
                               QStringLiteral("30")};
        if (!password.isEmpty())
            arguments.append(password);
        script.start(python, arguments);
        QTRY_COMPARE(ada.client().participants().size(), 1);
        QCOMPARE(ada.client().participants().first().name, QStringLiteral("Python"));

        QRandomGenerator random(5);
        for (int i = 0; i < 30; ++i) {
            ada.insert(random.bounded(int(ada.text().size()) + 1), QStringLiteral("q"));
            QTest::qWait(random.bounded(6));
        }
        QTRY_COMPARE_WITH_TIMEOUT(server.roomText(room).count(u'p'), qsizetype(30), 20000);
        ada.insert(ada.text().size(), QStringLiteral("END"));

        // Not waitForFinished(): the server lives in this thread's event loop.
        QTRY_COMPARE_WITH_TIMEOUT(script.state(), QProcess::NotRunning, 30000);
        QVERIFY2(script.exitCode() == 0, script.readAllStandardError().constData());
        const QJsonObject result = QJsonDocument::fromJson(script.readAllStandardOutput()).object();
        const QString text = server.roomText(room);
        QCOMPARE(result.value(QStringLiteral("text")).toString(), text);
        QCOMPARE(result.value(QStringLiteral("revision")).toInteger(), server.roomRevision(room));
        QTRY_COMPARE(ada.text(), text);
        QCOMPARE(text.count(u'p'), qsizetype(30));
        QCOMPARE(text.count(u'q'), qsizetype(30));
        QCOMPARE(result.value(QStringLiteral("chat")).toArray(),
                 QJsonArray {QStringLiteral("hello from python")});
        QCOMPARE(chat.size(), 1);
        QCOMPARE(chat.first().at(1).toString(), QStringLiteral("hello from python"));
        QVERIFY(selections.size() >= 1);
    }

    void floodingClientHearsRateLimited()
    {
        // The server closes a flooder while its frames still arrive; closing the TCP socket at
        // once would reset the connection and the flooder would lose the close frame (1006).
        RoomServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("x")).value();
        const Invite invite(QStringLiteral("127.0.0.1"), server.port(), room);
        for (int run = 0; run < 5; ++run) {
            QProcess script;
            script.start(python,
                         {QStringLiteral(ENSEMBLE_FLOOD_CLIENT), invite.webSocketUrl().toString()});
            QTRY_COMPARE_WITH_TIMEOUT(script.state(), QProcess::NotRunning, 30000);
            QVERIFY2(script.exitCode() == 0, script.readAllStandardError().constData());
            QCOMPARE(script.readAllStandardOutput().trimmed(), QByteArray("4013"));
        }
    }
};

QTEST_GUILESS_MAIN(TestPyClient)
#include "tst_pyclient.moc"
