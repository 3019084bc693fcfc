#include "hosting/CertificateCommand.h"

#include "hosting/HostCertificate.h"
#include "tls/Fingerprint.h"

#include <QCommandLineParser>
#include <QDir>
#include <cstdio>

namespace ensemble {

namespace {
const QString optionName = QStringLiteral("generate-certificate");
} // namespace

bool CertificateCommand::requested(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (argument == QLatin1String("--") + optionName
            || argument.startsWith(QLatin1String("--") + optionName + u'='))
            return true;
    }
    return false;
}

int CertificateCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption generate(
        optionName, tr("Write a new self-signed certificate and key into DIR."), tr("DIR"));
    parser.addOption(generate);
    if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty()) {
        const QString problem = parser.errorText().isEmpty()
            ? tr("Unexpected argument: %1").arg(parser.positionalArguments().value(0))
            : parser.errorText();
        std::fprintf(stderr, "ensemble: %s\n", qPrintable(problem));
        return 2;
    }
    const QString directory = QDir(parser.value(generate)).absolutePath();
    const HostCertificate pair(directory);
    const Result<QByteArray> fingerprint = HostCertificate::write(directory);
    if (!fingerprint) {
        std::fprintf(stderr, "ensemble: %s\n", qPrintable(fingerprint.error().message));
        return 1;
    }
    const QString summary = tr("Certificate: %1\nPrivate key: %2 (readable by you only)\n"
                               "SHA-256 fingerprint: %3\n"
                               "Serve with: ensemble --serve --cert %1 --key %2\n")
                                .arg(pair.certificateFile(), pair.privateKeyFile(),
                                     displayFingerprint(fingerprint.value()));
    std::fputs(qPrintable(summary), stdout);
    return 0;
}

} // namespace ensemble
