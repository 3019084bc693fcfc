// The History view scrubbing a long history: a room on a RoomServer in its own thread (as a
// headless server would serve it) is given every edit of a trace (automerge-paper by default,
// 259,778 revisions) as op frames, then a window joins it, opens Edit ▸ History and drags the
// slider from the newest revision to the oldest (the text at each in view) and back (the changes
// since then in view), a step every few milliseconds with a rest now and then so that texts
// arrive and are shown on the way, as a hand on a mouse would. It prints, for each drag, the
// longest stall of the window's event loop, how many texts were shown and how long the last one
// (and its changes) took to arrive, then both drags' stalls in one line with the load average;
// then what showing one text costs (the read-only view; the changes since then, worked out on
// the thread pool and then shown). Timings are only reported, never asserted.
#include "RunUntil.h"
#include "SessionPeers.h"
#include "SharedData.h"
#include "TraceLoader.h"
#include "history/HistoryDialog.h"
#include "history/HistoryDiff.h"
#include "history/HistoryDiffView.h"
#include "history/HistoryTimeline.h"
#include "ot/Rope.h"
#include "protocol/MessageWriter.h"
#include "server/RoomServer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QSemaphore>
#include <QSlider>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace ensemble;
using namespace ensemble::bench;
using namespace ensemble::test;

namespace {

constexpr int dragSteps = 600; // slider moves from the newest revision to the oldest
constexpr int stepMs = 8; // between two moves
constexpr int restEvery = 60; // moves between two rests...
constexpr int restMs = 400; // ...long enough for the text there to arrive and be shown

// The longest the thread's event loop was kept from running (a 1 ms timer's lateness), as
// bench_bigroom measures it.
class LoopStalls : public QObject
{
public:
    LoopStalls()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last - 1000000);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    void reset()
    {
        m_longest = 0;
        m_last = m_clock.nsecsElapsed();
    }
    double longestMs() const { return double(m_longest) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

// The machine's load average over the last minute, as /proc/loadavg tells it ("?" elsewhere).
QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').value(0) : "?";
}

// A RoomServer in its own thread keeping its rooms (and their histories) in @p dataDir, without
// a message rate limit so that a whole trace can be sent at once.
class ServerThread : public QThread
{
public:
    ServerThread(QString dataDir, QString text)
        : m_dataDir(std::move(dataDir))
        , m_text(std::move(text))
    {
        start();
        m_ready.acquire();
    }
    ~ServerThread() override
    {
        quit();
        wait();
    }
    QString room() const { return m_room; }
    QUrl url() const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1/%2").arg(m_port).arg(m_room));
    }
    Invite invite() const { return Invite(QStringLiteral("127.0.0.1"), m_port, m_room); }

protected:
    void run() override
    {
        ServerConfig config;
        config.dataDir = m_dataDir;
        config.limits.messagesPerSecond = 0;
        // The trace's sender reads its acknowledgements only between bursts of sending.
        config.limits.maxSendQueueFrames = 0;
        config.limits.maxSendQueueBytes = 0;
        RoomServer server(config);
        if (!server.listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen");
        m_port = server.port();
        m_room = server.createRoom(m_text).value();
        m_ready.release();
        exec();
    }

private:
    QString m_dataDir;
    QString m_text;
    QString m_room;
    quint16 m_port = 0;
    QSemaphore m_ready;
};

// Sends every operation as an op frame, each based on the revision the one before produced, and
// waits for the last acknowledgement; false if the server closes or after @p timeoutMs.
bool sendTrace(const QUrl &url, const QList<TextOperation> &ops, int timeoutMs)
{
    QWebSocket socket;
    qsizetype acks = 0;
    bool welcomed = false;
    QObject::connect(&socket, &QWebSocket::textMessageReceived, [&](const QString &frame) {
        if (frame.contains(QLatin1String("\"type\":\"ack\"")))
            ++acks;
        else if (frame.contains(QLatin1String("\"type\":\"welcome\"")))
            welcomed = true;
    });
    socket.open(url);
    if (!runUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 10000))
        return false;
    HelloMsg hello;
    hello.name = QStringLiteral("Trace");
    hello.color = QStringLiteral("#1e88e5");
    hello.client = QStringLiteral("6b1f0c2e-8d4a-4b57-9e31-7a2c5d9f0e84");
    socket.sendTextMessage(QString::fromUtf8(serialize(ClientMessage {hello})));
    if (!runUntil([&] { return welcomed; }, 10000))
        return false;
    for (qsizetype i = 0; i < ops.size(); ++i) {
        socket.sendTextMessage(QString::fromUtf8(
            serialize(ClientMessage {OpMsg {qint64(i), quint64(i + 1), ops.at(i), std::nullopt}})));
        if (i % 4096 == 0)
            QCoreApplication::processEvents(); // acknowledgements keep flowing back meanwhile
    }
    return runUntil(
               [&] {
                   return acks == ops.size() || socket.state() != QAbstractSocket::ConnectedState;
               },
               timeoutMs)
        && acks == ops.size();
}

