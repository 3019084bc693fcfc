#include "SecretHash.h"

#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <array>

namespace ensemble {

namespace {

constexpr int saltBytes = 16;
constexpr int hashBytes = 32;
constexpr int maxIterations = 10'000'000;

QByteArray derive(const QString &secret, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, secret.toUtf8(), salt,
                                              iterations, hashBytes);
}

// Takes as long whichever byte differs, so the time of an answer says nothing about how close a
// guess came.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

SecretHash SecretHash::make(const QString &secret, int iterations)
{
    std::array<quint32, saltBytes / 4> words {};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    QByteArray salt(reinterpret_cast<const char *>(words.data()), saltBytes);
    QByteArray hash = derive(secret, salt, iterations);
    return SecretHash {std::move(salt), iterations, std::move(hash)};
}

bool SecretHash::matches(const QString &secret) const
{
    return constantTimeEquals(derive(secret, salt, iterations), hash);
}

QByteArray SecretHash::quickDigest(const QString &secret) const
{
    return QCryptographicHash::hash(salt + hash + secret.toUtf8(), QCryptographicHash::Sha256);
}

bool SecretHash::quickMatches(const QByteArray &digest, const QString &secret) const
{
    return constantTimeEquals(quickDigest(secret), digest);
}

QJsonObject SecretHash::toJson() const
{
    return QJsonObject {{QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
                        {QStringLiteral("iterations"), iterations},
                        {QStringLiteral("hash"), QString::fromLatin1(hash.toBase64())}};
}

std::optional<SecretHash> SecretHash::fromJson(const QJsonValue &json)
{
    const QJsonObject o = json.toObject();
    const auto salt
        = QByteArray::fromBase64Encoding(o.value(QLatin1String("salt")).toString().toLatin1(),
                                         QByteArray::AbortOnBase64DecodingErrors);
    const auto hash
        = QByteArray::fromBase64Encoding(o.value(QLatin1String("hash")).toString().toLatin1(),
                                         QByteArray::AbortOnBase64DecodingErrors);
    const int iterations = o.value(QLatin1String("iterations")).toInt();
    if (!salt || salt.decoded.isEmpty() || !hash || hash.decoded.size() != hashBytes
        || iterations < 1 || iterations > maxIterations)
        return std::nullopt;
    return SecretHash {salt.decoded, iterations, hash.decoded};
}

} // namespace ensemble
