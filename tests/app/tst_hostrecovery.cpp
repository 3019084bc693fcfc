// When the app that hosts a room is killed, its next start offers the room again: resumed, the
// guests reconnect to the same room where they left off, with what they typed meanwhile; opened,
// its text is there to save; left for later, it is offered again; discarded, nothing is left. A
// shared folder resumes whole: every document, the tree, and the guests' offline typing.
#include "SessionPeers.h"
#include "TcpProxy.h"
#include "dialogs/InviteDialog.h"
#include "session/FolderSessionController.h"

#include <QDir>
#include <QProcess>
#include <QTcpServer>
#include <csignal>

using namespace ensemble;
using namespace ensemble::test;
using Choice = UserPrompts::InterruptedHostingChoice;

namespace {

const QString seed = QStringLiteral("def fib(n):\n    return n\n");

// The real executable, hosting file with its settings and data in home, no display needed.
void startHosting(QProcess &process, const TempFolder &home, const QString &file)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(environment);
    process.start(
        QStringLiteral(ENSEMBLE_EXECUTABLE),
        {QStringLiteral("--host"), QStringLiteral("--name"), QStringLiteral("Hana"), file});
}

// The app started again after the crash, with the data directory of the one that was killed.
struct RestartedApp
{
    explicit RestartedApp(const TempFolder &home)
        : settings(home.filePath(QStringLiteral("data/Ensemble/Ensemble/settings.ini")))
    {
        settings.setDisplayName(QStringLiteral("Hana"));
        window.resize(700, 400);
        window.show();
        window.openStartupFiles({});
    }

    Settings settings;
    FakePrompts prompts;
    MainWindow window {settings, &prompts};
};

QStringList roomsKept(const Settings &settings)
{
    return QDir(settings.hostedRoomsDirectory()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
}

} // namespace

class HostRecoveryTest : public QObject
{
    Q_OBJECT

private slots:
    void afterTheHostWasKilled_data();
    void afterTheHostWasKilled();
    void aSessionOfSeveralDocumentsResumesAfterTheHostIsKilled();
    void aSignalStopsHostingWithoutAQuestion_data();
    void aSignalStopsHostingWithoutAQuestion();
};

void HostRecoveryTest::afterTheHostWasKilled_data()
{
    QTest::addColumn<Choice>("choice");
    QTest::addColumn<bool>("shared"); // hosted again
    QTest::addColumn<bool>("shown"); // the room's text is in a tab
    QTest::addColumn<bool>("kept"); // the room's files are still there
    QTest::addColumn<bool>("portTaken"); // by another program while the host was down
    QTest::addRow("resume") << Choice::Resume << true << true << true << false;
    QTest::addRow("resume on another port") << Choice::Resume << true << true << true << true;
    QTest::addRow("open as document") << Choice::Open << false << true << true << false;
    QTest::addRow("decide later") << Choice::Later << false << false << true << false;
    QTest::addRow("discard") << Choice::Discard << false << false << false << false;
}

