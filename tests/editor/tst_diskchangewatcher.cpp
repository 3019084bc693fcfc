#include "CodeEditor.h"
#include "DiskChangeWatcher.h"
#include "DocumentTab.h"
#include "NoticeBar.h"
#include "TempFiles.h"

#include <QPushButton>
#include <QTest>
#include <cstdio>

using namespace ensemble;
using ensemble::test::TempFolder;

namespace {

QPushButton *noticeButton(const DocumentTab &tab, const QString &text)
{
    for (QPushButton *button : tab.noticeBar()->findChildren<QPushButton *>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

} // namespace

class DiskChangeWatcherTest : public QObject
{
    Q_OBJECT

private slots:
    void changeByAnotherProgramOffersReload();
    void replacementByRenameIsNoticed();
    void deletionIsReported();
    void ownSavesAreNotReported();
    void unsavedEditsAreMentionedAndSavingClearsTheNotice();
};

void DiskChangeWatcherTest::changeByAnotherProgramOffersReload()
{
    TempFolder folder;
    const QString path = folder.write(QStringLiteral("a.txt"), "first\n");
    DocumentTab tab;
    QVERIFY(tab.load(path, nullptr));
    new DiskChangeWatcher(tab);
    folder.write(QStringLiteral("a.txt"), "second version\n");
    QTRY_VERIFY(tab.noticeBar()->message().contains(QStringLiteral("another program")));
    QVERIFY(!tab.noticeBar()->message().contains(QStringLiteral("discards")));
    // Nothing changes until the user asks.
    QCOMPARE(tab.editor()->documentText(), QStringLiteral("first\n"));
    QPushButton *reload = noticeButton(tab, QStringLiteral("Reload"));
    QVERIFY(reload);
    reload->click();
    QCOMPARE(tab.editor()->documentText(), QStringLiteral("second version\n"));
    QVERIFY(!tab.isModified());
    QVERIFY(!tab.changedOnDisk());
    QVERIFY(tab.noticeBar()->message().isEmpty());
}

void DiskChangeWatcherTest::replacementByRenameIsNoticed()
{
    TempFolder folder;
    const QString path = folder.write(QStringLiteral("a.txt"), "first\n");
    DocumentTab tab;
    QVERIFY(tab.load(path, nullptr));
    new DiskChangeWatcher(tab);
    // The way many editors save: write a new file, then rename it over the old one.
    const QString temporary = folder.write(QStringLiteral(".a.txt.tmp"), "renamed in\n");
    QCOMPARE(std::rename(qPrintable(temporary), qPrintable(path)), 0);
    QTRY_VERIFY(tab.changedOnDisk());
    QTRY_VERIFY(tab.noticeBar()->message().contains(QStringLiteral("another program")));
}

void DiskChangeWatcherTest::deletionIsReported()
{
    TempFolder folder;
    const QString path = folder.write(QStringLiteral("gone.txt"), "x");
    DocumentTab tab;
    QVERIFY(tab.load(path, nullptr));
    new DiskChangeWatcher(tab);
    QVERIFY(QFile::remove(path));
    QTRY_VERIFY(tab.noticeBar()->message().contains(QStringLiteral("deleted")));
    QCOMPARE(noticeButton(tab, QStringLiteral("Reload")), nullptr);
    // Saving writes it again.
    QVERIFY(tab.save().ok());
    QVERIFY(QFile::exists(path));
}

void DiskChangeWatcherTest::ownSavesAreNotReported()
{
    TempFolder folder;
    const QString path = folder.write(QStringLiteral("mine.txt"), "a");
    DocumentTab tab;
    QVERIFY(tab.load(path, nullptr));
    auto *watcher = new DiskChangeWatcher(tab);
    for (int i = 0; i < 3; ++i) {
        tab.editor()->insertAt(QStringLiteral("b"), 0, 0);
        QVERIFY(tab.save().ok());
    }
    QTest::qWait(400);
    watcher->check();
    QVERIFY(tab.noticeBar()->message().isEmpty());
}

void DiskChangeWatcherTest::unsavedEditsAreMentionedAndSavingClearsTheNotice()
{
    TempFolder folder;
    const QString path = folder.write(QStringLiteral("a.txt"), "mine\n");
    DocumentTab tab;
    QVERIFY(tab.load(path, nullptr));
    new DiskChangeWatcher(tab);
    tab.editor()->insertAt(QStringLiteral("edit "), 0, 0);
    folder.write(QStringLiteral("a.txt"), "theirs, longer\n");
    QTRY_VERIFY(tab.noticeBar()->message().contains(QStringLiteral("discards")));
    QVERIFY(tab.save().ok());
    QVERIFY(tab.noticeBar()->message().isEmpty());
    QCOMPARE(ensemble::test::readBytes(path), QByteArray("edit mine\n"));
}

QTEST_MAIN(DiskChangeWatcherTest)
#include "tst_diskchangewatcher.moc"
