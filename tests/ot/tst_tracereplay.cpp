#include "SharedData.h"
#include "TraceLoader.h"
#include "ot/ClientState.h"
#include "ot/ServerDocument.h"

#include <QtTest>

using namespace ensemble;
using namespace ensemble::test;

// Real editing histories (../shared/traces) replayed through the engine must reproduce the
// recorded final text exactly.
class TestTraceReplay : public QObject
{
    Q_OBJECT

private slots:
    void throughServer_data();
    void throughServer();
    void throughClientAndServer_data() { throughServer_data(); }
    void throughClientAndServer();

private:
    static std::optional<Trace> load();
};

void TestTraceReplay::throughServer_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = traceFiles();
    if (files.isEmpty())
        QTest::addRow("no traces") << QString();
    for (const QString &file : files)
        QTest::addRow("%s", qPrintable(QFileInfo(file).fileName())) << file;
}

std::optional<Trace> TestTraceReplay::load()
{
    QFETCH(QString, path);
    QString error;
    std::optional<Trace> trace = loadTrace(path, &error);
    if (!trace)
        qWarning("%s: %s", qPrintable(path), qPrintable(error));
    return trace;
}

void TestTraceReplay::throughServer()
{
    QFETCH(QString, path);
    if (path.isEmpty())
        QSKIP("../shared/traces is missing");
    const std::optional<Trace> trace = load();
    QVERIFY(trace);
    ServerDocument server(trace->startContent);
    const QString client = QStringLiteral("typist");
    quint64 seq = 0;
    for (const TracePatch &patch : trace->patches) {
        const std::optional<TextOperation> op = patchOperation(patch, server.length());
        QVERIFY2(op, qPrintable(QStringLiteral("patch %1 out of range").arg(seq)));
        const Result<Applied> applied = server.receive(*op, server.revision(), client, ++seq);
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
    }
    QCOMPARE(server.revision(), trace->patches.size());
    QCOMPARE(server.text(), trace->endContent);
}

// The same history typed into a ClientState and sent in debounced bursts of 64 edits, so the
// client's buffer composition runs on real editing patterns.
void TestTraceReplay::throughClientAndServer()
{
    QFETCH(QString, path);
    if (path.isEmpty())
        QSKIP("../shared/traces is missing");
    const std::optional<Trace> trace = load();
    QVERIFY(trace);
    ServerDocument server(trace->startContent);
    ClientState typist(QStringLiteral("typist"), trace->startContent, 0);
    QString editor = trace->startContent;
    qsizetype typed = 0;
    for (const TracePatch &patch : trace->patches) {
        const std::optional<TextOperation> op = patchOperation(patch, typist.documentLength());
        QVERIFY(op);
        QVERIFY(typist.applyLocal(*op).ok());
        if (++typed % 64 != 0)
            continue;
        // Debounce fired: the burst goes out, is received and acknowledged.
        if (const std::optional<Outgoing> out = typist.takeOutgoing()) {
            const Result<Applied> applied
                = server.receive(out->op, out->baseRevision, typist.clientId(), out->seq);
            QVERIFY(applied.ok());
            QVERIFY(typist.serverAck().ok());
        }
    }
    if (const std::optional<Outgoing> out = typist.takeOutgoing()) {
        QVERIFY(server.receive(out->op, out->baseRevision, typist.clientId(), out->seq).ok());
        QVERIFY(typist.serverAck().ok());
    }
    QVERIFY(!typist.hasUnsent());
    QCOMPARE(server.text(), trace->endContent);
    QCOMPARE(typist.serverText(), trace->endContent);
}

QTEST_GUILESS_MAIN(TestTraceReplay)
#include "tst_tracereplay.moc"
