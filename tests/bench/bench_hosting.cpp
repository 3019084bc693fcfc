// Guest-to-guest edit latency through the app's embedded host (docs/PERFORMANCE.md, "Hosting from
// the app"). The host runs as a hosting window runs it: a SessionHost and the host's own
// SessionClient in the main thread, which stands for the GUI thread. Two guests share another
// thread, as other people's machines would not wait for the host's window. Guest A types a key
// every 10-30 ms (at random, so keys fall at every phase of the GUI's work, 50 a second: a fast
// burst), each sent at once unless an edit is in flight; reported: the mean, p50, p90, p99 and max
// of the delay from A's keystroke to its arrival at guest B.
//   idle: the GUI thread has nothing else to do.
//   busy: a timer blocks the GUI thread for 50 ms every 100 ms (a heavy repaint or styling).
//   busy, server in the GUI thread: the same, with a RoomServer made in the GUI thread and no
//   persistence, as the app hosted before HostThread (the figures to compare with).
#include "RunUntil.h"
#include "TempFiles.h"
#include "client/SessionClient.h"
#include "hosting/HostCertificate.h"
#include "hosting/SessionHost.h"
#include "server/RoomServer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <cstdio>

using namespace ensemble;

using ensemble::bench::runUntil;

namespace {

// How long a scenario types: BENCH_SECONDS from the environment, else 10.
qint64 runMs()
{
    const int fromEnv = qEnvironmentVariableIntValue("BENCH_SECONDS");
    return 1000 * (fromEnv > 0 ? fromEnv : 10);
}

/// The two guests, typing and measuring in their own thread; delays() once it finished.
class Guests : public QThread
{
public:
    Guests(Invite invite, qint64 durationMs)
        : m_invite(std::move(invite))
        , m_durationMs(durationMs)
    {
    }
    bool ok() const { return m_ok; }
    std::vector<qint64> delays() const { return m_delays; }

protected:
    void run() override
    {
        SessionClient writer;
        SessionClient reader;
        const auto connected = [](const SessionClient &c) {
            return c.state() == SessionClient::State::Connected && c.participants().size() == 2;
        };
        writer.setIdentity(QStringLiteral("A"), QStringLiteral("#1e88e5"), QStringLiteral("a"));
        reader.setIdentity(QStringLiteral("B"), QStringLiteral("#43a047"), QStringLiteral("b"));
        writer.setFlushInterval(0);
        writer.join(m_invite);
        reader.join(m_invite);
        if (!runUntil([&] { return connected(writer) && connected(reader); }, 30000))
            return;
        QElapsedTimer clock;
        clock.start();
        QRandomGenerator random(7);
        // A types at the end of the text, so B receives A's keys in order: the n-th unit to
        // arrive is the n-th key typed.
        std::vector<qint64> typedAt;
        QTimer keyboard;
        keyboard.setSingleShot(true);
        keyboard.setTimerType(Qt::PreciseTimer);
        QObject::connect(&keyboard, &QTimer::timeout, [&] {
            TextOperation op;
            op.retain(writer.documentLength()).insert(QStringLiteral("x"));
            writer.applyLocal(op);
            typedAt.push_back(clock.nsecsElapsed());
            if (clock.elapsed() < m_durationMs)
                keyboard.start(10 + random.bounded(21));
        });
        QObject::connect(&reader, &SessionClient::remoteOperation, [&](const TextOperation &op) {
            const qint64 now = clock.nsecsElapsed();
            for (qsizetype i = 0; i < op.targetLength() - op.baseLength(); ++i)
                m_delays.push_back(now - typedAt[m_delays.size()]);
        });
        keyboard.start(0);
        runUntil([&] { return !keyboard.isActive(); }, int(m_durationMs) + 1000);
        m_ok = runUntil([&] { return m_delays.size() == typedAt.size(); }, 30000);
        writer.leave();
        reader.leave();
    }

private:
    Invite m_invite;
    qint64 m_durationMs;
    std::vector<qint64> m_delays;
    bool m_ok = false;
};

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

} // namespace

class BenchHosting : public QObject
{
    Q_OBJECT

private slots:
    void guestToGuest_data()
    {
        QTest::addColumn<int>("blockMs");
        QTest::addColumn<bool>("serverInGuiThread");
        QTest::addRow("idle GUI") << 0 << false;
        QTest::addRow("busy GUI") << 50 << false;
        QTest::addRow("busy GUI, server in the GUI thread") << 50 << true;
    }

    void guestToGuest()
    {
        QFETCH(int, blockMs);
        QFETCH(bool, serverInGuiThread);
        const QString load = loadAverage();
        test::TempFolder folder;
        SessionHost host(folder.filePath(QStringLiteral("tls")),
                         folder.filePath(QStringLiteral("hosted")));
        // Encrypted, as the app hosts by default.
        const HostCertificate certificate(folder.filePath(QStringLiteral("tls")));
        QVERIFY(certificate.ensure().ok());
        ServerConfig config;
        config.certificateFile = certificate.certificateFile();
        config.privateKeyFile = certificate.privateKeyFile();
        RoomServer server(config);
        Invite invite;
        QString ownerKey = QStringLiteral("bench-owner-key-0123456789");
        if (serverInGuiThread) {
            const Result<std::monostate> listening = server.listen(QHostAddress::LocalHost, 0);
            QVERIFY2(listening.ok(), qPrintable(listening ? QString() : listening.error().message));
            const Result<QString> room = server.createRoom({}, {}, {}, {{}, {}, ownerKey, false});
            QVERIFY2(room.ok(), qPrintable(room ? QString() : room.error().message));
            invite = Invite(QStringLiteral("127.0.0.1"), server.port(), room.value());
            invite.setFingerprint(server.certificateFingerprint());
        } else {
            HostOptions options;
            options.bindAddress = QHostAddress::LocalHost;
            options.port = 0;
            const Result<std::monostate> started = host.start(options, QString(), QString());
            QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message));
            invite = host.localInvite();
            ownerKey = host.ownerKey();
        }
        SessionClient self;
        self.setIdentity(QStringLiteral("Host"), QStringLiteral("#d81b60"), QStringLiteral("h"));
        self.setOwnerKey(ownerKey);
        self.join(invite);
        QVERIFY(runUntil([&] { return self.state() == SessionClient::State::Connected; }, 30000));

        QTimer busy;
        busy.setInterval(100);
        QObject::connect(&busy, &QTimer::timeout, [blockMs] { QThread::msleep(ulong(blockMs)); });
        if (blockMs > 0)
            busy.start();
        Guests guests(invite, runMs());
        guests.start();
        QVERIFY(runUntil([&] { return guests.isFinished(); }, int(runMs()) + 90000));
        busy.stop();
        QVERIFY(guests.ok());
        std::vector<qint64> delays = guests.delays();
        std::sort(delays.begin(), delays.end());
        const auto at
            = [&](double q) { return double(delays[size_t(q * double(delays.size() - 1))]) / 1e6; };
        double sum = 0;
        for (qint64 delay : delays)
            sum += double(delay);
        std::printf("%s (load %s): %zu keys, A's keystroke -> B's arrival mean %.2f ms, p50 %.2f "
                    "ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
                    QTest::currentDataTag(), qPrintable(load), delays.size(),
                    sum / double(delays.size()) / 1e6, at(0.5), at(0.9), at(0.99), at(1.0));
        std::fflush(stdout);
    }
};

QTEST_GUILESS_MAIN(BenchHosting)
#include "bench_hosting.moc"
