// Sync-engine benchmark: replays every editing trace through ServerDocument::receive and times
// transform, printing figures for docs/PERFORMANCE.md. Correctness failures exit non-zero;
// timings are only reported, never asserted.
#include "SharedData.h"
#include "TraceLoader.h"
#include "ot/ServerDocument.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <malloc.h>

using namespace ensemble;
using namespace ensemble::test;

namespace {

int runs = 7;
qsizetype logBound = ServerDocument::defaultMaxLogLength;

// A field (in kB) of /proc/self/status, such as VmHWM (peak resident set) or VmRSS.
qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Restarts the kernel's peak-RSS count so VmHWM covers only what follows.
void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

// CPU time of this thread in ms: unlike wall time it does not count the moments the scheduler
// gives the core to another process, which matters on a small shared machine.
double threadCpuMs()
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

// The trace as operations, each based on the text the previous one produced.
QList<TextOperation> operationsOf(const Trace &trace)
{
    QList<TextOperation> ops;
    ops.reserve(trace.patches.size());
    qsizetype length = trace.startContent.size();
    for (const TracePatch &patch : trace.patches) {
        const std::optional<TextOperation> op = patchOperation(patch, length);
        if (!op)
            return {};
        length = op->targetLength();
        ops.append(*op);
    }
    return ops;
}

// Pairs of concurrent edits on one text: each trace edit against the next edit's change made at
// the same base, the shape a server sees when two people type at once.
QList<std::pair<TextOperation, TextOperation>> concurrentPairs(const Trace &trace,
                                                               const QList<TextOperation> &ops)
{
    QList<std::pair<TextOperation, TextOperation>> pairs;
    pairs.reserve(ops.size());
    for (qsizetype i = 0; i + 1 < ops.size(); ++i) {
        TracePatch other = trace.patches.at(i + 1);
        const qsizetype length = ops.at(i).baseLength();
        other.position = std::min(other.position, length);
        other.deleteCount = std::min(other.deleteCount, length - other.position);
        pairs.append({ops.at(i), *patchOperation(other, length)});
    }
    return pairs;
}

bool benchmark(const Trace &trace)
{
    const QList<TextOperation> ops = operationsOf(trace);
    if (ops.size() != trace.patches.size()) {
        std::fprintf(stderr, "%s: a patch does not fit its document\n", qPrintable(trace.name));
        return false;
    }
    const QString client = QStringLiteral("3f1c2b9e-5d7a-4e61-9c0b-2a8f6d4e1b73");
    QList<double> receiveMs;
    QList<double> receiveCpuMs;
    qint64 peakKb = 0;
    qint64 heapGrowth = 0;
    // Run 0 measures memory from a trimmed heap (and pays its page faults); the timed runs after
    // it see the warm heap of a long-running server.
    for (int run = 0; run <= runs; ++run) {
        if (run == 0)
            malloc_trim(0);
        const qint64 rssBefore = statusKb("VmRSS");
        const auto heapBefore = qint64(mallinfo2().uordblks);
        resetPeak();
        ServerDocument server(trace.startContent, 0, logBound);
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        quint64 seq = 0;
        for (const TextOperation &op : ops) {
            if (!server.receive(op, server.revision(), client, ++seq).ok())
                return false;
        }
        if (run > 0) {
            receiveMs.append(double(timer.nsecsElapsed()) / 1e6);
            receiveCpuMs.append(threadCpuMs() - cpuStart);
        } else {
            peakKb = statusKb("VmHWM") - rssBefore;
            heapGrowth = qint64(mallinfo2().uordblks) - heapBefore;
        }
        if (server.text() != trace.endContent) {
            std::fprintf(stderr, "%s: final text differs\n", qPrintable(trace.name));
            return false;
        }
    }

    const auto pairs = concurrentPairs(trace, ops);
    QList<double> transformCpuMs;
    for (int run = 0; run < runs; ++run) {
        const double cpuStart = threadCpuMs();
        qsizetype checksum = 0;
        for (const auto &[a, b] : pairs)
            checksum += TextOperation::transform(a, b).value().first.targetLength();
        transformCpuMs.append(threadCpuMs() - cpuStart);
        if (checksum == 0)
            return false;
    }

    const double cpu = median(receiveCpuMs);
    std::printf("%s: %lld edits, final length %lld\n", qPrintable(trace.name),
                qlonglong(ops.size()), qlonglong(trace.endContent.size()));
    std::printf("  receive:   %7.1f ms CPU median (best %.1f), %7.1f ms wall median (best %.1f); "
                "%.2f M ops/s (CPU)\n",
                cpu, *std::min_element(receiveCpuMs.begin(), receiveCpuMs.end()), median(receiveMs),
                *std::min_element(receiveMs.begin(), receiveMs.end()),
                double(ops.size()) / cpu / 1e3);
    std::printf("  transform: %.2f M pairs/s (CPU, %lld pairs)\n",
                double(pairs.size()) / median(transformCpuMs) / 1e3, qlonglong(pairs.size()));
    std::printf("  memory:    peak RSS +%lld kB during the replay, heap kept +%lld kB\n",
                qlonglong(peakKb), qlonglong(heapGrowth / 1024));
    return true;
}

} // namespace

// Usage: bench_syncengine [trace-name-part [runs [log-bound]]]
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString only = args.value(0);
    runs = std::max(1, args.value(1, QStringLiteral("7")).toInt());
    logBound = args.value(2, QString::number(logBound)).toLongLong();
    QStringList files = traceFiles();
    files.removeIf([&](const QString &file) { return !QFileInfo(file).fileName().contains(only); });
    if (files.isEmpty()) {
        std::printf("SKIP: no traces in %s/traces\n", qPrintable(sharedDir()));
        return 0;
    }
    std::printf("ServerDocument::receive, log bound %lld entries, %d timed runs per trace\n",
                qlonglong(logBound), runs);
    bool ok = true;
    for (const QString &file : files) {
        QString error;
        const std::optional<Trace> trace = loadTrace(file, &error);
        if (!trace) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(file), qPrintable(error));
            ok = false;
            continue;
        }
        ok = benchmark(*trace) && ok;
    }
    std::printf("process peak RSS (VmHWM since last reset): %lld kB\n",
                qlonglong(statusKb("VmHWM")));
    return ok ? 0 : 1;
}
