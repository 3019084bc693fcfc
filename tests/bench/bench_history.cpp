// History on disk: replays an editing trace (automerge-paper by default) into a HistoryStore in a
// temporary directory, one entry per edit with a checkpoint whenever the store wants one, and
// prints the append throughput, the bytes on disk per edit and the time to rebuild 100 random
// revisions (wall clock, and the thread's CPU time, which a busy machine disturbs less), for a few
// checkpoint intervals. Wrong rebuilt texts exit non-zero; timings are only reported, never
// asserted.
#include "SharedData.h"
#include "TraceLoader.h"
#include "ot/Rope.h"
#include "server/HistoryStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace ensemble;
using namespace ensemble::test;

namespace {

constexpr int rebuilds = 100;

double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double percentile(QList<double> sorted, double p)
{
    return sorted.at(qsizetype(p * double(sorted.size() - 1)));
}

bool benchmark(const Trace &trace, const QList<TextOperation> &ops, HistoryOptions options,
               int authorCount)
{
    QTemporaryDir dir;
    auto created = HistoryStore::create(dir.filePath(QStringLiteral("history")), 0,
                                        Rope(trace.startContent), options);
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
        return false;
    }
    std::unique_ptr<HistoryStore> store = std::move(created).value();
    const qint64 edits = ops.size();

    // The revisions to rebuild, chosen up front so their texts can be kept on the way.
    QRandomGenerator random(42);
    QList<qint64> wanted;
    for (int i = 0; i < rebuilds; ++i)
        wanted.append(random.bounded(edits + 1));
    const QSet<qint64> wantedSet(wanted.cbegin(), wanted.cend());
    QHash<qint64, QString> expected;

