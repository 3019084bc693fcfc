// A shared folder between two real windows over real sockets: a guest opens, edits, creates,
// renames and deletes files, and after the host's Save All the folder on the host's disk is the
// session's tree; the Session panel shows who is in which file; read-only sessions refuse a
// guest's tree changes with a clear error.
#include "FolderPeers.h"
#include "collab/AuthorshipFeatures.h"
#include "collab/AuthorshipHighlighter.h"
#include "collab/LastEditorMargin.h"
#include "collab/SessionBinding.h"
#include "session/SessionPanel.h"
#include "session/SessionStatusController.h"

#include <QDirIterator>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTreeWidget>

using namespace ensemble;
using namespace ensemble::test;

namespace {

// What the host's folder starts with: shared files, and one that .gitignore leaves out.
const QMap<QString, QString> project = {
    {QStringLiteral(".gitignore"), QStringLiteral("*.o\n")},
    {QStringLiteral("README.md"), QStringLiteral("readme\n")},
    {QStringLiteral("src/a.cpp"), QStringLiteral("int a;\n")},
    {QStringLiteral("src/b.h"), QStringLiteral("int b;\n")},
    {QStringLiteral("main.o"), QStringLiteral("object")},
};

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

// The folders under root (to see that emptied ones go).
QStringList folders(const QString &root)
{
    QStringList found;
    QDirIterator it(root, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        found.append(QDir(root).relativeFilePath(it.next()));
    found.sort();
    return found;
}

QStringList withChanges(const QMap<QString, QString> &changes)
{
    QMap<QString, QString> files = project;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (it.value().isNull())
            files.remove(it.key());
        else
            files.insert(it.key(), it.value());
    }
    QStringList lines;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        lines.append(it.key() + u'=' + it.value());
    lines.sort();
    return lines;
}

} // namespace

class FolderSharingTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void guestChangesEndOnTheHostsDisk_data();
    void guestChangesEndOnTheHostsDisk();
    void panelShowsWhoIsInWhichFile();
    void panelKeepsTheUsersPlace_data();
    void panelKeepsTheUsersPlace();
    void followingMovesAcrossFiles();
    void folderTabsShowWhoWroteWhat();
    void readOnlySessionRefusesGuestsTreeChanges_data();
    void readOnlySessionRefusesGuestsTreeChanges();

private:
    void share(bool guestsCanEdit = true, qsizetype entries = 4);
    // Opens path in peer's window and waits for its text; the tab.

    std::unique_ptr<TempFolder> m_root;
    std::unique_ptr<Peer> m_host;
    std::unique_ptr<Peer> m_guest;
};

void FolderSharingTest::init()
{
    m_root = std::make_unique<TempFolder>();
    for (auto it = project.cbegin(); it != project.cend(); ++it) {
        QDir(m_root->path()).mkpath(QFileInfo(it.key()).path());
        m_root->write(it.key(), it.value().toUtf8());
    }
    m_host = std::make_unique<Peer>(QStringLiteral("Hana"), QStringLiteral("#d81b60"));
    m_guest = std::make_unique<Peer>(QStringLiteral("Ana"), QStringLiteral("#1e88e5"));
}

void FolderSharingTest::cleanup()
{
    m_guest.reset();
    m_host.reset();
    m_root.reset();
}

void FolderSharingTest::share(bool guestsCanEdit, qsizetype entries)
{
    HostOptions options = folderHostOptions();
    options.guestsCanEdit = guestsCanEdit;
    const Result<Invite> invite
        = folders(*m_host).share(m_root->path(), options, m_host->collaboration().identity());
    QVERIFY2(invite.ok(), qPrintable(invite ? QString() : invite.error().message));
    QVERIFY2(folders(*m_host).leftOutMessage().contains(QLatin1String("main.o")),
             qPrintable(folders(*m_host).leftOutMessage()));
    // A guest joins as for any session; finding a folder there, the window joins it as one.
    QVERIFY(joinFolder(*m_guest, invite.value(), entries));
}

