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

// As above with every platform binding of a standard key (Redo is both Ctrl+Shift+Z and Ctrl+Y
// on Linux, Close both Ctrl+W and Ctrl+F4).
inline QAction *addMenuAction(QMenu *menu, const QString &text, QKeySequence::StandardKey key,
                              const char *iconName = nullptr)
{
    QAction *action = addMenuAction(menu, text, QKeySequence(), iconName);
    action->setShortcuts(key);
    return action;
}

} // namespace ensemble
