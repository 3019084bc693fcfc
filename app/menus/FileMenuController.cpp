#include "menus/FileMenuController.h"

#include "AppContext.h"
#include "menus/MenuHelpers.h"
#include "window/RecentFiles.h"
#include "window/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenuBar>

namespace ensemble {

FileMenuController::FileMenuController(const AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    Workspace &workspace = context.workspace;
    QMenu *menu = context.window.menuBar()->addMenu(tr("&File"));
    connect(addMenuAction(menu, tr("&New"), QKeySequence::New, "document-new"), &QAction::triggered,
            &workspace, &Workspace::newDocument);
    connect(addMenuAction(menu, tr("&Open…"), QKeySequence::Open, "document-open"),
            &QAction::triggered, &workspace, &Workspace::openWithDialog);
    m_recentMenu = menu->addMenu(QIcon::fromTheme(QStringLiteral("document-open-recent")),
                                 tr("Open &Recent"));
    menu->addSeparator();
    QAction *save = addMenuAction(menu, tr("&Save"), QKeySequence::Save, "document-save");
    connect(save, &QAction::triggered, this, [&workspace] { workspace.save(workspace.current()); });
    QAction *saveAs
        = addMenuAction(menu, tr("Save &As…"), QKeySequence::SaveAs, "document-save-as");
    // Qt binds Save As only in the GNOME and KDE key schemes; elsewhere it would have no key.
    if (saveAs->shortcuts().isEmpty())
        saveAs->setShortcut(QKeySequence(Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_S));
    connect(saveAs, &QAction::triggered, this,
            [&workspace] { workspace.saveAs(workspace.current()); });
    QAction *saveAll = addMenuAction(menu, tr("Save A&ll"),
                                     //: Keyboard shortcut: keep the English key names.
                                     QKeySequence(tr("Ctrl+Alt+S")));
    connect(saveAll, &QAction::triggered, &workspace, &Workspace::saveAll);
    menu->addSeparator();
    QAction *close = addMenuAction(menu, tr("&Close"), QKeySequence::Close, "document-close");
    connect(close, &QAction::triggered, this,
            [&workspace] { workspace.close(workspace.current()); });
    m_documentActions = {save, saveAs, saveAll, close};
    menu->addSeparator();
    QAction *quit = addMenuAction(menu, tr("&Quit"), QKeySequence::Quit, "application-exit");
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, &context.window, &QMainWindow::close);

    connect(&context.recent, &RecentFiles::changed, this, &FileMenuController::rebuildRecentMenu);
    connect(&workspace, &Workspace::currentChanged, this, &FileMenuController::updateActions);
    rebuildRecentMenu();
    updateActions();
}

void FileMenuController::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_context.recent.files();
    int number = 1;
    for (const QString &path : files) {
        // Numbered mnemonics for the first nine; the folder tells same-named files apart.
        //: Recent file entry: %1 its number (with the &-accelerator), %2 the file name, %3 its
        //: folder.
        const QString label
            = tr("%1 %2  (%3)")
                  .arg(number <= 9 ? QStringLiteral("&%1").arg(number) : QString::number(number))
                  .arg(QFileInfo(path).fileName(),
                       QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        connect(m_recentMenu->addAction(label), &QAction::triggered, this,
                [this, path] { m_context.workspace.open(path); });
        ++number;
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"));
    connect(clear, &QAction::triggered, &m_context.recent, &RecentFiles::clear);
    clear->setEnabled(!files.isEmpty());
}

void FileMenuController::updateActions()
{
    const bool hasDocument = m_context.workspace.current() != nullptr;
    for (QAction *action : std::as_const(m_documentActions))
        action->setEnabled(hasDocument);
}

} // namespace ensemble
