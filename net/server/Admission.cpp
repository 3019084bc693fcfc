// Who may join which room (docs/PROTOCOL.md sections 5 and 8): owner keys, passwords, and the
// delays and lockouts that make guessing either, or guessing room ids, slow.
#include "Connection.h"
#include "Room.h"
#include "RoomServer.h"
#include "protocol/RoomId.h"

#include <QPointer>

namespace ensemble {

namespace {

// WebSocket's "internal error" close code.
constexpr int internalErrorClose = 1011;

// What checking a creator's password against the server's gave.
struct CreateCheck
{
    bool admitted = false;
    std::optional<SecretHash> password; ///< The new room's.
};

} // namespace

template<class Work, class Then>
void RoomServer::offload(Connection *connection, Work work, Then then)
{
    // A guess counts from now, and waits for the previous guess of its address to be checked.
    const QHostAddress address = connection->peerAddress();
    if (!m_attempts.beginGuess(address)) {
        refuseGuess(connection, false);
        return;
    }
    const QString key = AttemptLimiter::keyOf(address);
    const auto finish = [this, address, key] {
        m_attempts.endGuess(address);
        m_guesses.done(key);
    };
    const QPointer<Connection> target(connection);
    const bool queued = m_guesses.add(key, [this, target, work, then, finish] {
        if (!target) {
            finish(); // It stopped waiting: nothing to check.
            return;
        }
        m_hashing.start([this, target, work, then, finish] {
            auto result = work();
            // Back on the server's thread, where the connection may have closed meanwhile.
            QMetaObject::invokeMethod(
                this,
                [target, then, result, finish] {
                    finish();
                    if (target)
                        then(target.data(), result);
                },
                Qt::QueuedConnection);
        });
    });
    if (!queued) {
        m_attempts.endGuess(address);
        refuseGuess(connection, true);
    }
}

void RoomServer::refuseGuess(Connection *connection, bool serverBusy)
{
    const qint64 wait = std::max<qint64>(m_attempts.lockedFor(connection->peerAddress()), 60000);
    connection->refuse(
        ErrorCode::TooManyAttempts,
        serverBusy ? tr("The server is checking too many passwords; try again later.")
                   : tr("Too many password attempts from your address at once; try again later."),
        0, (wait + 999) / 1000);
}

void RoomServer::onHello(Connection *connection, const HelloMsg &hello)
{
    const QString id = connection->requestedRoom();
    if (!isValidRoomId(id)) {
        connection->sendError(ErrorCode::BadRoomId,
                              tr("The address must end in /ROOM-ID (a lowercase UUID)."));
        return;
    }
    if (m_config.journal && !m_leases.contains(id)) {
        claimFor(connection, hello); // onHello() again once the lease is taken
        return;
    }
    Room *room = m_rooms.value(id);
    // The owner key comes first: a host gets into their own room even from an address that
    // others locked out (guests on the host's machine who mistyped the password).
    const std::optional<SecretHash> &ownerKey = room ? room->access().owner : std::nullopt;
    if (ownerKey && hello.owner && ownerKey->matches(*hello.owner)) {
        room->join(connection, hello, true);
        return;
    }
    if (const qint64 wait = m_attempts.lockedFor(connection->peerAddress())) {
        const int minutes = int((wait + 59999) / 60000);
        connection->refuse(ErrorCode::TooManyAttempts,
                           tr("Too many failed attempts from your address; try again in %n "
                              "minute(s).",
                              nullptr, minutes),
                           0, (wait + 999) / 1000);
        return;
    }
    if (room) {
        const std::optional<SecretHash> &password = room->access().password;
        // Someone who was in the room when the password changed is let back in without it, by
        // the client id the server knows them by (a secret of their client, section 2).
        if (!password || room->access().admitted.contains(hello.client)) {
            joinChecked(connection, hello);
        } else if (hello.password.value_or(QString()).isEmpty()) {
            turnDown(connection, ErrorCode::WrongPassword, tr("This room needs a password."));
        } else {
            checkRoomPassword(connection, hello, room);
        }
        return;
    }
    if (!hello.create || !m_config.allowClientCreatedRooms) {
        // The same answer, after the same delay, whatever the hello carried: a wrong id reveals
        // nothing, and trying ids is as slow as trying passwords.
        turnDown(connection, ErrorCode::NoSuchRoom, tr("There is no room with this ID here."));
        return;
    }
    const QString wanted = hello.create->password.value_or(QString());
    if (!m_serverPassword && wanted.isEmpty()) {
        createFor(connection, hello, std::nullopt);
        return;
    }
    offload(
        connection,
        [server = m_serverPassword, given = hello.password.value_or(QString()), wanted,
         iterations = m_config.access.passwordIterations] {
            CreateCheck check {!server || server->matches(given), server};
            if (check.admitted && !wanted.isEmpty())
                check.password = SecretHash::make(wanted, iterations);
            return check;
        },
        [this, hello](Connection *c, const CreateCheck &check) {
            if (check.admitted)
                createFor(c, hello, check.password);
            else
                turnDown(c, ErrorCode::WrongPassword,
                         tr("Creating rooms on this server needs its password."));
        });
}

void RoomServer::checkRoomPassword(Connection *connection, const HelloMsg &hello, Room *room)
{
    const SecretHash &password = *room->access().password;
    const QString given = *hello.password;
    const auto known = m_verified.constFind(room->id());
    if (known != m_verified.cend() && known->first == password.hash
        && password.quickMatches(known->second, given)) {
        joinChecked(connection, hello);
        return;
    }
    offload(
        connection, [password, given] { return password.matches(given); },
        [this, hello, password, given](Connection *c, bool matches) {
            if (!matches) {
                turnDown(c, ErrorCode::WrongPassword, tr("The password is wrong."));
                return;
            }
            m_verified.insert(c->requestedRoom(), {password.hash, password.quickDigest(given)});
            joinChecked(c, hello);
        });
}

void RoomServer::joinChecked(Connection *connection, const HelloMsg &hello)
{
    // The room may have gone while the password was being checked.
    if (Room *room = m_rooms.value(connection->requestedRoom()))
        room->join(connection, hello, false);
    else
        connection->sendError(ErrorCode::NoSuchRoom, tr("There is no room with this ID here."));
}

void RoomServer::createFor(Connection *connection, const HelloMsg &hello,
                           std::optional<SecretHash> password)
{
    const QString id = connection->requestedRoom();
    if (m_rooms.contains(id)) {
        // Someone else created it while the password was being checked: join it like any room.
        onHello(connection, hello);
        return;
    }
    RoomSnapshot seed;
    seed.room = id;
    seed.text = hello.create->text;
    seed.language = hello.create->language;
    seed.title = hello.create->title;
    seed.access.password = std::move(password);
    if (hello.owner)
        seed.access.owner = SecretHash::make(*hello.owner, ownerKeyIterations);
    if (const qint64 wait = m_creations.waitFor(connection->peerAddress())) {
        connection->refuse(ErrorCode::TooManyRooms,
                           tr("Your address created %n room(s) within the last hour; try again "
                              "later.",
                              nullptr, m_config.limits.roomsPerHourPerAddress),
                           0, (wait + 999) / 1000);
        return;
    }
    // Rooms nobody uses any more make way before a creation is refused.
    if (m_rooms.size() >= m_config.limits.maxRooms || storageFull())
        expireRooms();
    if (storageFull()) {
        connection->refuse(ErrorCode::TooManyRooms, tr("The server's storage for rooms is full."),
                           0);
        return;
    }
    Result<Room *> created = addRoom(seed);
    if (!created) {
        const ErrorCode error
            = errorCodeFromName(created.error().code).value_or(ErrorCode::StorageFailed);
        connection->sendError(error, created.error().message);
        // Without a room the session cannot go on, whatever the reason.
        connection->close(closeCodeFor(error) ? closeCodeFor(error) : internalErrorClose,
                          created.error().code);
        return;
    }
    m_creations.record(connection->peerAddress());
    created.value()->join(connection, hello, hello.owner.has_value());
}

void RoomServer::turnDown(Connection *connection, ErrorCode code, const QString &message)
{
    const AttemptLimiter::Failure failure = m_attempts.recordFailure(connection->peerAddress());
    if (failure.lockedOut) {
        //: Server log: %1 a network address; too_many_attempts is a protocol error code.
        emit warning(tr("%1 failed to join %n time(s); it gets too_many_attempts for %2 s.",
                        nullptr, m_config.access.maxFailures)
                         .arg(connection->peerAddress().toString())
                         .arg(m_config.access.lockoutMs / 1000));
    }
    connection->refuse(code, message, failure.delayMs);
    if (m_config.journal)
        releaseUnused(connection->requestedRoom());
}

} // namespace ensemble
