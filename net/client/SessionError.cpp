#include "SessionError.h"

#include "protocol/ErrorCode.h"

namespace ensemble {

SessionError SessionError::fromCode(const QString &code, const QString &detail,
                                    std::optional<qint64> retryAfter)
{
    const std::optional<ErrorCode> known = errorCodeFromName(code);
    const auto make = [&](Kind kind, const QString &message, bool fatal) {
        return SessionError {kind, code, message, fatal};
    };
    switch (known.value_or(ErrorCode::BadMessage)) {
    case ErrorCode::NoSuchRoom:
    case ErrorCode::BadRoomId:
        return make(Kind::NoSuchRoom,
                    tr("This room does not exist on the server. Check the invite."), true);
    case ErrorCode::WrongPassword:
        return make(Kind::WrongPassword, tr("The room's password is wrong."), true);
    case ErrorCode::IncompatibleVersion:
        return make(Kind::IncompatibleVersion,
                    tr("The server runs an incompatible version of Ensemble: %1").arg(detail),
                    true);
    case ErrorCode::RoomFull:
    case ErrorCode::TooManyRooms:
        return make(Kind::RoomFull, tr("The server has no room for you: %1").arg(detail), true);
    case ErrorCode::Replaced:
        return make(Kind::Replaced,
                    tr("You joined this room again from another window or computer."), true);
    case ErrorCode::RoomClosed:
        return make(Kind::RoomClosed, tr("The host closed this room."), true);
    case ErrorCode::Removed:
        return make(Kind::Removed, tr("The host removed you from this session."), true);
    case ErrorCode::TooManyAttempts: {
        const int minutes = int(std::max<qint64>(1, (retryAfter.value_or(60) + 59) / 60));
        return make(Kind::TooManyAttempts,
                    tr("Too many wrong passwords from your address; try again in %n minute(s).",
                       nullptr, minutes),
                    true);
    }
    case ErrorCode::TooManyConnections:
        //: %1 is the server's own explanation, in English, e.g. "this server takes at most 256
        //: connections from one address".
        return make(Kind::TooManyConnections,
                    tr("The server takes no more connections from your network (%1); ask its "
                       "administrator.")
                        .arg(detail),
                    true);
    case ErrorCode::ServerBusy:
        return make(Kind::ConnectionLost,
                    tr("The server is too busy to let this session in; trying again."), false);
    case ErrorCode::NotOwner:
        return make(Kind::Rejected, tr("Only the host can do that."), false);
    case ErrorCode::ReadOnly:
        return make(Kind::Rejected, tr("Only the host can change this document."), false);
    case ErrorCode::ShuttingDown:
    case ErrorCode::HelloTimeout:
    case ErrorCode::SlowReader:
    case ErrorCode::UnfinishedMessage:
        return make(Kind::ConnectionLost,
                    tr("The server closed the connection (%1); reconnecting.").arg(detail), false);
    case ErrorCode::RateLimited:
        return make(Kind::ConnectionLost,
                    tr("The server closed the connection because this session sent messages "
                       "faster than it allows; reconnecting."),
                    false);
    case ErrorCode::IdleTimeout:
        return make(Kind::ConnectionLost,
                    tr("The server heard nothing from this session for too long; reconnecting."),
                    false);
    case ErrorCode::Moved:
        return make(Kind::ConnectionLost, tr("The session moved to another server; reconnecting."),
                    false);
    case ErrorCode::StoreUnavailable:
        return make(Kind::ConnectionLost,
                    tr("The server cannot reach its database for now; reconnecting."), false);
    case ErrorCode::TooFarBehind:
        return make(Kind::ConnectionLost,
                    tr("This session fell too far behind the room; rejoining to catch up."), false);
    default:
        return make(Kind::Rejected, tr("The server refused a change: %1").arg(detail), false);
    }
}

} // namespace ensemble
