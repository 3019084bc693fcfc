// The host's folder on disk in a shared folder session, between two real windows over real
// sockets: a file another program changes there comes into the session merged with a guest's
// concurrent typing, whether or not the host has it open; a file deleted there leaves the
// session when nobody works in it and is kept and reported when someone does; a file that is no
// longer text is reported and left alone by Save Shared Folder; a file that appears there joins
// the session by Share Folder…'s rules, a checkout of many files in one batch.
#include "FolderPeers.h"
#include "ProjectScan.h"
#include "session/FolderAutosave.h"
#include "session/FolderDiskChanges.h"
#include "session/SessionPanel.h"

#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <QSaveFile>
#include <QSignalSpy>

using namespace ensemble;
using namespace ensemble::test;

namespace {

// Writes bytes to path as editors and formatters do: a new file renamed over the old one.
bool writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

// Writes bytes to path under root, making its folders, as a checkout or a build step does.
bool writeNew(const TempFolder &root, const QString &path, const QByteArray &bytes)
{
    return QDir(root.path()).mkpath(QFileInfo(path).path())
        && writeAtomically(root.filePath(path), bytes);
}

bool deletedOnDisk(Peer &peer, const QString &path)
{
    for (const TreeEntry &entry : folders(peer).session()->tree().entries) {
        if (entry.path == path)
            return entry.deletedOnDisk;
    }
    return false;
}

// The Session panel's item of the file at path (the panel keeps it as the item's user data).
QTreeWidgetItem *panelItem(Peer &peer, const QString &path)
{
    auto *panel = peer.window.findChild<SessionPanel *>();
    if (!panel)
        return nullptr;
    for (QTreeWidgetItemIterator it(panel->tree()); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == path)
            return *it;
    }
    return nullptr;
}

QStringList paths(const SessionTree &tree)
{
    QStringList all;
    for (const TreeEntry &entry : tree.entries)
        all.append(entry.path);
    all.sort();
    return all;
}

} // namespace

class FolderDiskTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void outsideChangeMergesWithTyping_data();
    void outsideChangeMergesWithTyping();
    void deletedFile_data();
    void deletedFile();
    void fileNoLongerTextIsReportedAndKept();
    void autosave_data();
    void autosave();
    void appearedFiles_data();
    void appearedFiles();
    void checkoutIsOneBatch();
    void appearedWhereTheSessionHasADocument();
    void savedThenDeletedInTheSessionIsNotAddedBack();

private:
    void share();
    DocumentTab *open(Peer &peer, const QString &path);
    // The text of path in the host's session, as the server has it.
    QString sessionText(const QString &path);

    std::unique_ptr<TempFolder> m_root;
    std::unique_ptr<Peer> m_host;
    std::unique_ptr<Peer> m_guest;
};

void FolderDiskTest::init()
{
    m_root = std::make_unique<TempFolder>();
    QVERIFY(QDir(m_root->path()).mkpath(QStringLiteral("src")));
    m_root->write(QStringLiteral("README.md"), "readme\n");
    m_root->write(QStringLiteral("src/a.cpp"), "int a;\nint b;\n");
    m_host = std::make_unique<Peer>(QStringLiteral("Hana"), QStringLiteral("#d81b60"));
    m_guest = std::make_unique<Peer>(QStringLiteral("Ana"), QStringLiteral("#1e88e5"));
}

void FolderDiskTest::cleanup()
{
    m_guest.reset();
    m_host.reset();
    m_root.reset();
}

void FolderDiskTest::share()
{
    const Result<Invite> invite = folders(*m_host).share(m_root->path(), folderHostOptions(),
                                                         m_host->collaboration().identity());
    QVERIFY2(invite.ok(), qPrintable(invite ? QString() : invite.error().message));
    QVERIFY(joinFolder(*m_guest, invite.value(), 2));
}

DocumentTab *FolderDiskTest::open(Peer &peer, const QString &path)
{
    peer.tab = openFolderTab(peer, path);
    return peer.tab;
}

QString FolderDiskTest::sessionText(const QString &path)
{
    const FolderSnapshot snapshot = folders(*m_host).session()->host()->folderSnapshot();
    return snapshot.texts.value(docAt(*m_host, path));
}

