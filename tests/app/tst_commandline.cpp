#include "CommandLine.h"

#include <QDir>
#include <QTest>

using namespace ensemble;

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
};

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
    QTest::addRow("file URL") << QStringList {"ensemble", "file:///tmp/caf%C3%A9.txt"} << false
                              << ""
                              << "" << QStringList {"/tmp/caf\u00e9.txt"};
    QTest::addRow("host and name")
        << QStringList {"ensemble", "--name=Bo", "--host", "a.py"} << true << ""
        << "Bo" << QStringList {here.absoluteFilePath("a.py")};
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

QTEST_GUILESS_MAIN(CommandLineTest)
#include "tst_commandline.moc"
