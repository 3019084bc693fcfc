// A headless server process flooded over loopback while two participants type
// (docs/RELIABILITY.md, "Hostile input"): how many frames the flooders get in, how many the
// server answers, its CPU time and peak resident memory, and the participants' edit round trip
// before and during the flood. Once with the default limits (flooders are cut off with
// rate_limited and come back), once with no message rate limit (the server's raw capacity).
// Figures are reported, never asserted.
#include "RunUntil.h"
#include "client/SessionClient.h"
#include "protocol/RoomId.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace ensemble;

using ensemble::bench::runUntil;

namespace {

// Runs the event loop for @p ms (QTest::qWait would add 10 ms sleeps to every round trip).
void wait(int ms)
{
    QElapsedTimer elapsed;
    elapsed.start();
    runUntil([&] { return elapsed.elapsed() >= ms; }, ms + 1000);
}

// A field (in kB) of /proc/PID/status, such as VmHWM (peak resident set) or VmRSS.
qint64 statusKb(qint64 pid, const char *field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// A field of /proc/PID/io: rchar and wchar count the bytes a process read and wrote, sockets
// included, which is how much of the flood the server really took in.
qint64 ioBytes(qint64 pid, const char *field)
{
    QFile io(QStringLiteral("/proc/%1/io").arg(pid));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().toLongLong();
    }
    return -1;
}

// CPU seconds (user + system) a process has used.
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return double(fields.value(11).toLongLong() + fields.value(12).toLongLong())
        / double(sysconf(_SC_CLK_TCK));
}

/// `ensemble --serve` as a child process on 127.0.0.1 and a free port.
class Server
{
public:
    explicit Server(const QStringList &limits)
    {
        m_process.setProgram(QStringLiteral(ENSEMBLE_TEST_SERVE));
        m_process.setArguments(QStringList {QStringLiteral("--serve"), QStringLiteral("--port"),
                                            QStringLiteral("0"), QStringLiteral("--bind"),
                                            QStringLiteral("127.0.0.1"),
                                            QStringLiteral("--data-dir"), m_dir.path()}
                               + limits);
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.start();
        static const QRegularExpression line(QStringLiteral("on port (\\d+)"));
        runUntil(
            [&] {
                m_log += QString::fromLocal8Bit(m_process.readAllStandardError());
                const QRegularExpressionMatch match = line.match(m_log);
                if (match.hasMatch())
                    m_port = quint16(match.captured(1).toUInt());
                return m_port != 0;
            },
            10000);
        // From here on the log (every refused frame is logged) goes nowhere.
        m_process.setStandardErrorFile(QProcess::nullDevice());
        QObject::connect(&m_process, &QProcess::readyReadStandardError,
                         [this] { m_process.readAllStandardError(); });
    }
    ~Server()
    {
        m_process.terminate();
        m_process.waitForFinished(10000);
    }
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    void resetPeak() const
    {
        QFile clear(QStringLiteral("/proc/%1/clear_refs").arg(pid()));
        if (clear.open(QIODevice::WriteOnly))
            clear.write("5");
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_log;
    quint16 m_port = 0;
};

// One client frame (FIN, text, masked with a fixed key) around @p payload.
QByteArray maskedTextFrame(const QByteArray &payload)
{
    QByteArray frame(1, char(0x81));
    const auto size = quint64(payload.size());
    if (size < 126) {
        frame.append(char(0x80 | size));
    } else {
        frame.append(char(0x80 | 126)).append(char(size >> 8)).append(char(size & 0xff));
    }
    const QByteArray key("\x12\x34\x56\x78", 4);
    frame.append(key);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(char(payload[i] ^ key[i % 4]));
    return frame;
}

/// Flooders in their own thread, written by hand over TCP so that making frames costs them next
/// to nothing: each connection upgrades, says hello, then keeps about 256 KiB of frames queued,
/// and reconnects whenever the server closes it. Server frames are counted, not parsed.
class Flood : public QThread
{
public:
    Flood(quint16 port, QString room, int connections, const QByteArray &frame)
        : m_port(port)
        , m_room(std::move(room))
        , m_connections(connections)
        , m_chunk(maskedTextFrame(frame).repeated(1000))
    {
    }

