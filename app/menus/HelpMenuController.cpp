#include "menus/HelpMenuController.h"

#include "AppContext.h"
#include "Version.h"
#include "menus/MenuHelpers.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <Qsci/qsciglobal.h>

namespace ensemble {

HelpMenuController::HelpMenuController(const AppContext &context, QObject *parent)
    : QObject(parent)
{
    QMenu *menu = context.window.menuBar()->addMenu(tr("&Help"));
    QAction *about = addMenuAction(menu, tr("&About Ensemble"), {}, "help-about");
    about->setMenuRole(QAction::AboutRole);
    QMainWindow *window = &context.window;
    connect(about, &QAction::triggered, this,
            [window] { QMessageBox::about(window, tr("About Ensemble"), aboutText()); });
    QAction *aboutQt = addMenuAction(menu, tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

QString HelpMenuController::aboutText()
{
    return tr("<h3>Ensemble %1</h3>"
              "<p>A code editor in which several people edit one document at once.</p>"
              "<p>Built with Qt %2 and QScintilla %3.</p>")
        .arg(applicationVersion(), QString::fromLatin1(qVersion()),
             QStringLiteral(QSCINTILLA_VERSION_STR));
}

} // namespace ensemble
