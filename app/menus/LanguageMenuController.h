#pragma once

#include <QObject>

class QActionGroup;
class QMenu;

namespace ensemble {

struct AppContext;

// Language menu: overrides the detected highlighting of the current document.
class LanguageMenuController : public QObject
{
    Q_OBJECT

public:
    LanguageMenuController(const AppContext &context, QObject *parent);

private:
    void updateChecks();

    const AppContext &m_context;
    QMenu *m_menu;
    QActionGroup *m_languages;
};

} // namespace ensemble
