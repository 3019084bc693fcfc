#pragma once

#include "Limits.h"
#include "Messages.h"
#include "ot/Result.h"

#include <QByteArray>
#include <optional>

namespace ensemble {

/// Parses one text frame from a client. Errors carry the protocol code to answer with:
/// `bad_message` (not JSON, not an object, a field missing or of the wrong type), `unknown_type`,
/// `bad_operation` (the op array is malformed), `too_large` (a field over @p limits),
/// `incompatible_version` (a hello for another protocol version).
Result<ClientMessage> parseClientMessage(const QByteArray &utf8, const Limits &limits);

/// parseClientMessage() without its shortcut for plain `op` frames (readPlainOp()): the reference
/// the shortcut is held to.
Result<ClientMessage> parseClientMessageInGeneral(const QByteArray &utf8, const Limits &limits);

/// The integer `seq` of an `op` or `replace` frame, if it has one: what the error for a frame
/// parseClientMessage() refused names, so that the sender can settle the operation.
std::optional<quint64> readSeq(const QByteArray &utf8);

/// Parses one text frame from the server, with the same error codes.
Result<ServerMessage> parseServerMessage(const QByteArray &utf8);

/// Whether @p title can name a room: a file name of at most 255 units with no folder in it
/// (no slash, backslash or control character; not "." or "..").
bool isValidTitle(const QString &title);

} // namespace ensemble
