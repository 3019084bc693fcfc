#include "SessionClient.h"

#include "protocol/ErrorCode.h"
#include "protocol/MessageWriter.h"
#include "protocol/TextHash.h"
#include "tls/Fingerprint.h"

#include <QSslConfiguration>
#include <QWebSocket>
#include <algorithm>

namespace ensemble {

SessionClient::SessionClient(QObject *parent)
    : QObject(parent)
{
    connect(&m_document, &DocumentSync::outgoing, this, &SessionClient::send);
    connect(&m_document, &DocumentSync::resyncNeeded, this, &SessionClient::resync);
    connect(&m_document, &DocumentSync::documentReset, this, &SessionClient::documentReset);
    connect(&m_document, &DocumentSync::remoteOperation, this, &SessionClient::remoteOperation);
    connect(&m_document, &DocumentSync::localEditsRefused, this, &SessionClient::localEditsRefused);
    connect(&m_document, &DocumentSync::unsentEditCountChanged, this,
            &SessionClient::unsentEditCountChanged);
    connect(&m_document, &DocumentSync::operationSent, this, &SessionClient::operationSent);
    connect(&m_document, &DocumentSync::revisionChanged, this, &SessionClient::revisionChanged);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &SessionClient::openSocket);
    connect(&m_pingTimer, &QTimer::timeout, this, [this] {
        QWebSocket *socket = m_socket;
        if (!socket)
            return;
        // Two silent intervals: the peer or the path is gone even if TCP has not noticed. This
        // holds while the connection opens too: a handshake over a dead path never finishes.
        if (m_sincePong.elapsed() > 2 * m_pingIntervalMs) {
            socket->abort();
            // A socket aborted before it connected reports nothing.
            if (socket == m_socket)
                onDisconnected();
        } else if (socket->state() == QAbstractSocket::ConnectedState) {
            socket->ping();
        }
    });
}

SessionClient::~SessionClient()
{
    emit aboutToLeave();
    // A socket destroyed while connected still reports its disconnection: not to us any more.
    if (m_socket) {
        m_socket->disconnect(this);
        delete m_socket;
    }
}

void SessionClient::setIdentity(const QString &name, const QString &color, const QString &clientId)
{
    m_name = name;
    m_color = color;
    m_clientId = clientId;
    m_document.setClientId(clientId);
}

void SessionClient::setFlushInterval(int ms)
{
    m_document.setFlushInterval(ms);
}

void SessionClient::setReconnectDelays(int initialMs, int maximumMs)
{
    m_backoff = Backoff(initialMs, maximumMs);
}

void SessionClient::setPingInterval(int ms)
{
    m_pingIntervalMs = ms;
    if (m_pingTimer.isActive())
        m_pingTimer.start(ms);
}

void SessionClient::setPassword(const QString &password)
{
    m_password = password;
}

void SessionClient::setOwnerKey(const QString &key)
{
    m_ownerKey = key;
}

void SessionClient::trustCertificate(const QByteArray &fingerprint)
{
    m_trustedCertificate = fingerprint;
    if (std::exchange(m_awaitingTrust, false) && m_state == State::Failed) {
        m_backoff.reset();
        openSocket();
    }
}

void SessionClient::join(const Invite &invite)
{
    start(invite, std::nullopt);
}

void SessionClient::joinOrCreate(const Invite &invite, const QString &text, const QString &language)
{
    start(invite, RoomSeed {text, language});
}

void SessionClient::joinOrCreate(const Invite &invite, const RoomSeed &seed)
{
    start(invite, seed);
}

void SessionClient::start(const Invite &invite, std::optional<RoomSeed> seed)
{
    leave();
    m_invite = invite;
    m_seed = std::move(seed);
    m_backoff.reset();
    openSocket();
}

void SessionClient::leave()
{
    emit aboutToLeave();
    m_reconnectTimer.stop();
    m_movedTo.clear();
    m_pingTimer.stop();
    if (QWebSocket *socket = std::exchange(m_socket, nullptr)) {
        socket->close(QWebSocketProtocol::CloseCodeNormal);
        socket->deleteLater();
    }
    m_users.clear();
    setWelcomed(false);
    setState(State::Offline);
    // Kept for seenDocuments(): the app remembers them for the next session.
    if (m_document.hasText())
        m_seen.remember(QString(), m_document.seen());
    for (auto it = m_documents.cbegin(); it != m_documents.cend(); ++it)
        m_seen.remember(it.key(), it.value()->seen());
    m_document.reset();
    qDeleteAll(std::exchange(m_documents, {}));
    m_holds.clear();
    m_tree = {};
}

