// The .ts catalogues ship only finished, current translations whose placeholders and accelerators
// match their source. ENSEMBLE_TS_DIR (environment) checks another directory, e.g. catalogues
// freshly updated by lupdate (see CheckTranslationsCurrent.cmake).

#include "TsChecker.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTest>

using ensemble::test::checkTsFile;
using ensemble::test::TsProblem;

namespace {

QString tsDir()
{
    return qEnvironmentVariable("ENSEMBLE_TS_DIR", QStringLiteral(ENSEMBLE_TS_SOURCE_DIR));
}

QString tsFile(const QString &body)
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n"
                          "<TS version=\"2.1\" language=\"de\"><context><name>MainWindow</name>%1"
                          "</context></TS>")
        .arg(body);
}

QString message(const QString &source, const QString &translation)
{
    return QStringLiteral("<message><location filename=\"../app/MainWindow.cpp\" line=\"7\"/>"
                          "<source>%1</source>%2</message>")
        .arg(source, translation);
}

QList<int> problemKinds(const QString &ts)
{
    QByteArray bytes = ts.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QList<int> kinds;
    for (const TsProblem &problem : checkTsFile(&buffer).problems)
        kinds.append(problem.kind);
    return kinds;
}

} // namespace

class TranslationFilesTest : public QObject
{
    Q_OBJECT

private slots:
    void checkerFindsProblems_data()
    {
        QTest::addColumn<QString>("ts");
        QTest::addColumn<QList<int>>("kinds");
        const QString open = QStringLiteral("&amp;Open…");
        QTest::addRow("finished") << tsFile(
            message(open, QStringLiteral("<translation>Ö&amp;ffnen…</translation>")))
                                  << QList<int> {};
        QTest::addRow("unfinished")
            << tsFile(message(open, QStringLiteral("<translation type=\"unfinished\"/>")))
            << QList<int> {TsProblem::Unfinished};
        QTest::addRow("unfinished with a draft") << tsFile(message(
            open, QStringLiteral("<translation type=\"unfinished\">Ö&amp;ffnen</translation>")))
                                                 << QList<int> {TsProblem::Unfinished};
        QTest::addRow("empty but marked finished")
            << tsFile(message(open, QStringLiteral("<translation></translation>")))
            << QList<int> {TsProblem::Unfinished};
        QTest::addRow("vanished from the sources") << tsFile(message(
            open, QStringLiteral("<translation type=\"vanished\">Ö&amp;ffnen</translation>")))
                                                   << QList<int> {TsProblem::Obsolete};
        QTest::addRow("obsolete") << tsFile(message(
            open, QStringLiteral("<translation type=\"obsolete\">Ö&amp;ffnen</translation>")))
                                  << QList<int> {TsProblem::Obsolete};
        QTest::addRow("placeholders reordered")
            << tsFile(message(QStringLiteral("%1 joined %2"),
                              QStringLiteral("<translation>%2: %1 ist beigetreten</translation>")))
            << QList<int> {};
        QTest::addRow("locale-aware placeholder")
            << tsFile(message(QStringLiteral("Revision %1"),
                              QStringLiteral("<translation>Revision %L1</translation>")))
            << QList<int> {};
        QTest::addRow("placeholder missing")
            << tsFile(message(QStringLiteral("%1 joined %2"),
                              QStringLiteral("<translation>%1 ist beigetreten</translation>")))
            << QList<int> {TsProblem::Placeholders};
        QTest::addRow("placeholder renumbered") << tsFile(message(
            QStringLiteral("Port %1"), QStringLiteral("<translation>Port %2</translation>")))
                                                << QList<int> {TsProblem::Placeholders};
        QTest::addRow("placeholder added")
            << tsFile(message(QStringLiteral("Disconnected"),
                              QStringLiteral("<translation>Getrennt (%1)</translation>")))
            << QList<int> {TsProblem::Placeholders};
        QTest::addRow("accelerator lost")
            << tsFile(message(open, QStringLiteral("<translation>Öffnen…</translation>")))
            << QList<int> {TsProblem::Accelerator};
        QTest::addRow("accelerator added") << tsFile(message(
            QStringLiteral("Open"), QStringLiteral("<translation>Ö&amp;ffnen</translation>")))
                                           << QList<int> {TsProblem::Accelerator};
        QTest::addRow("escaped ampersand is no accelerator") << tsFile(
            message(QStringLiteral("Find &amp;&amp; Replace"),
                    QStringLiteral("<translation>Suchen &amp;&amp; Ersetzen</translation>")))
                                                             << QList<int> {};
        QTest::addRow("CJK-style accelerator")
            << tsFile(message(QStringLiteral("&amp;File"),
                              QStringLiteral("<translation>ファイル(&amp;F)</translation>")))
            << QList<int> {};
        QTest::addRow("numerus forms all carry the count") << tsFile(
            QStringLiteral("<message numerus=\"yes\"><source>%n user(s)</source>"
                           "<translation><numerusform>%n Benutzer</numerusform>"
                           "<numerusform>%n Benutzer</numerusform></translation></message>"))
                                                           << QList<int> {};
        QTest::addRow("numerus form without the count") << tsFile(
            QStringLiteral("<message numerus=\"yes\"><source>%n user(s)</source>"
                           "<translation><numerusform>ein Benutzer</numerusform>"
                           "<numerusform>%n Benutzer</numerusform></translation></message>"))
                                                        << QList<int> {TsProblem::Placeholders};
        QTest::addRow("numerus form left empty")
            << tsFile(QStringLiteral("<message numerus=\"yes\"><source>%n user(s)</source>"
                                     "<translation><numerusform>%n Benutzer</numerusform>"
                                     "<numerusform></numerusform></translation></message>"))
            << QList<int> {TsProblem::Unfinished};
        QTest::addRow("broken XML") << tsFile(QStringLiteral("<message><source>Open</message>"))
                                    << QList<int> {TsProblem::Malformed};
        QTest::addRow("not a .ts file") << QStringLiteral("<?xml version=\"1.0\"?><html/>")
                                        << QList<int> {TsProblem::Malformed};
    }

