#include "CommandLine.h"
#include "TempFiles.h"
#include "client/Invite.h"
#include "tls/Fingerprint.h"
#include "tls/TlsCredentials.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTest>

using namespace ensemble;
using ensemble::test::TempFolder;

class CommandLineTest : public QObject
{
    Q_OBJECT

private slots:
    void filesToOpen_data();
    void filesToOpen();
    void sessionOptions_data();
    void sessionOptions();
    void nameBeforeQtTakesIt_data();
    void nameBeforeQtTakesIt();
    void hostFolder_data();
    void hostFolder();
    void hostPrintsThePinnedInvite();
    void hostFolderPrintsTheInviteAndWhatItLeftOut();
    void hostListensWhereAsked();
    void helpAndVersionNeedNoDisplay_data();
    void helpAndVersionNeedNoDisplay();
    void manPageAndHelpListTheSameOptions();
    void generateCertificate();
};

namespace {

// `ensemble ARGUMENTS` with its settings and data in home, no display needed.
void startApp(QProcess &process, const TempFolder &home, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ENSEMBLE_EXECUTABLE), arguments);
}

// What `ensemble ARGUMENTS` prints with no display at all, and its exit code.
std::pair<QString, int> runWithoutDisplay(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ENSEMBLE_EXECUTABLE), arguments);
    if (!process.waitForFinished(30000))
        return {QStringLiteral("timed out"), -1};
    return {QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError()),
            process.exitCode()};
}

QSet<QString> longOptions(QString text)
{
    text.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    QSet<QString> options;
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])--[a-z][a-z-]*"));
    for (const QRegularExpressionMatch &match : option.globalMatch(text))
        options.insert(match.captured());
    // Qt adds it to every parser; it says nothing about Ensemble.
    options.remove(QStringLiteral("--help-all"));
    return options;
}

} // namespace

void CommandLineTest::filesToOpen_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("files");
    const QDir here = QDir::current();
    QTest::addRow("no files") << QStringList {"ensemble"} << QStringList();
    QTest::addRow("relative and absolute")
        << QStringList {"ensemble", "a.cpp", "/tmp/b.txt"}
        << QStringList {here.absoluteFilePath("a.cpp"), "/tmp/b.txt"};
    QTest::addRow("after --") << QStringList {"ensemble", "--", "-dash.txt"}
                              << QStringList {here.absoluteFilePath("-dash.txt")};
    QTest::addRow("spaces and non-ASCII")
        << QStringList {"ensemble", "my notes/caf\u00e9.md"}
        << QStringList {here.absoluteFilePath("my notes/caf\u00e9.md")};
}

void CommandLineTest::filesToOpen()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, files);
    QCOMPARE(CommandLine::filesToOpen(arguments), files);
}

void CommandLineTest::sessionOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("host");
    QTest::addColumn<QString>("join");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("files");
    const QDir here = QDir::current();
    const QString invite = "ensemble://10.0.0.5:7717/0b7e7c9c-2f1e-4c1e-9a4e-1f2d3c4b5a69";
    QTest::addRow("host a file") << QStringList {"ensemble", "--host", "notes.md"} << true << ""
                                 << "" << QStringList {here.absoluteFilePath("notes.md")};
    QTest::addRow("host a new document") << QStringList {"ensemble", "--host"} << true << ""
                                         << "" << QStringList();
    QTest::addRow("join with a name")
        << QStringList {"ensemble", "--join", invite, "--name", "Ana Lima"} << false << invite
        << "Ana Lima" << QStringList();
    QTest::addRow("invite from a desktop launcher")
        << QStringList {"ensemble", invite} << false << invite << "" << QStringList();
    QTest::addRow("bare ws:// form")
        << QStringList {"ensemble", "ws://host:9/room"} << false << "ws://host:9/room"
        << "" << QStringList();
    QTest::addRow("bare wss:// form")
        << QStringList {"ensemble", "wss://host:9/room"} << false << "wss://host:9/room"
        << "" << QStringList();
    QTest::addRow("file URL") << QStringList {"ensemble", "file:///tmp/caf%C3%A9.txt"} << false
                              << ""
                              << "" << QStringList {"/tmp/caf\u00e9.txt"};
    QTest::addRow("host and name")
        << QStringList {"ensemble", "--name=Bo", "--host", "a.py"} << true << ""
        << "Bo" << QStringList {here.absoluteFilePath("a.py")};
    QTest::addRow("host on a port and an address")
        << QStringList {"ensemble", "--host", "--port", "9000", "--bind", "127.0.0.1", "a.py"}
        << true << ""
        << "" << QStringList {here.absoluteFilePath("a.py")};
    QTest::addRow("a file named like a drive letter")
        << QStringList {"ensemble", "c:notes.txt"} << false << ""
        << "" << QStringList {here.absoluteFilePath("c:notes.txt")};
}

