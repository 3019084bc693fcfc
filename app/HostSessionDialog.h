#pragma once

#include "SessionHost.h"
#include "SharedDocument.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace ensemble {

class IdentityFields;

// Asks how to host the current document: port (or any free one), the address to listen on,
// and who the user is. There is no password field: the room server has no passwords yet, so
// anyone who has the invite can join.
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
    IdentityFields *m_identity;
};

} // namespace ensemble
