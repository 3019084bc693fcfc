// What a guest of a shared folder does besides editing, between two real windows over real
// sockets: Session ▸ Save a Copy of the Project… writes the session's files into a folder of
// the guest's (a non-empty one only when confirmed, every file that could not be written named),
// and Ask Everyone to Follow Me asks the others, who follow only when they accept.
#include "FolderPeers.h"
#include "NoticeBar.h"
#include "session/ProjectCopyController.h"
#include "session/SessionPanel.h"
#include "session/SummonController.h"

#include <QAction>
#include <QDirIterator>
#include <QSignalSpy>

using namespace ensemble;
using namespace ensemble::test;

namespace {

// Every file under root with its text, "path=text".
QStringList disk(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.append(QDir(root).relativeFilePath(path) + u'=' + QString::fromUtf8(readBytes(path)));
    }
    files.sort();
    return files;
}

} // namespace

class FolderGuestsTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void saveACopy_data();
    void saveACopy();
    void aTabOpenedDuringTheCopyKeepsItsLink();
    void askEveryoneToFollow_data();
    void askEveryoneToFollow();

private:
    void share();

    std::unique_ptr<TempFolder> m_root;
    std::unique_ptr<Peer> m_host;
    std::unique_ptr<Peer> m_guest;
};

void FolderGuestsTest::init()
{
    m_root = std::make_unique<TempFolder>();
    QVERIFY(QDir(m_root->path()).mkpath(QStringLiteral("src")));
    m_root->write(QStringLiteral("README.md"), "readme\n");
    m_root->write(QStringLiteral("src/a.cpp"), "int a;\n");
    m_host = std::make_unique<Peer>(QStringLiteral("Hana"), QStringLiteral("#d81b60"));
    m_guest = std::make_unique<Peer>(QStringLiteral("Ana"), QStringLiteral("#1e88e5"));
}

void FolderGuestsTest::cleanup()
{
    m_guest.reset();
    m_host.reset();
    m_root.reset();
}

void FolderGuestsTest::share()
{
    const Result<Invite> invite = folders(*m_host).share(m_root->path(), folderHostOptions(),
                                                         m_host->collaboration().identity());
    QVERIFY2(invite.ok(), qPrintable(invite ? QString() : invite.error().message));
    QVERIFY(joinFolder(*m_guest, invite.value(), 2));
}

void FolderGuestsTest::saveACopy_data()
{
    // inTarget: what the chosen folder holds first ("file NAME", "dir NAME" or nothing).
    QTest::addColumn<QString>("inTarget");
    QTest::addColumn<bool>("confirm");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("error");
    const QStringList copy {"README.md=readme\n", "src/a.cpp=int a;\n"};
    QTest::addRow("an empty folder") << QString() << false << copy << QString();
    QTest::addRow("a folder with a file, confirmed")
        << "file notes.txt" << true
        << QStringList {"README.md=readme\n", "notes.txt=notes", "src/a.cpp=int a;\n"} << QString();
    QTest::addRow("a folder with a file, not confirmed")
        << "file notes.txt" << false << QStringList {"notes.txt=notes"} << QString();
    QTest::addRow("a file that cannot be written is named")
        << "dir README.md" << true << QStringList {"src/a.cpp=int a;\n"}
        << "Some Files Were Not Copied: The copy in";
}

void FolderGuestsTest::saveACopy()
{
    QFETCH(QString, inTarget);
    QFETCH(bool, confirm);
    QFETCH(QStringList, expected);
    QFETCH(QString, error);
    share();
    if (QTest::currentTestFailed())
        return;
    TempFolder target;
    const QString name = inTarget.section(u' ', 1);
    if (inTarget.startsWith(QLatin1String("file")))
        target.write(name, "notes");
    else if (inTarget.startsWith(QLatin1String("dir")))
        QVERIFY(QDir(target.path()).mkpath(name));
    m_guest->prompts.copyFolders.append(target.path());
    m_guest->prompts.copyIntoNonEmpty.append(confirm);
    auto *copy = m_guest->window.findChild<ProjectCopyController *>();
    QVERIFY(copy);
    QSignalSpy finished(copy, &ProjectCopyController::finished);
    const bool started = copy->saveCopy();
    // A folder holding something is only used when the user says so.
    QCOMPARE(m_guest->prompts.nonEmptyFolders.size(), inTarget.isEmpty() ? 0 : 1);
    QCOMPARE(started, inTarget.isEmpty() || confirm);
    if (started) {
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().value(0).toBool(), error.isEmpty());
    }
    QCOMPARE(disk(target.path()), expected);
    if (error.isEmpty()) {
        QVERIFY2(m_guest->prompts.errors.isEmpty(),
                 qPrintable(m_guest->prompts.errors.join(u'\n')));
    } else {
        QCOMPARE(m_guest->prompts.errors.size(), 1);
        const QString shown = m_guest->prompts.errors.constFirst();
        QVERIFY2(shown.startsWith(error) && shown.contains(QLatin1String("README.md")),
                 qPrintable(shown));
    }
    QVERIFY(!copy->isRunning());
}

