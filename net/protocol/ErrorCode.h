#pragma once

#include <QString>
#include <optional>

namespace ensemble {

/// Every error the protocol names; the wire form is the snake_case string of errorCodeName().
enum class ErrorCode {
    BadMessage,
    UnknownType,
    BadOperation,
    BadRevision,
    BadSequence,
    TooLarge,
    NotJoined,
    AlreadyJoined,
    IncompatibleVersion,
    NoSuchRoom,
    BadRoomId,
    RoomFull,
    TooManyRooms,
    WrongPassword,
    HelloTimeout,
    Replaced,
    RoomClosed,
    StorageFailed,
    Removed,
    TooManyAttempts,
    NotOwner,
    ReadOnly,
    ShuttingDown,
    TooFarBehind,
    RateLimited,
    IdleTimeout,
    TooManyConnections,
    ServerBusy,
    SlowReader,
    UnfinishedMessage,
    PathExists,
    NoSuchPath,
    BadPath,
    TooManyDocuments,
    TooManyOpen,
    Moved,
    StoreUnavailable,
};

/// The wire name of @p code, e.g. "bad_message".
QString errorCodeName(ErrorCode code);

/// The code named @p name, or nothing for a name this build does not know.
std::optional<ErrorCode> errorCodeFromName(const QString &name);

/// The WebSocket close code the server uses after sending this error, or 0 when the connection
/// stays open (the error concerns one message, not the session).
int closeCodeFor(ErrorCode code);

/// The error a close code stands for, for clients that see the close without the error message.
std::optional<ErrorCode> errorCodeForClose(int closeCode);

} // namespace ensemble
