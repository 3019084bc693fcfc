#pragma once

#include "ot/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ensemble {

// The certificate this installation hosts encrypted sessions with: self-signed, made on first use
// and kept in a directory of its own (the private key readable by this user only), so that the
// fingerprints guests pinned stay valid from one session to the next.
class HostCertificate
{
    Q_DECLARE_TR_FUNCTIONS(ensemble::HostCertificate)

public:
    explicit HostCertificate(QString directory);

    QString certificateFile() const;
    QString privateKeyFile() const;

    // The pair's SHA-256 fingerprint, making a new pair when there is none or the one there is
    // unusable (unreadable, mismatched, expired). The error is readable.
    Result<QByteArray> ensure() const;
    // Replaces the pair with a new one: invites carrying the old fingerprint stop working, and
    // guests who trusted the old certificate are warned.
    Result<QByteArray> regenerate() const;

    // Writes a new pair for this machine as certificate.pem and private-key.pem in directory
    // (made with mode 0700 if missing; the key 0600) and returns its fingerprint.
    static Result<QByteArray> write(const QString &directory);

private:
    QString m_directory;
};

} // namespace ensemble
