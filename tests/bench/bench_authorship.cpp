// Authorship runs on an editing trace (automerge-paper by default), four authors taking turns in
// runs of a few edits as people do. Times, with and without an AuthorshipMap beside the text:
// - the receive path, what the server does for each `op` frame it receives: parse it
//   (parseClientMessage), ServerDocument::receive (duplicate check, transform over whatever came
//   since its revision, apply to the rope, log), then the map applies the operation as applied;
// - the text alone, every edit on a bare Rope (the smallest text work there is).
// Then the map's runs, chunks and memory at the end. A map that disagrees with the trace's final
// length exits non-zero; timings are only reported, never asserted.
#include "SharedData.h"
#include "TraceLoader.h"
#include "ot/AuthorshipMap.h"
#include "ot/Rope.h"
#include "ot/ServerDocument.h"
#include "protocol/MessageParser.h"
#include "protocol/MessageWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>
#include <ctime>

using namespace ensemble;
using namespace ensemble::test;

namespace {

constexpr int authorCount = 4;
constexpr int editsPerTurn = 20; // an author types this many edits before the next one does
constexpr int rounds = 5;

quint32 authorOf(qsizetype edit)
{
    return quint32(edit / editsPerTurn % authorCount) + 1;
}

double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

struct Timing
{
    double wallMs = 1e300;
    double cpuMs = 1e300;
    void keepBest(double wall, double cpu)
    {
        wallMs = std::min(wallMs, wall);
        cpuMs = std::min(cpuMs, cpu);
    }
};

// Every edit on a bare Rope, and on the map when there is one.
bool replayText(const Trace &trace, const QList<TextOperation> &ops, AuthorshipMap *map,
                Timing &timing)
{
    QElapsedTimer timer;
    timer.start();
    const double cpu = threadCpuMs();
    Rope rope(trace.startContent);
    for (qsizetype i = 0; i < ops.size(); ++i) {
        if (!rope.apply(ops.at(i)))
            return false;
        if (map && !map->apply(ops.at(i), authorOf(i)))
            return false;
    }
    timing.keepBest(double(timer.nsecsElapsed()) / 1e6, threadCpuMs() - cpu);
    return true;
}

// Every edit as the `op` frame its author's client sends, through the server's receive path.
bool replayFrames(const Trace &trace, const QList<QByteArray> &frames, AuthorshipMap *map,
                  Timing &timing)
{
    const QStringList clients {QStringLiteral("8c0e4d5a-1b7f-4c2e-9a63-5f2d8e1c7b40"),
                               QStringLiteral("3f1c2b9e-5d7a-4e61-9c0b-2a8f6d4e1b73"),
                               QStringLiteral("a94b7e21-6c3d-4f85-8e1a-0d7c5b2f9e36"),
                               QStringLiteral("5e2a9c7d-0f4b-4a13-b6e8-1c9d3f7a2e05")};
    const Limits limits;
    QElapsedTimer timer;
    timer.start();
    const double cpu = threadCpuMs();
    ServerDocument server(trace.startContent, 0, ServerDocument::defaultMaxLogLength);
    for (qsizetype i = 0; i < frames.size(); ++i) {
        const Result<ClientMessage> message = parseClientMessage(frames.at(i), limits);
        if (!message || !std::holds_alternative<OpMsg>(message.value()))
            return false;
        const OpMsg &op = std::get<OpMsg>(message.value());
        const quint32 author = authorOf(i);
        const Result<Applied> applied
            = server.receive(op.op, op.revision, clients.at(author - 1), op.seq);
        if (!applied)
            return false;
        if (map && !map->apply(applied.value().op, author))
            return false;
    }
    timing.keepBest(double(timer.nsecsElapsed()) / 1e6, threadCpuMs() - cpu);
    return server.text() == trace.endContent;
}

void printTiming(const char *what, const Timing &without, const Timing &with, qsizetype edits)
{
    std::printf("  %s: without %.1f ms CPU (%.1f wall, %.2f us/edit), with authorship %.1f ms CPU "
                "(%.1f wall, %.2f us/edit): %+.1f %% CPU, %+.1f %% wall\n",
                what, without.cpuMs, without.wallMs, without.cpuMs * 1000 / double(edits),
                with.cpuMs, with.wallMs, with.cpuMs * 1000 / double(edits),
                (with.cpuMs / without.cpuMs - 1) * 100, (with.wallMs / without.wallMs - 1) * 100);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
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
        QList<QByteArray> frames;
        qsizetype length = trace->startContent.size();
        for (const TracePatch &patch : trace->patches) {
            std::optional<TextOperation> op = patchOperation(patch, length);
            if (!op)
                break;
            length = op->targetLength();
            // Typed on the newest text: each is based on the revision before it.
            frames.append(serialize(
                ClientMessage {OpMsg {ops.size(), quint64(ops.size() + 1), *op, std::nullopt}}));
            ops.append(std::move(*op));
        }
        // Best of several each, alternating, so a busy machine hurts both alike.
        Timing textWithout;
        Timing textWith;
        Timing receiveWithout;
        Timing receiveWith;
        AuthorshipMap map;
        for (int round = 0; round < rounds && ok; ++round) {
            map = AuthorshipMap(trace->startContent.size(), 0);
            ok = replayFrames(*trace, frames, nullptr, receiveWithout)
                && replayFrames(*trace, frames, &map, receiveWith) && map.length() == length;
            map = AuthorshipMap(trace->startContent.size(), 0);
            ok = ok && replayText(*trace, ops, nullptr, textWithout)
                && replayText(*trace, ops, &map, textWith) && map.length() == length;
        }
        if (!ok) {
            std::fprintf(stderr, "%s: the replay failed\n", qPrintable(trace->name));
            continue;
        }
        const qsizetype bytes = map.memoryBytes();
        std::printf("%s: %lld edits, final text %lld units; %d authors taking turns every %d "
                    "edits; best of %d\n",
                    qPrintable(trace->name), qint64(ops.size()), qint64(length), authorCount,
                    editsPerTurn, rounds);
        printTiming("receive path", receiveWithout, receiveWith, ops.size());
        printTiming("text only (Rope)", textWithout, textWith, ops.size());
        std::printf("  runs at the end: %lld in %lld chunks, %lld bytes (%.2f bytes per unit of "
                    "text)\n",
                    qint64(map.runCount()), qint64(map.chunkCount()), qint64(bytes),
                    double(bytes) / double(length));
    }
    return ok ? 0 : 1;
}
