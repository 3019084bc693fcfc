#pragma once

#include "Invite.h"

#include <QString>

namespace ensemble {

/// The address a browser opens to join the invite's room with the server's web client:
/// http://HOST:PORT/ROOM-ID, or https://HOST:PORT/ROOM-ID for an encrypted room (a browser cannot
/// pin the certificate; the guest compares its fingerprint with the invite's by hand).
QString webLink(const Invite &invite);

} // namespace ensemble
