#pragma once

#include "EditorOptions.h"
#include "Settings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QSpinBox;

namespace ensemble {

// Preferences: font, indentation, display, theme and interface language. OK writes them to
// Settings, which applies them to every open editor (the language at the next start).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(Settings &settings, QWidget *parent = nullptr);

    EditorOptions editorOptions() const;
    Theme theme() const;
    // "" for the system's language, else "en", "de", "pt_BR", ...
    QString interfaceLanguage() const;

    void accept() override;

    QFontComboBox *fontFamily() const { return m_fontFamily; }
    QSpinBox *fontSize() const { return m_fontSize; }
    QSpinBox *tabWidth() const { return m_tabWidth; }
    QCheckBox *indentWithSpaces() const { return m_indentWithSpaces; }
    QComboBox *themeChoice() const { return m_theme; }
    QComboBox *languageChoice() const { return m_language; }

private:
    Settings &m_settings;
    QFontComboBox *m_fontFamily;
    QSpinBox *m_fontSize;
    QSpinBox *m_tabWidth;
    QCheckBox *m_indentWithSpaces;
    QCheckBox *m_showWhitespace;
    QCheckBox *m_wordWrap;
    QCheckBox *m_indentGuides;
    QComboBox *m_theme;
    QComboBox *m_language;
};

} // namespace ensemble
