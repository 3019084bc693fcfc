// Network benchmarks over loopback (docs/PERFORMANCE.md, "Network"): the server runs in its own
// thread, as it would in its own process; all clients share the main thread.
//   1. One writer and 10 subscribers: operations delivered per second, the server thread's CPU
//      per delivery, p50/p99 delay from the writer's flush to a subscriber's arrival. Once with
//      the writer waiting for each acknowledgement (an editor's pace), once pipelined (a load
//      generator's: many operations in flight, so the server relays several per socket write),
//      there also with 1 and 30 subscribers.
//   2. 50 clients in one room, each typing 10 keys/s: p50/p99 flush-to-arrival delay.
//   3. Joining, one client after another: time from join() to the welcome, and CPU per join.
// 1 and 3 run over ws:// and over wss:// (the test certificate, pinned), to show what TLS costs.
// Every keystroke inserts a 3-unit token naming its author and number, so each arrival can be
// matched with the moment its operation left the author.
#include "RunUntil.h"
#include "client/SessionClient.h"
#include "server/RoomServer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QWebSocket>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>
#include <pthread.h>

using namespace ensemble;

using ensemble::bench::runUntil;

namespace {

constexpr int tokenLength = 3;

// How long a scenario runs: BENCH_SECONDS from the environment, else @p fallback.
qint64 seconds(int fallback)
{
    const int fromEnv = qEnvironmentVariableIntValue("BENCH_SECONDS");
    return fromEnv > 0 ? fromEnv : fallback;
}
constexpr char16_t tokenBase = 0xE000; // private use area: never produced by a real editor

/// Runs the event loop until @p done() holds or @p timeoutMs pass; true if done. Unlike
/// QTest::qWait (which sleeps 10 ms between event batches) this never delays a delivery.
/// Prints the CPU time (all threads: server and clients) spent per delivered operation since
/// @p start, the figure that does not depend on how busy the rest of the machine is.
void printCpu(std::clock_t start, qint64 deliveries)
{
    const double seconds = double(std::clock() - start) / CLOCKS_PER_SEC;
    std::printf("  CPU (server + all clients): %.2f s, %.1f us per delivered operation\n", seconds,
                seconds * 1e6 / double(deliveries));
}

/// ws:// or wss:// with the test certificate in tests/net/tls.
ServerConfig serverConfig(bool encrypted)
{
    ServerConfig config;
    if (encrypted) {
        config.certificateFile = QStringLiteral(ENSEMBLE_TEST_TLS_DIR "/server.pem");
        config.privateKeyFile = QStringLiteral(ENSEMBLE_TEST_TLS_DIR "/server-key.pem");
    }
    return config;
}

void addTransportRows()
{
    QTest::addColumn<bool>("encrypted");
    QTest::addRow("ws") << false;
    QTest::addRow("wss") << true;
}

/// A RoomServer living in its own thread until the object is destroyed.
class ServerThread : public QThread
{
public:
    explicit ServerThread(ServerConfig config = {})
        : m_config(std::move(config))
    {
        start();
        m_ready.acquire();
    }
    ~ServerThread() override
    {
        quit();
        wait();
    }
    /// The room's invite, the certificate pinned when the server encrypts.
    Invite invite() const
    {
        Invite invite(QStringLiteral("127.0.0.1"), m_port, m_room);
        invite.setFingerprint(m_fingerprint);
        return invite;
    }
    /// CPU time the server's thread has used so far.
    qint64 cpuNs() const
    {
        timespec ts {};
        clock_gettime(m_cpuClock, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }

protected:
    void run() override
    {
        pthread_getcpuclockid(pthread_self(), &m_cpuClock);
        RoomServer server(m_config);
        if (!server.listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen");
        m_port = server.port();
        m_room = server.createRoom({}).value();
        m_fingerprint = server.certificateFingerprint();
        m_ready.release();
        exec();
    }

private:
    ServerConfig m_config;
    QSemaphore m_ready;
    clockid_t m_cpuClock {};
    QByteArray m_fingerprint;
    quint16 m_port = 0;
    QString m_room;
};

/// All participants and the bookkeeping of when each token left and arrived.
class Bench
{
public:
    Bench(int clients, const ServerThread &server)
    {
        m_clock.start();
        m_sent.resize(size_t(clients));
        m_pending.resize(size_t(clients));
        for (int i = 0; i < clients; ++i) {
            auto client = std::make_unique<SessionClient>();
            client->setIdentity(QStringLiteral("c%1").arg(i), QStringLiteral("#000000"),
                                QStringLiteral("bench-%1").arg(i));
            client->setFlushInterval(0);
            QObject::connect(client.get(), &SessionClient::operationSent, [this, i] {
                for (int counter : std::exchange(m_pending[size_t(i)], {}))
                    m_sent[size_t(i)][size_t(counter)] = m_clock.nsecsElapsed();
            });
            QObject::connect(client.get(), &SessionClient::remoteOperation,
                             [this](const TextOperation &op) { arrived(op); });
            QObject::connect(client.get(), &SessionClient::errorOccurred,
                             [this](const SessionError &error) { m_errors.append(error.code); });
            client->join(server.invite());
            m_clients.push_back(std::move(client));
        }
    }

    SessionClient &client(int i) { return *m_clients[size_t(i)]; }
    int size() const { return int(m_clients.size()); }
    bool allConnected() const
    {
        return std::all_of(m_clients.begin(), m_clients.end(), [](const auto &c) {
            return c->state() == SessionClient::State::Connected;
        });
    }
    qint64 deliveries() const { return qint64(m_delays.size()); }
    /// Error codes any client reported (a rate_limited close would show here).
    const QStringList &errors() const { return m_errors; }
    qint64 nowNs() const { return m_clock.nsecsElapsed(); }

    /// Client @p i types one token at a token boundary chosen by @p random (or at the end).
    void type(int i, QRandomGenerator *random)
    {
        SessionClient &c = client(i);
        const qsizetype tokens = c.documentLength() / tokenLength;
        const qsizetype at = tokenLength * (random ? random->bounded(int(tokens) + 1) : tokens);
        const auto counter = int(m_sent[size_t(i)].size());
        m_sent[size_t(i)].push_back(-1);
        m_pending[size_t(i)].push_back(counter);
        QString token(tokenLength, QChar(tokenBase + i));
        token[1] = QChar(tokenBase + counter / 4096);
        token[2] = QChar(tokenBase + counter % 4096);
        TextOperation op;
        op.retain(at).insert(token).retain(c.documentLength() - at);
        if (!c.applyLocal(op))
            qFatal("local edit refused");
    }

    /// Prints p50, p99 and max of the delays so far, in milliseconds.
    void printDelays(const char *label)
    {
        std::sort(m_delays.begin(), m_delays.end());
        const auto at = [this](double q) {
            return double(m_delays[size_t(q * double(m_delays.size() - 1))]) / 1e6;
        };
        std::printf("%s: %lld deliveries, flush->arrival p50 %.3f ms, p99 %.3f ms, max %.3f ms\n",
                    label, static_cast<long long>(m_delays.size()), at(0.5), at(0.99), at(1.0));
        std::fflush(stdout);
    }

private:
    void arrived(const TextOperation &op)
    {
        const qint64 now = m_clock.nsecsElapsed();
        op.forEachComponent([&](TextOperation::Kind kind, qsizetype, QStringView text) {
            if (kind != TextOperation::Kind::Insert)
                return;
            for (qsizetype k = 0; k + tokenLength <= text.size(); k += tokenLength) {
                const int author = text[k].unicode() - tokenBase;
                const int counter = (text[k + 1].unicode() - tokenBase) * 4096
                    + (text[k + 2].unicode() - tokenBase);
                const qint64 sent = m_sent[size_t(author)][size_t(counter)];
                if (sent < 0)
                    qFatal("token arrived before it was sent");
                m_delays.push_back(now - sent);
            }
        });
    }

    QElapsedTimer m_clock;
    std::vector<std::unique_ptr<SessionClient>> m_clients;
    std::vector<std::vector<qint64>> m_sent; // per client, per token: when it left (ns)
    std::vector<std::vector<int>> m_pending; // per client: tokens typed, not yet sent
    std::vector<qint64> m_delays;
    QStringList m_errors;
};

} // namespace

class BenchNetwork : public QObject
{
    Q_OBJECT

private slots:
    void oneWriterTenSubscribers_data() { addTransportRows(); }
    void oneWriterTenSubscribers()
    {
        QFETCH(bool, encrypted);
        const int subscribers = 10;
        const qint64 runNs = seconds(5) * 1000000000;
        // A closed loop sends thousands of ops a second, far beyond the per-connection message
        // budget of a default server: this measures the server's capacity, so it has none.
        ServerConfig config = serverConfig(encrypted);
        config.limits.messagesPerSecond = 0;
        ServerThread server(config);
        Bench bench(1 + subscribers, server);
        QVERIFY(runUntil([&] { return bench.allConnected(); }, 10000));
        SessionClient &writer = bench.client(0);
        int written = 0;
        const std::clock_t cpuStart = std::clock();
        const qint64 serverCpuStart = server.cpuNs();
        const qint64 start = bench.nowNs();
        // Closed loop: the next keystroke is typed and flushed as soon as the previous
        // operation is acknowledged, so one operation is always in flight.
        QObject::connect(&writer, &SessionClient::unsentEditCountChanged, [&](qsizetype unsent) {
            if (unsent == 0 && bench.nowNs() - start < runNs) {
                bench.type(0, nullptr);
                ++written;
                writer.flush();
            }
        });
        bench.type(0, nullptr);
        ++written;
        writer.flush();
        QVERIFY(
            runUntil([&] { return bench.nowNs() - start >= runNs; }, int(runNs / 1000000) + 5000));
        QVERIFY(
            runUntil([&] { return bench.deliveries() == qint64(written) * subscribers; }, 20000));
        const double seconds = double(bench.nowNs() - start) / 1e9;
        std::printf("%s one writer, %d subscribers: %d operations written, %.0f ops/s written, "
                    "%.0f ops/s delivered\n",
                    QTest::currentDataTag(), subscribers, written, written / seconds,
                    double(bench.deliveries()) / seconds);
        printCpu(cpuStart, bench.deliveries());
        std::printf("  CPU (server thread alone): %.3f us per delivered operation\n",
                    double(server.cpuNs() - serverCpuStart) / 1e3 / double(bench.deliveries()));
        bench.printDelays(encrypted ? "wss one writer, 10 subscribers"
                                    : "ws one writer, 10 subscribers");
    }

