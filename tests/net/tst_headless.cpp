// The headless server as a process: it logs, stops cleanly with everything saved on SIGINT and
// SIGTERM, and after a SIGKILL it restarts from its data directory with every acknowledged edit,
// while the clients' offline edits all arrive.
#include "RawClient.h"
#include "TcpProxy.h"
#include "TestPeer.h"
#include "protocol/RoomId.h"
#include "server/HeadlessServer.h"
#include "tls/Fingerprint.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace ensemble;
using namespace ensemble::test;

namespace {

/// One `--serve` process on 127.0.0.1 and a free port.
class ServeProcess
{
public:
    explicit ServeProcess(const QString &dataDir, QStringList extra = {})
    {
        m_process.setProgram(QStringLiteral(ENSEMBLE_TEST_SERVE));
        m_process.setArguments(QStringList {QStringLiteral("--serve"), QStringLiteral("--port"),
                                            QStringLiteral("0"), QStringLiteral("--bind"),
                                            QStringLiteral("127.0.0.1"),
                                            QStringLiteral("--data-dir"), dataDir}
                               + extra);
        QObject::connect(&m_process, &QProcess::readyReadStandardError, [this] {
            m_log += QString::fromLocal8Bit(m_process.readAllStandardError());
        });
        m_process.start();
    }
    ~ServeProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    /// The port from the "serving ... on port N" line (0 if it did not start within 10 s).
    quint16 waitForPort()
    {
        static const QRegularExpression line(QStringLiteral("on port (\\d+)"));
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000) {
            const QRegularExpressionMatch match = line.match(m_log);
            if (match.hasMatch())
                return quint16(match.captured(1).toUInt());
            QTest::qWait(10);
        }
        return 0;
    }
    void signal(int number) { ::kill(pid_t(m_process.processId()), number); }
    bool waitForExit()
    {
        QElapsedTimer timer;
        timer.start();
        while (m_process.state() != QProcess::NotRunning && timer.elapsed() < 10000)
            QTest::qWait(10);
        return m_process.state() == QProcess::NotRunning;
    }
    QProcess &process() { return m_process; }
    const QString &log() const { return m_log; }

private:
    QProcess m_process;
    QString m_log;
};

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestHeadless : public QObject
{
    Q_OBJECT

private slots:
    void stopsCleanlyOnSignal_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::addRow("SIGTERM") << int(SIGTERM);
        QTest::addRow("SIGINT") << int(SIGINT);
    }
    void stopsCleanlyOnSignal()
    {
        QFETCH(int, signalNumber);
        QTemporaryDir dir;
        ServeProcess serve(dir.path());
        const quint16 port = serve.waitForPort();
        QVERIFY2(port != 0, qPrintable(serve.log()));
        const QString room = newRoomId();
        TestPeer ada(QStringLiteral("ada"));
        ada.client().joinOrCreate(Invite(QStringLiteral("127.0.0.1"), port, room),
                                  QStringLiteral("seed\n"), QStringLiteral("python"));
        QTRY_VERIFY(ada.ready());
        for (int i = 0; i < 10; ++i)
            ada.insert(0, QStringLiteral("x"));
        QTRY_COMPARE(ada.client().unsentEditCount(), 0);
        QTRY_VERIFY(serve.log().contains(QStringLiteral("ada (#1) joined")));

        serve.signal(signalNumber);
        QVERIFY(serve.waitForExit());
        QCOMPARE(serve.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.process().exitCode(), 0);
        QVERIFY2(serve.log().contains(QStringLiteral("stopped")), qPrintable(serve.log()));
        // Everything is in the snapshot; the log was compacted away on the way out.
        const QJsonObject snapshot
            = readJson(dir.filePath(room + QStringLiteral("/docs/d1/snapshot.json")));
        QCOMPARE(snapshot.value(QStringLiteral("text")).toString(), ada.text());
        QCOMPARE(snapshot.value(QStringLiteral("language")).toString(), QStringLiteral("python"));
        QCOMPARE(QFileInfo(dir.filePath(room + QStringLiteral("/docs/d1/ops.jsonl"))).size(), 0);
        // The client heard "shutting_down" and is waiting to reconnect, not giving up.
        QTRY_COMPARE(ada.client().state(), SessionClient::State::Reconnecting);
    }

    void killedServerResumesAndOfflineEditsArrive()
    {
        QTemporaryDir dir;
        auto serve = std::make_unique<ServeProcess>(dir.path());
        const quint16 port = serve->waitForPort();
        QVERIFY(port != 0);
        TcpProxy proxy(port);
        const Invite invite(QStringLiteral("127.0.0.1"), proxy.port(), newRoomId());
        TestPeer ada(QStringLiteral("ada"));
        TestPeer bob(QStringLiteral("bob"));
        ada.client().joinOrCreate(invite, QStringLiteral("|"), {});
        QTRY_VERIFY(ada.ready());
        bob.client().join(invite);
        QTRY_VERIFY(bob.ready());
        for (int i = 0; i < 15; ++i) {
            ada.insert(0, QStringLiteral("a"));
            bob.insert(bob.text().size(), QStringLiteral("b"));
            QTest::qWait(3);
        }
        serve->process().kill(); // SIGKILL: no chance to save anything more
        QVERIFY(serve->waitForExit());
        proxy.cutAll();
        for (int i = 0; i < 15; ++i) {
            ada.insert(0, QStringLiteral("a"));
            bob.insert(bob.text().size(), QStringLiteral("b"));
        }
        serve = std::make_unique<ServeProcess>(dir.path());
        const quint16 newPort = serve->waitForPort();
        QVERIFY(newPort != 0);
        QVERIFY(serve->log().contains(QStringLiteral("serving 1 room(s)")));
        proxy.setTargetPort(newPort);
        for (TestPeer *peer : {&ada, &bob}) {
            QTRY_COMPARE_WITH_TIMEOUT(peer->client().state(), SessionClient::State::Connected,
                                      10000);
            QTRY_COMPARE(peer->client().unsentEditCount(), 0);
        }
        QTRY_COMPARE(ada.text(), bob.text());
        QCOMPARE(ada.text().count(u'a'), qsizetype(30));
        QCOMPARE(ada.text().count(u'b'), qsizetype(30));
        // A newcomer reads the same text from the restarted server.
        TestPeer carol(QStringLiteral("carol"));
        carol.client().join(invite);
        QTRY_VERIFY(carol.ready());
        QCOMPARE(carol.text(), ada.text());
    }

    void servesTlsWithCertificateFiles()
    {
        QTemporaryDir dir;
        const QString tls = QStringLiteral(ENSEMBLE_TEST_TLS_DIR "/");
        ServeProcess serve(dir.path(),
                           {QStringLiteral("--cert"), tls + QStringLiteral("server.pem"),
                            QStringLiteral("--key"), tls + QStringLiteral("server-key.pem")});
        const quint16 port = serve.waitForPort();
        QVERIFY2(port != 0, qPrintable(serve.log()));
        QVERIFY2(serve.log().contains(QStringLiteral("with TLS")), qPrintable(serve.log()));
        // The log names the certificate the way invites do.
        static const QRegularExpression pin(QStringLiteral("\\?fp=([0-9a-f]{64})"));
        QTRY_VERIFY(pin.match(serve.log()).hasMatch());
        const QByteArray fingerprint
            = QByteArray::fromHex(pin.match(serve.log()).captured(1).toLatin1());
        QVERIFY(serve.log().contains(displayFingerprint(fingerprint)));
        Invite invite(QStringLiteral("127.0.0.1"), port, newRoomId());
        invite.setFingerprint(fingerprint);
        TestPeer ada(QStringLiteral("ada"));
        ada.client().joinOrCreate(invite, QStringLiteral("over TLS\n"), {});
        QTRY_VERIFY(ada.ready());
        QCOMPARE(ada.text(), QStringLiteral("over TLS\n"));
        QCOMPARE(ada.client().serverCertificate(), fingerprint);
    }

    void passwordFileGuardsTheServer()
    {
        QTemporaryDir dir;
        const QString secret = QStringLiteral("server-secret-42");
        QFile file(dir.filePath(QStringLiteral("password")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(secret.toUtf8() + "\n");
        file.close();
        ServeProcess serve(dir.filePath(QStringLiteral("rooms")),
                           {QStringLiteral("--password-file"), file.fileName()});
        const quint16 port = serve.waitForPort();
        QVERIFY2(port != 0, qPrintable(serve.log()));
        QVERIFY(serve.log().contains(QStringLiteral("with a password")));
        const Invite invite(QStringLiteral("127.0.0.1"), port, newRoomId());

        TestPeer stranger(QStringLiteral("stranger"));
        stranger.client().joinOrCreate(invite, QStringLiteral("x"), {});
        QTRY_COMPARE(stranger.client().state(), SessionClient::State::Failed);
        QCOMPARE(stranger.errors(), QStringList {QStringLiteral("wrong_password")});
        QTRY_VERIFY(serve.log().contains(QStringLiteral("wrong_password")));

        TestPeer ada(QStringLiteral("ada"));
        ada.client().setPassword(secret);
        ada.client().joinOrCreate(invite, QStringLiteral("kept"), {});
        QTRY_VERIFY(ada.ready());
        QCOMPARE(ada.text(), QStringLiteral("kept"));
        const QJsonObject snapshot = readJson(dir.filePath(
            QStringLiteral("rooms/") + invite.roomId() + QStringLiteral("/session.json")));
        QVERIFY(snapshot.value(QStringLiteral("access"))
                    .toObject()
                    .contains(QStringLiteral("password")));
        QVERIFY(!QJsonDocument(snapshot).toJson().contains(secret.toUtf8()));
    }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("output");
        QTest::addRow("help") << QStringList {QStringLiteral("--serve"), QStringLiteral("--help")}
                              << 0 << QStringLiteral("--data-dir");
        QTest::addRow("bad port") << QStringList {QStringLiteral("--serve"),
                                                  QStringLiteral("--port"), QStringLiteral("http")}
                                  << 2 << QStringLiteral("Not a port");
        QTest::addRow("bad address")
            << QStringList {QStringLiteral("--serve"), QStringLiteral("--bind"),
                            QStringLiteral("nowhere")}
            << 2 << QStringLiteral("Not an IP address");
        QTest::addRow("unknown option")
            << QStringList {QStringLiteral("--serve"), QStringLiteral("--colour")} << 2
            << QStringLiteral("colour");
        QTest::addRow("help lists the limits")
            << QStringList {QStringLiteral("--serve"), QStringLiteral("--help")} << 0
            << QStringLiteral("--max-connections-per-address");
        QTest::addRow("limit not a number")
            << QStringList {QStringLiteral("--serve"), QStringLiteral("--message-rate"),
                            QStringLiteral("fast")}
            << 2 << QStringLiteral("--message-rate takes a whole number");
        QTest::addRow("limit out of range")
            << QStringList {QStringLiteral("--serve"), QStringLiteral("--max-participants"),
                            QStringLiteral("0")}
            << 2 << QStringLiteral("--max-participants takes a whole number from 1");
        const QString tls = QStringLiteral(ENSEMBLE_TEST_TLS_DIR "/");
        const QStringList local {QStringLiteral("--serve"), QStringLiteral("--port"),
                                 QStringLiteral("0"), QStringLiteral("--bind"),
                                 QStringLiteral("127.0.0.1")};
        QTest::addRow("certificate without key")
            << local + QStringList {QStringLiteral("--cert"), tls + QStringLiteral("server.pem")}
            << 2 << QStringLiteral("--cert and --key must be given together");
        // Refused before the data directory is even looked at.
        QTest::addRow("key of another certificate")
            << local
                + QStringList {QStringLiteral("--cert"), tls + QStringLiteral("server.pem"),
                               QStringLiteral("--key"), tls + QStringLiteral("other-key.pem")}
            << 1 << QStringLiteral("does not belong to the certificate");
        QTest::addRow("expired certificate") << local
                + QStringList {QStringLiteral("--cert"), tls + QStringLiteral("expired.pem"),
                               QStringLiteral("--key"), tls + QStringLiteral("expired-key.pem")}
                                             << 1 << QStringLiteral("expired on");
        QTest::addRow("missing password file")
            << QStringList {QStringLiteral("--serve"), QStringLiteral("--password-file"),
                            QStringLiteral("/nonexistent/password")}
            << 2 << QStringLiteral("Cannot read");
        const QStringList store {QStringLiteral("--serve"), QStringLiteral("--store"),
                                 QStringLiteral("postgresql")};
        QTest::addRow("help lists the shared store")
            << QStringList {QStringLiteral("--serve"), QStringLiteral("--help")} << 0
            << QStringLiteral("--public-address");
        QTest::addRow("store of another kind")
            << QStringList {QStringLiteral("--serve"), QStringLiteral("--store"),
                            QStringLiteral("mysql")}
            << 2 << QStringLiteral("--store takes postgresql");
        // The connection string never on the command line, where ps shows its password.
        QTest::addRow("store without connection string")
            << store << 2 << QStringLiteral("needs a connection string");
        QTest::addRow("unreadable store file") << store
                + QStringList {QStringLiteral("--store-file"), QStringLiteral("/nonexistent/pg")}
                                               << 2 << QStringLiteral("Cannot read");
        QTest::addRow("store and data directory")
            << store + QStringList {QStringLiteral("--data-dir"), QStringLiteral("/tmp")} << 2
            << QStringLiteral("exclude each other");
        QTest::addRow("lease without store")
            << QStringList {QStringLiteral("--serve"), QStringLiteral("--lease"),
                            QStringLiteral("5")}
            << 2 << QStringLiteral("--lease goes with --store");
    }
    void commandLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, output);
        QProcess process;
        process.start(QStringLiteral(ENSEMBLE_TEST_SERVE), arguments);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), exitCode);
        const QString all = QString::fromLocal8Bit(process.readAllStandardOutput()
                                                   + process.readAllStandardError());
        QVERIFY2(all.contains(output), qPrintable(all));
    }

    void limitOptions_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<std::function<qint64(const Limits &)>>("field");
        const auto row = [](const char *option, const char *value, qint64 expected,
                            std::function<qint64(const Limits &)> field) {
            QTest::addRow("%s", option) << QString::fromLatin1(option) << QString::fromLatin1(value)
                                        << expected << std::move(field);
        };
        row("max-rooms", "3", 3, [](const Limits &l) { return qint64(l.maxRooms); });
        row("rooms-per-hour", "5", 5,
            [](const Limits &l) { return qint64(l.roomsPerHourPerAddress); });
        row("max-storage", "2", 2 * 1024 * 1024, [](const Limits &l) { return l.maxStorageBytes; });
        row("room-expiry", "7", qint64(7) * 24 * 60 * 60 * 1000,
            [](const Limits &l) { return l.roomExpiryMs; });
        row("history-revisions", "5000", 5000, [](const Limits &l) { return l.historyRevisions; });
        row("history-storage", "3", 3 * 1024 * 1024,
            [](const Limits &l) { return l.historyBytes; });
        row("max-participants", "4", 4, [](const Limits &l) { return qint64(l.maxParticipants); });
        row("max-message-bytes", "65536", 65536, [](const Limits &l) { return l.maxMessageBytes; });
        row("max-message-bytes", "65536", 131072,
            [](const Limits &l) { return l.hardMessageBytes; });
        row("max-document", "1000", 1000,
            [](const Limits &l) { return qint64(l.maxDocumentLength); });
        row("kept-operations", "50", 50, [](const Limits &l) { return qint64(l.keptOperations); });
        row("kept-operation-units", "5000", 5000,
            [](const Limits &l) { return l.keptOperationUnits; });
        row("max-transform-work", "0", 0, [](const Limits &l) { return l.maxTransformWork; });
        row("message-rate", "7", 7, [](const Limits &l) { return qint64(l.messagesPerSecond); });
        row("message-burst", "9", 9, [](const Limits &l) { return qint64(l.messageBurst); });
        row("message-backlog", "11", 11,
            [](const Limits &l) { return qint64(l.maxQueuedMessages); });
        row("max-connections-per-address", "0", 0,
            [](const Limits &l) { return qint64(l.maxConnectionsPerAddress); });
        row("max-pending-connections", "12", 12,
            [](const Limits &l) { return qint64(l.maxPendingConnections); });
        row("handshake-timeout", "2", 2000,
            [](const Limits &l) { return qint64(l.handshakeTimeoutMs); });
        row("hello-timeout", "3", 3000, [](const Limits &l) { return qint64(l.helloTimeoutMs); });
        row("idle-timeout", "90", 90000, [](const Limits &l) { return qint64(l.idleTimeoutMs); });
        row("max-send-queue", "65536", 65536, [](const Limits &l) { return l.maxSendQueueBytes; });
        row("max-send-frames", "0", 0,
            [](const Limits &l) { return qint64(l.maxSendQueueFrames); });
        row("send-budget", "1048576", 1048576, [](const Limits &l) { return l.sendBudgetBytes; });
        row("unfinished-budget", "0", 0, [](const Limits &l) { return l.unfinishedBudgetBytes; });
        row("message-timeout", "5", 5000,
            [](const Limits &l) { return qint64(l.messageTimeoutMs); });
    }
    void limitOptions()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        QFETCH(qint64, expected);
        QFETCH(std::function<qint64(const Limits &)>, field);
        const Result<HeadlessServer::Options> parsed
            = HeadlessServer::parse({QStringLiteral("ensemble"), QStringLiteral("--serve"),
                                     QStringLiteral("--") + option, value});
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
        QCOMPARE(field(parsed.value().config.limits), expected);
    }

    void limitsFromTheCommandLineApply()
    {
        // A flood against a server told to take one message a second and queue five.
        QTemporaryDir dir;
        ServeProcess serve(dir.path(),
                           {QStringLiteral("--message-rate"), QStringLiteral("1"),
                            QStringLiteral("--message-burst"), QStringLiteral("1"),
                            QStringLiteral("--message-backlog"), QStringLiteral("5")});
        const quint16 port = serve.waitForPort();
        QVERIFY2(port != 0, qPrintable(serve.log()));
        RawClient raw;
        QVERIFY(raw.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/%2").arg(port).arg(newRoomId()))));
        for (int i = 0; i < 20; ++i)
            raw.send(QByteArray("{}"));
        QCOMPARE(raw.waitForClose(), 4013);
        QTRY_VERIFY(serve.log().contains(QStringLiteral("rate_limited")));
    }
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
