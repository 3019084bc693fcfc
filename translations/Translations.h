#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>

class QTranslator;

namespace ensemble {

/// Installs the interface translation (and Qt's own, for standard dialogs) for one language,
/// replacing the previous one. The catalogues are embedded as :/i18n/ensemble_<language>.qm, and
/// :/i18n/plurals_en.qm gives English its plural forms.
class Translations : public QObject
{
    Q_OBJECT

public:
    /// QSettings key holding the chosen language ("de", "pt_BR", ...); empty means the system's.
    static constexpr auto settingsKey = "ui/language";
    /// The setting that keeps the interface in English whatever the system's language.
    static constexpr auto english = "en";

    explicit Translations(QObject *parent = nullptr);
    ~Translations() override;

    /// Languages with an embedded catalogue, as locale names ("de", "pt_BR", ...), sorted.
    static QStringList availableLanguages();
    /// The locale chosen in the settings, or the system's when none (or an unknown one) is.
    static QLocale preferredLocale();
    /// What a language calls itself ("Deutsch", "Português (Brasil)", "简体中文"), for choosing
    /// it in a list whatever the interface language is.
    static QString nativeName(const QString &language);

    /// Installs the catalogue that best matches locale and returns its language, or an empty
    /// string when none matches and the interface stays in English.
    QString apply(const QLocale &locale);
    /// The language installed by the last apply(), or empty for English.
    QString currentLanguage() const { return m_language; }

private:
    void removeTranslators();

    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
    QTranslator *m_plurals = nullptr;
    QString m_language;
};

} // namespace ensemble
