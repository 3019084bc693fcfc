#include "CodeEditor.h"
#include "DocumentTab.h"
#include "TempFiles.h"
#include "TextFile.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

using namespace ensemble;

// Prints how long a 10 MB C++ file takes to read, to show in an editor (first paint included)
// and to save. Figures only; timings are never asserted.
class LargeFileBenchmark : public QObject
{
    Q_OBJECT

private slots:
    void openShowScrollSave();
};

void LargeFileBenchmark::openShowScrollSave()
{
    test::TempFolder folder;
    const QByteArray source = test::generatedSource(10 * 1024 * 1024);
    const QString path = folder.write(QStringLiteral("big.cpp"), source);

    QElapsedTimer timer;
    timer.start();
    const TextFile::ReadResult read = TextFile::read(path);
    const qint64 readMs = timer.restart();
    QVERIFY(read.ok);

    DocumentTab tab;
    tab.resize(1200, 800);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    timer.restart();
    QVERIFY(tab.load(path, nullptr));
    const qint64 loadMs = timer.restart();
    tab.editor()->viewport()->repaint();
    const qint64 paintMs = timer.restart();
    const auto jumpTo = [&tab](int line) {
        tab.editor()->setCursorPosition(line, 0);
        tab.editor()->ensureCursorVisible();
        tab.editor()->viewport()->repaint();
    };
    jumpTo(tab.editor()->lines() - 1);
    const qint64 jumpMs = timer.restart();
    // Give idle-time styling a few seconds, as a user reading the top of the file would, and
    // watch how long the event loop is held up at worst meanwhile.
    QElapsedTimer tick;
    qint64 worstGapMs = 0;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    connect(&heartbeat, &QTimer::timeout, this,
            [&] { worstGapMs = std::max(worstGapMs, tick.restart()); });
    tick.start();
    heartbeat.start();
    QTest::qWait(3000);
    heartbeat.stop();
    timer.restart();
    jumpTo(tab.editor()->lines() / 2);
    const qint64 laterJumpMs = timer.restart();
    QVERIFY(tab.save().ok());
    const qint64 saveMs = timer.elapsed();

    qInfo("10 MB file (%lld bytes, %d lines): read+decode %lld ms; open in tab (read, decode, "
          "set text, lexer) %lld ms; first paint %lld ms; jump to the end at once %lld ms; "
          "longest event-loop stall while styling in the background %lld ms; "
          "jump to the middle after that %lld ms; save %lld ms",
          qint64(source.size()), tab.editor()->lines(), readMs, loadMs, paintMs, jumpMs, worstGapMs,
          laterJumpMs, saveMs);
}

QTEST_MAIN(LargeFileBenchmark)
#include "bench_largefile.moc"
