// FolderWatcher with real files: what happens to a watched file on disk, and what the watcher
// reports. Every row ends with an outside write to a second file, so a report that should not
// come would show up before that last one.
#include "FolderWatcher.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ensemble;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

// What another program does to a.txt (under src/) in one row.
enum class Action {
    WriteInPlace,
    AtomicSave,
    AtomicSaveTwice,
    OwnSave,
    SameText,
    Delete,
    DeleteAndRecreate,
    NotUtf8
};

} // namespace

class TestFolderWatcher : public QObject
{
    Q_OBJECT

private slots:
    void reportsOutsideChanges_data()
    {
        QTest::addColumn<Action>("action");
        QTest::addColumn<QStringList>("reports");
        const QString last = QStringLiteral("changed other.txt: end");
        QTest::addRow("written in place")
            << Action::WriteInPlace << QStringList {u"changed src/a.txt: outside"_qs, last};
        QTest::addRow("atomic save (rename over it)")
            << Action::AtomicSave << QStringList {u"changed src/a.txt: renamed"_qs, last};
        QTest::addRow("two atomic saves, still watched")
            << Action::AtomicSaveTwice
            << QStringList {u"changed src/a.txt: first"_qs, u"changed src/a.txt: second"_qs, last};
        QTest::addRow("the application's own save") << Action::OwnSave << QStringList {last};
        QTest::addRow("the same text written again") << Action::SameText << QStringList {last};
        QTest::addRow("deleted") << Action::Delete << QStringList {u"deleted src/a.txt"_qs, last};
        QTest::addRow("deleted and written anew")
            << Action::DeleteAndRecreate << QStringList {u"changed src/a.txt: anew"_qs, last};
        QTest::addRow("not UTF-8")
            << Action::NotUtf8 << QStringList {u"unreadable src/a.txt"_qs, last};
    }
    void reportsOutsideChanges()
    {
        QFETCH(Action, action);
        QFETCH(QStringList, reports);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"src"_qs));
        const QString a = dir.filePath(u"src/a.txt"_qs);
        const QString other = dir.filePath(u"other.txt"_qs);
        QVERIFY(writeFile(a, "start"));
        QVERIFY(writeFile(other, "other"));
        FolderWatcher watcher(dir.path());
        QVERIFY(watcher.watch(u"src/a.txt"_qs, u"start"_qs));
        QVERIFY(watcher.watch(u"other.txt"_qs, u"other"_qs));
        QVERIFY(!watcher.watch(u"missing.txt"_qs, {}));
        QStringList seen;
        connect(&watcher, &FolderWatcher::fileChanged, this,
                [&](const QString &path, const QString &text) {
                    seen.append(u"changed "_qs + path + u": "_qs + text);
                });
        connect(&watcher, &FolderWatcher::fileDeleted, this,
                [&](const QString &path) { seen.append(u"deleted "_qs + path); });
        connect(&watcher, &FolderWatcher::fileUnreadable, this,
                [&](const QString &path, FolderWatcher::Unreadable why) {
                    if (why == FolderWatcher::Unreadable::NotUtf8)
                        seen.append(u"unreadable "_qs + path);
                });
        const auto atomicSave = [&](const QByteArray &bytes) {
            const QString temporary = dir.filePath(u"src/.a.txt.tmp"_qs);
            QVERIFY(writeFile(temporary, bytes));
            QVERIFY(QFile::remove(a));
            QVERIFY(QFile::rename(temporary, a));
        };
        switch (action) {
        case Action::WriteInPlace:
            QVERIFY(writeFile(a, "outside"));
            break;
        case Action::AtomicSave:
            atomicSave("renamed");
            break;
        case Action::AtomicSaveTwice:
            atomicSave("first");
            QTRY_COMPARE(seen.size(), 1);
            atomicSave("second");
            break;
        case Action::OwnSave:
            watcher.noteSaved(u"src/a.txt"_qs, u"mine"_qs);
            QVERIFY(writeFile(a, "mine"));
            break;
        case Action::SameText:
            QVERIFY(writeFile(a, "start"));
            break;
        case Action::Delete:
            QVERIFY(QFile::remove(a));
            break;
        case Action::DeleteAndRecreate:
            QVERIFY(QFile::remove(a));
            QVERIFY(writeFile(a, "anew"));
            break;
        case Action::NotUtf8:
            QVERIFY(writeFile(a, "\xff\xfe\x00"));
            break;
        }
        // Let the watcher settle on the row's action before the last write.
        QTRY_COMPARE(seen.size(), reports.size() - 1);
        QTest::qWait(100);
        QVERIFY(writeFile(other, "end"));
        QTRY_COMPARE(seen.size(), reports.size());
        QCOMPARE(seen, reports);
        QCOMPARE(watcher.paths().contains(u"src/a.txt"_qs), action != Action::Delete);
    }
    void checkPendingReadsBeforeTheSettleTime()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(u"a.txt"_qs);
        QVERIFY(writeFile(a, "start"));
        FolderWatcher watcher(dir.path());
        watcher.setSettleTime(60000);
        QVERIFY(watcher.watch(u"a.txt"_qs, u"start"_qs));
        QSignalSpy changed(&watcher, &FolderWatcher::fileChanged);
        QVERIFY(writeFile(a, "outside"));
        // The file system's event arrives; the settle time would hold the report for a minute.
        QTest::qWait(300);
        QCOMPARE(changed.size(), 0);
        watcher.checkPending();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().value(1).toString(), u"outside"_qs);
    }

    // Entries that come and go in the watched folders are one report once the folders are quiet.
    void foldersChangedOnceQuiet_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<int>("reports");
        QTest::addRow("files made in a watched folder") << u"src"_qs << 1;
        QTest::addRow("files made in a folder not watched") << u"other"_qs << 0;
    }
    void foldersChangedOnceQuiet()
    {
        QFETCH(QString, folder);
        QFETCH(int, reports);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"src"_qs));
        QVERIFY(QDir(dir.path()).mkpath(u"other"_qs));
        FolderWatcher watcher(dir.path());
        watcher.setFolderSettleTime(100);
        watcher.watchFolders({u"src"_qs});
        QSignalSpy changed(&watcher, &FolderWatcher::foldersChanged);
        for (int i = 0; i < 20; ++i)
            QVERIFY(writeFile(dir.filePath(folder + u"/f"_qs + QString::number(i)), "x"));
        QTest::qWait(500);
        QCOMPARE(changed.size(), reports);
    }
};

QTEST_GUILESS_MAIN(TestFolderWatcher)
#include "tst_folderwatcher.moc"
