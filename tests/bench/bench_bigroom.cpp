// A 10 MB document on a server whose one thread serves every room (docs/PERFORMANCE.md, "A 10 MB
// room on the rooms' thread"). The server runs in its own thread; its CPU time is that thread's
// clock.
//   1. Ten small rooms, each with a typist (20 keys/s) and a reader, while someone joins, and
//      while someone creates, a 10 MB room: p50/p99/max of the typists' keystroke-to-arrival
//      delays, over the whole run and over the keystrokes typed while the big hello was open.
//   2. The 10 MB room alone, in memory and kept in a data directory: hello-to-welcome time and
//      server CPU of creating it and of joining it, and the keystroke-to-arrival delays of two
//      participants editing it.
// The big joiner is a bare QWebSocket in its own thread, so its work on 10 MB does not hold up
// the typists' clients; it measures the server, not SessionClient.
#include "RunUntil.h"
#include "client/SessionClient.h"
#include "protocol/MessageWriter.h"
#include "server/RoomServer.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <QWebSocket>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <pthread.h>

using namespace ensemble;

using ensemble::bench::runUntil;

namespace {

constexpr int tokenLength = 3;
constexpr char16_t tokenBase = 0xE000; // private use area: never produced by a real editor
constexpr qsizetype bigLength = 10 * 1000 * 1000;
constexpr int bigHellos = 5;

// Program text with what JSON escapes most (quotes, backslashes, newlines, tabs).
QString bigText()
{
    const QString line = QStringLiteral("\tstd::printf(\"value %d \\\"%s\\\"\\n\", x, name); // "
                                        "the line that is repeated\n");
    QString text;
    text.reserve(bigLength);
    while (text.size() + line.size() <= bigLength)
        text += line;
    text += QString(bigLength - text.size(), u'x');
    return text;
}

ServerConfig bigConfig(const QString &dataDir)
{
    ServerConfig config;
    config.dataDir = dataDir;
    config.limits.maxDocumentLength = 2 * bigLength;
    config.allowClientCreatedRooms = true;
    return config;
}

/// Ticks every millisecond on the thread it lives in and keeps the longest lateness of a tick
/// since reset(): how long that thread's event loop was kept from running.
class LoopStalls : public QObject
{
public:
    LoopStalls()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 late = now - m_last - 1000000;
            m_last = now;
            qint64 seen = m_longest.load();
            while (late > seen && !m_longest.compare_exchange_weak(seen, late)) { }
        });
        m_clock.start();
        m_timer.start();
    }
    void reset() { m_longest = 0; }
    double longestMs() const { return double(m_longest.load()) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::atomic<qint64> m_longest {0};
};