void FolderDiskTest::outsideChangeMergesWithTyping_data()
{
    QTest::addColumn<bool>("hostHasTab");
    QTest::addColumn<QByteArray>("onDisk");
    QTest::addColumn<QString>("merged");
    // Ana types "// " at the start while another program changes the file.
    QTest::addRow("a line added, host's tab open") << true << QByteArray("int a;\nint b;\nint c;\n")
                                                   << QStringLiteral("// int a;\nint b;\nint c;\n");
    QTest::addRow("a line added, no tab on the host")
        << false << QByteArray("int a;\nint b;\nint c;\n")
        << QStringLiteral("// int a;\nint b;\nint c;\n");
    QTest::addRow("another line reformatted, no tab on the host")
        << false << QByteArray("int a;\nint  b;\n") << QStringLiteral("// int a;\nint  b;\n");
    QTest::addRow("a line removed, host's tab open")
        << true << QByteArray("int a;\n") << QStringLiteral("// int a;\n");
}

void FolderDiskTest::outsideChangeMergesWithTyping()
{
    QFETCH(bool, hostHasTab);
    QFETCH(QByteArray, onDisk);
    QFETCH(QString, merged);
    share();
    if (QTest::currentTestFailed())
        return;
    const QString path = QStringLiteral("src/a.cpp");
    DocumentTab *hostTab = hostHasTab ? open(*m_host, path) : nullptr;
    QVERIFY(!hostHasTab || hostTab);
    QVERIFY(open(*m_guest, path));
    // Ana's keys are still on their way (the debounce holds them) when the file changes.
    m_guest->typeAt(0, QStringLiteral("// "));
    QVERIFY(writeAtomically(m_root->filePath(path), onDisk));
    QTRY_COMPARE(m_guest->text(), merged);
    QTRY_COMPARE(sessionText(path), merged);
    if (hostTab) {
        QTRY_COMPARE(hostTab->editor()->text(), merged);
        // Ana's typing is not on disk yet: the host's tab has an unsaved change.
        QVERIFY(hostTab->isModified());
    }
    // Saving writes the merged text; the host's own write is not an outside change.
    QSignalSpy problems(&folders(*m_host), &FolderSessionController::diskProblem);
    QVERIFY(folders(*m_host).saveAll());
    QCOMPARE(QString::fromUtf8(readBytes(m_root->filePath(path))), merged);
    QTest::qWait(300);
    QCOMPARE(sessionText(path), merged);
    QCOMPARE(m_guest->text(), merged);
    QCOMPARE(problems.size(), 0);
    QVERIFY2(m_host->prompts.errors.isEmpty(), qPrintable(m_host->prompts.errors.join(u'\n')));
}

void FolderDiskTest::deletedFile_data()
{
    QTest::addColumn<bool>("guestWorksInIt");
    QTest::addColumn<bool>("comesBack");
    QTest::addRow("nobody works in it: it leaves the session") << false << false;
    QTest::addRow("a guest works in it: kept and reported, then saved") << true << false;
    QTest::addRow("a guest works in it: kept, then back from a checkout") << true << true;
}

void FolderDiskTest::deletedFile()
{
    QFETCH(bool, guestWorksInIt);
    QFETCH(bool, comesBack);
    share();
    if (QTest::currentTestFailed())
        return;
    const QString path = QStringLiteral("README.md");
    FolderSession *hosted = folders(*m_host).session();
    if (guestWorksInIt) {
        QVERIFY(open(*m_guest, path));
        const int ana = folders(*m_guest).session()->client().self().id;
        QTRY_COMPARE(hosted->pathOf(hosted->focusOf(ana)), path);
    }
    QSignalSpy problems(&folders(*m_host), &FolderSessionController::diskProblem);
    QVERIFY(QFile::remove(m_root->filePath(path)));
    if (!guestWorksInIt) {
        QTRY_COMPARE(folders(*m_guest).session()->tree().entries.size(), 1);
        QCOMPARE(problems.size(), 0);
        return;
    }
    QTRY_COMPARE(problems.size(), 1);
    const QString message = problems.constFirst().value(0).toString();
    QVERIFY2(message.contains(path) && message.contains(QLatin1String("Ana")), qPrintable(message));
    // The guests see it too: Ana's Session panel marks the file.
    QTRY_VERIFY(deletedOnDisk(*m_guest, path));
    QTRY_VERIFY(deletedOnDisk(*m_host, path));
    const QTreeWidgetItem *item = panelItem(*m_guest, path);
    QVERIFY(item);
    QVERIFY2(item->text(0).contains(u"deleted on disk"_qs), qPrintable(item->text(0)));
    QVERIFY2(item->toolTip(0).contains(u"kept while Ana edits it"_qs),
             qPrintable(item->toolTip(0)));
    // Ana keeps typing in it; Save Shared Folder writes it again, with her text.
    m_guest->typeAt(0, QStringLiteral("x"));
    QTRY_COMPARE(sessionText(path), QStringLiteral("xreadme\n"));
    QCOMPARE(folders(*m_guest).session()->tree().entries.size(), 2);
    if (comesBack) {
        // The file it had is the base: the checkout's change merges with Ana's typing.
        QVERIFY(writeAtomically(m_root->filePath(path), "readme\nmore\n"));
        QTRY_COMPARE(sessionText(path), QStringLiteral("xreadme\nmore\n"));
    } else {
        QVERIFY(folders(*m_host).saveAll());
        QCOMPARE(readBytes(m_root->filePath(path)), QByteArray("xreadme\n"));
    }
    QTRY_VERIFY(!deletedOnDisk(*m_guest, path));
    QCOMPARE(folders(*m_guest).session()->tree().entries.size(), 2);
    QVERIFY(!panelItem(*m_guest, path)->text(0).contains(u"deleted"_qs));
}

