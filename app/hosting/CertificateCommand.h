#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ensemble {

// `ensemble --generate-certificate DIR`: writes a new self-signed certificate and private key
// (HostCertificate) for `ensemble --serve --cert DIR/certificate.pem --key DIR/private-key.pem`,
// replacing any pair already there. No display needed.
class CertificateCommand
{
    Q_DECLARE_TR_FUNCTIONS(ensemble::CertificateCommand)

public:
    // Whether argv asks for it.
    static bool requested(int argc, char **argv);
    // Writes the pair and prints where it went and its fingerprint; returns the exit code (0, 1
    // when it cannot be written, 2 for bad arguments).
    static int run(const QStringList &arguments);
};

} // namespace ensemble
