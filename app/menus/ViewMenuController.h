#pragma once

#include "EditorOptions.h"

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;

namespace ensemble {

struct AppContext;

// View menu: zoom, word wrap, whitespace, indentation guides, theme.
class ViewMenuController : public QObject
{
    Q_OBJECT

public:
    ViewMenuController(const AppContext &context, QObject *parent);

private:
    QAction *addToggle(QMenu *menu, const QString &text, const QKeySequence &shortcut,
                       bool EditorOptions::*option);
    void updateChecks();

    const AppContext &m_context;
    QList<std::pair<QAction *, bool EditorOptions::*>> m_toggles;
    QActionGroup *m_themes;
};

} // namespace ensemble