// The copy and the tab hold the document through one count: the copy's close leaves it open.
void FolderGuestsTest::aTabOpenedDuringTheCopyKeepsItsLink()
{
    share();
    if (QTest::currentTestFailed())
        return;
    TempFolder target;
    m_guest->prompts.copyFolders.append(target.path());
    auto *copy = m_guest->window.findChild<ProjectCopyController *>();
    QVERIFY(copy);
    QSignalSpy finished(copy, &ProjectCopyController::finished);
    QVERIFY(copy->saveCopy());
    const QString path = QStringLiteral("src/a.cpp");
    const QString doc = docAt(*m_guest, path);
    QVERIFY(folders(*m_guest).session()->client().document(doc)); // the copy opened it
    m_guest->tab = folders(*m_guest).openDocument(doc);
    QVERIFY(m_guest->tab);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(readBytes(target.filePath(path)), QByteArray("int a;\n"));
    QTRY_COMPARE(m_guest->text(), QStringLiteral("int a;\n"));
    m_guest->typeAt(0, QStringLiteral("// "));
    QTRY_COMPARE(
        folders(*m_host).session()->host()->folderSnapshot().texts.value(docAt(*m_host, path)),
        QStringLiteral("// int a;\n"));
}

void FolderGuestsTest::askEveryoneToFollow_data()
{
    QTest::addColumn<bool>("accept");
    QTest::addRow("Follow") << true;
    QTest::addRow("Ignore") << false;
}

void FolderGuestsTest::askEveryoneToFollow()
{
    QFETCH(bool, accept);
    share();
    if (QTest::currentTestFailed())
        return;
    // Hana shows Ana around: she is in src/a.cpp and asks everyone to follow her.
    QVERIFY(folders(*m_host).openDocument(docAt(*m_host, QStringLiteral("src/a.cpp"))));
    const int hana = folders(*m_host).session()->client().self().id;
    FolderSession *guestSession = folders(*m_guest).session();
    QTRY_COMPARE(guestSession->pathOf(guestSession->focusOf(hana)), QStringLiteral("src/a.cpp"));
    auto *hostSummon = m_host->window.findChild<SummonController *>();
    auto *guestSummon = m_guest->window.findChild<SummonController *>();
    auto *guestPanel = m_guest->window.findChild<SessionPanel *>();
    auto *hostPanel = m_host->window.findChild<SessionPanel *>();
    QVERIFY(hostSummon && guestSummon && guestPanel && hostPanel);
    hostSummon->summonEveryone();
    // Ana is asked, never made to follow; Hana is not asked.
    QTRY_COMPARE(guestPanel->notice()->message(),
                 QStringLiteral("Hana asks everyone to follow them."));
    QCOMPARE(folders(*m_guest).followed(), 0);
    QCOMPARE(hostPanel->notice()->message(), QString());
    (accept ? guestSummon->followAction() : guestSummon->ignoreAction())->trigger();
    const auto current = [this] {
        const DocumentTab *tab = m_guest->window.workspace().current();
        return tab ? tab->displayName() : QString();
    };
    if (accept) {
        QCOMPARE(folders(*m_guest).followed(), hana);
        QTRY_COMPARE(current(), QStringLiteral("src/a.cpp"));
        // She moves on; Ana's view goes along.
        QVERIFY(folders(*m_host).openDocument(docAt(*m_host, QStringLiteral("README.md"))));
        QTRY_COMPARE(current(), QStringLiteral("README.md"));
    } else {
        QTest::qWait(200);
        QCOMPARE(folders(*m_guest).followed(), 0);
        QVERIFY(current() != QLatin1String("src/a.cpp"));
    }
}

QTEST_MAIN(FolderGuestsTest)
#include "tst_folderguests.moc"