qint64 threadCpuNs(clockid_t clock)
{
    timespec ts {};
    clock_gettime(clock, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

/// A RoomServer in its own thread, with @p smallRooms empty rooms and, when @p withBig, a room
/// holding bigText(); rooms are kept in @p dataDir when it is given.
class ServerThread : public QThread
{
public:
    ServerThread(int smallRooms, bool withBig, QString dataDir = {})
        : m_smallRooms(smallRooms)
        , m_withBig(withBig)
        , m_dataDir(std::move(dataDir))
    {
        start();
        m_ready.acquire();
    }
    ~ServerThread() override
    {
        quit();
        wait();
    }
    Invite invite(const QString &room) const
    {
        return Invite(QStringLiteral("127.0.0.1"), m_port, room);
    }
    QUrl url(const QString &room) const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1/%2").arg(m_port).arg(room));
    }
    const QStringList &smallRooms() const { return m_rooms; }
    const QString &bigRoom() const { return m_bigRoom; }
    /// CPU time the server's thread has used so far.
    qint64 cpuNs() const { return threadCpuNs(m_cpuClock); }
    /// The longest the server's event loop was kept from running since the last reset.
    LoopStalls &stalls() { return *m_stalls; }

protected:
    void run() override
    {
        pthread_getcpuclockid(pthread_self(), &m_cpuClock);
        RoomServer server(bigConfig(m_dataDir));
        if (!server.listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen");
        m_port = server.port();
        LoopStalls stalls;
        m_stalls = &stalls;
        for (int i = 0; i < m_smallRooms; ++i)
            m_rooms.append(server.createRoom({}).value());
        if (m_withBig)
            m_bigRoom = server.createRoom(bigText()).value();
        m_ready.release();
        exec();
    }

private:
    int m_smallRooms;
    bool m_withBig;
    QString m_dataDir;
    QSemaphore m_ready;
    clockid_t m_cpuClock {};
    quint16 m_port = 0;
    QStringList m_rooms;
    QString m_bigRoom;
    LoopStalls *m_stalls = nullptr;
};

/// A bare WebSocket in its own thread that sends one hello and waits for the welcome.
class BigHello : public QThread
{
public:
    BigHello(QUrl url, HelloMsg hello, const ServerThread &server)
        : m_url(std::move(url))
        , m_frame(serializeText(ClientMessage {std::move(hello)}))
        , m_server(server)
    {
    }
    /// Time from sending the hello to receiving the welcome, and the server's CPU meanwhile.
    qint64 elapsedNs() const { return m_elapsedNs; }
    qint64 serverCpuNs() const { return m_serverCpuNs; }
    bool welcomed() const { return m_welcomed; }
    qint64 welcomeBytes() const { return m_welcomeBytes; }

protected:
    void run() override
    {
        QWebSocket socket;
        socket.setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
        socket.setMaxAllowedIncomingFrameSize(64 * 1024 * 1024);
        QElapsedTimer clock;
        qint64 cpuBefore = 0;
        QObject::connect(&socket, &QWebSocket::connected, [&] {
            cpuBefore = m_server.cpuNs();
            clock.start();
            socket.sendTextMessage(m_frame);
        });
        QObject::connect(&socket, &QWebSocket::textMessageReceived, [&](const QString &frame) {
            m_elapsedNs = clock.nsecsElapsed();
            m_serverCpuNs = m_server.cpuNs() - cpuBefore;
            m_welcomed = frame.contains(u"\"welcome\"");
            if (!m_welcomed)
                std::printf("  not a welcome: %s\n", qPrintable(frame.left(300)));
            m_welcomeBytes = frame.toUtf8().size();
            quit();
        });
        socket.open(m_url);
        exec();
    }

private:
    QUrl m_url;
    QString m_frame;
    const ServerThread &m_server;
    qint64 m_elapsedNs = 0;
    qint64 m_serverCpuNs = 0;
    qint64 m_welcomeBytes = 0;
    bool m_welcomed = false;
};

/// Pairs of a typist and a reader; each keystroke inserts a token naming its author and number,
/// so each arrival at the reader is matched with the moment it was typed.
class Typists
{
public:
    Typists(const ServerThread &server, const QStringList &rooms)
    {
        m_clock.start();
        for (const QString &room : rooms) {
            const int i = int(m_typists.size());
            m_typists.push_back(client(QStringLiteral("typist-%1").arg(i)));
            m_readers.push_back(client(QStringLiteral("reader-%1").arg(i)));
            QObject::connect(m_readers.back().get(), &SessionClient::remoteOperation,
                             [this](const TextOperation &op) { arrived(op); });
            m_typed.emplace_back();
            m_typists.back()->join(server.invite(room));
            m_readers.back()->join(server.invite(room));
        }
    }
    bool allConnected() const
    {
        const auto connected = [](const auto &c) {
            return c->state() == SessionClient::State::Connected && !c->participants().isEmpty();
        };
        return std::all_of(m_typists.begin(), m_typists.end(), connected)
            && std::all_of(m_readers.begin(), m_readers.end(), connected);
    }
    qint64 nowNs() const { return m_clock.nsecsElapsed(); }
    qint64 typed() const { return m_count; }
    qint64 arrivals() const { return qint64(m_arrivals.size()); }

    /// Every typist types @p keysPerSecond until stop().
    void start(int keysPerSecond, QRandomGenerator *random)
    {
        for (size_t i = 0; i < m_typists.size(); ++i) {
            auto timer = std::make_unique<QTimer>();
            timer->setInterval(1000 / keysPerSecond);
            timer->setTimerType(Qt::PreciseTimer);
            QObject::connect(timer.get(), &QTimer::timeout, [this, i, random] { type(i, random); });
            // Spread the first keystrokes over one interval so the typists are not in lockstep.
            QTimer::singleShot(random->bounded(1000 / keysPerSecond), timer.get(),
                               qOverload<>(&QTimer::start));
            m_keyboards.push_back(std::move(timer));
        }
    }
    void stop() { m_keyboards.clear(); }

    /// p50, p99 and max of the delays of keystrokes typed in any of @p windows, [from, to) in ns
    /// (all of them when none is given).
    void print(const char *label, const std::vector<std::pair<qint64, qint64>> &windows = {}) const
    {
        std::vector<qint64> delays;
        for (const auto &[typedAt, delay] : m_arrivals) {
            const bool inside = windows.empty()
                || std::any_of(windows.begin(), windows.end(), [at = typedAt](const auto &w) {
                                    return at >= w.first && at < w.second;
                                });
            if (inside)
                delays.push_back(delay);
        }
        if (delays.empty()) {
            std::printf("  %s: no keystrokes\n", label);
            return;
        }
        std::sort(delays.begin(), delays.end());
        const auto at
            = [&](double q) { return double(delays[size_t(q * double(delays.size() - 1))]) / 1e6; };
        std::printf("  %s: %zu keystrokes, typed->arrival p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
                    label, delays.size(), at(0.5), at(0.99), at(1.0));
        std::fflush(stdout);
    }

private:
    static std::unique_ptr<SessionClient> client(const QString &id)
    {
        auto c = std::make_unique<SessionClient>();
        c->setIdentity(id, QStringLiteral("#000000"), id);
        c->setFlushInterval(0);
        return c;
    }

    void type(size_t i, QRandomGenerator *random)
    {
        SessionClient &c = *m_typists[i];
        // At a multiple of the token length, so that no token lands inside another and every
        // arrival splits back into whole tokens.
        const qsizetype at
            = tokenLength * random->bounded(int(c.documentLength() / tokenLength) + 1);
        const auto counter = int(m_typed[i].size());
        m_typed[i].push_back(nowNs());
        QString token(tokenLength, QChar(tokenBase + int(i)));
        token[1] = QChar(tokenBase + counter / 4096);
        token[2] = QChar(tokenBase + counter % 4096);
        TextOperation op;
        op.retain(at).insert(token).retain(c.documentLength() - at);
        if (!c.applyLocal(op))
            qFatal("local edit refused");
        ++m_count;
    }

    void arrived(const TextOperation &op)
    {
        const qint64 now = nowNs();
        op.forEachComponent([&](TextOperation::Kind kind, qsizetype, QStringView text) {
            if (kind != TextOperation::Kind::Insert)
                return;
            for (qsizetype k = 0; k + tokenLength <= text.size(); k += tokenLength) {
                const auto author = size_t(text[k].unicode() - tokenBase);
                const auto counter = size_t((text[k + 1].unicode() - tokenBase) * 4096
                                            + (text[k + 2].unicode() - tokenBase));
                const qint64 typedAt = m_typed[author][counter];
                m_arrivals.emplace_back(typedAt, now - typedAt);
            }
        });
    }

    QElapsedTimer m_clock;
    std::vector<std::unique_ptr<SessionClient>> m_typists;
    std::vector<std::unique_ptr<SessionClient>> m_readers;
    std::vector<std::vector<qint64>> m_typed; // per typist, per keystroke: when (ns)
    std::vector<std::pair<qint64, qint64>> m_arrivals; // (typed at, delay) in ns
    std::vector<std::unique_ptr<QTimer>> m_keyboards;
    qint64 m_count = 0;
};

HelloMsg hello(const QString &client, std::optional<RoomSeed> create)
{
    HelloMsg m;
    m.name = client;
    m.color = QStringLiteral("#000000");
    m.client = client;
    m.create = std::move(create);
    return m;
}

void printHello(const char *label, const BigHello &big)
{
    std::printf("  %s: hello->welcome %.1f ms, server thread CPU meanwhile %.1f ms, welcome %lld "
                "bytes\n",
                label, double(big.elapsedNs()) / 1e6, double(big.serverCpuNs()) / 1e6,
                static_cast<long long>(big.welcomeBytes()));
    std::fflush(stdout);
}

} // namespace

class BenchBigRoom : public QObject
{
    Q_OBJECT

private slots:
    void typingWhileBigHello_data()
    {
        QTest::addColumn<bool>("create");
        QTest::addRow("join") << false;
        QTest::addRow("create") << true;
    }
    void typingWhileBigHello()
    {
        QFETCH(bool, create);
        const int rooms = 10;
        ServerThread server(rooms, !create);
        Typists typists(server, server.smallRooms());
        QVERIFY(runUntil([&] { return typists.allConnected(); }, 20000));
        QRandomGenerator random(42);
        typists.start(20, &random);
        const auto typeFor = [&](int ms) {
            const qint64 until = typists.nowNs() + qint64(ms) * 1000000;
            runUntil([&] { return typists.nowNs() >= until; }, ms + 1000);
        };
        std::printf("%d rooms, a typist at 20 keys/s in each, while a client %s a 10 MB room "
                    "(%d times, 1 s apart)\n",
                    rooms, create ? "creates" : "joins", bigHellos);
        LoopStalls mainStalls;
        std::vector<std::pair<qint64, qint64>> helloOpen;
        typeFor(1000);
        for (int i = 0; i < bigHellos; ++i) {
            const QString room
                = create ? QUuid::createUuid().toString(QUuid::WithoutBraces) : server.bigRoom();
            BigHello big(server.url(room),
                         hello(QStringLiteral("big-%1").arg(i),
                               create ? std::optional(RoomSeed {bigText(), QStringLiteral("cpp")})
                                      : std::nullopt),
                         server);
            const qint64 helloAt = typists.nowNs();
            server.stalls().reset();
            mainStalls.reset();
            big.start();
            QVERIFY(runUntil([&] { return big.isFinished(); }, 30000));
            helloOpen.emplace_back(helloAt, typists.nowNs());
            QVERIFY(big.welcomed());
            printHello(create ? "create" : "join", big);
            std::printf("    longest stall meanwhile: rooms' thread %.1f ms, typists' thread %.1f "
                        "ms\n",
                        server.stalls().longestMs(), mainStalls.longestMs());
            typeFor(1000);
        }
        typists.stop();
        QVERIFY(runUntil([&] { return typists.arrivals() == typists.typed(); }, 20000));
        typists.print("whole run");
        typists.print("typed while a hello was open", helloOpen);
    }

    void bigRoomAlone_data()
    {
        QTest::addColumn<bool>("persisted");
        QTest::addRow("in memory") << false;
        QTest::addRow("persisted") << true;
    }
    void bigRoomAlone()
    {
        QFETCH(bool, persisted);
        QTemporaryDir dataDir;
        ServerThread server(0, false, persisted ? dataDir.path() : QString());
        const QString room = QUuid::createUuid().toString(QUuid::WithoutBraces);
        std::printf("10 MB room, nobody else on the server, %s\n",
                    persisted ? "kept in a data directory" : "in memory");
        for (int i = 0; i < 3; ++i) {
            const bool create = i == 0;
            BigHello big(server.url(room),
                         hello(QStringLiteral("big-%1").arg(i),
                               create ? std::optional(RoomSeed {bigText(), QStringLiteral("cpp")})
                                      : std::nullopt),
                         server);
            big.start();
            QVERIFY(runUntil([&] { return big.isFinished(); }, 30000));
            QVERIFY(big.welcomed());
            printHello(create ? "create" : "join", big);
        }
        Typists typists(server, {room});
        QVERIFY(runUntil([&] { return typists.allConnected(); }, 30000));
        QRandomGenerator random(7);
        typists.start(10, &random);
        const qint64 until = typists.nowNs() + 5000000000;
        runUntil([&] { return typists.nowNs() >= until; }, 6000);
        typists.stop();
        QVERIFY(runUntil([&] { return typists.arrivals() == typists.typed(); }, 20000));
        typists.print("two participants, one typing 10 keys/s at random places");
    }
};

QTEST_GUILESS_MAIN(BenchBigRoom)
#include "bench_bigroom.moc"
