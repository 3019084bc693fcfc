#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace ensemble {

/// Something that went wrong in a session, typed for the UI and with a readable message.
struct SessionError
{
    Q_DECLARE_TR_FUNCTIONS(SessionError)

public:
    enum class Kind {
        ConnectionRefused, ///< Nothing listens at the address (the client keeps retrying).
        HostNotFound, ///< The host name does not resolve (the client keeps retrying).
        /// The first connection never opened and nothing refused it (the client keeps retrying).
        NoAnswer,
        ConnectionLost, ///< An established connection dropped (the client keeps retrying).
        NoSuchRoom, ///< The server has no such room (final).
        WrongPassword, ///< The room's password was wrong (final).
        IncompatibleVersion, ///< The server speaks another protocol version (final).
        RoomFull, ///< The room is at its participant limit (final).
        Replaced, ///< This client joined again elsewhere (final).
        RoomClosed, ///< The host closed the room or the server is going away for good (final).
        Removed, ///< The room's owner removed this participant (final).
        TooManyAttempts, ///< Too many failed joins from this address (final).
        /// The server takes no more connections from this network address (final: only its
        /// administrator can change that).
        TooManyConnections,
        Rejected, ///< The server refused one message; the session goes on.
        ProtocolViolation, ///< The server sent something this client cannot understand.
        CertificateMismatch, ///< The server's certificate is not the one the invite pins (final).
        /// The certificate cannot be verified and was never trusted for this server (final until
        /// SessionClient::trustCertificate()).
        UntrustedCertificate,
        /// The certificate cannot be verified and is not the one trusted before for this server
        /// (final until SessionClient::trustCertificate()).
        CertificateChanged,
        /// One side encrypts and the other does not: a ws:// invite to a wss:// server or the
        /// reverse (final when the server answered something that is not TLS).
        EncryptionMismatch,
    };

    Kind kind = Kind::ConnectionLost;
    QString code; ///< The protocol error code when the server sent one.
    QString message; ///< Human-readable, translated.
    bool fatal = false; ///< True when the client stopped and will not reconnect by itself.

    /// The error for a protocol error code, with a readable message; @p detail is the server's
    /// own text, appended where it helps; @p retryAfter the seconds the server asks to wait.
    static SessionError fromCode(const QString &code, const QString &detail,
                                 std::optional<qint64> retryAfter = {});
};

} // namespace ensemble
