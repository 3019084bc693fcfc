// What a room password costs (docs/RELIABILITY.md, "Access"), with the server's default
// AccessPolicy:
//   1. One password check (PBKDF2-SHA256 at the default iteration count), CPU and wall time.
//   2. Joining over loopback, from sending hello to the welcome, in an open room and in a room
//      with a password (the check runs on the server's thread pool, not its event loop).
// Median of BENCH_RUNS runs (default 7) after one warm-up.
#include "RawClient.h"
#include "server/RoomServer.h"
#include "server/SecretHash.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace ensemble;
using ensemble::test::RawClient;

namespace {

int runs()
{
    const int fromEnv = qEnvironmentVariableIntValue("BENCH_RUNS");
    return fromEnv > 0 ? fromEnv : 7;
}

double cpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Milliseconds from hello to welcome (-1 when the join failed).
double joinMs(const RoomServer &server, const QString &room, const QString &password)
{
    RawClient raw;
    if (!raw.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/%2").arg(server.port()).arg(room))))
        return -1;
    QJsonObject hello {{QStringLiteral("type"), QStringLiteral("hello")},
                       {QStringLiteral("protocol"), 1},
                       {QStringLiteral("name"), QStringLiteral("bench")},
                       {QStringLiteral("color"), QStringLiteral("#102030")},
                       {QStringLiteral("client"), QStringLiteral("bench")}};
    if (!password.isEmpty())
        hello.insert(QStringLiteral("password"), password);
    // A spy returns the moment the answer arrives (RawClient::next() polls).
    QSignalSpy answered(&raw.socket(), &QWebSocket::textMessageReceived);
    QElapsedTimer timer;
    timer.start();
    raw.send(hello);
    if (!answered.wait(10000))
        return -1;
    const double elapsed = double(timer.nsecsElapsed()) / 1e6;
    return answered.first().first().toString().contains(QLatin1String("\"welcome\"")) ? elapsed
                                                                                      : -1;
}

} // namespace

class BenchAccess : public QObject
{
    Q_OBJECT

private slots:
    void passwordCheck()
    {
        const int iterations = AccessPolicy().passwordIterations;
        const SecretHash hash = SecretHash::make(QStringLiteral("correct horse"), iterations);
        QVERIFY(hash.matches(QStringLiteral("correct horse")));
        QList<double> cpu;
        QList<double> wall;
        for (int run = 0; run < runs(); ++run) {
            const double cpuStart = cpuMs();
            QElapsedTimer timer;
            timer.start();
            QVERIFY(!hash.matches(QStringLiteral("wrong guess")));
            wall.append(double(timer.nsecsElapsed()) / 1e6);
            cpu.append(cpuMs() - cpuStart);
        }
        std::printf("password check, PBKDF2-SHA256 x %d: %.1f ms CPU, %.1f ms wall (median of "
                    "%d)\n",
                    iterations, median(cpu), median(wall), runs());
    }

    void joinLatency()
    {
        RoomServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString open = server.createRoom(QStringLiteral("text")).value();
        const QString password = QStringLiteral("correct horse");
        const QString guarded
            = server.createRoom(QStringLiteral("text"), {}, {}, {{}, password, {}}).value();
        QVERIFY(joinMs(server, open, {}) >= 0); // warm-up
        QList<double> plain;
        QList<double> withPassword;
        for (int run = 0; run < runs(); ++run) {
            plain.append(joinMs(server, open, {}));
            withPassword.append(joinMs(server, guarded, password));
            QVERIFY(plain.last() >= 0 && withPassword.last() >= 0);
        }
        std::printf("join, hello to welcome: %.1f ms open room, %.1f ms with a password (median "
                    "of %d)\n",
                    median(plain), median(withPassword), runs());
    }
};

QTEST_GUILESS_MAIN(BenchAccess)
#include "bench_access.moc"
