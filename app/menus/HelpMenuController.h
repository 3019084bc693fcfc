#pragma once

#include <QObject>

namespace ensemble {

struct AppContext;

// Help menu: the About boxes.
class HelpMenuController : public QObject
{
    Q_OBJECT

public:
    HelpMenuController(const AppContext &context, QObject *parent);

    // The About box text: version and the libraries it was built with.
    static QString aboutText();
};

} // namespace ensemble
