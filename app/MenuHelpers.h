#pragma once

#include <QAction>
#include <QKeySequence>
#include <QMenu>

namespace ensemble {

// One menu entry with an optional theme icon and shortcut; the caller connects triggered().
inline QAction *addMenuAction(QMenu *menu, const QString &text, const QKeySequence &shortcut = {},
                              const char *iconName = nullptr)
{
    QAction *action = menu->addAction(text);
    action->setShortcut(shortcut);
    if (iconName)
        action->setIcon(QIcon::fromTheme(QLatin1String(iconName)));
    return action;
}

} // namespace ensemble
