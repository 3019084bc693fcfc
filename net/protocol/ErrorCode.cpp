#include "ErrorCode.h"

#include <array>

namespace ensemble {

namespace {

struct CodeInfo
{
    ErrorCode code;
    const char *name;
    int closeCode; // 0: the session goes on after the error
};

// One table so the name, the enum and the close code cannot drift apart.
constexpr std::array<CodeInfo, 37> codeTable {{
    {ErrorCode::BadMessage, "bad_message", 0},
    {ErrorCode::UnknownType, "unknown_type", 0},
    {ErrorCode::BadOperation, "bad_operation", 0},
    {ErrorCode::BadRevision, "bad_revision", 0},
    {ErrorCode::BadSequence, "bad_sequence", 0},
    {ErrorCode::TooLarge, "too_large", 0},
    {ErrorCode::NotJoined, "not_joined", 0},
    {ErrorCode::AlreadyJoined, "already_joined", 0},
    {ErrorCode::IncompatibleVersion, "incompatible_version", 4001},
    {ErrorCode::NoSuchRoom, "no_such_room", 4004},
    {ErrorCode::BadRoomId, "bad_room_id", 4005},
    {ErrorCode::RoomFull, "room_full", 4006},
    {ErrorCode::TooManyRooms, "too_many_rooms", 4007},
    {ErrorCode::WrongPassword, "wrong_password", 4003},
    {ErrorCode::HelloTimeout, "hello_timeout", 4008},
    {ErrorCode::Replaced, "replaced", 4009},
    {ErrorCode::RoomClosed, "room_closed", 4010},
    {ErrorCode::StorageFailed, "storage_failed", 0},
    {ErrorCode::Removed, "removed", 4011},
    {ErrorCode::TooManyAttempts, "too_many_attempts", 4012},
    {ErrorCode::NotOwner, "not_owner", 0},
    {ErrorCode::ReadOnly, "read_only", 0},
    {ErrorCode::ShuttingDown, "shutting_down", 1001},
    {ErrorCode::TooFarBehind, "too_far_behind", 0},
    {ErrorCode::RateLimited, "rate_limited", 4013},
    {ErrorCode::IdleTimeout, "idle_timeout", 4014},
    {ErrorCode::TooManyConnections, "too_many_connections", 4015},
    {ErrorCode::ServerBusy, "server_busy", 4016},
    {ErrorCode::SlowReader, "slow_reader", 4017},
    {ErrorCode::UnfinishedMessage, "unfinished_message", 4018},
    {ErrorCode::PathExists, "path_exists", 0},
    {ErrorCode::NoSuchPath, "no_such_path", 0},
    {ErrorCode::BadPath, "bad_path", 0},
    {ErrorCode::TooManyDocuments, "too_many_documents", 0},
    {ErrorCode::TooManyOpen, "too_many_open", 0},
    {ErrorCode::Moved, "moved", 4019},
    {ErrorCode::StoreUnavailable, "store_unavailable", 4020},
}};

const CodeInfo &infoFor(ErrorCode code)
{
    for (const CodeInfo &info : codeTable) {
        if (info.code == code)
            return info;
    }
    Q_UNREACHABLE();
}

} // namespace

QString errorCodeName(ErrorCode code)
{
    return QString::fromLatin1(infoFor(code).name);
}

std::optional<ErrorCode> errorCodeFromName(const QString &name)
{
    for (const CodeInfo &info : codeTable) {
        if (name == QLatin1String(info.name))
            return info.code;
    }
    return std::nullopt;
}

int closeCodeFor(ErrorCode code)
{
    return infoFor(code).closeCode;
}

std::optional<ErrorCode> errorCodeForClose(int closeCode)
{
    if (closeCode == 0)
        return std::nullopt;
    for (const CodeInfo &info : codeTable) {
        if (info.closeCode == closeCode)
            return info.code;
    }
    return std::nullopt;
}

} // namespace ensemble