void HostRecoveryTest::afterTheHostWasKilled()
{
    QFETCH(Choice, choice);
    QFETCH(bool, shared);
    QFETCH(bool, shown);
    QFETCH(bool, kept);
    QFETCH(bool, portTaken);

    TempFolder home;
    const QString file = home.write(QStringLiteral("fib.py"), seed.toUtf8());
    // With the default port taken, `--host` picks a free one, which no other test can be using
    // when the room is resumed on it (the listen fails harmlessly if another test has 7717).
    QTcpServer defaultPort;
    defaultPort.listen(QHostAddress::Any, Invite::defaultPort);
    QProcess app;
    startHosting(app, home, file);
    QTRY_VERIFY_WITH_TIMEOUT(app.canReadLine() || app.state() == QProcess::NotRunning, 30000);
    const QString line = QString::fromUtf8(app.readLine()).trimmed();
    const Result<Invite> hosted = Invite::parse(line);
    QVERIFY2(hosted.ok(), qPrintable(line + app.readAllStandardError()));

    // Ana joins through a relay, which plays dead while the host is down so that what the
    // restarted host has before she is back can be checked.
    TcpProxy relay(hosted.value().port());
    Invite invite(QStringLiteral("127.0.0.1"), relay.port(), hosted.value().roomId());
    invite.setFingerprint(hosted.value().fingerprint());
    Peer ana(QStringLiteral("Ana"), QStringLiteral("#1e88e5"));
    ana.tab = ana.collaboration().join(invite);
    QTRY_VERIFY_WITH_TIMEOUT(ana.connected(), 30000);
    QTRY_COMPARE(ana.text(), seed);
    ana.session()->client().setReconnectDelays(50, 200);
    ana.typeAt(0, QStringLiteral("fast "));
    QTRY_COMPARE(ana.session()->client().unsentEditCount(), 0);
    const QString beforeCrash = ana.text();
    const qint64 revision = ana.session()->client().revision();

    relay.setOffline(true);
    app.kill();
    QVERIFY(app.waitForFinished(30000));
    relay.cutAll();
    QTRY_VERIFY(!ana.connected());
    // Typed while the host is down: it reaches the room once the room is back.
    ana.typeAt(ana.text().size(), QStringLiteral("end"));
    const QString expected = ana.text();

    QTcpServer squatter;
    if (portTaken)
        QVERIFY(squatter.listen(QHostAddress::Any, hosted.value().port()));
    RestartedApp restarted(home);
    restarted.prompts.interruptedHosting = {choice};
    if (portTaken)
        restarted.prompts.anotherPort = {true};
    restarted.window.offerInterruptedHosting();
    QCOMPARE(restarted.prompts.interruptedRooms.size(), 1);
    const QString question = restarted.prompts.interruptedRooms.constFirst();
    QVERIFY2(question.startsWith(QStringLiteral("“fib.py”, hosted since ")), qPrintable(question));
    QVERIFY2(question.endsWith(QStringLiteral(", with Ana |  | open")), qPrintable(question));
    QCOMPARE(restarted.prompts.portsTaken.size(), portTaken ? 1 : 0);
    QVERIFY2(restarted.prompts.unanswered.isEmpty(),
             qPrintable(restarted.prompts.unanswered.join(u' ')));
    QVERIFY2(restarted.prompts.errors.isEmpty(), qPrintable(restarted.prompts.errors.join(u' ')));

    Workspace &workspace = restarted.window.workspace();
    DocumentTab *tab = workspace.current();
    QCOMPARE(tab->filePath() == file, shown);
    QCOMPARE(tab->editor()->text() == beforeCrash, shown);
    QCOMPARE(tab->isModified(), shown);
    QCOMPARE(roomsKept(restarted.settings).size(), kept ? 1 : 0);
    SharedDocument *session = restarted.window.collaboration().session(tab);
    QCOMPARE(session != nullptr, shared);
    // The file itself is only ever written by the user.
    QFile onDisk(file);
    QVERIFY(onDisk.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(onDisk.readAll()), seed);

    if (shared) {
        // The same room at the same revision with the same certificate, on the same port if it
        // is free, where Ana's client keeps trying; on another, the new invite is shown.
        QVERIFY(session->host());
        QCOMPARE(session->host()->roomId(), hosted.value().roomId());
        QCOMPARE(session->host()->port() == hosted.value().port(), !portTaken);
        QCOMPARE(session->host()->fingerprint(), hosted.value().fingerprint());
        const QList<InviteDialog *> invites = restarted.window.findChildren<InviteDialog *>();
        QCOMPARE(invites.size(), portTaken ? 1 : 0);
        relay.setTargetPort(session->host()->port());
        QTRY_VERIFY_WITH_TIMEOUT(session->client().state() == SessionClient::State::Connected,
                                 30000);
        QCOMPARE(session->client().revision(), revision);
        QVERIFY(session->client().isOwner());
        relay.setOffline(false);
        QTRY_VERIFY_WITH_TIMEOUT(ana.connected(), 30000);
        QTRY_COMPARE(tab->editor()->text(), expected);
        QTRY_COMPARE(ana.text(), expected);
        QTRY_COMPARE(session->client().participants().size(), 1);
        QCOMPARE(session->client().participants().constFirst().name, QStringLiteral("Ana"));
        // Stopped normally, hosting leaves nothing behind; its thread ends before home goes.
        restarted.window.collaboration().leave(tab);
        QTRY_COMPARE_WITH_TIMEOUT(roomsKept(restarted.settings).size(), 0, 10000);
        QTRY_VERIFY(qApp->findChildren<QThread *>(QStringLiteral("Ensemble host")).isEmpty());
    }
    if (choice == Choice::Open) {
        // Its files go once the text is saved.
        QCOMPARE(roomsKept(restarted.settings).size(), 1);
        QVERIFY(workspace.save(tab));
        QTRY_COMPARE(roomsKept(restarted.settings).size(), 0);
    }
    if (choice == Choice::Later) {
        RestartedApp again(home);
        again.window.offerInterruptedHosting();
        QCOMPARE(again.prompts.interruptedRooms.size(), 1);
    }
    if (choice == Choice::Discard) {
        RestartedApp again(home);
        again.window.offerInterruptedHosting();
        QCOMPARE(again.prompts.interruptedRooms.size(), 0);
    }
}

