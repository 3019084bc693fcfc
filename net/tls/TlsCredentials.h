#pragma once

#include "ot/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

namespace ensemble {

/// A server's TLS identity: a certificate chain (the server's own certificate first) and the
/// private key of that certificate.
struct TlsCredentials
{
    Q_DECLARE_TR_FUNCTIONS(TlsCredentials)

public:
    QList<QSslCertificate> chain;
    QSslKey key;

    /// Reads PEM files and checks what a handshake would otherwise fail on, later and obscurely:
    /// both files readable, an unencrypted RSA or EC key belonging to the first certificate, and
    /// that certificate valid now. Fails with "tls_failed" and a readable message.
    static Result<TlsCredentials> load(const QString &certificateFile, const QString &keyFile);

    /// The SHA-256 fingerprint of the server's certificate.
    QByteArray fingerprint() const;
    /// A configuration that presents this identity and asks nothing of clients.
    QSslConfiguration serverConfiguration() const;
};

} // namespace ensemble
