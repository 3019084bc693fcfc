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

QTEST_GUILESS_MAIN(CommandLineTest)
#include "tst_commandline.moc"
