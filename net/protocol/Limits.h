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
    /// Rooms clients from one address (an IPv6 /64) may create per hour, all at once at most;
    /// more get `too_many_rooms` with `retryAfter`. 0: no limit.
    int roomsPerHourPerAddress = 20;
    /// Bytes the rooms' files may take on disk before creating one more gets `too_many_rooms`.
    /// 0: no limit.
    qint64 maxStorageBytes = qint64(4) * 1024 * 1024 * 1024;
    /// A room created by a client that nobody has joined for this many milliseconds is deleted
    /// with its files (rooms the server's operator created never are). 0: never.
    qint64 roomExpiryMs = qint64(30) * 24 * 60 * 60 * 1000;
    /// Revisions of a document's history on disk kept at least (HistoryOptions::maxRevisions:
    /// older ones go a checkpoint interval at a time). 0: all of them.
    qint64 historyRevisions = 0;
    /// Bytes a document's history may take on disk (HistoryOptions::maxBytes; the revisions since
    /// its last checkpoint always stay). 0: no limit.
    qint64 historyBytes = 0;
    /// Participants connected to one room at a time (one more gets `room_full`).
    int maxParticipants = 100;
    /// Operations kept in memory per room so rejoining clients catch up by operations.
    qsizetype keptOperations = 10000;
    /// The most those kept operations may hold, in units: inserted plus deleted UTF-16 units plus
    /// components. Older operations go first; clients from before them rejoin by text.
    qint64 keptOperationUnits = 16 * 1024 * 1024;
    /// Catch-up work one message may cost the server: the components visited while transforming
    /// it over the operations it missed (and, for `replace`, the units undone to rebuild its base
    /// text). More gets `too_far_behind`; the client rejoins and merges. 0: no limit.
    qint64 maxTransformWork = 1000000;
    /// Longest display name in UTF-16 code units.
    qsizetype maxNameLength = 64;
    /// Longest chat message in UTF-16 code units.
    qsizetype maxChatLength = 4000;
    /// Chat lines a room keeps, and sends to everyone who joins.
    qsizetype keptChatLines = 200;
    /// Longest language id, e.g. "cpp".
    qsizetype maxLanguageLength = 64;
    /// Most ranges (carets) in one selection.
    qsizetype maxSelectionRanges = 1000;
    /// Protocol 2: files and folders in one session's tree (one more gets `too_many_documents`).
    int maxDocuments = 5000;
    /// Protocol 2: documents one connection may have open at a time (`too_many_open`).
    int maxOpenDocuments = 64;
    /// Protocol 2: the text of all documents of a session together, in UTF-16 code units (a
    /// `create` past it gets `too_many_documents`): 100 MiB.
    qint64 maxSessionTextLength = qint64(50) * 1024 * 1024;
    /// Milliseconds a new connection has to send `hello`.
    int helloTimeoutMs = 10000;

    /// Messages per second one connection may send on average (a token bucket's refill rate);
    /// messages beyond the budget wait, in order, until it returns. 0: no limit.
    int messagesPerSecond = 50;
    /// Messages a connection may send at once on top of the rate (the bucket's size).
    int messageBurst = 200;
    /// Messages that may wait for budget on one connection (and at most twice maxMessageBytes of
    /// them); one more closes the connection with `rate_limited`.
    int maxQueuedMessages = 1000;
    /// A message costs one token plus one per this many bytes...
    static constexpr qint64 bytesPerToken = 64 * 1024;
    /// ...plus one per this much catch-up work (see maxTransformWork) it caused.
    static constexpr qint64 transformWorkPerToken = 16 * 1024;

    /// Milliseconds a new TCP connection has to complete the WebSocket handshake.
    int handshakeTimeoutMs = 10000;
    /// Connections from one IP address, in any state; more hear `too_many_connections`. Enough
    /// for a room of 100 behind one NAT address whose old sockets linger while everyone
    /// reconnects. 0: no limit.
    int maxConnectionsPerAddress = 256;
    /// Connections that have not joined a room yet (in the WebSocket handshake or before their
    /// hello), server-wide. When full, a newcomer takes the place of the oldest one from the
    /// address holding the most (see ConnectionGate). 0: no limit.
    int maxPendingConnections = 256;
    /// A connection that sends no frame and answers none of the pings the server sends every
    /// quarter of this many milliseconds is closed with `idle_timeout` (after 1 to 1.25 times
    /// it). 0: never.
    int idleTimeoutMs = 60000;

    /// Bytes that may wait to be sent to one connection behind the frame being sent; a message
    /// for a connection that has more waiting closes it with `slow_reader`. 0: no limit.
    qint64 maxSendQueueBytes = 8 * 1024 * 1024;
    /// Frames that may wait to be sent to one connection; one more closes it with `slow_reader`.
    int maxSendQueueFrames = 4096;
    /// Bytes waiting to be sent to all connections together; past it, the connection with the
    /// most waiting is closed with `slow_reader`. 0: no limit.
    qint64 sendBudgetBytes = 256 * 1024 * 1024;
    /// Bytes all connections together may hold in messages (and frames) not received in full;
    /// past it, the connection holding the most is closed with `unfinished_message`. 0: no limit.
    qint64 unfinishedBudgetBytes = 128 * 1024 * 1024;
    /// Milliseconds a message may stay unfinished (part of it received, the rest not) before its
    /// connection is closed with `unfinished_message`. 0: no limit.
    int messageTimeoutMs = 60000;
};

} // namespace ensemble