void FolderSharingTest::guestChangesEndOnTheHostsDisk_data()
{
    // Steps: "type PATH TEXT" (at the start of the file), "hosttype PATH TEXT", "create PATH
    // TEXT", "rename PATH TO", "delete PATH". Changes: path -> text, null for a removed file.
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("expectedFolders");
    const QStringList src {QStringLiteral("src")};
    QTest::addRow("nothing changed") << QStringList() << withChanges({}) << src;
    QTest::addRow("guest edits two files")
        << QStringList {"type src/a.cpp X", "type README.md Y"}
        << withChanges({{"src/a.cpp", "Xint a;\n"}, {"README.md", "Yreadme\n"}}) << src;
    QTest::addRow("host edits in its tab")
        << QStringList {"hosttype src/b.h H"} << withChanges({{"src/b.h", "Hint b;\n"}}) << src;
    QTest::addRow("guest creates a file in a new folder")
        << QStringList {"create docs/new.md new"} << withChanges({{"docs/new.md", "new"}})
        << QStringList {"docs", "src"};
    QTest::addRow("guest renames a file into a new folder")
        << QStringList {"rename src/b.h include/b.h"}
        << withChanges({{"src/b.h", QString()}, {"include/b.h", "int b;\n"}})
        << QStringList {"include", "src"};
    QTest::addRow("guest renames a folder") << QStringList {"rename src lib"}
                                            << withChanges({{"src/a.cpp", QString()},
                                                            {"src/b.h", QString()},
                                                            {"lib/a.cpp", "int a;\n"},
                                                            {"lib/b.h", "int b;\n"}})
                                            << QStringList {"lib"};
    QTest::addRow("guest deletes a file")
        << QStringList {"delete README.md"} << withChanges({{"README.md", QString()}}) << src;
    QTest::addRow("guest edits, renames and deletes")
        << QStringList {"type src/a.cpp Z", "rename src/a.cpp a.cpp", "delete src/b.h",
                        "create b.h int c;"}
        << withChanges({{"src/a.cpp", QString()},
                        {"src/b.h", QString()},
                        {"a.cpp", "Zint a;\n"},
                        {"b.h", "int c;"}})
        << QStringList();
}

void FolderSharingTest::guestChangesEndOnTheHostsDisk()
{
    QFETCH(QStringList, steps);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, expectedFolders);
    share();
    if (QTest::currentTestFailed())
        return;
    SessionClient &guest = folders(*m_guest).session()->client();
    qint64 treeRevision = guest.tree().revision;
    for (const QString &step : std::as_const(steps)) {
        const QString verb = step.section(u' ', 0, 0);
        const QString path = step.section(u' ', 1, 1);
        const QString rest = step.section(u' ', 2);
        if (verb == QLatin1String("type") || verb == QLatin1String("hosttype")) {
            Peer &peer = verb == QLatin1String("type") ? *m_guest : *m_host;
            DocumentTab *tab = openFolderTab(peer, path);
            QVERIFY2(tab, qPrintable(step));
            peer.tab = tab;
            peer.typeAt(0, rest);
            continue;
        }
        if (verb == QLatin1String("create"))
            QVERIFY(guest.createEntry(path, QStringLiteral("file"), rest));
        else if (verb == QLatin1String("rename"))
            QVERIFY(guest.renameEntry(path, rest));
        else
            QVERIFY(guest.deleteEntry(path));
        // The next step sees the tree this one made.
        ++treeRevision;
        QTRY_COMPARE(guest.tree().revision, treeRevision);
    }
    // The guest's typing reaches the host's session; then Save All writes the folder.
    QTRY_COMPARE(guest.unsentEditCount(), 0);
    QTRY_VERIFY(folders(*m_host).saveAll() && disk(m_root->path()) == expected);
    QCOMPARE(disk(m_root->path()), expected);
    QCOMPARE(folders(m_root->path()), expectedFolders);
    QVERIFY2(m_host->prompts.errors.isEmpty(), qPrintable(m_host->prompts.errors.join(u'\n')));
    QVERIFY2(m_guest->prompts.errors.isEmpty(), qPrintable(m_guest->prompts.errors.join(u'\n')));
    // The host's tabs are saved with it.
    for (DocumentTab *tab : m_host->window.workspace().documents())
        QVERIFY2(!tab->isModified(), qPrintable(tab->displayName()));
}

