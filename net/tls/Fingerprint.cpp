#include "Fingerprint.h"

#include <QCryptographicHash>
#include <QSslCertificate>
#include <algorithm>

namespace ensemble {

namespace {
constexpr qsizetype digestLength = 32;
} // namespace

QByteArray certificateFingerprint(const QSslCertificate &certificate)
{
    return certificate.isNull() ? QByteArray() : certificate.digest(QCryptographicHash::Sha256);
}

QByteArray parseFingerprint(const QString &text)
{
    QString hex = text;
    // Pairs separated by colons, as OpenSSL and the app's dialogs show them.
    if (hex.size() == 3 * digestLength - 1) {
        for (qsizetype i = 2; i < hex.size(); i += 3) {
            if (hex.at(i) != u':')
                return {};
        }
        hex.remove(u':');
    }
    if (hex.size() != 2 * digestLength)
        return {};
    const auto isHex = [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    };
    if (!std::all_of(hex.cbegin(), hex.cend(), isHex))
        return {};
    return QByteArray::fromHex(hex.toLatin1());
}

QString displayFingerprint(const QByteArray &fingerprint)
{
    return QString::fromLatin1(fingerprint.toHex(':').toUpper());
}

} // namespace ensemble
