#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace ensemble {

/// What a room keeps of a password or an owner key: a random salt and the PBKDF2-SHA256 key
/// derived from the secret, never the secret itself.
struct SecretHash
{
    QByteArray salt;
    int iterations = 0;
    QByteArray hash;

    /// Hashes @p secret with a fresh salt from the system's secure random source.
    static SecretHash make(const QString &secret, int iterations);
    /// Whether @p secret is the hashed one; the hashes are compared in constant time.
    bool matches(const QString &secret) const;
    /// A fast salted digest of @p secret, to remember in memory only a secret that matched(), so
    /// that many people joining with it cost one slow check, not one each.
    QByteArray quickDigest(const QString &secret) const;
    /// Whether @p secret gives @p digest (from quickDigest()), compared in constant time.
    bool quickMatches(const QByteArray &digest, const QString &secret) const;

    /// `{salt, iterations, hash}` with base64 strings, for the room's snapshot.
    QJsonObject toJson() const;
    /// The hash stored by toJson(), or nothing when @p json is not one.
    static std::optional<SecretHash> fromJson(const QJsonValue &json);

    bool operator==(const SecretHash &) const = default;
};

} // namespace ensemble
