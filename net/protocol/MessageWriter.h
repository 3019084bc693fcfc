#pragma once

#include "Messages.h"

#include <QByteArray>
#include <QString>

namespace ensemble {

class Rope;

/// The compact JSON text frame for a client message, in UTF-8.
QByteArray serialize(const ClientMessage &message);

/// The compact JSON text frame for a server message, in UTF-8.
QByteArray serialize(const ServerMessage &message);

/// The same, after @p headroom bytes (zero) left for the caller to fill in: a frame header goes
/// there, so that the frame is one allocation.
QByteArray serialize(const ServerMessage &message, qsizetype headroom);
/// The `welcome` frame in UTF-8 with @p text as its text, read from the rope a part at a time
/// instead of copied out whole first.
QByteArray serializeWelcome(const WelcomeMsg &welcome, const Rope &text);
/// The same frame as a QString, the form QWebSocket::sendTextMessage() takes; written as UTF-16
/// directly, it spares a long text the trip through UTF-8 and back.
QString serializeText(const ClientMessage &message);

/// The same frame as a QString, for QWebSocket::sendTextMessage().
QString serializeText(const ServerMessage &message);

} // namespace ensemble