void SessionClient::openSocket()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    QWebSocket *socket = m_socket;
    connect(socket, &QWebSocket::connected, this, &SessionClient::onConnected);
    connect(socket, &QWebSocket::textMessageReceived, this, &SessionClient::onTextMessage);
    connect(socket, &QWebSocket::pong, this, &SessionClient::onPong);
    // A refused connection reports an error without ever emitting disconnected; both paths end
    // in onDisconnected(), which acts once per socket.
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (socket == m_socket)
            onDisconnected();
    });
    connect(socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            [this, socket] {
                if (socket == m_socket && socket->state() == QAbstractSocket::UnconnectedState)
                    onDisconnected();
            });
    if (m_invite.isEncrypted()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        // With nothing to verify against, every certificate, even one a CA vouches for, comes
        // to onSslErrors() to be compared with the pin before the room's id is sent.
        if (!m_invite.fingerprint().isEmpty())
            tls.setCaCertificates({});
        socket->setSslConfiguration(tls);
        connect(socket, &QWebSocket::sslErrors, this, [this, socket](const QList<QSslError> &e) {
            if (socket == m_socket)
                onSslErrors(e);
        });
    }
    m_open = false;
    m_awaitingTrust = false;
    m_serverCertificate.clear();
    setWelcomed(false);
    m_closeReason.reset();
    setState(State::Connecting);
    m_sincePong.start();
    m_pingTimer.start(m_pingIntervalMs);
    // A `moved` is followed once: the server it names opens this connection, the next attempt
    // starts from the invite again.
    m_redirected = !m_movedTo.isEmpty();
    socket->open(m_redirected ? std::exchange(m_movedTo, {}) : m_invite.webSocketUrl());
}

void SessionClient::onConnected()
{
    m_open = true;
    m_serverCertificate = certificateFingerprint(m_socket->sslConfiguration().peerCertificate());
    HelloMsg hello {m_protocol, m_name, m_color, m_clientId, {}, {}, {}, {}};
    if (!m_password.isEmpty())
        hello.password = m_password;
    if (!m_ownerKey.isEmpty())
        hello.owner = m_ownerKey;
    if (m_document.hasText()) {
        hello.revision = m_document.revision();
        hello.epoch = m_document.epoch();
        hello.textHash = textHash(m_document.serverText());
        // If the server lost the room, recreate it as this session last knew it; the rejoin
        // then merges the unsent work into that text exactly once.
        if (m_seed) {
            hello.create = *m_seed;
            hello.create->text = m_document.serverText();
            hello.create->language = m_document.language();
        }
    } else {
        hello.create = m_seed;
    }
    send(hello);
    m_sincePong.start();
}

void SessionClient::onSslErrors(const QList<QSslError> &errors)
{
    // Not ignoring the errors ends the handshake before anything is sent; the reason set here
    // is what onDisconnected() reports.
    const QByteArray presented
        = certificateFingerprint(m_socket->sslConfiguration().peerCertificate());
    m_serverCertificate = presented;
    const QString server = m_invite.server();
    const QByteArray pinned = m_invite.fingerprint();
    if (!presented.isEmpty() && presented == (pinned.isEmpty() ? m_trustedCertificate : pinned)) {
        m_socket->ignoreSslErrors();
        return;
    }
    if (!pinned.isEmpty()) {
        m_closeReason = SessionError {
            SessionError::Kind::CertificateMismatch,
            {},
            tr("The certificate of %1 is not the one the invite names. Someone may be "
               "intercepting the connection, or the host made a new certificate: ask the host "
               "for a current invite.")
                .arg(server),
            true};
        return;
    }
    if (!m_trustedCertificate.isEmpty()) {
        m_closeReason = SessionError {
            SessionError::Kind::CertificateChanged,
            {},
            tr("The certificate of %1 is not the one you trusted before. Someone may be "
               "intercepting the connection, or the host made a new certificate.")
                .arg(server),
            true};
        return;
    }
    QStringList reasons;
    for (const QSslError &error : errors) {
        if (!reasons.contains(error.errorString()))
            reasons.append(error.errorString());
    }
    m_closeReason = SessionError {
        SessionError::Kind::UntrustedCertificate,
        {},
        tr("The identity of %1 cannot be verified: %2").arg(server, reasons.join(u' ')),
        true};
}

