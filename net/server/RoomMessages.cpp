// How a room answers each message of a member; see docs/PROTOCOL.md for the rules.
#include "Connection.h"
#include "Room.h"
#include "RoomDocument.h"
#include "protocol/Overloaded.h"

#include <QDateTime>

namespace ensemble {

void Room::onMessage(Connection *from, const ClientMessage &message)
{
    // The sender pays for the catch-up work its message caused, so a client that makes the server
    // transform a lot gets fewer messages through, not a larger share of the server.
    qint64 workBefore = 0;
    for (const RoomDocument *document : std::as_const(m_documents))
        workBefore += document->workDone();
    handle(from, message);
    qint64 workAfter = 0;
    for (const RoomDocument *document : std::as_const(m_documents))
        workAfter += document->workDone();
    from->chargeWork(workAfter - workBefore);
}

void Room::handle(Connection *from, const ClientMessage &message)
{
    std::visit(Overloaded {
                   [&](const OpMsg &m) {
                       if (!refuseGuestEdit(from, m.seq, m.doc))
                           forward(from, m, &RoomDocument::onOp);
                   },
                   [&](const ReplaceMsg &m) {
                       if (!refuseGuestEdit(from, m.seq, m.doc))
                           forward(from, m, &RoomDocument::onReplace);
                   },
                   [&](const SelectionMsg &m) { forward(from, m, &RoomDocument::onSelection); },
                   [&](const LanguageMsg &m) {
                       if (!refuseGuestEdit(from, std::nullopt, m.doc))
                           forward(from, m, &RoomDocument::onLanguage);
                   },
                   [&](const ChatMsg &m) { onChat(from, m); },
                   [&](const RemoveMsg &m) { onRemove(from, m); },
                   [&](const OpenMsg &m) { onOpen(from, m); },
                   [&](const CloseMsg &m) { onClose(from, m); },
                   [&](const FocusMsg &m) { onFocus(from, m); },
                   [&](const SummonMsg &) { onSummon(from); },
                   [&](const CreateMsg &m) { onCreate(from, m); },
                   [&](const RenameMsg &m) { onRename(from, m); },
                   [&](const DeleteMsg &m) { onDelete(from, m); },
                   [&](const SettingsMsg &m) { onSettings(from, m); },
                   [&](const HistoryRequestMsg &m) { onHistory(from, m); },
                   [&](const HistoryTextRequestMsg &m) { onHistory(from, m); },
                   [](const HelloMsg &) {}, // Connection answers a second hello itself.
               },
               message);
}

bool Room::refuseGuestEdit(Connection *from, std::optional<quint64> seq, const QString &doc)
{
    if (!m_access.readOnly || from->isOwner())
        return false;
    from->sendError(ErrorCode::ReadOnly,
                    ErrorMsg {errorCodeName(ErrorCode::ReadOnly),
                              tr("Only the owner may change this room."),
                              seq,
                              {},
                              doc});
    return true;
}

template<typename Message>
void Room::forward(Connection *from, const Message &message,
                   void (RoomDocument::*handler)(Connection *, const Message &))
{
    std::optional<quint64> seq;
    if constexpr (requires { message.seq; })
        seq = message.seq;
    if (RoomDocument *document = documentFor(from, message.doc, seq)) {
        // Only edits change a length; the session's total follows them without a recount.
        const qsizetype before = document->length();
        (document->*handler)(from, message);
        m_textLength += document->length() - before;
    }
}

RoomDocument *Room::documentFor(Connection *from, const QString &doc, std::optional<quint64> seq)
{
    // Protocol 1 knows one document: the session's first (it is never in a folder session).
    if (protocolOf(from) == 1)
        return m_documents.isEmpty() ? nullptr : m_documents.constFirst();
    RoomDocument *document = this->document(doc);
    if (document && document->isSubscribed(from))
        return document;
    // Usually a message that crossed a `delete` or the sender's own `close`.
    from->sendError(ErrorCode::NoSuchPath,
                    ErrorMsg {errorCodeName(ErrorCode::NoSuchPath),
                              document ? tr("Document %1 is not open.").arg(doc)
                                       : tr("There is no document %1 in this session.").arg(doc),
                              seq,
                              {},
                              doc});
    return nullptr;
}

template<typename Request> void Room::onHistory(Connection *from, const Request &request)
{
    // Protocol 1 reads the session's one document (its frames name none); protocol 2 an open one,
    // and a request that crossed a `close` or `delete` still gets its one answer.
    Request asked = request;
    RoomDocument *document = nullptr;
    if (protocolOf(from) == 1) {
        asked.doc.clear();
        document = m_documents.isEmpty() ? nullptr : m_documents.constFirst();
    } else {
        document = this->document(request.doc);
        if (!document || !document->isSubscribed(from)) {
            from->send(HistoryErrorMsg {request.id,
                                        historyErrors::noSuchPath,
                                        tr("Document %1 is not open.").arg(request.doc),
                                        {},
                                        {},
                                        request.doc});
            return;
        }
    }
    m_historyService.request(from, asked, document ? document->history() : nullptr);
}

void Room::onChat(Connection *from, const ChatMsg &m)
{
    const Participant &author = from->participant();
    PeerChatMsg line {author.id, m.text, author.name, author.color,
                      QDateTime::currentMSecsSinceEpoch()};
    m_chat.add(line);
    // Saved a moment later, once for every line said meanwhile: rewriting (and syncing) the
    // whole history on each line would let a chatty client hold every room up.
    if ((m_store || m_journal) && !m_chatSave.isActive())
        m_chatSave.start();
    broadcast(line, nullptr);
}

void Room::sendChatHistory(Connection *to)
{
    // Right after the welcome, oldest first; the lines keep the ids their authors had then.
    for (PeerChatMsg line : m_chat.lines()) {
        line.history = true;
        to->send(line);
    }
}

void Room::onRemove(Connection *from, const RemoveMsg &m)
{
    if (!from->isOwner()) {
        from->sendError(ErrorCode::NotOwner, tr("Only the owner may remove participants."));
        return;
    }
    if (m.user == from->participant().id) {
        from->sendError(ErrorCode::BadMessage, tr("The owner cannot remove themselves."));
        return;
    }
    const auto found = std::find_if(m_members.cbegin(), m_members.cend(), [&](const Connection *c) {
        return c->participant().id == m.user;
    });
    // Someone who left meanwhile is gone already: nothing to do.
    if (found == m_members.cend())
        return;
    Connection *removed = *found;
    m_access.removed.insert(removed->clientId());
    m_access.admitted.remove(removed->clientId());
    saveSession();
    removed->sendError(ErrorCode::Removed, tr("The owner removed you from this room."));
    removeMember(removed);
}

void Room::onSettings(Connection *from, const SettingsMsg &m)
{
    if (!from->isOwner()) {
        from->sendError(ErrorCode::NotOwner, tr("Only the owner may change the room's settings."));
        return;
    }
    if (m.password)
        changePassword(from, *m.password);
    const bool readOnlyChanges = m.readOnly && *m.readOnly != m_access.readOnly;
    if (readOnlyChanges)
        m_access.readOnly = *m.readOnly;
    if (m.password || readOnlyChanges)
        saveSession();
    const PeerSettingsMsg changed {m_access.readOnly, from->participant().id};
    if (readOnlyChanges)
        broadcast(changed, nullptr);
    else if (m.password)
        from->send(changed); // The others need not know of a new password, and stay.
}

void Room::changePassword(Connection *from, const QString &password)
{
    // Hashing a password takes the server a while: the owner pays a second of message budget,
    // so even a hostile owner changes it about once a second at most.
    from->chargeWork(qint64(m_limits.messagesPerSecond) * Limits::transformWorkPerToken);
    m_access.password = password.isEmpty()
        ? std::nullopt
        : std::optional(SecretHash::make(password, m_passwordIterations));
    // Those in the room keep their place: a dropped connection must not lock them out.
    m_access.admitted.clear();
    for (const Connection *member : std::as_const(m_members)) {
        if (!member->isOwner())
            m_access.admitted.insert(member->clientId());
    }
}

} // namespace ensemble