void FolderSharingTest::panelShowsWhoIsInWhichFile()
{
    share();
    if (QTest::currentTestFailed())
        return;
    DocumentTab *a = openFolderTab(*m_guest, QStringLiteral("src/a.cpp"));
    DocumentTab *readme = openFolderTab(*m_guest, QStringLiteral("README.md"));
    QVERIFY(a && readme);
    // A tab per document, named by its path in the session.
    QCOMPARE(a->displayName(), QStringLiteral("src/a.cpp"));
    QCOMPARE(readme->displayName(), QStringLiteral("README.md"));
    const FolderSession *hosted = folders(*m_host).session();
    const int ana = folders(*m_guest).session()->client().self().id;
    const auto whereIs = [&](int user) { return hosted->pathOf(hosted->focusOf(user)); };
    QTRY_COMPARE(whereIs(ana), QStringLiteral("README.md"));
    // Switching tabs tells everyone.
    m_guest->window.workspace().setCurrent(a);
    QTRY_COMPARE(whereIs(ana), QStringLiteral("src/a.cpp"));
    // The host's panel puts Ana's dot on that file and nowhere else.
    auto *panel = m_host->window.findChild<SessionPanel *>();
    QVERIFY(panel);
    const auto tooltipOf = [panel](const QString &name) {
        for (QTreeWidgetItem *item :
             panel->tree()->findItems(name, Qt::MatchExactly | Qt::MatchRecursive)) {
            return item->toolTip(0);
        }
        return QStringLiteral("(none)");
    };
    QTRY_COMPARE(tooltipOf(QStringLiteral("a.cpp")), QStringLiteral("Ana"));
    QCOMPARE(tooltipOf(QStringLiteral("README.md")), QString());
    // Both tabs carry edits: typing in each reaches the host.
    m_guest->tab = a;
    m_guest->typeAt(0, QStringLiteral("1"));
    m_guest->tab = readme;
    m_guest->typeAt(0, QStringLiteral("2"));
    QTRY_VERIFY(folders(*m_host).saveAll()
                && readBytes(m_root->filePath(QStringLiteral("README.md"))) == "2readme\n"
                && readBytes(m_root->filePath(QStringLiteral("src/a.cpp"))) == "1int a;\n");
}

void FolderSharingTest::panelKeepsTheUsersPlace_data()
{
    QTest::addColumn<QString>("change");
    QTest::addRow("the host moves to another file") << "open";
    QTest::addRow("the host creates a file") << "create";
}