std::optional<SessionError> SessionClient::handshakeFailure(const QWebSocket &socket) const
{
    // Only a first contact can meet the wrong kind of server: a rejoin uses the scheme that
    // worked before.
    if (m_open || m_document.hasText())
        return std::nullopt;
    const QString server = m_invite.server();
    const QAbstractSocket::SocketError error = socket.error();
    if (m_invite.isEncrypted() && socket.sslConfiguration().peerCertificate().isNull()) {
        // Bytes that are not TLS make the handshake fail at once; Ensemble's own unencrypted
        // server says nothing and closes after its handshake timeout.
        const bool notTls = error == QAbstractSocket::SslHandshakeFailedError;
        if (notTls || error == QAbstractSocket::RemoteHostClosedError) {
            return SessionError {
                SessionError::Kind::EncryptionMismatch,
                {},
                tr("%1 did not set up an encrypted connection (%2); it may not offer "
                   "encryption. Ask the host for a current invite.")
                    .arg(server, socket.errorString()),
                notTls};
        }
    }
    if (!m_invite.isEncrypted() && error == QAbstractSocket::RemoteHostClosedError) {
        // What a TLS server does with a plain WebSocket handshake; a network that accepts and
        // drops connections looks the same, so the client keeps trying.
        return SessionError {
            SessionError::Kind::EncryptionMismatch,
            {},
            tr("%1 closed the connection without answering; it may accept only encrypted "
               "connections. If so, ask the host for an invite with the certificate's "
               "fingerprint (…?fp=…).")
                .arg(server),
            false};
    }
    return std::nullopt;
}

void SessionClient::onDisconnected()
{
    QWebSocket *socket = std::exchange(m_socket, nullptr);
    socket->deleteLater();
    m_pingTimer.stop();
    const bool wasWelcomed = m_welcomed;
    setWelcomed(false);
    SessionError error {SessionError::Kind::ConnectionLost,
                        {},
                        tr("The connection to the server was lost."),
                        false};
    if (m_closeReason) {
        error = *m_closeReason;
    } else if (const auto code = errorCodeForClose(socket->closeCode())) {
        error = SessionError::fromCode(errorCodeName(*code), socket->closeReason());
    } else if (const std::optional<SessionError> mismatch = handshakeFailure(*socket)) {
        error = *mismatch;
    } else if (socket->error() == QAbstractSocket::ConnectionRefusedError) {
        error = {SessionError::Kind::ConnectionRefused,
                 {},
                 tr("Nothing answers at %1:%2.").arg(m_invite.host()).arg(m_invite.port()),
                 false};
    } else if (socket->error() == QAbstractSocket::HostNotFoundError) {
        error = {SessionError::Kind::HostNotFound,
                 {},
                 tr("The host %1 was not found.").arg(m_invite.host()),
                 false};
    } else if (!m_open && !m_document.hasText()) {
        // The first connection never opened and nothing refused it: packets go unanswered (an
        // address nobody has, a machine that is off, a firewall that drops them).
        error = {SessionError::Kind::NoAnswer,
                 {},
                 tr("No answer from %1:%2. Check the address, that the host is sharing a "
                    "session, and that no firewall is in the way.")
                     .arg(m_invite.host())
                     .arg(m_invite.port()),
                 false};
    }
    if (error.fatal) {
        fail(error);
        return;
    }
    if (!m_movedTo.isEmpty()) {
        openSocket(); // To the session's server at once: nothing is wrong.
        return;
    }
    // Report the first failure of a series, not every retry.
    if (wasWelcomed || m_backoff.attempts() == 0)
        emit errorOccurred(error);
    scheduleReconnect();
}

void SessionClient::scheduleReconnect()
{
    m_reconnectTimer.start(m_backoff.nextDelay());
    setState(State::Reconnecting);
}

