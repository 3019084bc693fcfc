#pragma once

#include "Limits.h"
#include "Messages.h"

#include <QByteArray>
#include <optional>

namespace ensemble {

/// Reads an `op` frame written the plain way (each key once, integers as plain digits, no other
/// keys) straight from its bytes, without building a QJsonObject; returns nothing for any other
/// frame, valid or not, which parseClientMessage() then reads the general way, so that every
/// answer to a bad frame keeps one source. What it returns equals what the general way reads.
std::optional<OpMsg> readPlainOp(const QByteArray &utf8, const Limits &limits);

} // namespace ensemble
