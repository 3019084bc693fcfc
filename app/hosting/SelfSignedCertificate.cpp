#include "hosting/SelfSignedCertificate.h"

#include <QCoreApplication>
#include <functional>
#include <memory>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

namespace ensemble {

namespace {

constexpr long validDays = 50 * 365;

template<class T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Certificate = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using BigNumber = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using Extension = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

Error failure(const char *step)
{
    // The first queued OpenSSL error says why; the queue is emptied for whoever comes next.
    char reason[256] = "unknown error";
    if (const unsigned long code = ERR_get_error())
        ERR_error_string_n(code, reason, sizeof reason);
    ERR_clear_error();
    return Error {
        QStringLiteral("certificate_failed"),
        QCoreApplication::translate("SelfSignedCertificate", "Cannot make a certificate (%1): %2")
            .arg(QLatin1String(step), QString::fromLatin1(reason))};
}

bool randomSerial(X509 *certificate)
{
    // 16 random bytes, positive (RFC 5280 allows up to 20 octets).
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    bytes[0] &= 0x7f;
    const BigNumber number(BN_bin2bn(bytes, sizeof bytes, nullptr));
    return number && BN_to_ASN1_INTEGER(number.get(), X509_get_serialNumber(certificate));
}

bool addExtension(X509 *certificate, int nid, const QByteArray &value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    const Extension extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData()));
    return extension && X509_add_ext(certificate, extension.get(), -1);
}

QByteArray alternativeNames(const QStringList &dnsNames, const QList<QHostAddress> &addresses)
{
    QStringList entries;
    for (const QString &name : dnsNames)
        entries.append(QStringLiteral("DNS:") + name);
    for (QHostAddress address : addresses) {
        address.setScopeId(QString()); // "fe80::1%eth0" is not an IP address to OpenSSL
        entries.append(QStringLiteral("IP:") + address.toString());
    }
    return entries.join(u',').toLatin1();
}

Result<QByteArray> toPem(const std::function<int(BIO *)> &write, const char *what)
{
    const Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || write(bio.get()) != 1)
        return failure(what);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

} // namespace

Result<CertificatePair> makeSelfSignedCertificate(const QString &commonName,
                                                  const QStringList &dnsNames,
                                                  const QList<QHostAddress> &addresses)
{
    const Key key(EVP_EC_gen("P-256"));
    if (!key)
        return failure("key");
    const Certificate certificate(X509_new());
    if (!certificate || !X509_set_version(certificate.get(), X509_VERSION_3)
        || !randomSerial(certificate.get()))
        return failure("serial number");
    // A day back, so that a guest whose clock is a little behind does not see it as not yet valid.
    if (!X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -24 * 60 * 60)
        || !X509_time_adj_ex(X509_getm_notAfter(certificate.get()), int(validDays), 0, nullptr))
        return failure("validity");
    X509_NAME *name = X509_get_subject_name(certificate.get());
    const QByteArray cn = commonName.toUtf8();
    if (!X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                                    reinterpret_cast<const unsigned char *>("Ensemble"), -1, -1, 0)
        || !X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                       reinterpret_cast<const unsigned char *>(cn.constData()),
                                       int(cn.size()), -1, 0)
        || !X509_set_issuer_name(certificate.get(), name)
        || !X509_set_pubkey(certificate.get(), key.get()))
        return failure("name");
    if (!addExtension(certificate.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(certificate.get(), NID_key_usage, "critical,digitalSignature")
        || !addExtension(certificate.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(certificate.get(), NID_subject_key_identifier, "hash")
        || !addExtension(certificate.get(), NID_subject_alt_name,
                         alternativeNames(dnsNames, addresses)))
        return failure("extensions");
    if (!X509_sign(certificate.get(), key.get(), EVP_sha256()))
        return failure("signature");

    Result<QByteArray> certificatePem = toPem(
        [&](BIO *bio) { return PEM_write_bio_X509(bio, certificate.get()); }, "certificate PEM");
    if (!certificatePem)
        return certificatePem.error();
    Result<QByteArray> keyPem = toPem(
        [&](BIO *bio) {
            return PEM_write_bio_PrivateKey(bio, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
        },
        "key PEM");
    if (!keyPem)
        return keyPem.error();
    return CertificatePair {certificatePem.value(), keyPem.value()};
}

} // namespace ensemble
