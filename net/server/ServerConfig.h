#pragma once

#include "AccessPolicy.h"
#include "protocol/Limits.h"

#include <QString>

namespace ensemble {

class DurableJournal;

/// How a RoomServer behaves; the defaults suit the app's embedded host.
struct ServerConfig
{
    Limits limits;
    /// Whether a hello with `create` may create a missing room (headless servers allow it; an
    /// embedded host only serves the rooms it created itself).
    bool allowClientCreatedRooms = false;
    /// Where rooms are persisted (one folder per room); empty keeps rooms in memory only.
    QString dataDir;
    /// With both set, the server speaks only wss://, presenting this certificate (PEM, the
    /// server's own first, then any intermediates) and private key (PEM); empty: ws://.
    QString certificateFile;
    QString privateKeyFile;
    /// Failure delays, lockouts and password hashing.
    AccessPolicy access;
    /// The server's password (headless servers): creating a room needs it, and rooms created
    /// without a password of their own get it. Empty: anyone may create rooms.
    QString password;
    /// Set when the server shares its sessions with others (docs/DEPLOYMENT.md): it serves a
    /// session only while it holds its lease, and writes every operation there before it
    /// acknowledges it. Not owned; dataDir is then empty.
    DurableJournal *journal = nullptr;
};

} // namespace ensemble
