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
    std::visit(Overloaded {
                   [this](const WelcomeMsg &m) { onWelcome(m); },
                   [this](const AckMsg &m) { onAck(m); },
                   [this](const PeerOpMsg &m) { onPeerOp(m); },
                   [this](const PeerSelectionMsg &m) {
                       for (Participant &user : m_users) {
                           if (user.id == m.user) {
                               user.selection = toLocal(m.ranges);
                               emit remoteSelection(m.user, user.selection);
                           }
                       }
                   },
                   [this](const JoinedMsg &m) {
                       m_users.append(m.user);
                       emit participantJoined(m.user);
                   },
                   [this](const LeftMsg &m) {
                       m_users.removeIf([&m](const Participant &p) { return p.id == m.user; });
                       emit participantLeft(m.user);
                   },
                   [this](const PeerLanguageMsg &m) {
                       m_language = m.language;
                       emit languageChanged(m.language, m.user);
                   },
                   [this](const PeerChatMsg &m) { onChat(m); },
                   [this](const PeerSettingsMsg &m) { onSettings(m); },
                   [this](const ErrorMsg &m) { onError(m); },
                   [this](const HistoryEntriesMsg &m) { emit historyAnswerReceived(m); },
                   [this](const HistoryTextMsg &m) { emit historyAnswerReceived(m); },
                   [this](const HistoryErrorMsg &m) { emit historyAnswerReceived(m); },
               },
               message);
}

void SessionClient::onWelcome(const WelcomeMsg &welcome)
{
    if (m_welcomed) {
        resync(tr("The server welcomed this session twice."));
        return;
    }
    if (!m_ot) {
        if (!welcome.text) {
            resync(tr("The server sent no text to start from."));
            return;
        }
        // Numbering continues above the server's lastSeq, so edits of an earlier session with
        // this client id are never mistaken for these.
        m_ot = std::make_unique<ClientState>(m_clientId, *welcome.text, welcome.revision,
                                             welcome.lastSeq);
        for (SelectionRange &range : m_localSelection) {
            range.anchor = std::min(range.anchor, welcome.text->size());
            range.head = std::min(range.head, welcome.text->size());
        }
        emit documentReset(*welcome.text);
    } else {
        Result<TextOperation> merged = TextOperation();
        if (welcome.ops) {
            QList<LogEntry> entries;
            for (const LoggedOperation &entry : *welcome.ops)
                entries.append(LogEntry {entry.op, entry.client, entry.seq, entry.revision});
            merged = m_ot->rejoinWithOperations(entries, welcome.revision);
        } else {
            merged = m_ot->rejoinWithText(*welcome.text, welcome.revision, welcome.lastSeq);
        }
        if (!merged) {
            resync(tr("Catching up with the room failed: %1").arg(merged.error().message));
            return;
        }
        if (!merged.value().isNoop()) {
            m_localSelection = transformSelection(m_localSelection, merged.value());
            emit remoteOperation(merged.value(), 0);
        }
    }
    m_epoch = welcome.epoch;
    m_self = welcome.you;
    m_language = welcome.language;
    m_title = welcome.title;
    m_readOnly = welcome.readOnly;
    // Edits made offline while the room turned read-only would only be refused.
    if (!canEdit() && !dropRefusedEdits())
        return;
    m_users = welcome.users;
    for (Participant &user : m_users)
        user.selection = toLocal(user.selection);
    m_welcomed = true;
    m_selectionDirty = !m_localSelection.isEmpty();
    m_backoff.reset();
    setState(State::Connected);
    emit participantsReset(m_users);
    emit languageChanged(m_language, 0);
    emit settingsChanged(0);
    emit revisionChanged(m_ot->revision());
    sendPending();
    notifyUnsent();
}

void SessionClient::onAck(const AckMsg &ack)
{
    if (!m_ot->serverAck() || ack.revision != m_ot->revision()) {
        resync(tr("The server confirmed an edit this session did not expect."));
        return;
    }
    emit revisionChanged(ack.revision);
    notifyUnsent();
    // While the user is still typing the debounce sends the rest; otherwise send it now.
    if (!m_flushTimer.isActive())
        sendPending();
}

void SessionClient::onPeerOp(const PeerOpMsg &message)
{
    Result<TextOperation> local = m_ot->applyServer(message.op);
    if (!local || message.revision != m_ot->revision()) {
        resync(tr("A remote edit did not fit this session's document."));
        return;
    }
    m_localSelection = transformSelection(m_localSelection, local.value());
    emit remoteOperation(local.value(), message.user);
    if (message.selection) {
        for (Participant &user : m_users) {
            if (user.id == message.user) {
                user.selection = toLocal(*message.selection);
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
        dropRefusedEdits();
    emit settingsChanged(message.user);
}

bool SessionClient::dropRefusedEdits()
{
    if (!m_ot || !m_ot->hasUnsent())
        return true;
    const Result<QString> mine = m_ot->localText();
    const Result<TextOperation> revert = m_ot->discardLocal();
    if (!mine || !revert) {
        resync(tr("Taking back refused edits failed: %1")
                   .arg(mine ? revert.error().message : mine.error().message));
        return false;
    }
    notifyUnsent();
    m_localSelection = transformSelection(m_localSelection, revert.value());
    emit remoteOperation(revert.value(), 0);
    emit localEditsRefused(mine.value());
    return true;
}

void SessionClient::onError(const ErrorMsg &error)
{
    const std::optional<ErrorCode> code = errorCodeFromName(error.code);
    if (code && closeCodeFor(*code) != 0) {
        // The close follows.
        m_closeReason = SessionError::fromCode(error.code, error.message, error.retryAfter);
        if (code == ErrorCode::WrongPassword && m_password.isEmpty())
            m_closeReason->message = tr("This room needs a password.");
        return;
    }
    if (code == ErrorCode::ReadOnly && error.seq) {
        dropRefusedEdits(); // Usually done already, when the room turned read-only.
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
    m_ot.reset();
    m_welcomed = false;
    notifyUnsent();
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

Selection SessionClient::toLocal(Selection selection) const
{
    if (m_ot->inFlight())
        selection = transformSelection(selection, m_ot->inFlight()->op);
    if (m_ot->buffer())
        selection = transformSelection(selection, *m_ot->buffer());
    return selection;
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
