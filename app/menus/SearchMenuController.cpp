#include "menus/SearchMenuController.h"

#include "AppContext.h"
#include "CodeEditor.h"
#include "DocumentTab.h"
#include "UserPrompts.h"
#include "menus/MenuHelpers.h"
#include "window/FindReplaceBar.h"
#include "window/Workspace.h"

#include <QMainWindow>
#include <QMenuBar>

namespace ensemble {

SearchMenuController::SearchMenuController(const AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    FindReplaceBar &bar = context.findBar;
    QMenu *menu = context.window.menuBar()->addMenu(tr("&Search"));
    QAction *find = addMenuAction(menu, tr("&Find…"), QKeySequence::Find, "edit-find");
    connect(find, &QAction::triggered, &bar, &FindReplaceBar::showFind);
    QAction *replace = addMenuAction(menu, tr("&Replace…"),
                                     //: Keyboard shortcut: keep the English key names.
                                     QKeySequence(tr("Ctrl+H")), "edit-find-replace");
    connect(replace, &QAction::triggered, &bar, &FindReplaceBar::showReplace);
    QAction *next = addMenuAction(menu, tr("Find &Next"), QKeySequence::FindNext);
    connect(next, &QAction::triggered, &bar, &FindReplaceBar::findNext);
    QAction *previous = addMenuAction(menu, tr("Find &Previous"), QKeySequence::FindPrevious);
    connect(previous, &QAction::triggered, &bar, &FindReplaceBar::findPrevious);
    menu->addSeparator();
    // Ctrl+G is Find Next on Linux desktops, so go to line takes Ctrl+L as in Kate and gedit.
    QAction *goTo = addMenuAction(menu, tr("&Go to Line…"),
                                  //: Keyboard shortcut: keep the English key names.
                                  QKeySequence(tr("Ctrl+L")), "go-jump");
    connect(goTo, &QAction::triggered, this, &SearchMenuController::goToLine);
    m_documentActions = {find, replace, next, previous, goTo};

    connect(&context.workspace, &Workspace::currentChanged, this, [this](DocumentTab *document) {
        m_context.findBar.setEditor(document ? document->editor() : nullptr);
        updateActions();
    });
    updateActions();
}

void SearchMenuController::goToLine()
{
    DocumentTab *document = m_context.workspace.current();
    if (!document)
        return;
    CodeEditor *editor = document->editor();
    int line = 0;
    int index = 0;
    editor->getCursorPosition(&line, &index);
    const std::optional<int> target = m_context.prompts.askLineNumber(line + 1, editor->lines());
    if (!target)
        return;
    const int zeroBased = std::clamp(*target, 1, editor->lines()) - 1;
    editor->setCursorPosition(zeroBased, 0);
    editor->ensureLineVisible(zeroBased);
    editor->setFocus();
}

void SearchMenuController::updateActions()
{
    const bool hasDocument = m_context.workspace.current() != nullptr;
    for (QAction *action : std::as_const(m_documentActions))
        action->setEnabled(hasDocument);
}

} // namespace ensemble