    void pipelinedWriter_data()
    {
        // 1 and 30 subscribers beside 10 tell the cost of an operation from that of a delivery.
        QTest::addColumn<bool>("encrypted");
        QTest::addColumn<int>("subscribers");
        QTest::addRow("ws, 1 subscriber") << false << 1;
        QTest::addRow("ws, 10 subscribers") << false << 10;
        QTest::addRow("ws, 30 subscribers") << false << 30;
        QTest::addRow("wss, 10 subscribers") << true << 10;
    }
    void pipelinedWriter()
    {
        QFETCH(bool, encrypted);
        QFETCH(int, subscribers);
        const int window = 32; // operations in flight, as an unthrottled load generator keeps
        const qint64 runNs = seconds(5) * 1000000000;
        ServerConfig config = serverConfig(encrypted);
        config.limits.messagesPerSecond = 0;
        ServerThread server(config);
        const Invite invite = server.invite();
        const QUrl url = invite.webSocketUrl();
        // Bare sockets on both sides: the clients' own cost is kept small, as a load generator's,
        // so the two cores go to the server thread.
        std::vector<std::unique_ptr<QWebSocket>> sockets;
        qint64 delivered = 0;
        int welcomed = 0;
        for (int i = 0; i <= subscribers; ++i) {
            auto socket = std::make_unique<QWebSocket>();
            if (encrypted) {
                QObject::connect(socket.get(), &QWebSocket::sslErrors, socket.get(),
                                 [s = socket.get()] { s->ignoreSslErrors(); });
            }
            QObject::connect(socket.get(), &QWebSocket::connected, socket.get(),
                             [s = socket.get(), i] {
                                 s->sendTextMessage(
                                     QStringLiteral(R"({"type":"hello","protocol":1,"name":"p%1",)"
                                                    R"("color":"#102030","client":"pipe-%1"})")
                                         .arg(i));
                             });
            socket->open(url);
            sockets.push_back(std::move(socket));
        }
        for (int i = 1; i <= subscribers; ++i) {
            QObject::connect(sockets[size_t(i)].get(), &QWebSocket::textMessageReceived,
                             [&](const QString &frame) {
                                 if (frame.startsWith(u"{\"type\":\"op\""))
                                     ++delivered;
                                 else if (frame.startsWith(u"{\"type\":\"welcome\""))
                                     ++welcomed;
                             });
        }
        QWebSocket &writer = *sockets[0];
        int written = 0;
        int acked = 0;
        bool writing = true;
        const auto write = [&] {
            while (writing && written - acked < window) {
                // Each insert goes before the text so far; the first has nothing to retain.
                const QString retain = written ? QStringLiteral(",%1").arg(written * 3) : QString();
                writer.sendTextMessage(
                    QStringLiteral(R"({"type":"op","revision":%1,"seq":%2,"op":["abc"%3]})")
                        .arg(written)
                        .arg(written + 1)
                        .arg(retain));
                ++written;
            }
        };
        QObject::connect(&writer, &QWebSocket::textMessageReceived, [&](const QString &frame) {
            if (frame.startsWith(u"{\"type\":\"welcome\"")) {
                ++welcomed;
            } else if (frame.startsWith(u"{\"type\":\"ack\"")) {
                ++acked;
                write();
            } else if (frame.startsWith(u"{\"type\":\"error\"")) {
                qFatal("server refused an operation: %s", qPrintable(frame));
            }
        });
        QVERIFY(runUntil([&] { return welcomed == subscribers + 1; }, 10000));
        const std::clock_t cpuStart = std::clock();
        const qint64 serverCpuStart = server.cpuNs();
        QElapsedTimer clock;
        clock.start();
        write();
        QVERIFY(
            runUntil([&] { return clock.nsecsElapsed() >= runNs; }, int(runNs / 1000000) + 5000));
        writing = false;
        QVERIFY(runUntil([&] { return delivered == qint64(written) * subscribers; }, 20000));
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        std::printf("pipelined writer (%d in flight), %s: %d operations written, "
                    "%.0f ops/s delivered\n",
                    window, QTest::currentDataTag(), written, double(delivered) / seconds);
        printCpu(cpuStart, delivered);
        std::printf("  CPU (server thread alone): %.3f us per delivered operation\n",
                    double(server.cpuNs() - serverCpuStart) / 1e3 / double(delivered));
        std::fflush(stdout);
    }

    void joining_data() { addTransportRows(); }
    void joining()
    {
        QFETCH(bool, encrypted);
        const int joins = 200;
        ServerThread server(serverConfig(encrypted));
        std::vector<qint64> times;
        const std::clock_t cpuStart = std::clock();
        for (int i = 0; i < joins; ++i) {
            SessionClient client;
            client.setIdentity(QStringLiteral("j"), QStringLiteral("#000000"),
                               QStringLiteral("join-%1").arg(i));
            QElapsedTimer clock;
            clock.start();
            client.join(server.invite());
            QVERIFY(
                runUntil([&] { return client.state() == SessionClient::State::Connected; }, 10000));
            times.push_back(clock.nsecsElapsed());
            client.leave();
        }
        const double cpuMs = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
        std::sort(times.begin(), times.end());
        const auto at = [&](double q) { return double(times[size_t(q * (joins - 1))]) / 1e6; };
        std::printf("%s: %d joins, join() to welcome p50 %.2f ms, p90 %.2f ms, max %.2f ms; "
                    "CPU (server + client) %.2f ms per join\n",
                    QTest::currentDataTag(), joins, at(0.5), at(0.9), at(1.0), cpuMs / joins);
        std::fflush(stdout);
    }

    void fiftyTypists()
    {
        const int clients = 50;
        const int keysPerSecond = 10;
        const qint64 runMs = seconds(10) * 1000;
        ServerThread server; // Default limits: typists well within the message budget.
        Bench bench(clients, server);
        QVERIFY(runUntil([&] { return bench.allConnected(); }, 20000));
        QVERIFY(
            runUntil([&] { return bench.client(0).participants().size() == clients - 1; }, 20000));
        QRandomGenerator random(42);
        std::vector<std::unique_ptr<QTimer>> keyboards;
        int typed = 0;
        for (int i = 0; i < clients; ++i) {
            auto timer = std::make_unique<QTimer>();
            timer->setInterval(1000 / keysPerSecond);
            timer->setTimerType(Qt::PreciseTimer);
            QObject::connect(timer.get(), &QTimer::timeout, [&, i] {
                bench.type(i, &random);
                ++typed;
            });
            // Spread the first keystrokes over one interval so the typists are not in lockstep.
            QTimer::singleShot(random.bounded(1000 / keysPerSecond), timer.get(),
                               qOverload<>(&QTimer::start));
            keyboards.push_back(std::move(timer));
        }
        const std::clock_t cpuStart = std::clock();
        QElapsedTimer typing;
        typing.start();
        runUntil([&] { return typing.elapsed() >= runMs; }, int(runMs) + 1000);
        keyboards.clear();
        QVERIFY(
            runUntil([&] { return bench.deliveries() == qint64(typed) * (clients - 1); }, 30000));
        std::printf("50 typists at %d keys/s for %lld s: %d keystrokes, errors: %s\n",
                    keysPerSecond, static_cast<long long>(runMs / 1000), typed,
                    bench.errors().isEmpty() ? "none" : qPrintable(bench.errors().join(u' ')));
        QVERIFY(bench.errors().isEmpty());
        printCpu(cpuStart, bench.deliveries());
        bench.printDelays("50 typists");
    }
};

QTEST_GUILESS_MAIN(BenchNetwork)
#include "bench_network.moc"
