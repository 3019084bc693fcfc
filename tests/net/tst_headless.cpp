// The headless server as a process: it logs, stops cleanly with everything saved on SIGINT and
// SIGTERM, and after a SIGKILL it restarts from its data directory with every acknowledged edit,
// while the clients' offline edits all arrive.
#include "TcpProxy.h"
#include "TestPeer.h"
#include "protocol/RoomId.h"

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
            = readJson(dir.filePath(room + QStringLiteral("/snapshot.json")));
        QCOMPARE(snapshot.value(QStringLiteral("text")).toString(), ada.text());
        QCOMPARE(snapshot.value(QStringLiteral("language")).toString(), QStringLiteral("python"));
        QCOMPARE(QFileInfo(dir.filePath(room + QStringLiteral("/ops.jsonl"))).size(), 0);
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
            QStringLiteral("rooms/") + invite.roomId() + QStringLiteral("/snapshot.json")));
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
        QTest::addRow("missing password file")
            << QStringList {QStringLiteral("--serve"), QStringLiteral("--password-file"),
                            QStringLiteral("/nonexistent/password")}
            << 2 << QStringLiteral("Cannot read");
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
};

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
