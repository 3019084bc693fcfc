// Shared folders on the server (docs/PERFORMANCE.md, "Sharing a folder: joining and typing").
// The server runs in its own thread; its CPU time is that thread's clock.
//   1. Joining a session of 1,000 files / 50 MB: hello-to-welcome time and the bytes a joiner
//      receives (only the tree travels), then opening one file.
//   2. Server CPU per relayed edit: ten typists in a one-document room with one reader, against
//      ten typists each in their own document of a 20-document session with one guest who has
//      all 20 open.
//   3. Server memory (RSS) per document added and per document one connection opens.
//   4. The host's start: 1,000 files added to a session kept on disk, one by one and together.
#include "RunUntil.h"
#include "client/SessionClient.h"
#include "server/RoomServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QWebSocket>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <malloc.h>
#include <pthread.h>

using namespace ensemble;
using ensemble::bench::runUntil;

namespace {

qint64 threadCpuNs(clockid_t clock)
{
    timespec ts {};
    clock_gettime(clock, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double heapMiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1
        ? double(fields.at(1).toLongLong()) * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0)
        : 0;
}

// A RoomServer in its own thread, with one room set up by @p setUp (on that thread).
class ServerThread : public QThread
{
public:
    ServerThread(ServerConfig config, std::function<void(RoomServer &, const QString &)> setUp)
        : m_config(std::move(config))
        , m_setUp(std::move(setUp))
    {
        start();
        m_ready.acquire();
    }
    ~ServerThread() override
    {
        quit();
        wait();
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1/%2").arg(m_port).arg(m_room));
    }
    Invite invite() const { return Invite(QStringLiteral("127.0.0.1"), m_port, m_room); }
    qint64 cpuNs() const { return threadCpuNs(m_cpuClock); }

protected:
    void run() override
    {
        pthread_getcpuclockid(pthread_self(), &m_cpuClock);
        RoomServer server(m_config);
        if (!server.listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen");
        m_port = server.port();
        m_room = server.createRoom(QStringLiteral("untitled\n")).value();
        m_setUp(server, m_room);
        m_ready.release();
        exec();
    }

private:
    ServerConfig m_config;
    std::function<void(RoomServer &, const QString &)> m_setUp;
    QSemaphore m_ready;
    quint16 m_port = 0;
    QString m_room;
    clockid_t m_cpuClock {};
};

// A bare WebSocket participant: what arrives, and when.
struct RawJoiner
{
    QWebSocket socket;
    QList<QByteArray> frames;
    qint64 bytes = 0;
    RawJoiner()
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString &frame) {
                             frames.append(frame.toUtf8());
                             bytes += frames.last().size();
                         });
    }
    bool has(const char *type) const
    {
        const QByteArray marker = QByteArray("\"type\":\"") + type + '"';
        return std::any_of(frames.cbegin(), frames.cend(),
                           [&](const QByteArray &f) { return f.contains(marker); });
    }
};

