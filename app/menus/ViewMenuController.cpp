#include "menus/ViewMenuController.h"

#include "AppContext.h"
#include "CodeEditor.h"
#include "DocumentTab.h"
#include "Settings.h"
#include "menus/MenuHelpers.h"
#include "window/Workspace.h"

#include <QActionGroup>
#include <QMainWindow>
#include <QMenuBar>
#include <QTabWidget>

namespace ensemble {

ViewMenuController::ViewMenuController(const AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_themes(new QActionGroup(this))
{
    QMenu *menu = context.window.menuBar()->addMenu(tr("&View"));
    const auto zoom = [this](int delta) {
        if (DocumentTab *document = m_context.workspace.current()) {
            CodeEditor *editor = document->editor();
            editor->zoomTo(delta == 0 ? 0 : editor->zoomLevel() + delta);
        }
    };
    connect(addMenuAction(menu, tr("Zoom &In"), QKeySequence::ZoomIn, "zoom-in"),
            &QAction::triggered, this, [zoom] { zoom(1); });
    connect(addMenuAction(menu, tr("Zoom &Out"), QKeySequence::ZoomOut, "zoom-out"),
            &QAction::triggered, this, [zoom] { zoom(-1); });
    //: Keyboard shortcut: keep the English key names.
    const QKeySequence resetZoom(tr("Ctrl+0"));
    connect(addMenuAction(menu, tr("&Reset Zoom"), resetZoom, "zoom-original"), &QAction::triggered,
            this, [zoom] { zoom(0); });
    menu->addSeparator();
    // Cycling through tabs, wrapping at either end.
    const auto cycle = [this](int step) {
        QTabWidget &tabs = m_context.workspace.tabs();
        if (tabs.count() > 1)
            tabs.setCurrentIndex((tabs.currentIndex() + step + tabs.count()) % tabs.count());
    };
    // Ctrl+PgDown and Ctrl+PgUp as well, as in browsers and most editors; Qt has only Ctrl+Tab.
    QAction *next = addMenuAction(menu, tr("&Next Tab"), QKeySequence::NextChild);
    next->setShortcuts(next->shortcuts() << QKeySequence(Qt::ControlModifier | Qt::Key_PageDown));
    connect(next, &QAction::triggered, this, [cycle] { cycle(1); });
    QAction *previous = addMenuAction(menu, tr("&Previous Tab"), QKeySequence::PreviousChild);
    previous->setShortcuts(previous->shortcuts()
                           << QKeySequence(Qt::ControlModifier | Qt::Key_PageUp));
    connect(previous, &QAction::triggered, this, [cycle] { cycle(-1); });
    menu->addSeparator();
    addToggle(menu, tr("&Word Wrap"),
              //: Keyboard shortcut: keep the English key names.
              QKeySequence(tr("Alt+Z")), &EditorOptions::wordWrap);
    addToggle(menu, tr("Show White&space"), {}, &EditorOptions::showWhitespace);
    addToggle(menu, tr("Show Indentation &Guides"), {}, &EditorOptions::showIndentGuides);
    addToggle(menu, tr("Show &Authorship"), {}, &EditorOptions::showAuthorship);
    addToggle(menu, tr("Show &Last Editor"), {}, &EditorOptions::showLastEditor);
    menu->addSeparator();

    QMenu *themes = menu->addMenu(tr("&Theme"));
    const std::pair<Theme, QString> choices[] = {
        //: Theme that follows the desktop's colours.
        {Theme::System, tr("&System")},
        {Theme::Light, tr("&Light")},
        {Theme::Dark, tr("&Dark")},
    };
    for (const auto &[theme, label] : choices) {
        QAction *action = themes->addAction(label);
        action->setCheckable(true);
        action->setData(int(theme));
        m_themes->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, theme] { m_context.settings.setTheme(theme); });
    }
    connect(&context.settings, &Settings::editorOptionsChanged, this,
            &ViewMenuController::updateChecks);
    connect(&context.settings, &Settings::themeChanged, this, &ViewMenuController::updateChecks);
    updateChecks();
}

QAction *ViewMenuController::addToggle(QMenu *menu, const QString &text,
                                       const QKeySequence &shortcut, bool EditorOptions::*option)
{
    QAction *action = addMenuAction(menu, text, shortcut);
    action->setCheckable(true);
    connect(action, &QAction::toggled, this, [this, option](bool on) {
        EditorOptions options = m_context.settings.editorOptions();
        options.*option = on;
        m_context.settings.setEditorOptions(options);
    });
    m_toggles.append({action, option});
    return action;
}

void ViewMenuController::updateChecks()
{
    const EditorOptions options = m_context.settings.editorOptions();
    for (const auto &[action, option] : std::as_const(m_toggles))
        action->setChecked(options.*option);
    const int theme = int(m_context.settings.theme());
    for (QAction *action : m_themes->actions())
        action->setChecked(action->data().toInt() == theme);
}

} // namespace ensemble
