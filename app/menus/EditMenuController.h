#pragma once

#include <QObject>

class QAction;
class QActionGroup;

namespace ensemble {

struct AppContext;

// Edit menu: clipboard and undo on the current editor, line endings, encoding, preferences.
class EditMenuController : public QObject
{
    Q_OBJECT

public:
    EditMenuController(const AppContext &context, QObject *parent);

private:
    void updateActions();

    const AppContext &m_context;
    QList<QAction *> m_documentActions;
    QActionGroup *m_lineEndings;
    QAction *m_convertToUtf8;
    QAction *m_history;
};

} // namespace ensemble
