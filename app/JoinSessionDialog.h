#pragma once

#include "SharedDocument.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace ensemble {

class IdentityFields;

// Asks where to join: an invite (pasted, or picked from the recent sessions) or an address, a
// room ID and whether the host encrypts; the room's password if it has one, and who the user is.
// Accepts only something that parses as an invite.
class JoinSessionDialog : public QDialog
{
    Q_OBJECT

public:
    JoinSessionDialog(const Identity &identity, const QStringList &recent,
                      QWidget *parent = nullptr);

    Invite invite() const { return m_invite; }
    // Empty when the room has none.
    QString password() const;
    Identity identity() const;

    void accept() override;

private:
    QComboBox *m_inviteText;
    QLineEdit *m_address;
    QLineEdit *m_room;
    QCheckBox *m_encrypted;
    QLineEdit *m_password;
    QLabel *m_error;
    IdentityFields *m_identity;
    Invite m_invite;
};

} // namespace ensemble
