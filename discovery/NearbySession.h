#pragma once

#include "Announcement.h"
#include "client/Invite.h"

namespace ensemble {

/// A session a host announces on the local network, as a browser found it.
struct NearbySession
{
    /// The DNS-SD instance name, unique on the network: what identifies the session.
    QString name;
    /// The host's address as resolved (an IPv6 link-local one with its "%interface" scope).
    QString address;
    /// What the host announces; its port is the service's.
    Announcement announcement;

    /// Whether the host published the room id, so one click joins.
    bool hasRoomId() const { return !announcement.roomId.isEmpty(); }
    /// The invite to join it (invalid without the room id): the address, port, room id, and the
    /// announced fingerprint pinned when encrypted.
    Invite invite() const;

    bool operator==(const NearbySession &) const = default;
};

} // namespace ensemble
