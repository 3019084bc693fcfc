#pragma once

#include "JsonReader.h"
#include "Messages.h"
#include "ot/Result.h"

namespace ensemble {

// The history's messages in the message parsers (HistoryMessages.h; docs/PROTOCOL.md 3.1).

/// A client's `history` (@p in holds its object): `from` <= `to`, both revisions.
Result<ClientMessage> parseHistoryRequest(JsonReader &in);
/// A client's `history_text`.
Result<ClientMessage> parseHistoryTextRequest(JsonReader &in);
/// The server's `history`, `history_text` or `history_error`, by @p type; nothing for another
/// type.
std::optional<Result<ServerMessage>> parseHistoryAnswer(const QString &type, JsonReader &in);

} // namespace ensemble
