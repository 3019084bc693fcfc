#include "NearbySession.h"

namespace ensemble {

Invite NearbySession::invite() const
{
    Invite invite(address, announcement.port, announcement.roomId);
    invite.setEncrypted(announcement.encrypted);
    if (announcement.encrypted)
        invite.setFingerprint(announcement.fingerprint);
    return invite;
}

} // namespace ensemble
