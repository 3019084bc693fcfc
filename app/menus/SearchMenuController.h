#pragma once

#include <QObject>

class QAction;

namespace ensemble {

struct AppContext;

// Search menu: the find and replace bar, find next/previous, go to line.
class SearchMenuController : public QObject
{
    Q_OBJECT

public:
    SearchMenuController(const AppContext &context, QObject *parent);

    void goToLine();

private:
    void updateActions();

    const AppContext &m_context;
    QList<QAction *> m_documentActions;
};

} // namespace ensemble
