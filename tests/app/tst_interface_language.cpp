// The interface language chosen in Preferences wins over the system's at the next start: the real
// `ensemble` executable, started with a French system language and various settings, prints its
// --help (which comes after the translations are installed) in the chosen language.

#include "Settings.h"
#include "TempFiles.h"
#include "Translations.h"

#include <QProcess>
#include <QTest>
#include <QTranslator>

using namespace ensemble;
using ensemble::test::TempFolder;

namespace {

const char *const description
    = "Ensemble, a code editor in which several people edit one document at once.";

// The description as the embedded catalogue of this language has it, English for "en".
QString expectedDescription(const QString &language)
{
    if (language == QLatin1String(Translations::english))
        return QString::fromLatin1(description);
    QTranslator catalogue;
    if (!catalogue.load(QStringLiteral(":/i18n/ensemble_%1.qm").arg(language)))
        return {};
    return catalogue.translate("ensemble::CommandLine", description);
}

} // namespace

class InterfaceLanguageTest : public QObject
{
    Q_OBJECT

private slots:
    void settingOverridesTheSystemLanguage_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("shown");
        QTest::addRow("no setting: the system's French") << ""
                                                         << "fr";
        QTest::addRow("Japanese chosen") << "ja"
                                         << "ja";
        QTest::addRow("Brazilian Portuguese chosen") << "pt_BR"
                                                     << "pt_BR";
        QTest::addRow("English chosen") << "en"
                                        << "en";
    }

    void settingOverridesTheSystemLanguage()
    {
        QFETCH(QString, setting);
        QFETCH(QString, shown);
        TempFolder home;
        // Where the application's default QSettings live: $XDG_CONFIG_HOME/Ensemble/Ensemble.conf.
        Settings settings(home.filePath(QStringLiteral("Ensemble/Ensemble.conf")));
        settings.setInterfaceLanguage(setting);
        settings.sync();

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("LC_ALL"));
        environment.remove(QStringLiteral("LC_MESSAGES"));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8"));
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("fr"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess ensemble;
        ensemble.setProcessEnvironment(environment);
        ensemble.start(QStringLiteral(ENSEMBLE_EXECUTABLE), {QStringLiteral("--help")});
        QVERIFY2(ensemble.waitForFinished(60000), qPrintable(ensemble.errorString()));
        QCOMPARE(ensemble.exitCode(), 0);

        const QString help = QString::fromUtf8(ensemble.readAllStandardOutput());
        const QString expected = expectedDescription(shown);
        QVERIFY(!expected.isEmpty());
        QVERIFY2(help.contains(expected), qPrintable(help));
    }
};

QTEST_GUILESS_MAIN(InterfaceLanguageTest)
#include "tst_interface_language.moc"