bool benchmark(const Trace &trace, const QList<TextOperation> &ops)
{
    QTemporaryDir data;
    ServerThread server(data.path(), trace.startContent);
    QElapsedTimer clock;
    clock.start();
    if (!sendTrace(server.url(), ops, 600000)) {
        std::fprintf(stderr, "%s: the server did not take the trace\n", qPrintable(trace.name));
        return false;
    }
    std::printf("%s: %lld revisions sent and kept in %.1f s\n", qPrintable(trace.name),
                qint64(ops.size()), double(clock.elapsed()) / 1000);

    Peer viewer(QStringLiteral("Vera"), QStringLiteral("#8e24aa"));
    viewer.tab = viewer.collaboration().join(server.invite());
    if (!runUntil([&] { return viewer.connected() && viewer.text() == trace.endContent; }, 60000)) {
        std::fprintf(stderr, "the viewer did not join\n");
        return false;
    }
    HistoryDialog *dialog = HistoryDialog::showFor(
        *HistorySubject::of(viewer.collaboration(), viewer.tab), &viewer.window);
    clock.start();
    if (!runUntil([&] { return dialog->shownRevision() == ops.size(); }, 60000)) {
        std::fprintf(stderr, "the History view did not show the newest revision\n");
        return false;
    }
    std::printf("  History view open: %lld revisions on the slider, newest text shown after "
                "%lld ms\n",
                qint64(dialog->slider()->maximum() - dialog->slider()->minimum()),
                qint64(clock.elapsed()));

    LoopStalls stalls;
    int shown = 0;
    QObject::connect(dialog->timeline(), &HistoryTimeline::textReady, [&] { ++shown; });
    QSlider *slider = dialog->slider();
    auto *changes = dialog->findChild<HistoryDiffView *>();
    // Drags the slider from one end to the other and waits for the text there (and the changes
    // since then, when in view).
    const auto drag = [&](const char *what, int from, int to) -> std::optional<double> {
        shown = 0;
        stalls.reset();
        clock.start();
        for (int step = 1; step <= dragSteps; ++step) {
            slider->setValue(from + int(qint64(to - from) * step / dragSteps));
            QTest::qWait(step % restEvery == 0 ? restMs : stepMs);
        }
        const qint64 dragMs = clock.elapsed();
        clock.start();
        if (!runUntil(
                [&] {
                    return dialog->shownRevision() == to
                        && !(changes->isVisible() && changes->isWorking());
                },
                600000)) {
            std::fprintf(stderr, "the History view did not show revision %d\n", to);
            return std::nullopt;
        }
        std::printf("  drag %s over %d steps (%lld ms, a rest of %d ms every %d steps): longest "
                    "event-loop stall %.1f ms; %d texts shown; the last one %lld ms after the "
                    "drag\n",
                    what, dragSteps, dragMs, restMs, restEvery, stalls.longestMs(), shown,
                    qint64(clock.elapsed()));
        return stalls.longestMs();
    };
    const std::optional<double> textTab
        = drag("newest to oldest, the text in view", slider->maximum(), slider->minimum());
    if (!textTab)
        return false;
    dialog->findChild<QTabWidget *>()->setCurrentWidget(changes);
    const std::optional<double> changesTab
        = drag("back, the changes since then in view", slider->minimum(), slider->maximum());
    if (!changesTab)
        return false;
    std::printf("  longest event-loop stall: text tab %.1f ms, changes tab %.1f ms (load average "
                "%s)\n",
                *textTab, *changesTab, loadAverage().constData());

    // What showing one text costs the window, the text of revision r beside the text of now.
    const QString now = viewer.text();
    QPlainTextEdit view;
    HistoryDiffView diff;
    QList<qint64> revisions {ops.size() - 1, ops.size() * 3 / 4, ops.size() / 2, ops.size() / 4,
                             1000};
    Rope text(trace.startContent);
    qsizetype applied = 0;
    std::sort(revisions.begin(), revisions.end());
    for (qint64 revision : std::as_const(revisions)) {
        while (applied < revision) {
            if (!text.apply(ops.at(applied++)))
                return false;
        }
        const QString old = text.text();
        clock.start();
        view.setPlainText(old);
        const qint64 plainNs = clock.nsecsElapsed();
        clock.start();
        const HistoryDiff changed = historyDiff(old, now);
        const qint64 diffNs = clock.nsecsElapsed();
        clock.start();
        diff.setDiff(changed);
        const qint64 showNs = clock.nsecsElapsed();
        std::printf(
            "  revision %lld (%lld units): read-only view %.1f ms; changes since then "
            "worked out in %.1f ms (on the thread pool in the view), shown in %.1f ms (%d lines "
            "added, %d removed)\n",
            qint64(revision), qint64(old.size()), double(plainNs) / 1e6, double(diffNs) / 1e6,
            double(showNs) / 1e6, changed.added, changed.removed);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString only = app.arguments().value(1, QStringLiteral("automerge-paper"));
    QStringList files = traceFiles();
    files.removeIf([&](const QString &file) { return !QFileInfo(file).fileName().contains(only); });
    if (files.isEmpty()) {
        std::printf("SKIP: no traces in %s/traces\n", qPrintable(sharedDir()));
        return 0;
    }
    bool ok = true;
    for (const QString &file : files) {
        QString error;
        const std::optional<Trace> trace = loadTrace(file, &error);
        if (!trace) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(file), qPrintable(error));
            ok = false;
            continue;
        }
        QList<TextOperation> ops;
        qsizetype length = trace->startContent.size();
        for (const TracePatch &patch : trace->patches) {
            std::optional<TextOperation> op = patchOperation(patch, length);
            if (!op)
                break;
            length = op->targetLength();
            ops.append(std::move(*op));
        }
        ok = benchmark(*trace, ops) && ok;
    }
    return ok ? 0 : 1;
}
