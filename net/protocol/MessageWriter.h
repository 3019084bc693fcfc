#pragma once

#include "Messages.h"

#include <QByteArray>

namespace ensemble {

/// The compact JSON text frame for a client message.
QByteArray serialize(const ClientMessage &message);

/// The compact JSON text frame for a server message.
QByteArray serialize(const ServerMessage &message);

} // namespace ensemble
