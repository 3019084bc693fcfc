#pragma once

#include "SessionHost.h"
#include "SharedDocument.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace ensemble {

class IdentityFields;

// Asks how to host the current document: port (or any free one), the address to listen on, an
// optional password, whether guests may edit, and who the user is.
class HostSessionDialog : public QDialog
{
    Q_OBJECT

public:
    HostSessionDialog(const Identity &identity, QWidget *parent = nullptr);

    HostOptions options() const;
    Identity identity() const;

private:
    QSpinBox *m_port;
    QCheckBox *m_anyPort;
    QComboBox *m_address;
    QLineEdit *m_password;
    QCheckBox *m_guestsCanEdit;
    IdentityFields *m_identity;
};

} // namespace ensemble
