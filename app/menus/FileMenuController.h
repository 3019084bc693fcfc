#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace ensemble {

struct AppContext;

// File menu: new, open, recent files, save, close, quit.
class FileMenuController : public QObject
{
    Q_OBJECT

public:
    FileMenuController(const AppContext &context, QObject *parent);

private:
    void rebuildRecentMenu();
    void updateActions();

    const AppContext &m_context;
    QMenu *m_recentMenu;
    QList<QAction *> m_documentActions;
};

} // namespace ensemble