    // The trace has no authors: authorCount of them take turns, edit by edit (1: one person
    // wrote it all, so almost no line repeats its author; 2 or more: every line does).
    QList<HistoryAuthor> authors;
    for (int i = 0; i < authorCount; ++i) {
        authors.append(HistoryAuthor {store->authorId(QStringLiteral("bench-client-%1").arg(i)),
                                      QStringLiteral("Author %1").arg(i + 1),
                                      QStringLiteral("#3366ff")});
    }
    Rope text(trace.startContent);
    expected.insert(0, trace.startContent);
    QElapsedTimer clock;
    qint64 appendNs = 0;
    qint64 checkpointNs = 0;
    qint64 slowestNs = 0;
    int checkpoints = 0;
    for (qint64 r = 1; r <= edits; ++r) {
        const TextOperation &op = ops.at(r - 1);
        if (!text.apply(op)) {
            std::fprintf(stderr, "revision %lld does not apply\n", qlonglong(r));
            return false;
        }
        clock.start();
        Result<std::monostate> written = store->append(
            HistoryEntry {r, op, authors.at(r % authorCount), 1'700'000'000'000 + r});
        const qint64 appended = clock.nsecsElapsed();
        appendNs += appended;
        qint64 total = appended;
        if (written && store->wantsCheckpoint()) {
            clock.start();
            written = store->checkpoint(text);
            const qint64 took = clock.nsecsElapsed();
            checkpointNs += took;
            total += took;
            ++checkpoints;
        }
        slowestNs = std::max(slowestNs, total);
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error().message));
            return false;
        }
        if (wantedSet.contains(r))
            expected.insert(r, text.text());
    }
    qint64 logBytes = 0;
    qint64 checkpointBytes = 0;
    for (const QFileInfo &file :
         QDir(dir.filePath(QStringLiteral("history"))).entryInfoList(QDir::Files)) {
        if (file.fileName().startsWith(QLatin1String("ops-")))
            logBytes += file.size();
        else
            checkpointBytes += file.size();
    }

    QList<double> ms;
    QList<double> cpuMs;
    for (qint64 r : std::as_const(wanted)) {
        clock.start();
        const double cpu = threadCpuMs();
        const Result<QString> rebuilt = store->textAt(r);
        ms.append(double(clock.nsecsElapsed()) / 1e6);
        cpuMs.append(threadCpuMs() - cpu);
        if (!rebuilt || rebuilt.value() != expected.value(r)) {
            std::fprintf(stderr, "revision %lld rebuilt wrong: %s\n", qlonglong(r),
                         rebuilt ? "different text" : qPrintable(rebuilt.error().message));
            return false;
        }
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpuMs.begin(), cpuMs.end());
    // The part of a rebuild that reads the checkpoint: revisions that have one, nothing to replay.
    QList<double> checkpointMs;
    const QList<qint64> atCheckpoints = store->checkpoints();
    for (int i = 0; i < rebuilds; ++i) {
        const qint64 r = atCheckpoints.at(random.bounded(int(atCheckpoints.size())));
        clock.start();
        const Result<QString> rebuilt = store->textAt(r);
        checkpointMs.append(double(clock.nsecsElapsed()) / 1e6);
        if (!rebuilt)
            return false;
    }
    std::sort(checkpointMs.begin(), checkpointMs.end());

    const double appendSeconds = double(appendNs + checkpointNs) / 1e9;
    std::printf("checkpoint every %lld revisions or %lld KiB of log, %d author(s) taking turns: %d "
                "checkpoints\n",
                qlonglong(options.checkpointRevisions), qlonglong(options.checkpointBytes / 1024),
                authorCount, checkpoints);
    std::printf("  append:  %.0f edits/s (%.2f s in all, %.2f s of it checkpoints; slowest "
                "append %.2f ms)\n",
                double(edits) / appendSeconds, appendSeconds, double(checkpointNs) / 1e9,
                double(slowestNs) / 1e6);
    std::printf("  disk:    %.1f bytes/edit (log %.1f, checkpoints %.1f; %.1f MB in all, final "
                "text %lld chars)\n",
                double(store->diskBytes()) / double(edits), double(logBytes) / double(edits),
                double(checkpointBytes) / double(edits), double(store->diskBytes()) / 1e6,
                qlonglong(text.size()));
    std::printf("  rebuild: %d random revisions, p50 %.2f ms, p99 %.2f ms, max %.2f ms\n", rebuilds,
                percentile(ms, 0.5), percentile(ms, 0.99), ms.constLast());
    std::printf("           CPU time: p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
                percentile(cpuMs, 0.5), percentile(cpuMs, 0.99), cpuMs.constLast());
    std::printf("           at a checkpoint (nothing to replay): p50 %.2f ms, p99 %.2f ms, max "
                "%.2f ms\n",
                percentile(checkpointMs, 0.5), percentile(checkpointMs, 0.99),
                checkpointMs.constLast());
    return true;
}

} // namespace

// Usage: bench_history [trace-name-part [revisions:KiB,... [authors]]]
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString only = args.value(0, QStringLiteral("automerge-paper"));
    const QStringList intervals
        = args.value(1, QStringLiteral("250:64,1000:256,4000:1024")).split(u',');
    const int authorCount = std::max(1, args.value(2, QStringLiteral("1")).toInt());
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
            const std::optional<TextOperation> op = patchOperation(patch, length);
            if (!op) {
                std::fprintf(stderr, "%s: a patch does not fit\n", qPrintable(trace->name));
                return 1;
            }
            ops.append(*op);
            length = op->targetLength();
        }
        std::printf("%s: %lld edits into a HistoryStore\n", qPrintable(trace->name),
                    qlonglong(ops.size()));
        for (const QString &interval : intervals) {
            HistoryOptions options;
            options.checkpointRevisions = interval.section(u':', 0, 0).toLongLong();
            options.checkpointBytes = interval.section(u':', 1, 1).toLongLong() * 1024;
            if (options.checkpointRevisions <= 0 || options.checkpointBytes <= 0) {
                std::fprintf(stderr, "bad interval %s\n", qPrintable(interval));
                return 1;
            }
            ok = benchmark(*trace, ops, options, authorCount) && ok;
        }
    }
    return ok ? 0 : 1;
}
