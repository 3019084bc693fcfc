// How a SessionClient reacts to each server message; see docs/PROTOCOL.md sections 6 and 7.
#include "SessionClient.h"

#include "protocol/ErrorCode.h"
#include "protocol/MessageParser.h"
#include "protocol/Overloaded.h"

#include <QDateTime>
#include <QWebSocket>

namespace ensemble {

void SessionClient::onTextMessage(const QString &frame)
{
    m_sincePong.start(); // Any traffic proves the connection alive.
    Result<ServerMessage> parsed = parseServerMessage(frame.toUtf8());
    if (!parsed) {
        resync(tr("The server sent a message this version does not understand: %1")
                   .arg(parsed.error().message));
        return;
    }
    ServerMessage &message = parsed.value();
    if (!m_welcomed && !std::holds_alternative<WelcomeMsg>(message)
        && !std::holds_alternative<ErrorMsg>(message)) {
        resync(tr("The server did not start with a welcome."));
        return;
    }
    if (m_protocol == 2 && onFolderMessage(message))
        return;
    std::visit(Overloaded {
                   [this](const WelcomeMsg &m) { onWelcome(m); },
                   [this](const AckMsg &m) { m_document.acknowledge(m); },
                   [this](const PeerOpMsg &m) { onPeerOp(m); },
                   [this](const PeerSelectionMsg &m) {
                       for (Participant &user : m_users) {
                           if (user.id == m.user) {
                               user.selection = m_document.toLocal(m.ranges);
                               emit remoteSelection(m.user, user.selection);
                           }
                       }
                   },
                   [this](const JoinedMsg &m) {
                       m_users.append(m.user);
                       teachAuthors(m.user);
                       emit participantJoined(m.user);
                   },
                   [this](const LeftMsg &m) {
                       m_users.removeIf([&m](const Participant &p) { return p.id == m.user; });
                       emit participantLeft(m.user);
                   },
                   [this](const PeerLanguageMsg &m) {
                       m_document.setLanguage(m.language);
                       emit languageChanged(m.language, m.user);
                   },
                   [this](const PeerChatMsg &m) { onChat(m); },
                   [this](const PeerSettingsMsg &m) { onSettings(m); },
                   [this](const ErrorMsg &m) { onError(m); },
                   [this](const HistoryEntriesMsg &m) { emit historyAnswerReceived(m); },
                   [this](const HistoryTextMsg &m) { emit historyAnswerReceived(m); },
                   [this](const HistoryErrorMsg &m) { emit historyAnswerReceived(m); },
                   [](const auto &) {}, // protocol 2's, which a protocol 1 session never gets
               },
               message);
}

void SessionClient::onWelcome(const WelcomeMsg &welcome)
{
    if (m_welcomed) {
        resync(tr("The server welcomed this session twice."));
        return;
    }
    if (m_protocol == 2) {
        onFolderWelcome(welcome);
        return;
    }
    DocumentStart start {welcome.epoch, welcome.revision, welcome.lastSeq,    welcome.language,
                         welcome.text,  welcome.ops,      welcome.authorship, welcome.you.id};
    if (!m_document.start(start))
        return;
    m_self = welcome.you;
    m_title = welcome.title;
    m_readOnly = welcome.readOnly;
    // Edits made offline while the room turned read-only would only be refused.
    if (!canEdit() && !m_document.dropRefusedEdits())
        return;
    m_users = welcome.users;
    for (Participant &user : m_users) {
        user.selection = m_document.toLocal(user.selection);
        teachAuthors(user);
    }
    teachAuthors(m_self);
    m_welcomed = true;
    m_backoff.reset();
    setState(State::Connected);
    emit participantsReset(m_users);
    emit languageChanged(m_document.language(), 0);
    emit settingsChanged(0);
    m_document.resume();
}

void SessionClient::teachAuthors(const Participant &who)
{
    m_document.authorship()->learn(who);
    for (DocumentSync *document : std::as_const(m_documents))
        document->authorship()->learn(who);
}

void SessionClient::onPeerOp(const PeerOpMsg &message)
{
    if (!m_document.applyRemote(message))
        return;
    if (message.selection) {
        for (Participant &user : m_users) {
            if (user.id == message.user) {
                user.selection = m_document.toLocal(*message.selection);
                emit remoteSelection(user.id, user.selection);
            }
        }
    }
    emit revisionChanged(message.revision);
}

void SessionClient::onSettings(const PeerSettingsMsg &message)
{
    m_readOnly = message.readOnly;
    // Whatever is in flight reached the server after this change (its ack would have come
    // first), so it will be refused like everything still buffered.
    if (!canEdit())
        m_document.dropRefusedEdits();
    emit settingsChanged(message.user);
}

void SessionClient::onError(const ErrorMsg &error)
{
    const std::optional<ErrorCode> code = errorCodeFromName(error.code);
    if (code && closeCodeFor(*code) != 0) {
        // The close follows.
        m_closeReason = SessionError::fromCode(error.code, error.message, error.retryAfter);
        if (code == ErrorCode::Moved && !error.address.isEmpty() && !m_redirected)
            m_movedTo = QUrl(error.address.section(u'/', 0, 2) + u'/' + m_invite.roomId());
        if (code == ErrorCode::WrongPassword && m_password.isEmpty())
            m_closeReason->message = tr("This room needs a password.");
        return;
    }
    if (code == ErrorCode::ReadOnly && error.seq) {
        m_document.dropRefusedEdits(); // Usually done already, when the room turned read-only.
        return;
    }
    if (code == ErrorCode::TooFarBehind) {
        // The server will not transform this far: a rejoin catches up on this side (by
        // operations or by text) and the edits go out again based on the room's revision.
        rejoin(SessionError::fromCode(error.code, error.message));
        return;
    }
    if (!error.seq) {
        emit errorOccurred(SessionError::fromCode(error.code, error.message));
        return;
    }
    if (code == ErrorCode::BadRevision) {
        // The server cannot place the op any more (it fell out of the kept log): a rejoin merges
        // it by text instead. The server refused one message; nothing is wrong with the protocol.
        rejoin({SessionError::Kind::Rejected, error.code,
                tr("The session fell behind the room; catching up."), false});
        return;
    }
    if (code == ErrorCode::BadOperation || code == ErrorCode::BadMessage) {
        // The op (or the selection it carries) does not fit the server's text at its revision,
        // so this session's revision names another text there (a server restored from an older
        // copy hands revision numbers out again). A rejoin by text merges the edits instead of
        // throwing them away.
        resync(tr("This session was out of step with the room; catching up."));
        return;
    }
    // The server will never take these edits as they are, so resending would loop forever.
    setWelcomed(false);
    m_document.discard();
    emit errorOccurred({SessionError::Kind::Rejected, error.code,
                        tr("The server refused your recent edits (%1); the document is reloaded "
                           "from the server.")
                            .arg(error.message),
                        false});
    if (m_socket)
        m_socket->abort();
}

void SessionClient::onPong()
{
    m_sincePong.start();
}

void SessionClient::onChat(const PeerChatMsg &m)
{
    // History names its authors itself: the ids in it may belong to someone else by now.
    const Participant author = m.history ? Participant {} : participant(m.user);
    ChatLine line;
    line.userId = m.user;
    line.name = m.name.value_or(author.name);
    line.color = m.color.value_or(author.color);
    line.text = m.text;
    line.time = m.time.value_or(QDateTime::currentMSecsSinceEpoch());
    line.history = m.history;
    if (!m_chat.add(line))
        return;
    if (!m.history)
        emit chatReceived(author, m.text);
    emit chatLineReceived(line);
}

Participant SessionClient::participant(int user) const
{
    if (user == m_self.id)
        return m_self;
    for (const Participant &p : m_users) {
        if (p.id == user)
            return p;
    }
    //: Name shown for a participant the server has not introduced.
    return Participant {user, tr("Someone"), QStringLiteral("#808080"), {}};
}

} // namespace ensemble
