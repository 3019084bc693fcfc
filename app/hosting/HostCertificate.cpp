#include "hosting/HostCertificate.h"

#include "hosting/SelfSignedCertificate.h"
#include "tls/TlsCredentials.h"

#include <QDir>
#include <QNetworkInterface>
#include <QSaveFile>
#include <QSysInfo>
#include <algorithm>

namespace ensemble {

namespace {

const QString certificateName = QStringLiteral("certificate.pem");
const QString keyName = QStringLiteral("private-key.pem");

// Host names OpenSSL accepts in a subjectAltName (a desktop may be called "Ana's laptop").
QStringList machineNames()
{
    QStringList names {QStringLiteral("localhost")};
    const QString host = QSysInfo::machineHostName();
    const bool dnsName = !host.isEmpty() && std::all_of(host.cbegin(), host.cend(), [](QChar c) {
        return (c.isLetterOrNumber() && c.unicode() < 128) || c == u'-' || c == u'.';
    });
    if (dnsName && host != names.first())
        names.append(host);
    return names;
}

QList<QHostAddress> machineAddresses()
{
    QList<QHostAddress> addresses {QHostAddress::LocalHost, QHostAddress::LocalHostIPv6};
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (!address.isLoopback() && !addresses.contains(address))
            addresses.append(address);
    }
    return addresses;
}

Result<std::monostate> save(const QString &path, const QByteArray &data,
                            QFileDevice::Permissions permissions)
{
    QSaveFile file(path);
    // Permissions before the first byte: the key is never readable by others, not even briefly.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(permissions)
        || file.write(data) != data.size() || !file.commit()) {
        return Error {QStringLiteral("certificate_failed"),
                      HostCertificate::tr("Cannot write %1: %2").arg(path, file.errorString())};
    }
    return std::monostate {};
}

} // namespace

HostCertificate::HostCertificate(QString directory)
    : m_directory(std::move(directory))
{
}

QString HostCertificate::certificateFile() const
{
    return QDir(m_directory).filePath(certificateName);
}

QString HostCertificate::privateKeyFile() const
{
    return QDir(m_directory).filePath(keyName);
}

Result<QByteArray> HostCertificate::ensure() const
{
    const Result<TlsCredentials> existing
        = TlsCredentials::load(certificateFile(), privateKeyFile());
    if (existing)
        return existing.value().fingerprint();
    if (QFile::exists(certificateFile()) || QFile::exists(privateKeyFile()))
        qWarning("ensemble: replacing the host certificate: %s",
                 qPrintable(existing.error().message));
    return regenerate();
}

Result<QByteArray> HostCertificate::regenerate() const
{
    return write(m_directory);
}

Result<QByteArray> HostCertificate::write(const QString &directory)
{
    QDir dir(directory);
    // A directory made here is for the pair alone; one that exists (even ".") keeps its mode.
    const bool existed = dir.exists();
    const QFileDevice::Permissions ownerOnly
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    if (!dir.mkpath(QStringLiteral("."))
        || (!existed && !QFile::setPermissions(dir.absolutePath(), ownerOnly))) {
        return Error {QStringLiteral("certificate_failed"),
                      tr("Cannot create the directory %1.").arg(dir.absolutePath())};
    }
    const QString host = QSysInfo::machineHostName();
    Result<CertificatePair> pair = makeSelfSignedCertificate(
        tr("Ensemble on %1").arg(host.isEmpty() ? QStringLiteral("localhost") : host),
        machineNames(), machineAddresses());
    if (!pair)
        return pair.error();
    // The key first: a crash in between leaves a pair that ensure() finds mismatched and replaces.
    const HostCertificate files(directory);
    Result<std::monostate> saved = save(files.privateKeyFile(), pair.value().privateKey,
                                        QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (saved)
        saved = save(files.certificateFile(), pair.value().certificate,
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                         | QFileDevice::ReadOther);
    if (!saved)
        return saved.error();
    const Result<TlsCredentials> written
        = TlsCredentials::load(files.certificateFile(), files.privateKeyFile());
    if (!written)
        return written.error();
    return written.value().fingerprint();
}

} // namespace ensemble
