// Worst-case catch-up work on the server (docs/RELIABILITY.md, "Limits"): what transforming one
// hostile message over the operations it claims to have missed costs with the protection off
// (maxTransformWork 0) and with the default limit, which refuses it with too_far_behind. Each
// figure is the CPU time of this thread; timings are reported, never asserted.
#include "ot/ServerDocument.h"
#include "protocol/Limits.h"

#include <QCoreApplication>

#include <cstdio>
#include <ctime>

using namespace ensemble;

namespace {

double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Over a text of @p length units: replaces every other unit of the first @p span units with
// @p c, about 1.5 components per unit spanned.
TextOperation scattered(qsizetype length, qsizetype span, QChar c)
{
    TextOperation op;
    for (qsizetype i = 0; i + 1 < span; i += 2)
        op.retain(1).insert(QString(c)).remove(1);
    return op.retain(length - span + span % 2);
}

// A room at revision @p logged, every revision a scattered operation of about @p components
// components, over a text of @p length units.
ServerDocument room(qsizetype length, int logged, qsizetype components, qint64 maxWork)
{
    ServerDocument document(QString(length, u'a'), 0, 10000);
    document.setMaxLogUnits(Limits().keptOperationUnits);
    for (int i = 0; i < logged; ++i) {
        if (!document.receive(scattered(length, components * 2 / 3, QChar(u'b' + i % 20)), i,
                              QStringLiteral("typist"), 0))
            qFatal("setting up the room failed");
    }
    document.setMaxTransformWork(maxWork);
    return document;
}

struct Outcome
{
    double ms;
    QString result;
};

template<class F> Outcome timed(F &&run)
{
    const double start = threadCpuMs();
    const QString result = run();
    return {threadCpuMs() - start, result};
}

void report(const char *scenario, const Outcome &off, const Outcome &on)
{
    std::printf("%s\n  protection off: %10.1f ms CPU, %s\n  default limit:  %10.3f ms CPU, %s\n",
                scenario, off.ms, qPrintable(off.result), on.ms, qPrintable(on.result));
    std::fflush(stdout);
}

QString resultOf(const Result<Applied> &applied)
{
    return applied ? QStringLiteral("applied") : applied.error().code;
}

// A client op of @p clientComponents components based @p logged revisions back, over logged
// operations of @p logComponents components each.
void scatteredOverScattered(int logged, qsizetype logComponents, qsizetype clientComponents)
{
    const qsizetype length = std::max(logComponents, clientComponents);
    const TextOperation hostile = scattered(length, clientComponents * 2 / 3, u'z');
    Outcome results[2];
    for (int protect = 0; protect < 2; ++protect) {
        ServerDocument document
            = room(length, logged, logComponents, protect ? Limits().maxTransformWork : 0);
        results[protect]
            = timed([&] { return resultOf(document.receive(hostile, 0, QStringLiteral("x"), 1)); });
    }
    const QByteArray title
        = QStringLiteral("op of %1 components, %2 revisions behind, each of %3 "
                         "components (%4 M component steps)")
              .arg(hostile.componentCount())
              .arg(logged)
              .arg(logComponents)
              .arg(double(logged) * double(hostile.componentCount() + logComponents) / 1e6, 0, 'f',
                   1)
              .toUtf8();
    report(title.constData(), results[0], results[1]);
}

void selectionOverScattered(int logged, qsizetype logComponents)
{
    const qsizetype length = logComponents;
    Selection ranges;
    for (int i = 0; i < Limits().maxSelectionRanges; ++i)
        ranges.append({length - 1, length - 1});
    Outcome results[2];
    for (int protect = 0; protect < 2; ++protect) {
        ServerDocument document
            = room(length, logged, logComponents, protect ? Limits().maxTransformWork : 0);
        results[protect] = timed([&] {
            const Result<Selection> moved = document.selectionSince(ranges, 0);
            return moved ? QStringLiteral("moved") : moved.error().code;
        });
    }
    const QByteArray title = QStringLiteral("selection of %1 ranges, %2 revisions behind, each of "
                                            "%3 components")
                                 .arg(ranges.size())
                                 .arg(logged)
                                 .arg(logComponents)
                                 .toUtf8();
    report(title.constData(), results[0], results[1]);
}

void pasteOverTyping(int logged, qsizetype pasted)
{
    // An honest case the limit must let through: a large paste a little behind busy typing.
    Outcome results[2];
    for (int protect = 0; protect < 2; ++protect) {
        ServerDocument document(QStringLiteral("x"), 0, 10000);
        document.setMaxTransformWork(protect ? Limits().maxTransformWork : 0);
        for (int i = 0; i < logged; ++i) {
            TextOperation key;
            key.retain(document.length()).insert(QStringLiteral("k"));
            if (!document.receive(key, i, QStringLiteral("typist"), 0))
                qFatal("typing failed");
        }
        TextOperation paste;
        paste.insert(QString(pasted, u'p')).retain(1);
        results[protect]
            = timed([&] { return resultOf(document.receive(paste, 0, QStringLiteral("x"), 1)); });
    }
    const QByteArray title
        = QStringLiteral("paste of %1 units, %2 revisions behind single keystrokes (honest)")
              .arg(pasted)
              .arg(logged)
              .toUtf8();
    report(title.constData(), results[0], results[1]);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // BENCH_SCALE shrinks the hostile cases for a quick run (1 is the documented size).
    const int scale = std::max(1, qEnvironmentVariableIntValue("BENCH_SCALE"));
    std::printf("Catch-up work per message; default maxTransformWork %lld component steps\n",
                static_cast<long long>(Limits().maxTransformWork));
    pasteOverTyping(1000, 4 * 1024 * 1024);
    scatteredOverScattered(1000 / scale, 1000, 3);
    scatteredOverScattered(1000 / scale, 1000, 100000 / scale);
    scatteredOverScattered(10 / scale + 1, 100000 / scale, 1000000 / scale);
    selectionOverScattered(1000 / scale, 1000);
    return 0;
}