void SessionClient::fail(const SessionError &error)
{
    m_awaitingTrust = error.kind == SessionError::Kind::UntrustedCertificate
        || error.kind == SessionError::Kind::CertificateChanged;
    m_reconnectTimer.stop();
    setState(State::Failed);
    emit errorOccurred(error);
}

void SessionClient::resync(const QString &why)
{
    // Out of step, this session cannot trust its revision number to mean the same text on the
    // server (a server restored from an older copy hands the lost numbers out again), so without
    // an epoch the next welcome brings the whole text to merge with.
    m_document.forgetEpoch();
    rejoin({SessionError::Kind::ProtocolViolation, {}, why, false});
}

void SessionClient::rejoin(const SessionError &reason)
{
    // Dropping the connection makes the next welcome bring the session back in line (by
    // operations or a full-text merge) without losing local work. The disconnection reports
    // the reason, once.
    setWelcomed(false); // Nothing more from this connection is trusted.
    m_closeReason = reason;
    if (m_socket)
        m_socket->abort();
}

bool SessionClient::applyLocal(const TextOperation &op)
{
    return m_document.applyLocal(op);
}

void SessionClient::setLocalSelection(const Selection &selection)
{
    m_document.setLocalSelection(selection);
}

void SessionClient::flush()
{
    m_document.flush();
}

bool SessionClient::sendRequest(const ClientMessage &request)
{
    if (!m_welcomed)
        return false;
    send(request);
    return true;
}

bool SessionClient::sendChat(const QString &text)
{
    if (!m_welcomed || text.trimmed().isEmpty())
        return false;
    send(ChatMsg {text});
    return true;
}

bool SessionClient::setLanguage(const QString &language)
{
    if (!m_welcomed || !canEdit())
        return false;
    m_document.setLanguage(language);
    send(LanguageMsg {language});
    return true;
}

bool SessionClient::removeParticipant(int user)
{
    if (!m_welcomed)
        return false;
    send(RemoveMsg {user});
    return true;
}

bool SessionClient::setReadOnly(bool readOnly)
{
    if (!m_welcomed)
        return false;
    send(SettingsMsg {readOnly, std::nullopt});
    return true;
}

bool SessionClient::changePassword(const QString &password)
{
    if (!m_welcomed)
        return false;
    send(SettingsMsg {std::nullopt, password});
    return true;
}

void SessionClient::send(const ClientMessage &message)
{
    if (!m_socket)
        return;
    m_socket->sendTextMessage(serializeText(message));
    m_socket->flush(); // Now, not on the next event-loop pass.
}

void SessionClient::setWelcomed(bool welcomed)
{
    m_welcomed = welcomed;
    m_document.setLive(welcomed);
    // A document goes live with its `opened`, not with the welcome.
    if (!welcomed) {
        for (DocumentSync *sync : std::as_const(m_documents))
            sync->setLive(false);
    }
}

void SessionClient::setState(State state)
{
    // Reconnecting is re-announced on every attempt so the countdown shown stays right.
    if (state == m_state && state != State::Reconnecting)
        return;
    m_state = state;
    emit stateChanged(state);
}

int SessionClient::millisecondsUntilRetry() const
{
    return m_state == State::Reconnecting ? std::max(0, m_reconnectTimer.remainingTime()) : 0;
}

qsizetype SessionClient::unsentEditCount() const
{
    return m_document.unsentEditCount();
}

qint64 SessionClient::revision() const
{
    return m_document.revision();
}

qsizetype SessionClient::documentLength() const
{
    return m_document.documentLength();
}

QString SessionClient::statusText() const
{
    const qsizetype unsent = unsentEditCount();
    switch (m_state) {
    case State::Offline:
        //: Session state in the status bar: not connected to a session.
        return tr("Offline");
    case State::Connecting:
        return tr("Connecting to %1…").arg(m_invite.host());
    case State::Connected:
        //: Session state in the status bar.
        return unsent ? tr("Connected, sending %n edit(s)", nullptr, int(unsent)) : tr("Connected");
    case State::Reconnecting:
        //: Session state in the status bar: %1 is a number of seconds.
        return tr("Reconnecting in %1 s (%n unsent edit(s))", nullptr, int(unsent))
            .arg((millisecondsUntilRetry() + 999) / 1000);
    case State::Failed:
        return tr("Disconnected (%n unsent edit(s))", nullptr, int(unsent));
    }
    return {};
}

} // namespace ensemble
