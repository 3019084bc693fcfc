#pragma once

#include "NearbySession.h"
#include "session/SharedDocument.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace ensemble {

class IdentityFields;
class NearbySessionsList;

// Asks where to join: an invite (pasted, or picked from the recent sessions) or an address, a
// room ID and whether the host encrypts, or a session announced on the local network; the room's
// password if it has one, and who the user is. Accepts only something that parses as an invite.
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

    NearbySessionsList *nearbySessions() const { return m_nearby; }

private:
    // Fills the fields from a session nearby, asking for what it does not announce.
    void choose(const NearbySession &session);

    QComboBox *m_inviteText;
    QLineEdit *m_address;
    QLineEdit *m_room;
    QCheckBox *m_encrypted;
    QLineEdit *m_password;
    QLabel *m_error;
    IdentityFields *m_identity;
    NearbySessionsList *m_nearby;
    QLabel *m_nearbyHint;
    // The certificate a chosen session nearby announced, for the address it announced it at.
    QString m_nearbyServer;
    QByteArray m_nearbyFingerprint;
    Invite m_invite;
};

} // namespace ensemble
