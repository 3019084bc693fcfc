#pragma once

#include "hosting/SessionHost.h"
#include "session/SharedDocument.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ensemble {

class FingerprintLabel;
class IdentityFields;

// Asks how to host the current document: port (or any free one), the address to listen on, an
// optional password, whether guests may edit, whether to encrypt (with the installation's
// certificate, whose fingerprint it shows and can renew), whether to announce the session on the
// local network (saying what that makes visible), and who the user is.
class HostSessionDialog : public QDialog
{
    Q_OBJECT

public:
    // certificateDirectory: where the host certificate is kept (HostCertificate).
    HostSessionDialog(const Identity &identity, const QString &certificateDirectory,
                      QWidget *parent = nullptr);

    HostOptions options() const;
    Identity identity() const;

    QCheckBox *encryptBox() const { return m_encrypt; }
    FingerprintLabel *fingerprintLabel() const { return m_fingerprint; }
    QPushButton *newCertificateButton() const { return m_newCertificate; }
    QCheckBox *announceBox() const { return m_announce; }
    QCheckBox *announceRoomIdBox() const { return m_announceRoomId; }
    // What the announcement makes visible to the local network, as the dialog says it.
    QString visibilityText() const;

private:
    void showFingerprint(const Result<QByteArray> &fingerprint);
    void updateAnnouncement();

    QString m_certificateDirectory;
    QSpinBox *m_port;
    QCheckBox *m_anyPort;
    QComboBox *m_address;
    QLineEdit *m_password;
    QCheckBox *m_guestsCanEdit;
    QCheckBox *m_encrypt;
    FingerprintLabel *m_fingerprint;
    QPushButton *m_newCertificate;
    QCheckBox *m_announce;
    QCheckBox *m_announceRoomId;
    QLabel *m_visibility;
    IdentityFields *m_identity;
};

} // namespace ensemble