void CommandLineTest::sessionOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, host);
    QFETCH(QString, join);
    QFETCH(QString, name);
    QFETCH(QStringList, files);
    const LaunchOptions options = CommandLine::parse(arguments);
    QCOMPARE(options.host, host);
    QCOMPARE(options.join, join);
    QCOMPARE(options.name, name);
    QCOMPARE(options.files, files);
}

void CommandLineTest::nameBeforeQtTakesIt_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("name");
    QTest::addRow("--name NAME") << QStringList {"ensemble", "--host", "--name", "Ana"} << "Ana";
    QTest::addRow("-name NAME") << QStringList {"ensemble", "-name", "Bo"} << "Bo";
    QTest::addRow("--name=NAME") << QStringList {"ensemble", "--name=Zoë K"} << "Zoë K";
    QTest::addRow("missing value") << QStringList {"ensemble", "--name"} << "";
    QTest::addRow("a file after --") << QStringList {"ensemble", "--", "--name", "x"} << "";
    QTest::addRow("none") << QStringList {"ensemble", "a.txt"} << "";
}

void CommandLineTest::nameBeforeQtTakesIt()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, name);
    QList<QByteArray> bytes;
    for (const QString &argument : arguments)
        bytes.append(argument.toLocal8Bit());
    QList<char *> argv;
    for (QByteArray &argument : bytes)
        argv.append(argument.data());
    QCOMPARE(CommandLine::nameOption(int(argv.size()), argv.data()), name);
}

void CommandLineTest::hostFolder_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QStringList>("files");
    const QDir here = QDir::current();
    const QString temp = QDir::cleanPath(QDir::tempPath());
    QTest::addRow("--host DIR") << QStringList {"ensemble", "--host", QDir::tempPath()} << temp
                                << QStringList();
    QTest::addRow("trailing slash")
        << QStringList {"ensemble", "--host", temp + "/"} << temp << QStringList();
    QTest::addRow("the working directory")
        << QStringList {"ensemble", "--host", "."} << here.absolutePath() << QStringList();
    QTest::addRow("a file after the folder")
        << QStringList {"ensemble", "--host", temp, "notes.md"} << temp
        << QStringList {here.absoluteFilePath("notes.md")};
    QTest::addRow("--host FILE shares a file")
        << QStringList {"ensemble", "--host", "notes.md"} << ""
        << QStringList {here.absoluteFilePath("notes.md")};
    QTest::addRow("a folder without --host is no share")
        << QStringList {"ensemble", temp} << "" << QStringList {temp};
}

void CommandLineTest::hostFolder()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, folder);
    QFETCH(QStringList, files);
    const LaunchOptions options = CommandLine::parse(arguments);
    QCOMPARE(options.hostFolder, folder);
    QCOMPARE(options.files, files);
}

void CommandLineTest::hostFolderPrintsTheInviteAndWhatItLeftOut()
{
    TempFolder home;
    TempFolder project;
    project.write(QStringLiteral("main.c"), "int main(void) { return 0; }\n");
    project.write(QStringLiteral(".gitignore"), "*.o\n");
    project.write(QStringLiteral("main.o"), "object");
    QProcess app;
    startApp(
        app, home,
        {QStringLiteral("--host"), project.path(), QStringLiteral("--port"), QStringLiteral("0")});
    QTRY_VERIFY_WITH_TIMEOUT(app.canReadLine() || app.state() == QProcess::NotRunning, 30000);
    const QString line = QString::fromUtf8(app.readLine()).trimmed();
    app.kill();
    app.waitForFinished();
    const QString errors = QString::fromUtf8(app.readAllStandardError());
    QVERIFY2(Invite::parse(line).ok(), qPrintable(line + errors));
    QVERIFY2(errors.contains(QLatin1String("main.o")), qPrintable(errors));
}

void CommandLineTest::hostPrintsThePinnedInvite()
{
    TempFolder home;
    QProcess app;
    startApp(app, home,
             {QStringLiteral("--host"), QStringLiteral("--name"), QStringLiteral("Hana")});
    QTRY_VERIFY_WITH_TIMEOUT(app.canReadLine() || app.state() == QProcess::NotRunning, 30000);
    const QString line = QString::fromUtf8(app.readLine()).trimmed();
    app.kill();
    app.waitForFinished();
    const Result<Invite> invite = Invite::parse(line);
    QVERIFY2(invite.ok(), qPrintable(line + app.readAllStandardError()));
    // The invite pins the certificate the app made in its data directory.
    const QString tls = home.filePath(QStringLiteral("data/Ensemble/Ensemble/tls/"));
    const Result<TlsCredentials> certificate = TlsCredentials::load(
        tls + QStringLiteral("certificate.pem"), tls + QStringLiteral("private-key.pem"));
    QVERIFY2(certificate.ok(), qPrintable(certificate ? QString() : certificate.error().message));
    QCOMPARE(invite.value().fingerprint(), certificate.value().fingerprint());
}