void FolderDiskTest::fileNoLongerTextIsReportedAndKept()
{
    share();
    if (QTest::currentTestFailed())
        return;
    const QString path = QStringLiteral("README.md");
    QSignalSpy problems(&folders(*m_host), &FolderSessionController::diskProblem);
    const QByteArray binary("\xff\xfe\x00\x01", 4);
    QVERIFY(writeAtomically(m_root->filePath(path), binary));
    QTRY_COMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().value(0).toString().contains(QLatin1String("UTF-8")),
             qPrintable(problems.constFirst().value(0).toString()));
    QCOMPARE(sessionText(path), QStringLiteral("readme\n"));
    // Saving leaves the file alone.
    QVERIFY(folders(*m_host).saveAll());
    QCOMPARE(readBytes(m_root->filePath(path)), binary);
}

void FolderDiskTest::autosave_data()
{
    QTest::addColumn<bool>("enabled");
    QTest::addRow("on: written a moment after the last change") << true;
    QTest::addRow("off, the default: only Save Shared Folder writes") << false;
}

void FolderDiskTest::autosave()
{
    QFETCH(bool, enabled);
    auto *autosave = m_host->window.findChild<FolderAutosave *>();
    QVERIFY(autosave);
    QVERIFY(!autosave->isEnabled());
    autosave->setEnabled(enabled);
    QSignalSpy saved(autosave, &FolderAutosave::saved);
    share();
    if (QTest::currentTestFailed())
        return;
    // Ana types in a file the host has not open: the host's window sees no edit of it.
    const QString path = QStringLiteral("README.md");
    QVERIFY(open(*m_guest, path));
    m_guest->typeAt(0, QStringLiteral("x"));
    QTRY_COMPARE(sessionText(path), QStringLiteral("xreadme\n"));
    if (enabled) {
        QTRY_COMPARE(readBytes(m_root->filePath(path)), QByteArray("xreadme\n"));
        QCOMPARE(saved.size(), 1);
    } else {
        QTest::qWait(1500);
        QCOMPARE(readBytes(m_root->filePath(path)), QByteArray("readme\n"));
        QCOMPARE(saved.size(), 0);
    }
    // Its own writes are no outside change.
    QTest::qWait(200);
    QCOMPARE(sessionText(path), QStringLiteral("xreadme\n"));
}

void FolderDiskTest::appearedFiles_data()
{
    QTest::addColumn<int>("maxFiles");
    QTest::addColumn<QStringList>("written");
    QTest::addColumn<QByteArrayList>("contents");
    QTest::addColumn<QStringList>("added");
    QTest::addColumn<QString>("reported");
    // The folder holds README.md and src/a.cpp, both shared.
    QTest::addRow("a new file") << 5000 << QStringList {u"src/b.cpp"_qs}
                                << QByteArrayList {"int b;\n"} << QStringList {u"src/b.cpp"_qs}
                                << QString();
    QTest::addRow("a new folder with files")
        << 5000 << QStringList {u"lib/x/a.h"_qs, u"lib/x/b.h"_qs}
        << QByteArrayList {"// a\n", "// b\n"} << QStringList {u"lib/x/a.h"_qs, u"lib/x/b.h"_qs}
        << QString();
    QTest::addRow("a new .gitignore applies at once")
        << 5000 << QStringList {u".gitignore"_qs, u"run.log"_qs, u"notes.txt"_qs}
        << QByteArrayList {"*.log\n", "log\n", "notes\n"}
        << QStringList {u".gitignore"_qs, u"notes.txt"_qs} << QString();
    QTest::addRow("a file in .git/ is the repository's")
        << 5000 << QStringList {u".git/HEAD"_qs} << QByteArrayList {"ref: main\n"} << QStringList {}
        << QString();
    QTest::addRow("a binary file is left out and named")
        << 5000 << QStringList {u"logo.png"_qs} << QByteArrayList {QByteArray("PNG\0\1", 5)}
        << QStringList {} << u"logo.png (binary)"_qs;
    QTest::addRow("past the file limit: left out and named")
        << 3 << QStringList {u"n1.txt"_qs, u"n2.txt"_qs} << QByteArrayList {"1\n", "2\n"}
        << QStringList {u"n1.txt"_qs} << u"n2.txt (too many files)"_qs;
}

