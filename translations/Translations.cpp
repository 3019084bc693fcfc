#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>
#include <utility>

namespace ensemble {

namespace {

const QString catalogueDir = QStringLiteral(":/i18n");
const QString cataloguePrefix = QStringLiteral("ensemble_");

// How the languages Ensemble ships name themselves, where Qt's own names differ ("中文" for
// Simplified Chinese, lower-case "français") or lack the variant.
const std::pair<const char *, QString> nativeNames[] = {
    {"de", QStringLiteral("Deutsch")}, {"en", QStringLiteral("English")},
    {"es", QStringLiteral("Español")}, {"fr", QStringLiteral("Français")},
    {"ja", QStringLiteral("日本語")},  {"pt_BR", QStringLiteral("Português (Brasil)")},
    {"ru", QStringLiteral("Русский")}, {"zh_CN", QStringLiteral("简体中文")},
};

} // namespace

Translations::Translations(QObject *parent)
    : QObject(parent)
{
}

Translations::~Translations()
{
    removeTranslators();
}

QStringList Translations::availableLanguages()
{
    QStringList languages;
    const QStringList files
        = QDir(catalogueDir)
              .entryList({cataloguePrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(QFileInfo(file).completeBaseName().mid(cataloguePrefix.size()));
    return languages;
}

QLocale Translations::preferredLocale()
{
    const QString chosen = QSettings().value(QLatin1String(settingsKey)).toString();
    if (chosen == QLatin1String(english) || availableLanguages().contains(chosen))
        return QLocale(chosen);
    return QLocale::system();
}

QString Translations::nativeName(const QString &language)
{
    for (const auto &[code, name] : nativeNames) {
        if (language == QLatin1String(code))
            return name;
    }
    // A language added later: Qt's name for it, capitalised as at the start of a list entry.
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return language;
    name[0] = name[0].toUpper();
    if (language.contains(u'_'))
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    return name;
}

QString Translations::apply(const QLocale &locale)
{
    removeTranslators();

    // The English plural forms go first, so any catalogue installed after them takes precedence
    // and a language without one still reads "1 participant", not "1 participant(s)".
    auto *plurals = new QTranslator(this);
    if (plurals->load(QStringLiteral("plurals_en.qm"), catalogueDir)) {
        m_plurals = plurals;
        QCoreApplication::installTranslator(m_plurals);
    } else {
        delete plurals;
    }

    // QTranslator walks locale.uiLanguages() (which follows $LANGUAGE for the system locale), so
    // de_AT finds ensemble_de.qm; a language without a catalogue leaves the English source text.
    auto *app = new QTranslator(this);
    if (!app->load(locale, QStringLiteral("ensemble"), QStringLiteral("_"), catalogueDir)) {
        delete app;
        return {};
    }
    m_app = app;
    m_language = QFileInfo(app->filePath()).completeBaseName().mid(cataloguePrefix.size());
    QCoreApplication::installTranslator(m_app);

    // Qt's own strings (standard dialogs, context menus) in the same language, when the system has
    // them; never in a language the application itself is not shown in.
    auto *qt = new QTranslator(this);
    if (qt->load(QLocale(m_language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qt = qt;
        QCoreApplication::installTranslator(m_qt);
    } else {
        delete qt;
    }
    return m_language;
}

void Translations::removeTranslators()
{
    for (QTranslator *translator : {m_app, m_qt, m_plurals}) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    m_app = nullptr;
    m_qt = nullptr;
    m_plurals = nullptr;
    m_language.clear();
}

} // namespace ensemble
