// The loader installs the embedded catalogue that matches the user's language, falls back to
// English, and follows the language chosen in the settings.

#include "Translations.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using ensemble::Translations;

namespace {

// Counts QEvent::LanguageChange, which is how widgets learn to retranslate themselves.
class LanguageChangeCounter : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == qApp && event->type() == QEvent::LanguageChange)
            ++count;
        return false;
    }
};

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EnsembleTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    }

    void cleanup() { QSettings().remove(QLatin1String(Translations::settingsKey)); }

    void everyCatalogueIsEmbedded()
    {
        QCOMPARE(Translations::availableLanguages(),
                 (QStringList {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"),
                               QStringLiteral("ja"), QStringLiteral("pt_BR"), QStringLiteral("ru"),
                               QStringLiteral("zh_CN")}));
    }

    void applyPicksTheBestCatalogue_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::addRow("German") << "de_DE"
                                << "de";
        QTest::addRow("Austrian German uses German") << "de_AT"
                                                     << "de";
        QTest::addRow("Canadian French uses French") << "fr_CA"
                                                     << "fr";
        QTest::addRow("Mexican Spanish uses Spanish") << "es_MX"
                                                      << "es";
        QTest::addRow("Brazilian Portuguese") << "pt_BR"
                                              << "pt_BR";
        QTest::addRow("Russian") << "ru_RU"
                                 << "ru";
        QTest::addRow("Japanese") << "ja_JP"
                                  << "ja";
        QTest::addRow("Simplified Chinese") << "zh_CN"
                                            << "zh_CN";
        QTest::addRow("Traditional Chinese stays English") << "zh_TW"
                                                           << "";
        QTest::addRow("English") << "en_US"
                                 << "";
        QTest::addRow("no catalogue for Polish: English") << "pl_PL"
                                                          << "";
        QTest::addRow("C locale") << "C"
                                  << "";
    }

    void applyPicksTheBestCatalogue()
    {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        Translations translations;
        QCOMPARE(translations.apply(QLocale(locale)), language);
        QCOMPARE(translations.currentLanguage(), language);
    }

    void switchingLanguageRetranslates()
    {
        LanguageChangeCounter counter;
        qApp->installEventFilter(&counter);
        {
            Translations translations;
            QCOMPARE(translations.apply(QLocale(QStringLiteral("de_DE"))), QStringLiteral("de"));
            QCoreApplication::processEvents();
            const int afterGerman = counter.count;
            QVERIFY(afterGerman > 0);

            QCOMPARE(translations.apply(QLocale(QStringLiteral("en_GB"))), QString());
            QCoreApplication::processEvents();
            QVERIFY(counter.count > afterGerman);
            QCOMPARE(translations.currentLanguage(), QString());
        }
        qApp->removeEventFilter(&counter);
    }

    void preferredLocaleFollowsTheSettings_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("expected");
        QTest::addRow("unset: system") << "" << QLocale::system().name();
        QTest::addRow("French") << "fr"
                                << "fr_FR";
        QTest::addRow("Brazilian Portuguese") << "pt_BR"
                                              << "pt_BR";
        QTest::addRow("English whatever the system") << "en"
                                                     << "en_US";
        QTest::addRow("no catalogue: system") << "pl" << QLocale::system().name();
        QTest::addRow("garbage: system") << "../../etc" << QLocale::system().name();
    }

    void preferredLocaleFollowsTheSettings()
    {
        QFETCH(QString, setting);
        QFETCH(QString, expected);
        if (!setting.isEmpty())
            QSettings().setValue(QLatin1String(Translations::settingsKey), setting);
        QCOMPARE(Translations::preferredLocale().name(), expected);
    }

    void pluralsReadNaturally_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("text");
        QTest::addRow("English, one") << "en_US" << 1 << "1 participant";
        QTest::addRow("English, several") << "en_US" << 3 << "3 participants";
        QTest::addRow("English, none") << "en_GB" << 0 << "0 participants";
        QTest::addRow("no catalogue: English forms") << "pl_PL" << 1 << "1 participant";
        QTest::addRow("German overrides English") << "de_DE" << 1 << "1 Teilnehmer";
    }

    void pluralsReadNaturally()
    {
        QFETCH(QString, locale);
        QFETCH(int, count);
        QFETCH(QString, text);
        Translations translations;
        translations.apply(QLocale(locale));
        QCOMPARE(QCoreApplication::translate("ensemble::SessionStatusController",
                                             "%n participant(s)", nullptr, count),
                 text);
    }

    void languagesNameThemselves_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("name");
        QTest::addRow("German") << "de"
                                << "Deutsch";
        QTest::addRow("English") << "en"
                                 << "English";
        QTest::addRow("Brazilian Portuguese") << "pt_BR"
                                              << "Português (Brasil)";
        QTest::addRow("Russian") << "ru"
                                 << "Русский";
        QTest::addRow("Simplified Chinese") << "zh_CN"
                                            << "简体中文";
        QTest::addRow("a language added later") << "it"
                                                << "Italiano";
    }

    void languagesNameThemselves()
    {
        QFETCH(QString, language);
        QFETCH(QString, name);
        QCOMPARE(Translations::nativeName(language), name);
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