void CommandLineTest::hostListensWhereAsked()
{
    TempFolder home;
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    QProcess app;
    startApp(app, home,
             {QStringLiteral("--host"), QStringLiteral("--port"), QString::number(port),
              QStringLiteral("--bind"), QStringLiteral("127.0.0.1")});
    QTRY_VERIFY_WITH_TIMEOUT(app.canReadLine() || app.state() == QProcess::NotRunning, 30000);
    const QString line = QString::fromUtf8(app.readLine()).trimmed();
    const Result<Invite> invite = Invite::parse(line);
    QVERIFY2(invite.ok(), qPrintable(line + app.readAllStandardError()));
    QCOMPARE(invite.value().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(invite.value().port(), port);
    app.terminate();
    QVERIFY(app.waitForFinished(30000));
}

void CommandLineTest::helpAndVersionNeedNoDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::addRow("--help names every mode") << QStringList {"--help"} << "--serve";
    QTest::addRow("-h") << QStringList {"-h"} << "--generate-certificate";
    QTest::addRow("--version") << QStringList {"--version"} << ENSEMBLE_VERSION;
    QTest::addRow("--serve --help") << QStringList {"--serve", "--help"} << "--data-dir";
}

void CommandLineTest::helpAndVersionNeedNoDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const auto [output, exitCode] = runWithoutDisplay(arguments);
    QCOMPARE(exitCode, 0);
    QVERIFY2(output.contains(expected), qPrintable(output));
}

// Every option the man page documents is accepted, and every option accepted is documented.
void CommandLineTest::manPageAndHelpListTheSameOptions()
{
    QFile page(QStringLiteral(ENSEMBLE_MAN_PAGE));
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QSet<QString> documented = longOptions(QString::fromUtf8(page.readAll()));
    const auto [appHelp, appExit] = runWithoutDisplay({QStringLiteral("--help")});
    const auto [serveHelp, serveExit]
        = runWithoutDisplay({QStringLiteral("--serve"), QStringLiteral("--help")});
    QCOMPARE(appExit, 0);
    QCOMPARE(serveExit, 0);
    QSet<QString> accepted = longOptions(appHelp) + longOptions(serveHelp);
    const QStringList undocumented = QSet<QString>(accepted).subtract(documented).values();
    const QStringList unknown = QSet<QString>(documented).subtract(accepted).values();
    QVERIFY2(undocumented.isEmpty(),
             qPrintable(QStringLiteral("not in the man page: ") + undocumented.join(u' ')));
    QVERIFY2(unknown.isEmpty(),
             qPrintable(QStringLiteral("documented but not accepted: ") + unknown.join(u' ')));
}

void CommandLineTest::generateCertificate()
{
    TempFolder home;
    const QString directory = home.filePath(QStringLiteral("server"));
    QProcess app;
    startApp(app, home, {QStringLiteral("--generate-certificate"), directory});
    QVERIFY(app.waitForFinished(30000));
    QCOMPARE(app.exitCode(), 0);
    const QString output = QString::fromUtf8(app.readAllStandardOutput());
    const Result<TlsCredentials> pair
        = TlsCredentials::load(directory + QStringLiteral("/certificate.pem"),
                               directory + QStringLiteral("/private-key.pem"));
    QVERIFY2(pair.ok(), qPrintable(pair ? output : pair.error().message));
    QVERIFY2(output.contains(displayFingerprint(pair.value().fingerprint())), qPrintable(output));
    QVERIFY(output.contains(QStringLiteral("--serve --cert ")));

    // Again: a new pair replaces the old one.
    QProcess again;
    startApp(again, home, {QStringLiteral("--generate-certificate"), directory});
    QVERIFY(again.waitForFinished(30000));
    QCOMPARE(again.exitCode(), 0);
    const Result<TlsCredentials> renewed
        = TlsCredentials::load(directory + QStringLiteral("/certificate.pem"),
                               directory + QStringLiteral("/private-key.pem"));
    QVERIFY(renewed.ok());
    QVERIFY(renewed.value().fingerprint() != pair.value().fingerprint());

    QProcess missing;
    startApp(missing, home, {QStringLiteral("--generate-certificate")});
    QVERIFY(missing.waitForFinished(30000));
    QCOMPARE(missing.exitCode(), 2);
}

QTEST_GUILESS_MAIN(CommandLineTest)
#include "tst_commandline.moc"
