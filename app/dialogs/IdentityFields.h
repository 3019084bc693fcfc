#pragma once

#include "session/SharedDocument.h"

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace ensemble {

// Display name and colour, as the host and join dialogs both ask for them.
class IdentityFields : public QWidget
{
    Q_OBJECT

public:
    explicit IdentityFields(const Identity &identity, QWidget *parent = nullptr);

    Identity identity() const;

private:
    void chooseColor();
    void showColor();

    QLineEdit *m_name;
    QToolButton *m_colorButton;
    QString m_color;
};

} // namespace ensemble