    std::atomic<qint64> sent {0};
    std::atomic<qint64> answered {0};
    std::atomic<qint64> closedRateLimited {0};

protected:
    void run() override
    {
        QObject owner; // Holds this thread's sockets until it ends.
        for (int i = 0; i < m_connections; ++i)
            open(i, &owner);
        exec();
    }

private:
    struct Reader
    {
        QByteArray buffer;
        bool upgraded = false;
    };

    void open(int index, QObject *owner)
    {
        auto *socket = new QTcpSocket(owner);
        auto reader = std::make_shared<Reader>();
        QObject::connect(socket, &QTcpSocket::connected, socket, [=, this] {
            socket->write("GET /" + m_room.toLatin1()
                          + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                            "Sec-WebSocket-Version: 13\r\n\r\n");
        });
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [=, this] {
            reader->buffer += socket->readAll();
            if (!reader->upgraded) {
                const qsizetype end = reader->buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                reader->buffer.remove(0, end + 4);
                reader->upgraded = true;
                socket->write(maskedTextFrame(
                    QStringLiteral("{\"type\":\"hello\",\"protocol\":1,\"name\":\"flood\","
                                   "\"color\":\"#000000\",\"client\":\"flood-%1\"}")
                        .arg(index)
                        .toUtf8()));
                topUp(socket);
            }
            countFrames(reader->buffer);
        });
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [=, this] {
            if (reader->upgraded)
                topUp(socket);
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [=, this] {
            socket->deleteLater();
            QTimer::singleShot(0, owner, [=, this] { open(index, owner); });
        });
        socket->connectToHost(QHostAddress::LocalHost, m_port);
    }

    void topUp(QTcpSocket *socket)
    {
        while (socket->state() == QAbstractSocket::ConnectedState
               && socket->bytesToWrite() < 256 * 1024) {
            socket->write(m_chunk);
            sent.fetch_add(1000, std::memory_order_relaxed);
        }
    }

    // Counts and drops the complete frames at the front of @p buffer; notes a rate_limited close.
    void countFrames(QByteArray &buffer)
    {
        qsizetype at = 0;
        while (at + 2 <= buffer.size()) {
            const int opcode = quint8(buffer[at]) & 0x0f;
            qsizetype length = quint8(buffer[at + 1]) & 0x7f;
            qsizetype header = 2;
            if (length == 126) {
                if (at + 4 > buffer.size())
                    break;
                length = (qsizetype(quint8(buffer[at + 2])) << 8) | quint8(buffer[at + 3]);
                header = 4;
            } else if (length == 127) {
                break; // The server sends nothing that large here.
            }
            if (at + header + length > buffer.size())
                break;
            if (opcode == 0x1)
                answered.fetch_add(1, std::memory_order_relaxed);
            if (opcode == 0x8 && length >= 2 && quint8(buffer[at + header]) == 4013 >> 8
                && quint8(buffer[at + header + 1]) == (4013 & 0xff))
                closedRateLimited.fetch_add(1, std::memory_order_relaxed);
            at += header + length;
        }
        buffer.remove(0, at);
    }

    quint16 m_port;
    QString m_room;
    int m_connections;
    QByteArray m_chunk;
};

/// Two participants typing 10 keys a second each; the round trip of each edit (flush to ack).
class Typists
{
public:
    Typists(quint16 port, const QString &room)
    {
        for (int i = 0; i < 2; ++i) {
            auto client = std::make_unique<SessionClient>();
            client->setIdentity(QStringLiteral("typist%1").arg(i), QStringLiteral("#000000"),
                                QStringLiteral("typist-%1").arg(i));
            client->setFlushInterval(0);
            SessionClient *c = client.get();
            QObject::connect(c, &SessionClient::operationSent,
                             [this, i] { m_sentAt[i] = m_clock.nsecsElapsed(); });
            QObject::connect(c, &SessionClient::unsentEditCountChanged, [this, i](qsizetype n) {
                if (n == 0 && m_sentAt[i] >= 0) {
                    m_roundTrips.push_back(double(m_clock.nsecsElapsed() - m_sentAt[i]) / 1e6);
                    m_sentAt[i] = -1;
                }
            });
            c->joinOrCreate(Invite(QStringLiteral("127.0.0.1"), port, room), QString(), QString());
            m_clients.push_back(std::move(client));
        }
        m_clock.start();
        QObject::connect(&m_keys, &QTimer::timeout, [this] {
            for (auto &client : m_clients) {
                TextOperation key;
                key.retain(client->documentLength()).insert(QStringLiteral("k"));
                client->applyLocal(key);
            }
        });
    }
    bool connected() const
    {
        return std::all_of(m_clients.begin(), m_clients.end(), [](const auto &c) {
            return c->state() == SessionClient::State::Connected;
        });
    }
    void start() { m_keys.start(100); }
    void stop() { m_keys.stop(); }
    /// Prints and forgets the round trips so far.
    void print(const char *label)
    {
        std::sort(m_roundTrips.begin(), m_roundTrips.end());
        if (m_roundTrips.empty()) {
            std::printf("  %s: no edit confirmed\n", label);
            return;
        }
        const auto at = [this](double q) {
            return m_roundTrips[size_t(q * double(m_roundTrips.size() - 1))];
        };
        std::printf("  %s: %zu edits confirmed, round trip p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
                    label, m_roundTrips.size(), at(0.5), at(0.99), at(1.0));
        m_roundTrips.clear();
    }

private:
    std::vector<std::unique_ptr<SessionClient>> m_clients;
    QElapsedTimer m_clock;
    qint64 m_sentAt[2] {-1, -1};
    std::vector<double> m_roundTrips;
    QTimer m_keys;
};

