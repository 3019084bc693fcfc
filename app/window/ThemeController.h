#pragma once

#include "Settings.h"

#include <QObject>
#include <QPalette>

namespace ensemble {

// Applies the theme setting to the whole application. Editors follow the application palette,
// so "System" keeps the desktop's colours and Light/Dark switch everything at once.
class ThemeController : public QObject
{
    Q_OBJECT

public:
    explicit ThemeController(Settings &settings, QObject *parent = nullptr);

    static QPalette darkPalette();
    static QPalette lightPalette();

private:
    void apply(Theme theme);

    QPalette m_systemPalette;
    QString m_systemStyle;
};

} // namespace ensemble
