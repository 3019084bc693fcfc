#include "dialogs/SettingsDialog.h"

#include "Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace ensemble {

SettingsDialog::SettingsDialog(Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_fontFamily(new QFontComboBox(this))
    , m_fontSize(new QSpinBox(this))
    , m_tabWidth(new QSpinBox(this))
    , m_indentWithSpaces(new QCheckBox(tr("Indent with &spaces instead of tabs"), this))
    , m_showWhitespace(new QCheckBox(tr("Show &whitespace"), this))
    , m_wordWrap(new QCheckBox(tr("Wrap &long lines"), this))
    , m_indentGuides(new QCheckBox(tr("Show &indentation guides"), this))
    , m_theme(new QComboBox(this))
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    const EditorOptions options = settings.editorOptions();
    m_fontFamily->setFontFilters(QFontComboBox::MonospacedFonts);
    m_fontFamily->setCurrentFont(options.font);
    m_fontSize->setRange(6, 72);
    //: Font size unit (points), after the number.
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(options.font.pointSize() > 0 ? options.font.pointSize() : 10);
    m_tabWidth->setRange(EditorOptions::minimumTabWidth, EditorOptions::maximumTabWidth);
    m_tabWidth->setValue(options.tabWidth);
    m_indentWithSpaces->setChecked(options.indentWithSpaces);
    m_showWhitespace->setChecked(options.showWhitespace);
    m_wordWrap->setChecked(options.wordWrap);
    m_indentGuides->setChecked(options.showIndentGuides);
    //: Theme that follows the desktop's colours.
    m_theme->addItem(tr("Follow the system"), int(Theme::System));
    m_theme->addItem(tr("Light"), int(Theme::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(settings.theme())));
    // Each language under its own name, so that it can be found whatever the interface shows.
    QStringList languages = Translations::availableLanguages();
    languages.append(QLatin1String(Translations::english));
    std::sort(languages.begin(), languages.end(), [](const QString &a, const QString &b) {
        return Translations::nativeName(a) < Translations::nativeName(b);
    });
    m_language->addItem(tr("System default"), QString());
    for (const QString &language : std::as_const(languages))
        m_language->addItem(Translations::nativeName(language), language);
    m_language->setCurrentIndex(m_language->findData(settings.interfaceLanguage()));
    auto *languageNote = new QLabel(tr("The interface language changes when Ensemble is next "
                                       "started."),
                                    this);
    languageNote->setWordWrap(true);
    languageNote->setForegroundRole(QPalette::PlaceholderText);

    auto *fontRow = new QHBoxLayout;
    fontRow->addWidget(m_fontFamily, 1);
    fontRow->addWidget(m_fontSize);
    auto *form = new QFormLayout;
    // A label for a row of two widgets needs its buddy set by hand for the mnemonic to work.
    auto *fontLabel = new QLabel(tr("&Font:"), this);
    fontLabel->setBuddy(m_fontFamily);
    form->addRow(fontLabel, fontRow);
    form->addRow(tr("&Tab width:"), m_tabWidth);
    form->addRow(QString(), m_indentWithSpaces);
    form->addRow(QString(), m_showWhitespace);
    form->addRow(QString(), m_wordWrap);
    form->addRow(QString(), m_indentGuides);
    form->addRow(tr("T&heme:"), m_theme);
    form->addRow(tr("Interface lan&guage:"), m_language);
    form->addRow(QString(), languageNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

EditorOptions SettingsDialog::editorOptions() const
{
    EditorOptions options = m_settings.editorOptions();
    QFont font = m_fontFamily->currentFont();
    font.setPointSize(m_fontSize->value());
    font.setStyleHint(QFont::Monospace);
    options.font = font;
    options.tabWidth = m_tabWidth->value();
    options.indentWithSpaces = m_indentWithSpaces->isChecked();
    options.showWhitespace = m_showWhitespace->isChecked();
    options.wordWrap = m_wordWrap->isChecked();
    options.showIndentGuides = m_indentGuides->isChecked();
    return options;
}

Theme SettingsDialog::theme() const
{
    return Theme(m_theme->currentData().toInt());
}

QString SettingsDialog::interfaceLanguage() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::accept()
{
    m_settings.setEditorOptions(editorOptions());
    m_settings.setTheme(theme());
    m_settings.setInterfaceLanguage(interfaceLanguage());
    QDialog::accept();
}

} // namespace ensemble
