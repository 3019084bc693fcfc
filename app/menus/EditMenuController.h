#pragma once

#include <QObject>

class QAction;
class QActionGroup;

namespace ensemble {

class CollaborationController;
struct AppContext;

// Edit menu: clipboard and undo on the current editor, the History of a shared one, line endings,
// encoding, preferences.
class EditMenuController : public QObject
{
    Q_OBJECT

public:
    EditMenuController(const AppContext &context, const CollaborationController &collaboration,
                       QObject *parent);

private:
    void updateActions();

    const AppContext &m_context;
    const CollaborationController &m_collaboration;
    QList<QAction *> m_documentActions;
    QActionGroup *m_lineEndings;
    QAction *m_convertToUtf8;
    QAction *m_history;
};

} // namespace ensemble
