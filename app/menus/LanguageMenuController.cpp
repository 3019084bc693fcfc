#include "menus/LanguageMenuController.h"

#include "AppContext.h"
#include "DocumentTab.h"
#include "LanguageRegistry.h"
#include "window/Workspace.h"

#include <QActionGroup>
#include <QMainWindow>
#include <QMenuBar>

namespace ensemble {

LanguageMenuController::LanguageMenuController(const AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_menu(context.window.menuBar()->addMenu(tr("&Language")))
    , m_languages(new QActionGroup(this))
{
    QAction *detect = m_menu->addAction(tr("&Detect from File Name"));
    connect(detect, &QAction::triggered, this, [this] {
        if (DocumentTab *document = m_context.workspace.current())
            document->useDetectedLanguage();
    });
    m_menu->addSeparator();
    for (const Language &language : LanguageRegistry::languages()) {
        QAction *action = m_menu->addAction(language.displayName());
        action->setCheckable(true);
        action->setData(QString::fromLatin1(language.id));
        m_languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, &language] {
            if (DocumentTab *document = m_context.workspace.current())
                document->setLanguage(language);
        });
    }
    connect(&context.workspace, &Workspace::currentChanged, this,
            &LanguageMenuController::updateChecks);
    connect(&context.workspace, &Workspace::documentChanged, this,
            &LanguageMenuController::updateChecks);
    updateChecks();
}

void LanguageMenuController::updateChecks()
{
    const DocumentTab *document = m_context.workspace.current();
    m_menu->setEnabled(document != nullptr);
    const QString id = document ? QString::fromLatin1(document->language().id) : QString();
    for (QAction *action : m_languages->actions())
        action->setChecked(action->data().toString() == id);
}

} // namespace ensemble
