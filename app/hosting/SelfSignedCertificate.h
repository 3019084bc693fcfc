#pragma once

#include "ot/Result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QStringList>

namespace ensemble {

// A certificate and its private key, both PEM.
struct CertificatePair
{
    QByteArray certificate;
    QByteArray privateKey;
};

// Makes a new EC P-256 key and a self-signed X.509 v3 server certificate for it with OpenSSL's
// libcrypto (the library Qt's TLS backend uses): subject commonName, subjectAltName entries for
// dnsNames and addresses, valid from a day ago for 50 years. Guests pin it by fingerprint, so no
// CA is involved. Fails with "certificate_failed" and OpenSSL's reason.
Result<CertificatePair> makeSelfSignedCertificate(const QString &commonName,
                                                  const QStringList &dnsNames,
                                                  const QList<QHostAddress> &addresses);

} // namespace ensemble
