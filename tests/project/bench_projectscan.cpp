// The scan of a 1,000-file, 50 MB project (docs/PERFORMANCE.md "Sharing a folder"): the time
// from choosing the folder to knowing what is shared, before any file's text is read in full.
#include "ProjectScan.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace ensemble;

class BenchProjectScan : public QObject
{
    Q_OBJECT

private slots:
    void thousandFilesFiftyMegabytes()
    {
        QTemporaryDir root;
        const QDir dir(root.path());
        // 20 directories of 50 files of 50 KiB, plus ignored build output in each.
        const QByteArray line = QByteArray(63, 'x') + '\n';
        const QByteArray text = line.repeated(50 * 1024 / line.size());
        QFile rootIgnore(dir.filePath(".gitignore"));
        QVERIFY(rootIgnore.open(QIODevice::WriteOnly));
        rootIgnore.write("build/\n*.o\n# generated\n/dist\n!keep.o\n");
        rootIgnore.close();
        for (int d = 0; d < 20; ++d) {
            const QString sub = QStringLiteral("module%1/src").arg(d);
            QVERIFY(dir.mkpath(sub));
            QVERIFY(dir.mkpath(QStringLiteral("module%1/build").arg(d)));
            for (int f = 0; f < 50; ++f) {
                QFile file(dir.filePath(QStringLiteral("%1/file%2.cpp").arg(sub).arg(f)));
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(text);
                QFile object(dir.filePath(QStringLiteral("%1/file%2.o").arg(sub).arg(f)));
                QVERIFY(object.open(QIODevice::WriteOnly));
            }
        }
        QList<qint64> micros;
        std::optional<ProjectScan> scan;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            scan = ProjectScan::scan(root.path());
            micros.append(timer.nsecsElapsed() / 1000);
        }
        QVERIFY(scan);
        QCOMPARE(scan->files().size(), 1001);
        std::sort(micros.begin(), micros.end());
        qInfo("scan of %lld files (%lld MB) with %lld left out: median %.1f ms (min %.1f, max "
              "%.1f) over 5 runs, warm page cache",
              qlonglong(scan->files().size()), qlonglong(scan->totalBytes() / 1000000),
              qlonglong(scan->leftOut().size()), double(micros[2]) / 1000.0,
              double(micros.first()) / 1000.0, double(micros.last()) / 1000.0);
    }
};

QTEST_GUILESS_MAIN(BenchProjectScan)
#include "bench_projectscan.moc"