void FolderSharingTest::panelKeepsTheUsersPlace()
{
    QFETCH(QString, change);
    // Enough files that the guest's tree scrolls.
    constexpr int many = 60;
    QDir(m_root->path()).mkpath(QStringLiteral("many"));
    for (int i = 0; i < many; ++i)
        m_root->write(QStringLiteral("many/f%1.txt").arg(i, 2, 10, QLatin1Char('0')), "x\n");
    share(true, 4 + many);
    if (QTest::currentTestFailed())
        return;
    QTreeWidget *tree = m_guest->window.findChild<SessionPanel *>()->tree();
    QTRY_VERIFY(tree->verticalScrollBar()->maximum() > 0);
    tree->verticalScrollBar()->setValue(tree->verticalScrollBar()->maximum() / 2);
    const QList<QTreeWidgetItem *> found
        = tree->findItems(QStringLiteral("f30.txt"), Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(found.size(), 1);
    tree->setCurrentItem(found.first());
    QTreeWidgetItem *top = tree->itemAt(0, 0);
    QVERIFY(top);
    const QString topText = top->text(0);
    const int scrolled = tree->verticalScrollBar()->value();
    if (change == QLatin1String("open")) {
        QVERIFY(openFolderTab(*m_host, QStringLiteral("README.md")));
        QTRY_COMPARE(
            tree->findItems(QStringLiteral("README.md"), Qt::MatchExactly).value(0)->toolTip(0),
            QStringLiteral("Hana"));
        QCOMPARE(tree->verticalScrollBar()->value(), scrolled);
    } else {
        folders(*m_host).session()->client().createEntry(QStringLiteral("many/new.txt"),
                                                         QStringLiteral("file"));
        QTRY_COMPARE(
            tree->findItems(QStringLiteral("new.txt"), Qt::MatchExactly | Qt::MatchRecursive)
                .size(),
            1);
    }
    // Where the guest was looking, with the guest's row still current.
    QTRY_VERIFY(tree->itemAt(0, 0));
    QCOMPARE(tree->itemAt(0, 0)->text(0), topText);
    QVERIFY(tree->currentItem());
    QCOMPARE(tree->currentItem()->text(0), QStringLiteral("f30.txt"));
}

void FolderSharingTest::followingMovesAcrossFiles()
{
    share();
    if (QTest::currentTestFailed())
        return;
    FolderSessionController &ana = folders(*m_guest);
    const int hana = folders(*m_host).session()->client().self().id;
    QVERIFY(openFolderTab(*m_host, QStringLiteral("src/a.cpp")));
    QTRY_COMPARE(ana.session()->pathOf(ana.session()->focusOf(hana)), QStringLiteral("src/a.cpp"));
    QSignalSpy following(&ana, &FolderSessionController::followingChanged);
    ana.follow(hana);
    QCOMPARE(following.takeFirst().value(0).toString(), QStringLiteral("Hana"));
    const auto current = [this] {
        const DocumentTab *tab = m_guest->window.workspace().current();
        return tab ? tab->displayName() : QString();
    };
    QTRY_COMPARE(current(), QStringLiteral("src/a.cpp"));
    // Hana moves to another file: Ana's view goes along.
    QVERIFY(openFolderTab(*m_host, QStringLiteral("README.md")));
    QTRY_COMPARE(current(), QStringLiteral("README.md"));
    QCOMPARE(ana.followed(), hana);
    // The status bar says so, and a notice passing through it does not take that away.
    QLabel *label = m_guest->window.findChild<SessionStatusController *>()->followingLabel();
    QCOMPARE(label->text(),
             SessionStatusController::tr("Following %1").arg(QStringLiteral("Hana")));
    QVERIFY(label->isVisibleTo(&m_guest->window));
    emit ana.notice(QStringLiteral("Bo joined"));
    m_guest->window.statusBar()->clearMessage();
    QCOMPARE(label->text(),
             SessionStatusController::tr("Following %1").arg(QStringLiteral("Hana")));
    QVERIFY(label->isVisibleTo(&m_guest->window));
    // Ana types: she no longer follows, and stays where she is when Hana moves on.
    m_guest->tab = m_guest->window.workspace().current();
    m_guest->typeAt(0, QStringLiteral("x"));
    QTRY_COMPARE(ana.followed(), 0);
    QCOMPARE(following.takeLast().value(0).toString(), QString());
    QVERIFY(!label->isVisibleTo(&m_guest->window));
    m_host->window.workspace().setCurrent(folders(*m_host).tab(docAt(*m_host, "src/a.cpp")));
    QTRY_COMPARE(ana.session()->pathOf(ana.session()->focusOf(hana)), QStringLiteral("src/a.cpp"));
    QCOMPARE(current(), QStringLiteral("README.md"));
}

void FolderSharingTest::folderTabsShowWhoWroteWhat()
{
    share();
    if (QTest::currentTestFailed())
        return;
    // Ana types in a file of the folder; Hana's tab of it says whose text that is, by the tints'
    // hover and the Last Editor margin.
    m_guest->tab = openFolderTab(*m_guest, QStringLiteral("src/a.cpp"));
    QVERIFY(m_guest->tab);
    m_guest->typeAt(0, QStringLiteral("Z"));
    DocumentTab *tab = openFolderTab(*m_host, QStringLiteral("src/a.cpp"));
    QVERIFY(tab);
    QTRY_COMPARE(tab->editor()->text(), QStringLiteral("Zint a;\n"));
    auto *features = tab->findChild<AuthorshipFeatures *>();
    QVERIFY(features);
    // When, once the history before the tab's start is read.
    QTRY_VERIFY(features->highlighter()->describe(0).startsWith(
        AuthorshipHighlighter::tr("Written by %1 at %2").arg(QStringLiteral("Ana"), QString())));
    QCOMPARE(features->highlighter()->describe(1), QString()); // the folder's own text
    QCOMPARE(features->margin()->lastEditor(0), QStringLiteral("Ana"));
}

void FolderSharingTest::readOnlySessionRefusesGuestsTreeChanges_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addRow("create") << "create";
    QTest::addRow("rename") << "rename";
    QTest::addRow("delete") << "delete";
}

void FolderSharingTest::readOnlySessionRefusesGuestsTreeChanges()
{
    QFETCH(QString, verb);
    share(false);
    if (QTest::currentTestFailed())
        return;
    FolderSession &session = *folders(*m_guest).session();
    QVERIFY(!session.canEdit());
    const QString path = QStringLiteral("README.md");
    if (verb == QLatin1String("create"))
        QVERIFY(session.client().createEntry(QStringLiteral("new.txt"), QStringLiteral("file")));
    else if (verb == QLatin1String("rename"))
        QVERIFY(session.client().renameEntry(path, QStringLiteral("READ.md")));
    else
        QVERIFY(session.client().deleteEntry(path));
    // The refusal is shown to the guest, and nothing changed.
    QTRY_COMPARE(m_guest->prompts.errors.size(), 1);
    QVERIFY2(m_guest->prompts.errors.constFirst().contains(QLatin1String("Only the host")),
             qPrintable(m_guest->prompts.errors.constFirst()));
    QCOMPARE(session.tree().entries.size(), 4);
    QVERIFY(folders(*m_host).saveAll());
    QCOMPARE(disk(m_root->path()), withChanges({}));
}

QTEST_MAIN(FolderSharingTest)
#include "tst_foldersharing.moc"