void HostRecoveryTest::aSessionOfSeveralDocumentsResumesAfterTheHostIsKilled()
{
    TempFolder home;
    const QString root = home.filePath(QStringLiteral("proj"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/src")));
    const QMap<QString, QByteArray> files = {{QStringLiteral("proj/a.txt"), "alpha\n"},
                                             {QStringLiteral("proj/src/b.txt"), "beta\n"},
                                             {QStringLiteral("proj/c.txt"), "gamma\n"}};
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        home.write(it.key(), it.value());
    // A free port that no other test can be using when the session is resumed on it.
    QTcpServer defaultPort;
    defaultPort.listen(QHostAddress::Any, Invite::defaultPort);
    QProcess app;
    startHosting(app, home, root);
    QTRY_VERIFY_WITH_TIMEOUT(app.canReadLine() || app.state() == QProcess::NotRunning, 30000);
    const QString line = QString::fromUtf8(app.readLine()).trimmed();
    const Result<Invite> hosted = Invite::parse(line);
    QVERIFY2(hosted.ok(), qPrintable(line + app.readAllStandardError()));

    // Ana, through a relay that plays dead while the host is down, opens two files, types in
    // both, creates one and renames another.
    TcpProxy relay(hosted.value().port());
    Invite invite(QStringLiteral("127.0.0.1"), relay.port(), hosted.value().roomId());
    invite.setFingerprint(hosted.value().fingerprint());
    Peer ana(QStringLiteral("Ana"), QStringLiteral("#1e88e5"));
    FolderSessionController &anaFolders = ana.collaboration().folders();
    ana.collaboration().join(invite);
    QTRY_VERIFY_WITH_TIMEOUT(anaFolders.session()
                                 && anaFolders.session()->client().state()
                                     == SessionClient::State::Connected,
                             30000);
    SessionClient &client = anaFolders.session()->client();
    QTRY_COMPARE(client.tree().entries.size(), 3);
    client.setReconnectDelays(50, 200);
    const auto docAt = [&](const QString &path) {
        for (const TreeEntry &entry : client.tree().entries) {
            if (entry.path == path)
                return entry.doc;
        }
        return QString();
    };
    QHash<QString, DocumentTab *> tabs;
    for (const QString &path : {QStringLiteral("a.txt"), QStringLiteral("src/b.txt")}) {
        DocumentTab *tab = anaFolders.openDocument(docAt(path));
        QVERIFY(tab);
        QTRY_VERIFY(!tab->editor()->text().isEmpty());
        tabs.insert(path, tab);
    }
    ana.tab = tabs.value(QStringLiteral("a.txt"));
    ana.typeAt(0, QStringLiteral("A"));
    ana.tab = tabs.value(QStringLiteral("src/b.txt"));
    ana.typeAt(0, QStringLiteral("B"));
    QVERIFY(client.createEntry(QStringLiteral("new.txt"), QStringLiteral("file"),
                               QStringLiteral("new\n")));
    QTRY_COMPARE(client.tree().entries.size(), 4);
    QVERIFY(client.renameEntry(QStringLiteral("c.txt"), QStringLiteral("docs/c.txt")));
    QTRY_VERIFY(!docAt(QStringLiteral("docs/c.txt")).isEmpty());
    const auto unsent = [&] {
        return client.document(docAt(QStringLiteral("a.txt")))->unsentEditCount()
            + client.document(docAt(QStringLiteral("src/b.txt")))->unsentEditCount();
    };
    QTRY_COMPARE(unsent(), 0);

    relay.setOffline(true);
    app.kill();
    QVERIFY(app.waitForFinished(30000));
    relay.cutAll();
    QTRY_VERIFY(client.state() != SessionClient::State::Connected);
    // Typed in both files while the host is down: it reaches the session once it is back.
    ana.tab = tabs.value(QStringLiteral("a.txt"));
    ana.typeAt(ana.text().size(), QStringLiteral("X"));
    ana.tab = tabs.value(QStringLiteral("src/b.txt"));
    ana.typeAt(ana.text().size(), QStringLiteral("Y"));
    // A file pulled into the folder while the host is down joins the resumed session; c.txt,
    // renamed in the session but still on disk, does not come back. src/b.txt, deleted on disk
    // while the host is down, is kept in the session (Ana works in it) and marked.
    home.write(QStringLiteral("proj/pulled.txt"), "pulled\n");
    QVERIFY(QFile::remove(home.filePath(QStringLiteral("proj/src/b.txt"))));

    RestartedApp restarted(home);
    restarted.prompts.interruptedHosting = {Choice::Resume};
    restarted.window.offerInterruptedHosting();
    QCOMPARE(restarted.prompts.interruptedRooms.size(), 1);
    const QString question = restarted.prompts.interruptedRooms.constFirst();
    QVERIFY2(
        question.startsWith(
            QStringLiteral("the folder “%1”, shared since ").arg(QDir::toNativeSeparators(root))),
        qPrintable(question));
    // Resumed whole, never opened as one document.
    QVERIFY2(question.endsWith(QStringLiteral(", with Ana |  | no open")), qPrintable(question));
    QVERIFY2(restarted.prompts.errors.isEmpty(), qPrintable(restarted.prompts.errors.join(u' ')));

    // The same session, room, port and certificate, hosted by the restarted app's window.
    FolderSessionController &folders = restarted.window.collaboration().folders();
    FolderSession *session = folders.session();
    QVERIFY(session && session->isHost());
    QCOMPARE(session->root(), root);
    QCOMPARE(session->host()->roomId(), hosted.value().roomId());
    QCOMPARE(session->host()->port(), hosted.value().port());
    QCOMPARE(session->host()->fingerprint(), hosted.value().fingerprint());
    QTRY_VERIFY_WITH_TIMEOUT(session->client().state() == SessionClient::State::Connected, 30000);
    const auto hostPaths = [&] {
        QStringList paths;
        for (const TreeEntry &entry : session->tree().entries) {
            if (entry.kind == QStringLiteral("file"))
                paths.append(entry.path);
        }
        paths.sort();
        return paths;
    };
    QTRY_COMPARE(hostPaths(),
                 QStringList({QStringLiteral("a.txt"), QStringLiteral("docs/c.txt"),
                              QStringLiteral("new.txt"), QStringLiteral("pulled.txt"),
                              QStringLiteral("src/b.txt")}));
    const auto deletedOnDisk = [](const SessionTree &tree) {
        QStringList paths;
        for (const TreeEntry &entry : tree.entries) {
            if (entry.deletedOnDisk)
                paths.append(entry.path);
        }
        return paths;
    };
    QTRY_COMPARE(deletedOnDisk(session->tree()), QStringList {QStringLiteral("src/b.txt")});
    relay.setTargetPort(session->host()->port());
    relay.setOffline(false);
    QTRY_VERIFY_WITH_TIMEOUT(client.state() == SessionClient::State::Connected, 30000);
    QTRY_COMPARE(unsent(), 0);
    QCOMPARE(tabs.value(QStringLiteral("a.txt"))->editor()->text(), QStringLiteral("Aalpha\nX"));
    QCOMPARE(tabs.value(QStringLiteral("src/b.txt"))->editor()->text(), QStringLiteral("Bbeta\nY"));
    QTRY_VERIFY(!docAt(QStringLiteral("pulled.txt")).isEmpty());
    QCOMPARE(deletedOnDisk(client.tree()), QStringList {QStringLiteral("src/b.txt")});

    // Saved, the folder is the session's: every edit, the new file, the rename.
    QTRY_VERIFY(folders.saveAll()
                && readBytes(home.filePath(QStringLiteral("proj/a.txt"))) == QByteArray("Aalpha\nX")
                && readBytes(home.filePath(QStringLiteral("proj/src/b.txt")))
                    == QByteArray("Bbeta\nY"));
    QCOMPARE(readBytes(home.filePath(QStringLiteral("proj/new.txt"))), QByteArray("new\n"));
    QCOMPARE(readBytes(home.filePath(QStringLiteral("proj/docs/c.txt"))), QByteArray("gamma\n"));
    QVERIFY(!QFileInfo::exists(home.filePath(QStringLiteral("proj/c.txt"))));
    // Written again, src/b.txt is no longer marked.
    QTRY_VERIFY(deletedOnDisk(session->tree()).isEmpty() && deletedOnDisk(client.tree()).isEmpty());
    QVERIFY2(restarted.prompts.errors.isEmpty(), qPrintable(restarted.prompts.errors.join(u' ')));
    // Stopped normally, sharing leaves nothing behind.
    folders.leave();
    QTRY_COMPARE_WITH_TIMEOUT(roomsKept(restarted.settings).size(), 0, 10000);
    QTRY_VERIFY(qApp->findChildren<QThread *>(QStringLiteral("Ensemble host")).isEmpty());
}

void HostRecoveryTest::aSignalStopsHostingWithoutAQuestion_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<bool>("guestTyped"); // so the host's document has unsaved changes
    QTest::addColumn<bool>("startedBlocked"); // the parent left the signal blocked in the mask
    QTest::addColumn<bool>("folder"); // it shares the file's folder instead of the file
    QTest::addRow("SIGTERM") << int(SIGTERM) << false << false << false;
    QTest::addRow("SIGINT") << int(SIGINT) << false << false << false;
    QTest::addRow("SIGTERM with unsaved changes") << int(SIGTERM) << true << false << false;
    QTest::addRow("SIGINT left blocked by the parent") << int(SIGINT) << false << true << false;
    QTest::addRow("SIGTERM left blocked by the parent") << int(SIGTERM) << false << true << false;
    QTest::addRow("SIGTERM, a shared folder") << int(SIGTERM) << false << false << true;
    QTest::addRow("SIGTERM, a shared folder with unsaved changes")
        << int(SIGTERM) << true << false << true;
}

// A signal ends hosting as Stop Hosting does, asking nothing. Unsaved changes (of the hosted
// document, or of a shared folder's files) keep the room's files for the next start by hand; a
// scripted start never waits on that question.
void HostRecoveryTest::aSignalStopsHostingWithoutAQuestion()
{
    QFETCH(int, signalNumber);
    QFETCH(bool, guestTyped);
    QFETCH(bool, startedBlocked);
    QFETCH(bool, folder);
    TempFolder home;
    QVERIFY(QDir(home.path()).mkdir(QStringLiteral("proj")));
    const QString file = home.write(QStringLiteral("proj/fib.py"), seed.toUtf8());
    // Two files: a folder of one is a session of one document, which guests join as such.
    home.write(QStringLiteral("proj/README.md"), "readme\n");
    const auto hostAndReadInvite = [&](QProcess &app) -> Result<Invite> {
        startHosting(app, home, folder ? QFileInfo(file).path() : file);
        if (!QTest::qWaitFor(
                [&] { return app.canReadLine() || app.state() == QProcess::NotRunning; }, 30000))
            return Error {QStringLiteral("timeout"), QStringLiteral("no invite in 30 s")};
        return Invite::parse(QString::fromUtf8(app.readLine()).trimmed());
    };
    QProcess app;
    if (startedBlocked) {
        app.setChildProcessModifier([signalNumber] {
            sigset_t blocked;
            sigemptyset(&blocked);
            sigaddset(&blocked, signalNumber);
            sigprocmask(SIG_BLOCK, &blocked, nullptr);
        });
    }
    const Result<Invite> hosted = hostAndReadInvite(app);
    QVERIFY2(hosted.ok(), qPrintable(app.readAllStandardError()));
    if (guestTyped && !folder) {
        Peer ana(QStringLiteral("Ana"), QStringLiteral("#1e88e5"));
        ana.tab = ana.collaboration().join(hosted.value());
        QTRY_VERIFY_WITH_TIMEOUT(ana.connected(), 30000);
        ana.typeAt(0, QStringLiteral("unsaved "));
        QTRY_COMPARE(ana.session()->client().unsentEditCount(), 0);
    }
    if (guestTyped && folder) {
        Peer ana(QStringLiteral("Ana"), QStringLiteral("#1e88e5"));
        FolderSessionController &folders = ana.collaboration().folders();
        ana.collaboration().join(hosted.value());
        QTRY_VERIFY_WITH_TIMEOUT(folders.session() && !folders.session()->tree().entries.isEmpty(),
                                 30000);
        QString fib;
        for (const TreeEntry &entry : folders.session()->tree().entries) {
            if (entry.path == QLatin1String("fib.py"))
                fib = entry.doc;
        }
        ana.tab = folders.openDocument(fib);
        QVERIFY(ana.tab);
        QTRY_COMPARE(ana.text(), seed);
        ana.typeAt(0, QStringLiteral("unsaved "));
        QTRY_COMPARE(folders.session()->client().document(fib)->unsentEditCount(), 0);
    }
    ::kill(pid_t(app.processId()), signalNumber);
    QVERIFY(app.waitForFinished(30000));
    const QByteArray said = app.readAllStandardError();
    QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0,
             qPrintable(QStringLiteral("exit status %1, code %2, stderr:\n%3")
                            .arg(app.exitStatus())
                            .arg(app.exitCode())
                            .arg(QString::fromUtf8(said))));
    const Settings settings(home.filePath(QStringLiteral("data/Ensemble/Ensemble/settings.ini")));
    QCOMPARE(roomsKept(settings).size(), guestTyped ? 1 : 0);

    QProcess again;
    const Result<Invite> rehosted = hostAndReadInvite(again);
    QVERIFY2(rehosted.ok(), qPrintable(again.readAllStandardError()));
    again.terminate();
    QVERIFY(again.waitForFinished(30000));
    QCOMPARE(roomsKept(settings).size(), guestTyped ? 1 : 0);
}

QTEST_MAIN(HostRecoveryTest)
#include "tst_hostrecovery.moc"
