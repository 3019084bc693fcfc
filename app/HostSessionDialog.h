#pragma once

#include "SessionHost.h"
#include "SharedDocument.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ensemble {

class FingerprintLabel;
class IdentityFields;

// Asks how to host the current document: port (or any free one), the address to listen on, an
// optional password, whether guests may edit, whether to encrypt (with the installation's
// certificate, whose fingerprint it shows and can renew), and who the user is.
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

private:
    void showFingerprint(const Result<QByteArray> &fingerprint);

    QString m_certificateDirectory;
    QSpinBox *m_port;
    QCheckBox *m_anyPort;
    QComboBox *m_address;
    QLineEdit *m_password;
    QCheckBox *m_guestsCanEdit;
    QCheckBox *m_encrypt;
    FingerprintLabel *m_fingerprint;
    QPushButton *m_newCertificate;
    IdentityFields *m_identity;
};

} // namespace ensemble