void FolderDiskTest::appearedFiles()
{
    QFETCH(int, maxFiles);
    QFETCH(QStringList, written);
    QFETCH(QByteArrayList, contents);
    QFETCH(QStringList, added);
    QFETCH(QString, reported);
    share();
    if (QTest::currentTestFailed())
        return;
    FolderDiskChanges *disk = folders(*m_host).session()->disk();
    ProjectLimits limits;
    limits.maxFiles = maxFiles;
    disk->setLimits(limits);
    QSignalSpy notices(disk, &FolderDiskChanges::notice);
    for (qsizetype i = 0; i < written.size(); ++i)
        QVERIFY(writeNew(*m_root, written.at(i), contents.at(i)));
    QStringList expected = QStringList {u"README.md"_qs, u"src/a.cpp"_qs} + added;
    expected.sort();
    QTRY_COMPARE(paths(folders(*m_guest).session()->tree()), expected);
    for (const QString &path : added)
        QCOMPARE(sessionText(path).toUtf8(), contents.at(written.indexOf(path)));
    if (!reported.isEmpty())
        QTRY_COMPARE(notices.size(), 1);
    QTest::qWait(400); // nothing more comes, and nothing is named twice
    QCOMPARE(paths(folders(*m_guest).session()->tree()), expected);
    QCOMPARE(notices.size(), reported.isEmpty() ? 0 : 1);
    if (!reported.isEmpty())
        QVERIFY2(notices.at(0).at(0).toString().contains(reported),
                 qPrintable(notices.at(0).at(0).toString()));
}

void FolderDiskTest::checkoutIsOneBatch()
{
    share();
    if (QTest::currentTestFailed())
        return;
    QSignalSpy batches(folders(*m_host).session()->disk(), &FolderDiskChanges::appeared);
    for (int i = 0; i < 200; ++i)
        QVERIFY(writeNew(*m_root, QStringLiteral("f%1.txt").arg(i, 3, 10, QLatin1Char('0')),
                         QByteArray::number(i)));
    QTRY_COMPARE(folders(*m_guest).session()->tree().entries.size(), 202);
    QCOMPARE(batches.size(), 1);
    QCOMPARE(batches.at(0).at(0).toStringList().size(), 200);
    QCOMPARE(sessionText(u"f123.txt"_qs), u"123"_qs);
}

void FolderDiskTest::appearedWhereTheSessionHasADocument()
{
    share();
    if (QTest::currentTestFailed())
        return;
    // Ana creates a file the host has not saved yet; a checkout brings one at the same path.
    const QString path = u"src/new.cpp"_qs;
    QVERIFY(folders(*m_guest).session()->client().createEntry(path, u"file"_qs, u"ana\n"_qs));
    QTRY_VERIFY(!docAt(*m_host, path).isEmpty());
    QVERIFY(writeNew(*m_root, path, "disk\n"));
    QTRY_VERIFY(sessionText(path).contains(u"disk\n"_qs));
    QVERIFY(sessionText(path).contains(u"ana\n"_qs));
    QTest::qWait(400);
    QCOMPARE(paths(folders(*m_guest).session()->tree()),
             (QStringList {u"README.md"_qs, u"src/a.cpp"_qs, path}));
}

void FolderDiskTest::savedThenDeletedInTheSessionIsNotAddedBack()
{
    share();
    if (QTest::currentTestFailed())
        return;
    // Save Shared Folder writes Ana's new file; she deletes it before the next save.
    const QString path = u"src/g.cpp"_qs;
    QVERIFY(folders(*m_guest).session()->client().createEntry(path, u"file"_qs, u"g\n"_qs));
    QTRY_VERIFY(!docAt(*m_host, path).isEmpty());
    QVERIFY(folders(*m_host).saveAll());
    QVERIFY(QFile::exists(m_root->filePath(path)));
    QVERIFY(folders(*m_guest).session()->client().deleteEntry(path));
    QTRY_VERIFY(docAt(*m_host, path).isEmpty());
    QTest::qWait(600);
    QVERIFY(docAt(*m_host, path).isEmpty());
    QCOMPARE(folders(*m_guest).session()->tree().entries.size(), 2);
}

QTEST_MAIN(FolderDiskTest)
#include "tst_folderdisk.moc"
