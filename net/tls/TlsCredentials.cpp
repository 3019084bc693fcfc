#include "TlsCredentials.h"

#include "Fingerprint.h"

#include <QDateTime>
#include <QFile>
#include <QSslSocket>

namespace ensemble {

namespace {

Error failure(const QString &message)
{
    return Error {QStringLiteral("tls_failed"), message};
}

// @p message: what to say when it cannot be read, with %1 for the path and %2 for the reason.
Result<QByteArray> readFile(const QString &path, const QString &message)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(message.arg(path, file.errorString()));
    return file.readAll();
}

// Just enough DER (X.690) to reach the public key inside a private key and a certificate: Qt
// offers no way to ask whether a key belongs to a certificate.
class DerReader
{
public:
    explicit DerReader(QByteArray data)
        : m_data(std::move(data))
    {
    }

    bool atEnd() const { return m_pos >= m_data.size(); }
    quint8 peekTag() const { return atEnd() ? 0 : quint8(m_data.at(m_pos)); }

    /// The next element's content if its tag is @p tag (the element stays unread otherwise).
    std::optional<QByteArray> take(quint8 tag)
    {
        const qsizetype start = m_pos;
        if (peekTag() != tag || m_pos + 2 > m_data.size())
            return std::nullopt;
        qsizetype length = quint8(m_data.at(m_pos + 1));
        qsizetype pos = m_pos + 2;
        if (length & 0x80) {
            const int bytes = int(length & 0x7f);
            if (bytes == 0 || bytes > 4 || pos + bytes > m_data.size())
                return std::nullopt;
            length = 0;
            for (int i = 0; i < bytes; ++i)
                length = (length << 8) | quint8(m_data.at(pos++));
        }
        if (length > m_data.size() - pos)
            return std::nullopt;
        m_pos = pos + length;
        m_last = m_data.mid(start, m_pos - start);
        return m_data.mid(pos, length);
    }
    /// The whole last element taken, tag and length included.
    QByteArray lastElement() const { return m_last; }

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
    QByteArray m_last;
};

constexpr quint8 integerTag = 0x02;
constexpr quint8 bitStringTag = 0x03;
constexpr quint8 octetStringTag = 0x04;
constexpr quint8 sequenceTag = 0x30;
constexpr quint8 publicKeyFieldTag = 0xa1; // ECPrivateKey's [1] publicKey

// The modulus and public exponent, as DER elements, of an RSAPublicKey or RSAPrivateKey (the
// private form has a version number first).
QByteArray rsaPublicNumbers(const QByteArray &der, bool hasVersion)
{
    DerReader outer(der);
    const std::optional<QByteArray> sequence = outer.take(sequenceTag);
    if (!sequence)
        return {};
    DerReader fields(*sequence);
    if (hasVersion && !fields.take(integerTag))
        return {};
    QByteArray numbers;
    for (int i = 0; i < 2; ++i) {
        if (!fields.take(integerTag))
            return {};
        numbers += fields.lastElement();
    }
    return numbers;
}

// The public key a certificate names, in the form publicKeyOf(QSslKey) gives for its private key.
QByteArray publicKeyOf(const QSslCertificate &certificate)
{
    // SubjectPublicKeyInfo: SEQUENCE { AlgorithmIdentifier, BIT STRING }.
    DerReader outer(certificate.publicKey().toDer());
    const std::optional<QByteArray> info = outer.take(sequenceTag);
    if (!info)
        return {};
    DerReader fields(*info);
    if (!fields.take(sequenceTag))
        return {};
    const std::optional<QByteArray> bits = fields.take(bitStringTag);
    if (!bits || bits->isEmpty())
        return {};
    if (certificate.publicKey().algorithm() == QSsl::Rsa)
        return rsaPublicNumbers(bits->mid(1), false); // after the unused-bits count
    return *bits;
}

QByteArray publicKeyOf(const QSslKey &privateKey)
{
    if (privateKey.algorithm() == QSsl::Rsa)
        return rsaPublicNumbers(privateKey.toDer(), true);
    // ECPrivateKey (RFC 5915): SEQUENCE { version, OCTET STRING, [0] parameters?, [1] BIT STRING }.
    DerReader outer(privateKey.toDer());
    const std::optional<QByteArray> sequence = outer.take(sequenceTag);
    if (!sequence)
        return {};
    DerReader fields(*sequence);
    if (!fields.take(integerTag) || !fields.take(octetStringTag))
        return {};
    while (!fields.atEnd() && fields.peekTag() != publicKeyFieldTag) {
        if (!fields.take(fields.peekTag()))
            return {};
    }
    const std::optional<QByteArray> field = fields.take(publicKeyFieldTag);
    if (!field)
        return {};
    return DerReader(*field).take(bitStringTag).value_or(QByteArray());
}

Result<QSslKey> readKey(const QString &path)
{
    Result<QByteArray> pem
        = readFile(path, TlsCredentials::tr("Cannot read the private key file %1: %2"));
    if (!pem)
        return pem.error();
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        QSslKey key(pem.value(), algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return failure(
        TlsCredentials::tr("%1 holds no private key Ensemble can use: it needs an RSA or EC key in "
                           "PEM form, not protected by a passphrase.")
            .arg(path));
}

} // namespace

Result<TlsCredentials> TlsCredentials::load(const QString &certificateFile, const QString &keyFile)
{
    if (!QSslSocket::supportsSsl()) {
        return failure(tr("This system's Qt has no TLS support (%1); encrypted connections "
                          "are not available.")
                           .arg(QSslSocket::activeBackend()));
    }
    Result<QByteArray> pem
        = readFile(certificateFile, tr("Cannot read the certificate file %1: %2"));
    if (!pem)
        return pem.error();
    TlsCredentials credentials;
    credentials.chain = QSslCertificate::fromData(pem.value(), QSsl::Pem);
    if (credentials.chain.isEmpty() || credentials.chain.first().isNull())
        return failure(tr("%1 holds no certificate in PEM form.").arg(certificateFile));
    Result<QSslKey> key = readKey(keyFile);
    if (!key)
        return key.error();
    credentials.key = key.value();

    const QSslCertificate &leaf = credentials.chain.first();
    const QByteArray certified = publicKeyOf(leaf);
    if (certified.isEmpty() || certified != publicKeyOf(credentials.key)) {
        return failure(tr("The private key in %1 does not belong to the certificate in %2.")
                           .arg(keyFile, certificateFile));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (leaf.effectiveDate() > now) {
        return failure(tr("The certificate in %1 is not valid before %2.")
                           .arg(certificateFile, leaf.effectiveDate().toString(Qt::ISODate)));
    }
    if (leaf.expiryDate() < now) {
        return failure(tr("The certificate in %1 expired on %2.")
                           .arg(certificateFile, leaf.expiryDate().toString(Qt::ISODate)));
    }
    return credentials;
}

QByteArray TlsCredentials::fingerprint() const
{
    return chain.isEmpty() ? QByteArray() : certificateFingerprint(chain.first());
}

QSslConfiguration TlsCredentials::serverConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

} // namespace ensemble
