// Authorship runs on an editing trace (automerge-paper by default): replays every edit on a Rope
// (the receive path's text work) with and without an AuthorshipMap beside it, authors taking
// turns in runs of a few edits as people do, and prints the time of both, the cost the map adds,
// and its runs and memory at the end. A map that disagrees with the trace's final length exits
// non-zero; timings are only reported, never asserted.
#include "SharedData.h"
#include "TraceLoader.h"
#include "ot/AuthorshipMap.h"
#include "ot/Rope.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>

using namespace ensemble;
using namespace ensemble::test;

namespace {

constexpr int authorCount = 4;
constexpr int editsPerTurn = 20; // an author types this many edits before the next one does

double replay(const Trace &trace, const QList<TextOperation> &ops, AuthorshipMap *map)
{
    QElapsedTimer timer;
    timer.start();
    Rope rope(trace.startContent);
    for (qsizetype i = 0; i < ops.size(); ++i) {
        if (!rope.apply(ops.at(i)))
            return -1;
        if (map && !map->apply(ops.at(i), quint32(i / editsPerTurn % authorCount) + 1))
            return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
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
        qsizetype length = trace->startContent.size();
        for (const TracePatch &patch : trace->patches) {
            std::optional<TextOperation> op = patchOperation(patch, length);
            if (!op)
                break;
            length = op->targetLength();
            ops.append(std::move(*op));
        }
        // Best of three each, alternating, so a busy machine hurts both alike.
        double without = 1e300;
        double with = 1e300;
        AuthorshipMap map;
        for (int round = 0; round < 3; ++round) {
            without = std::min(without, replay(*trace, ops, nullptr));
            map = AuthorshipMap(trace->startContent.size(), 0);
            with = std::min(with, replay(*trace, ops, &map));
        }
        if (without < 0 || with < 0 || map.length() != length) {
            std::fprintf(stderr, "%s: the replay failed\n", qPrintable(trace->name));
            ok = false;
            continue;
        }
        const qsizetype bytes = map.runs().capacity() * qsizetype(sizeof(AuthorshipMap::Run));
        std::printf("%s: %lld edits, final text %lld units; %d authors taking turns every %d "
                    "edits\n",
                    qPrintable(trace->name), qint64(ops.size()), qint64(length), authorCount,
                    editsPerTurn);
        std::printf("  text only: %.1f ms (%.2f us/edit); with authorship: %.1f ms (%.2f "
                    "us/edit), +%.0f %%\n",
                    without, without * 1000 / double(ops.size()), with,
                    with * 1000 / double(ops.size()), (with / without - 1) * 100);
        std::printf("  runs at the end: %lld, %lld bytes (%.2f bytes per unit of text)\n",
                    qint64(map.runs().size()), qint64(bytes), double(bytes) / double(length));
    }
    return ok ? 0 : 1;
}
