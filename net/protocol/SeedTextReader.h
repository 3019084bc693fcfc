#pragma once

#include "Limits.h"
#include "Messages.h"
#include "ot/Result.h"

#include <QByteArray>
#include <optional>

namespace ensemble {

/// Reads a `hello` that creates a room with a long text (`create.text`, once in the frame) with
/// that text decoded straight from the frame's bytes, and the rest of the hello the general way;
/// returns nothing for any other frame, which parseClientMessage() then reads the general way, so
/// that every answer to a bad frame keeps one source. What it returns equals what the general
/// way reads.
std::optional<Result<ClientMessage>> readCreatingHello(const QByteArray &utf8,
                                                       const Limits &limits);

} // namespace ensemble
