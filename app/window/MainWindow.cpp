#include "window/MainWindow.h"

#include "AppContext.h"
#include "CodeEditor.h"
#include "DocumentTab.h"
#include "Settings.h"
#include "dialogs/DialogPrompts.h"
#include "hosting/HostRecoveryController.h"
#include "menus/EditMenuController.h"
#include "menus/FileMenuController.h"
#include "menus/HelpMenuController.h"
#include "menus/LanguageMenuController.h"
#include "menus/SearchMenuController.h"
#include "menus/SessionMenuController.h"
#include "menus/ViewMenuController.h"
#include "session/CollaborationController.h"
#include "window/FindReplaceBar.h"
#include "window/RecentFiles.h"
#include "window/StatusBarController.h"
#include "window/Workspace.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QMimeData>
#include <QScreen>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ensemble {

MainWindow::MainWindow(Settings &settings, UserPrompts *prompts, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_ownPrompts(prompts ? nullptr : std::make_unique<DialogPrompts>(this))
    , m_prompts(prompts ? prompts : m_ownPrompts.get())
    , m_tabs(new QTabWidget)
    , m_findBar(new FindReplaceBar)
    , m_recent(new RecentFiles(settings, this))
    , m_workspace(new Workspace(*m_tabs, *m_prompts, settings, *m_recent, this))
    , m_context(std::make_unique<AppContext>(
          AppContext {*this, *m_workspace, settings, *m_recent, *m_prompts, *m_findBar}))
    , m_collaboration(new CollaborationController(*m_context, this))
    , m_recovery(new HostRecoveryController(*m_context, *m_collaboration, this))
{
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setElideMode(Qt::ElideMiddle);
    // A quiet grey cross instead of the style's red close button, legible on light and dark. On
    // the tab bar alone: a style sheet on the tab widget would style the editors inside it too,
    // and widgets under a style sheet keep their palette when the theme changes.
    m_tabs->tabBar()->setStyleSheet(QStringLiteral(
        "QTabBar::close-button { image: url(:/ensemble/icons/tab-close.svg); }"
        "QTabBar::close-button:hover { image: url(:/ensemble/icons/tab-close-hover.svg); }"));

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_findBar);
    setCentralWidget(central);
    setAcceptDrops(true);

    new FileMenuController(*m_context, this);
    new EditMenuController(*m_context, *m_collaboration, this);
    new ViewMenuController(*m_context, this);
    new SearchMenuController(*m_context, this);
    new LanguageMenuController(*m_context, this);
    new SessionMenuController(*m_context, *m_collaboration, this);
    new HelpMenuController(*m_context, this);
    new StatusBarController(*statusBar(), *m_workspace, this);

    // The menus' shortcuts take precedence over the editor's built-in key bindings.
    connect(m_workspace, &Workspace::documentAdded, this, [this](DocumentTab *document) {
        QList<QKeySequence> shortcuts;
        for (const QAction *action : findChildren<QAction *>())
            shortcuts.append(action->shortcuts());
        document->editor()->releaseShortcuts(shortcuts);
    });
    connect(m_workspace, &Workspace::currentChanged, this, &MainWindow::updateTitle);
    connect(m_workspace, &Workspace::documentChanged, this, &MainWindow::updateTitle);
    restoreWindow();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::openStartupFiles(const QStringList &paths)
{
    m_workspace->openFiles(paths);
    if (m_workspace->documents().isEmpty())
        m_workspace->newDocument();
}

void MainWindow::offerInterruptedHosting()
{
    m_recovery->offer();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_collaboration->confirmEndingHosting() || !m_workspace->confirmCloseAll()) {
        event->ignore();
        return;
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.sync();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    m_workspace->openFiles(paths);
}

void MainWindow::updateTitle()
{
    const DocumentTab *document = m_workspace->current();
    if (!document) {
        setWindowTitle(tr("Ensemble"));
        setWindowModified(false);
        return;
    }
    // "[*]" is where Qt shows the modified marker; the folder tells same-named files apart.
    QString title = document->displayName() + QStringLiteral("[*]");
    if (!document->isUntitled()) {
        QString folder = QDir::toNativeSeparators(QFileInfo(document->filePath()).absolutePath());
        const QString home = QDir::toNativeSeparators(QDir::homePath());
        if (folder.startsWith(home) && home != QDir::rootPath())
            folder.replace(0, home.size(), QStringLiteral("~"));
        title += QStringLiteral(" (%1)").arg(folder);
    }
    //: Window title: %1 is the document's name and folder.
    setWindowTitle(tr("%1 — Ensemble").arg(title));
    setWindowModified(document->isModified());
}

void MainWindow::restoreWindow()
{
    if (restoreGeometry(m_settings.windowGeometry())) {
        restoreState(m_settings.windowState());
        return;
    }
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(std::min(1100, available.width() * 9 / 10), std::min(760, available.height() * 9 / 10));
}

} // namespace ensemble