void joinBigSession()
{
    constexpr int files = 1000;
    constexpr qsizetype fileLength = 50 * 1000;
    ServerConfig config;
    config.limits.maxSessionTextLength = 64LL * 1024 * 1024;
    QElapsedTimer adding;
    adding.start();
    ServerThread server(config, [](RoomServer &s, const QString &room) {
        const QString text = QString(fileLength - 1, u'x') + u'\n';
        for (int i = 0; i < files; ++i) {
            if (!s.addDocument(room, QStringLiteral("src/module%1/file%2.cpp").arg(i / 50).arg(i),
                               text))
                qFatal("cannot add a document");
        }
    });
    std::printf("session of %d files, %.0f MB (UTF-16 units / 1e6): added in %lld ms\n", files,
                double(files) * double(fileLength) / 1e6, adding.elapsed());
    QList<double> joinMs;
    QList<double> joinCpuMs;
    qint64 welcomeBytes = 0;
    double openMs = 0;
    qint64 openBytes = 0;
    for (int run = 0; run < 5; ++run) {
        RawJoiner joiner;
        joiner.socket.open(server.url());
        if (!runUntil([&] { return joiner.socket.state() == QAbstractSocket::ConnectedState; },
                      5000))
            qFatal("cannot connect");
        QElapsedTimer clock;
        clock.start();
        const qint64 cpuBefore = server.cpuNs();
        joiner.socket.sendTextMessage(
            QStringLiteral(
                R"({"type":"hello","protocol":2,"name":"j","color":"#102030","client":"j%1"})")
                .arg(run));
        if (!runUntil([&] { return joiner.has("welcome"); }, 20000))
            qFatal("no welcome");
        joinMs.append(double(clock.nsecsElapsed()) / 1e6);
        joinCpuMs.append(double(server.cpuNs() - cpuBefore) / 1e6);
        welcomeBytes = joiner.bytes;
        const qint64 before = joiner.bytes;
        clock.restart();
        joiner.socket.sendTextMessage(QStringLiteral(R"({"type":"open","doc":"d500"})"));
        if (!runUntil([&] { return joiner.has("opened"); }, 20000))
            qFatal("not opened");
        openMs = double(clock.nsecsElapsed()) / 1e6;
        openBytes = joiner.bytes - before;
    }
    std::sort(joinMs.begin(), joinMs.end());
    std::sort(joinCpuMs.begin(), joinCpuMs.end());
    std::printf("join: hello to welcome (with the tree) %.1f ms median of 5 (min %.1f, max %.1f), "
                "server CPU %.1f ms; bytes received %lld (%.1f per file); then opening one 50 KB "
                "file %.1f ms, %lld bytes\n",
                joinMs.at(2), joinMs.first(), joinMs.last(), joinCpuMs.at(2), welcomeBytes,
                double(welcomeBytes) / files, openMs, openBytes);
}

// What the host's start costs: 1,000 files of 50,000 units added to a session kept in a data
// directory (each document's snapshot, the session's record), one by one with addDocument() and
// together with addDocuments(), as SessionHost::startFolder does.
void addToStoredSession()
{
    constexpr int files = 1000;
    const QString text = QString(50 * 1000 - 1, u'x') + u'\n';
    QList<std::pair<QString, QString>> batch;
    for (int i = 0; i < files; ++i)
        batch.append({QStringLiteral("src/module%1/file%2.cpp").arg(i / 50).arg(i), text});
    for (const bool together : {false, true}) {
        QTemporaryDir data;
        ServerConfig config;
        config.dataDir = data.path();
        config.limits.maxSessionTextLength = 64LL * 1024 * 1024;
        QElapsedTimer adding;
        adding.start();
        qint64 cpuNs = 0;
        ServerThread server(config, [&](RoomServer &s, const QString &room) {
            const qint64 before = threadCpuNs(CLOCK_THREAD_CPUTIME_ID);
            if (together && !s.addDocuments(room, batch).isEmpty())
                qFatal("cannot add the documents");
            for (qsizetype i = 0; !together && i < batch.size(); ++i) {
                if (!s.addDocument(room, batch[i].first, batch[i].second))
                    qFatal("cannot add a document");
            }
            cpuNs = threadCpuNs(CLOCK_THREAD_CPUTIME_ID) - before;
        });
        std::printf("stored session of %d files: added %s in %lld ms (server CPU %.0f ms)\n", files,
                    together ? "together (addDocuments)" : "one by one (addDocument)",
                    adding.elapsed(), double(cpuNs) / 1e6);
    }
}

// Typists type one key every 50 ms for @p seconds; a reader has every document open. Returns
// server CPU per relayed op.
void typingCost(const char *label, int documents)
{
    constexpr int typists = 10;
    constexpr int seconds = 4;
    ServerThread server({}, [documents](RoomServer &s, const QString &room) {
        for (int d = 2; d <= documents; ++d)
            s.addDocument(room, QStringLiteral("f%1.txt").arg(d), QStringLiteral("x\n")).value();
    });
    std::vector<std::unique_ptr<SessionClient>> clients;
    qint64 relayed = 0;
    qint64 ops = 0;
    for (int i = 0; i <= typists; ++i) {
        auto client = std::make_unique<SessionClient>();
        client->setIdentity(QStringLiteral("p%1").arg(i), QStringLiteral("#102030"),
                            QStringLiteral("client-%1").arg(i));
        client->setProtocol(2);
        client->join(server.invite());
        clients.push_back(std::move(client));
    }
    if (!runUntil(
            [&] {
                return std::all_of(clients.cbegin(), clients.cend(), [](const auto &c) {
                    return c->state() == SessionClient::State::Connected;
                });
            },
            20000))
        qFatal("not connected");
    // clients[0] reads every document; typist i types in document i (or all in d1).
    std::vector<DocumentSync *> typing;
    for (int d = 1; d <= documents; ++d) {
        DocumentSync *sync = clients.at(0)->openDocument(QStringLiteral("d%1").arg(d));
        QObject::connect(sync, &DocumentSync::remoteOperation, sync, [&relayed] { ++relayed; });
    }
    for (int i = 1; i <= typists; ++i) {
        const int doc = documents == 1 ? 1 : i;
        DocumentSync *sync = clients.at(i)->openDocument(QStringLiteral("d%1").arg(doc));
        sync->setFlushInterval(10);
        QObject::connect(sync, &DocumentSync::remoteOperation, sync, [&relayed] { ++relayed; });
        QObject::connect(sync, &DocumentSync::operationSent, sync, [&ops] { ++ops; });
        typing.push_back(sync);
    }
    if (!runUntil(
            [&] {
                return std::all_of(typing.cbegin(), typing.cend(),
                                   [](const DocumentSync *s) { return s->hasText(); });
            },
            20000))
        qFatal("not opened");
    relayed = 0;
    ops = 0;
    const qint64 cpuBefore = server.cpuNs();
    QTimer keys;
    int sent = 0;
    QObject::connect(&keys, &QTimer::timeout, &keys, [&] {
        for (DocumentSync *sync : typing) {
            TextOperation op;
            op.insert(QStringLiteral("k")).retain(sync->documentLength());
            sync->applyLocal(op);
            ++sent;
        }
    });
    keys.start(50);
    runUntil([] { return false; }, seconds * 1000);
    keys.stop();
    runUntil(
        [&] {
            return std::all_of(typing.cbegin(), typing.cend(),
                               [](const DocumentSync *s) { return s->unsentEditCount() == 0; });
        },
        20000);
    runUntil([] { return false; }, 300);
    const double cpuMs = double(server.cpuNs() - cpuBefore) / 1e6;
    // A delivery: an op frame relayed to one participant, or the ack to its author.
    const qint64 deliveries = relayed + ops;
    std::printf("%s: %d keys typed in %lld ops, %lld op frames relayed; server CPU %.0f ms = %.1f "
                "us per op received, %.1f us per delivery (relay or ack)\n",
                label, sent, ops, relayed, cpuMs, cpuMs * 1000 / double(std::max<qint64>(1, ops)),
                cpuMs * 1000 / double(std::max<qint64>(1, deliveries)));
}

void memoryPerDocument()
{
    constexpr int documents = 1000;
    constexpr qsizetype length = 1000;
    ServerConfig config;
    config.limits.maxOpenDocuments = documents + 1;
    config.limits.messagesPerSecond = 1000000; // opening 1,000 at once is not what is measured
    double before = 0;
    double afterAdding = 0;
    ServerThread server(config, [&](RoomServer &s, const QString &room) {
        const QString text = QString(length - 1, u'y') + u'\n';
        before = heapMiB();
        for (int i = 0; i < documents; ++i)
            s.addDocument(room, QStringLiteral("m/f%1.txt").arg(i), text).value();
        afterAdding = heapMiB();
    });
    RawJoiner joiner;
    joiner.socket.open(server.url());
    runUntil([&] { return joiner.socket.state() == QAbstractSocket::ConnectedState; }, 5000);
    joiner.socket.sendTextMessage(QStringLiteral(
        R"({"type":"hello","protocol":2,"name":"m","color":"#102030","client":"m"})"));
    runUntil([&] { return joiner.has("welcome"); }, 20000);
    const double beforeOpening = heapMiB();
    for (int i = 2; i <= documents + 1; ++i)
        joiner.socket.sendTextMessage(QStringLiteral(R"({"type":"open","doc":"d%1"})").arg(i));
    runUntil(
        [&] {
            return std::count_if(
                       joiner.frames.cbegin(), joiner.frames.cend(),
                       [](const QByteArray &f) { return f.contains("\"type\":\"opened\""); })
                == documents;
        },
        60000);
    // The joiner's received frames are this process's memory too: drop them first.
    joiner.frames.clear();
    joiner.frames.squeeze();
    const double afterOpening = heapMiB();
    std::printf("memory: %d documents of %lld UTF-16 units added: +%.2f MiB of heap = %.1f KiB "
                "per document; one connection opening all of them: +%.2f MiB = %.1f KiB per open "
                "document\n",
                documents, qint64(length), afterAdding - before,
                (afterAdding - before) * 1024 / documents, afterOpening - beforeOpening,
                (afterOpening - beforeOpening) * 1024 / documents);
}

} // namespace

class BenchFolder : public QObject
{
    Q_OBJECT

private slots:
    void memory() { memoryPerDocument(); }
    void join() { joinBigSession(); }
    void addStored() { addToStoredSession(); }
    void typing()
    {
        typingCost("one document, 10 typists + 1 reader", 1);
        typingCost("20 documents, 10 typists in 10 of them + 1 guest with all 20 open", 20);
    }
};

QTEST_GUILESS_MAIN(BenchFolder)
#include "bench_folder.moc"
