#pragma once

#include <QtGlobal>

namespace ensemble {

/// Server-side limits; every one is announced in `welcome` or documented in docs/PROTOCOL.md.
struct Limits
{
    /// Largest text frame (UTF-8 bytes) the server reads; a larger one gets `too_large`.
    qint64 maxMessageBytes = 16 * 1024 * 1024;
    /// Frames beyond this many bytes are not even buffered: the socket closes with 1009.
    qint64 hardMessageBytes = 32 * 1024 * 1024;
    /// Longest document in UTF-16 code units; an edit that would grow past it gets `too_large`.
    qsizetype maxDocumentLength = 4 * 1024 * 1024;
    /// Rooms one server holds (creating one more gets `too_many_rooms`).
    int maxRooms = 1000;
    /// Participants connected to one room at a time (one more gets `room_full`).
    int maxParticipants = 100;
    /// Operations kept in memory per room so rejoining clients catch up by operations.
    qsizetype keptOperations = 10000;
    /// Longest display name in UTF-16 code units.
    qsizetype maxNameLength = 64;
    /// Longest chat message in UTF-16 code units.
    qsizetype maxChatLength = 4000;
    /// Longest language id, e.g. "cpp".
    qsizetype maxLanguageLength = 64;
    /// Most ranges (carets) in one selection.
    qsizetype maxSelectionRanges = 1000;
    /// Milliseconds a new connection has to send `hello`.
    int helloTimeoutMs = 10000;
};

} // namespace ensemble
