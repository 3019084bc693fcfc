#include "menus/EditMenuController.h"

#include "AppContext.h"
#include "CodeEditor.h"
#include "DocumentTab.h"
#include "LineComments.h"
#include "Settings.h"
#include "collab/LocalUndo.h"
#include "collab/SessionBinding.h"
#include "dialogs/SettingsDialog.h"
#include "history/HistoryDialog.h"
#include "menus/MenuHelpers.h"
#include "window/Workspace.h"

#include <QActionGroup>
#include <QMainWindow>
#include <QMenuBar>
#include <functional>

namespace ensemble {

namespace {

// In a shared document undo takes back only this user's own edits (the editor's own undo is off).
LocalUndo *sharedUndo(CodeEditor &editor)
{
    const auto *binding = editor.findChild<SessionBinding *>();
    return binding && binding->isActive() ? binding->undo() : nullptr;
}

} // namespace

EditMenuController::EditMenuController(const AppContext &context,
                                       const CollaborationController &collaboration,
                                       QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_collaboration(collaboration)
    , m_lineEndings(new QActionGroup(this))
{
    // Optional: a file with mixed line endings has none of them checked.
    m_lineEndings->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    QMenu *menu = context.window.menuBar()->addMenu(tr("&Edit"));
    // Each entry forwards to the current editor, so one set of actions serves every tab.
    const auto onEditor = [this, menu](const QString &text, const QList<QKeySequence> &shortcuts,
                                       const char *icon, std::function<void(CodeEditor &)> run) {
        QAction *action = addMenuAction(menu, text, QKeySequence(), icon);
        action->setShortcuts(shortcuts);
        connect(action, &QAction::triggered, this, [this, run] {
            if (DocumentTab *document = m_context.workspace.current())
                run(*document->editor());
        });
        m_documentActions.append(action);
    };
    onEditor(tr("&Undo"), QKeySequence::keyBindings(QKeySequence::Undo), "edit-undo",
             [](CodeEditor &editor) {
                 if (LocalUndo *undo = sharedUndo(editor))
                     undo->undo();
                 else
                     editor.undo();
             });
    onEditor(tr("&Redo"), QKeySequence::keyBindings(QKeySequence::Redo), "edit-redo",
             [](CodeEditor &editor) {
                 if (LocalUndo *undo = sharedUndo(editor))
                     undo->redo();
                 else
                     editor.redo();
             });
    menu->addSeparator();
    onEditor(tr("Cu&t"), QKeySequence::keyBindings(QKeySequence::Cut), "edit-cut",
             [](CodeEditor &editor) { editor.cut(); });
    onEditor(tr("&Copy"), QKeySequence::keyBindings(QKeySequence::Copy), "edit-copy",
             [](CodeEditor &editor) { editor.copy(); });
    onEditor(tr("&Paste"), QKeySequence::keyBindings(QKeySequence::Paste), "edit-paste",
             [](CodeEditor &editor) { editor.paste(); });
    menu->addSeparator();
    onEditor(tr("Select &All"), QKeySequence::keyBindings(QKeySequence::SelectAll),
             "edit-select-all", [](CodeEditor &editor) { editor.selectAll(); });
    menu->addSeparator();
    onEditor(tr("Toggle Co&mment"),
             //: Keyboard shortcut: keep the English key names (Ctrl, Alt, Shift).
             {QKeySequence(tr("Ctrl+/"))}, nullptr,
             [](CodeEditor &editor) { toggleLineComments(editor); });
    menu->addSeparator();
    m_history = addMenuAction(menu, tr("&History…"));
    connect(m_history, &QAction::triggered, this, [this] {
        if (const auto subject = HistorySubject::of(m_collaboration, m_context.workspace.current()))
            HistoryDialog::showFor(*subject, &m_context.window);
    });
    menu->addSeparator();

    QMenu *endings = menu->addMenu(tr("&Line Endings"));
    const std::pair<LineEnding, QString> kinds[] = {
        {LineEnding::Lf, tr("Unix (LF)")},
        {LineEnding::CrLf, tr("Windows (CRLF)")},
        {LineEnding::Cr, tr("Classic Mac (CR)")},
    };
    for (const auto &[ending, label] : kinds) {
        QAction *action = endings->addAction(label);
        action->setCheckable(true);
        action->setData(int(ending));
        m_lineEndings->addAction(action);
        connect(action, &QAction::triggered, this, [this, ending] {
            if (DocumentTab *document = m_context.workspace.current())
                document->convertLineEndings(ending);
        });
    }
    m_documentActions.append(endings->menuAction());
    m_convertToUtf8 = addMenuAction(menu, tr("Convert to UTF-&8"));
    connect(m_convertToUtf8, &QAction::triggered, this, [this] {
        if (DocumentTab *document = m_context.workspace.current())
            document->convertToUtf8();
    });
    menu->addSeparator();
    QAction *preferences = addMenuAction(menu, tr("Pr&eferences…"),
                                         //: Keyboard shortcut: keep the English key names.
                                         QKeySequence(tr("Ctrl+,")), "preferences-system");
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, [this] {
        SettingsDialog dialog(m_context.settings, &m_context.window);
        dialog.exec();
    });

    // A tab joins or leaves a session without telling the workspace: checked when the menu opens.
    connect(menu, &QMenu::aboutToShow, this, &EditMenuController::updateActions);
    connect(&context.workspace, &Workspace::currentChanged, this,
            &EditMenuController::updateActions);
    connect(&context.workspace, &Workspace::documentChanged, this,
            &EditMenuController::updateActions);
    updateActions();
}

void EditMenuController::updateActions()
{
    const DocumentTab *document = m_context.workspace.current();
    for (QAction *action : std::as_const(m_documentActions))
        action->setEnabled(document != nullptr);
    m_convertToUtf8->setEnabled(document && document->format().encoding != Encoding::Utf8);
    // Only a shared document (a one-file session's or a shared folder's) has a history on a
    // server.
    m_history->setEnabled(
        HistorySubject::of(m_collaboration, m_context.workspace.current()).has_value());
    for (QAction *action : m_lineEndings->actions()) {
        action->setChecked(document && !document->format().mixedLineEndings
                           && action->data().toInt() == int(document->format().lineEnding));
    }
}

} // namespace ensemble