    void checkerFindsProblems()
    {
        QFETCH(QString, ts);
        QFETCH(QList<int>, kinds);
        QCOMPARE(problemKinds(ts), kinds);
    }

    void everyLanguageHasACatalogue()
    {
        QStringList languages;
        const QStringList files
            = QDir(tsDir()).entryList({QStringLiteral("ensemble_*.ts")}, QDir::Files, QDir::Name);
        for (const QString &file : files)
            languages.append(QFileInfo(file).completeBaseName().mid(int(qstrlen("ensemble_"))));
        QCOMPARE(languages,
                 (QStringList {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"),
                               QStringLiteral("ja"), QStringLiteral("pt_BR"), QStringLiteral("ru"),
                               QStringLiteral("zh_CN")}));
    }

    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("path");
        const QFileInfoList files = QDir(tsDir()).entryInfoList({QStringLiteral("ensemble_*.ts")},
                                                                QDir::Files, QDir::Name);
        for (const QFileInfo &file : files)
            QTest::addRow("%s", qPrintable(file.fileName())) << file.absoluteFilePath();
    }

    void catalogueIsComplete()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        const auto report = checkTsFile(&file);
        QStringList problems;
        for (const TsProblem &problem : report.problems)
            problems.append(problem.toString());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // lupdate writes "de_DE" for ensemble_de.ts: the same locale as far as Qt is concerned.
        const QString suffix = QFileInfo(path).completeBaseName().mid(int(qstrlen("ensemble_")));
        QCOMPARE(QLocale(report.language).name(), QLocale(suffix).name());
        qInfo("%s: %d messages", qPrintable(QFileInfo(path).fileName()), report.messages);
    }
};

QTEST_GUILESS_MAIN(TranslationFilesTest)
#include "tst_translation_files.moc"
