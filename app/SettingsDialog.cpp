#include "SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ensemble {

SettingsDialog::SettingsDialog(Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_fontFamily(new QFontComboBox(this))
    , m_fontSize(new QSpinBox(this))
    , m_tabWidth(new QSpinBox(this))
    , m_indentWithSpaces(new QCheckBox(tr("Indent with &spaces instead of tabs"), this))
    , m_showWhitespace(new QCheckBox(tr("Show &whitespace"), this))
    , m_wordWrap(new QCheckBox(tr("&Wrap long lines"), this))
    , m_indentGuides(new QCheckBox(tr("Show &indentation guides"), this))
    , m_theme(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    const EditorOptions options = settings.editorOptions();
    m_fontFamily->setFontFilters(QFontComboBox::MonospacedFonts);
    m_fontFamily->setCurrentFont(options.font);
    m_fontSize->setRange(6, 72);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(options.font.pointSize() > 0 ? options.font.pointSize() : 10);
    m_tabWidth->setRange(EditorOptions::minimumTabWidth, EditorOptions::maximumTabWidth);
    m_tabWidth->setValue(options.tabWidth);
    m_indentWithSpaces->setChecked(options.indentWithSpaces);
    m_showWhitespace->setChecked(options.showWhitespace);
    m_wordWrap->setChecked(options.wordWrap);
    m_indentGuides->setChecked(options.showIndentGuides);
    m_theme->addItem(tr("Follow the system"), int(Theme::System));
    m_theme->addItem(tr("Light"), int(Theme::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(settings.theme())));

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

void SettingsDialog::accept()
{
    m_settings.setEditorOptions(editorOptions());
    m_settings.setTheme(theme());
    QDialog::accept();
}

} // namespace ensemble