void scenario(const char *title, const QStringList &limits, int connections, const char *frame,
              int seconds)
{
    Server server(limits);
    if (!server.port())
        qFatal("the server did not start");
    const QString room = newRoomId();
    Typists typists(server.port(), room);
    if (!runUntil([&] { return typists.connected(); }, 10000))
        qFatal("the typists did not join");
    std::printf("%s: %d flooding connections sending %s\n", title, connections, frame);
    std::printf("  server before: RSS %lld kB\n",
                static_cast<long long>(statusKb(server.pid(), "VmRSS")));
    typists.start();
    wait(2000);
    typists.print("before the flood");

    server.resetPeak();
    const double cpuBefore = cpuSeconds(server.pid());
    const qint64 readBefore = ioBytes(server.pid(), "rchar");
    const qint64 writtenBefore = ioBytes(server.pid(), "wchar");
    Flood flood(server.port(), room, connections, QByteArray(frame));
    QElapsedTimer wall;
    wall.start();
    flood.start();
    wait(seconds * 1000);
    flood.quit();
    flood.wait();
    const double elapsed = double(wall.elapsed()) / 1000.0;
    const double cpu = cpuSeconds(server.pid()) - cpuBefore;
    const double read = double(ioBytes(server.pid(), "rchar") - readBefore);
    const double written = double(ioBytes(server.pid(), "wchar") - writtenBefore);
    typists.print("during the flood");
    typists.stop();
    const double frameBytes = double(maskedTextFrame(frame).size());
    std::printf("  flood: %.1f s; flooders queued %.0f frames/s, read %.0f answers/s, were cut off "
                "with rate_limited %lld times\n",
                elapsed, double(flood.sent) / elapsed, double(flood.answered) / elapsed,
                static_cast<long long>(flood.closedRateLimited.load()));
    std::printf("  server read %.1f MB/s (about %.0f frames/s), wrote %.1f MB/s\n",
                read / elapsed / 1e6, read / frameBytes / elapsed, written / elapsed / 1e6);
    std::printf("  server: %.1f s CPU (%.0f%% of one core), peak RSS %lld kB, RSS after %lld kB\n",
                cpu, 100.0 * cpu / elapsed, static_cast<long long>(statusKb(server.pid(), "VmHWM")),
                static_cast<long long>(statusKb(server.pid(), "VmRSS")));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int fromEnvironment = qEnvironmentVariableIntValue("BENCH_SECONDS");
    const int seconds = fromEnvironment > 0 ? fromEnvironment : 10;
    const int connections = 8;
    // An op at a revision the room never reached: parsed, refused with bad_revision.
    const char *badOp = R"({"type":"op","revision":999999999,"seq":0,"op":[1]})";
    // BENCH_SCENARIO=limited or unlimited runs only that one.
    const QByteArray only = qgetenv("BENCH_SCENARIO");
    if (only.isEmpty() || only == "limited")
        scenario("default limits", {}, connections, badOp, seconds);
    if (only.isEmpty() || only == "unlimited") {
        scenario("no message rate limit", {QStringLiteral("--message-rate"), QStringLiteral("0")},
                 connections, badOp, seconds);
    }
    return 0;
}
