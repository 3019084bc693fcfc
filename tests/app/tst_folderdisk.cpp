// The host's folder on disk in a shared folder session, between two real windows over real
// sockets: a file another program changes there comes into the session merged with a guest's
// concurrent typing, whether or not the host has it open; a file deleted there leaves the
// session when nobody works in it and is kept and reported when someone does; a file that is no
// longer text is reported and left alone by Save Shared Folder.
#include "FolderPeers.h"
#include "session/FolderAutosave.h"

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
    QTest::addRow("nobody works in it: it leaves the session") << false;
    QTest::addRow("a guest works in it: kept and reported") << true;
}

void FolderDiskTest::deletedFile()
{
    QFETCH(bool, guestWorksInIt);
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
    // Ana keeps typing in it; Save Shared Folder writes it again, with her text.
    m_guest->typeAt(0, QStringLiteral("x"));
    QTRY_COMPARE(sessionText(path), QStringLiteral("xreadme\n"));
    QCOMPARE(folders(*m_guest).session()->tree().entries.size(), 2);
    QVERIFY(folders(*m_host).saveAll());
    QCOMPARE(readBytes(m_root->filePath(path)), QByteArray("xreadme\n"));
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

QTEST_MAIN(FolderDiskTest)
#include "tst_folderdisk.moc"
