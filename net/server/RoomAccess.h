#pragma once

#include "SecretHash.h"
#include "ot/Result.h"

#include <QJsonObject>
#include <QSet>
#include <optional>

namespace ensemble {

/// Owner keys are long random secrets, not something a person picks: one round of the key
/// derivation protects them, and checking one costs next to nothing.
inline constexpr int ownerKeyIterations = 1;

/// Who may do what in a room; kept in its snapshot, so it survives a server restart.
struct RoomAccess
{
    std::optional<SecretHash> password; ///< Everyone but the owner must know it.
    std::optional<SecretHash> owner; ///< The owner key; a room without one has no owner.
    bool readOnly = false; ///< Only the owner may edit.
    QSet<QString> removed; ///< Client ids the owner removed; they cannot join again.
    /// Client ids that were in the room when the owner last changed the password: they rejoin
    /// without it, so a change keeps out only those who were not there.
    QSet<QString> admitted;

    /// The snapshot's `access` object.
    QJsonObject toJson() const;
    /// Reads toJson()'s form back; an absent value is a room open to all. Fails with a readable
    /// message on anything damaged, so a damaged room is not loaded unprotected.
    static Result<RoomAccess> fromJson(const QJsonValue &json);

    bool operator==(const RoomAccess &) const = default;
};

} // namespace ensemble
