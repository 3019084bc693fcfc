// How a room answers each message of a member; see docs/PROTOCOL.md for the rules.
#include "Connection.h"
#include "Room.h"
#include "protocol/Overloaded.h"

#include <QDateTime>

namespace ensemble {

namespace {

bool fitsIn(const Selection &selection, qsizetype length)
{
    return std::all_of(selection.cbegin(), selection.cend(), [length](const SelectionRange &r) {
        return r.anchor <= length && r.head <= length;
    });
}

} // namespace

void Room::onMessage(Connection *from, const ClientMessage &message)
{
    // The sender pays for the catch-up work its message caused, so a client that makes the server
    // transform a lot gets fewer messages through, not a larger share of the server.
    const qint64 workBefore = m_document.workDone();
    handle(from, message);
    from->chargeWork(m_document.workDone() - workBefore);
}

void Room::handle(Connection *from, const ClientMessage &message)
{
    std::visit(
        Overloaded {
            [&](const OpMsg &m) { onOp(from, m); },
            [&](const ReplaceMsg &m) { onReplace(from, m); },
            [&](const SelectionMsg &m) { onSelection(from, m); },
            [&](const LanguageMsg &m) { onLanguage(from, m); },
            [&](const ChatMsg &m) { onChat(from, m); },
            [&](const RemoveMsg &m) { onRemove(from, m); },
            [&](const SettingsMsg &m) { onSettings(from, m); },
            [&](const HistoryRequestMsg &m) { m_historyService.request(from, m, m_history.get()); },
            [&](const HistoryTextRequestMsg &m) {
                m_historyService.request(from, m, m_history.get());
            },
            [](const HelloMsg &) {}, // Connection answers a second hello itself.
        },
        message);
}

bool Room::refuseGuestEdit(Connection *from, std::optional<quint64> seq)
{
    if (!m_access.readOnly || from->isOwner())
        return false;
    from->sendError(ErrorCode::ReadOnly, tr("Only the owner may change this room."), seq);
    return true;
}

void Room::onOp(Connection *from, const OpMsg &m)
{
    if (refuseGuestEdit(from, m.seq))
        return;
    // The answer names the limit; the document checks the op again once transformed.
    const qsizetype grownLength = m_document.length() + m.op.targetLength() - m.op.baseLength();
    if (grownLength > m_limits.maxDocumentLength) {
        from->sendError(ErrorCode::TooLarge,
                        tr("The document may not grow beyond %n character(s).", nullptr,
                           int(m_limits.maxDocumentLength)),
                        m.seq);
        return;
    }
    if (m.selection && !fitsIn(*m.selection, m.op.targetLength())) {
        from->sendError(ErrorCode::BadMessage, tr("The selection lies outside the document."),
                        m.seq);
        return;
    }
    // The sender's selection is in its own text after the op; the document moves it through the
    // operations the op is transformed over, as rebased onto that text.
    commit(from, m_document.receive(m.op, m.revision, from->clientId(), m.seq, m.selection), m.seq);
}

void Room::onReplace(Connection *from, const ReplaceMsg &m)
{
    if (refuseGuestEdit(from, m.seq))
        return;
    // The parser bounds the text by maxDocumentLength, the document what concurrent edits add.
    commit(from, m_document.receiveText(m.text, m.revision, from->clientId(), m.seq), m.seq);
}

void Room::commit(Connection *from, const Result<Applied> &applied, quint64 seq)
{
    if (!applied) {
        const auto code = errorCodeFromName(applied.error().code);
        from->sendError(code.value_or(ErrorCode::BadOperation), applied.error().message, seq);
        return;
    }
    const Applied &result = applied.value();
    if (result.duplicate) {
        // Already applied before a lost ack: confirm again, change nothing.
        from->send(AckMsg {result.revision, seq});
        return;
    }
    // Written before anyone hears of the revision: see the durability promise in PROTOCOL.md.
    record(LoggedOperation {result.revision, result.op, from->clientId(), seq},
           from->participant());
    std::optional<Selection> selection = result.selection;
    if (selection && !fitsIn(*selection, m_document.length()))
        selection = dropSelection();
    if (selection)
        from->setSelection(result.revision, *selection);
    from->send(AckMsg {result.revision, seq});
    broadcast(PeerOpMsg {result.revision, result.op, from->participant().id, std::move(selection)},
              from);
}

void Room::onSelection(Connection *from, const SelectionMsg &m)
{
    const Result<qsizetype> lengthThen = m_document.lengthAt(m.revision);
    if (!lengthThen) {
        from->sendError(ErrorCode::BadRevision, lengthThen.error().message);
        return;
    }
    if (!fitsIn(m.ranges, lengthThen.value())) {
        from->sendError(ErrorCode::BadMessage, tr("The selection lies outside the document."));
        return;
    }
    Result<Selection> moved = m_document.selectionSince(m.ranges, m.revision);
    if (!moved) {
        const auto code = errorCodeFromName(moved.error().code);
        from->sendError(code.value_or(ErrorCode::BadRevision), moved.error().message);
        return;
    }
    if (!fitsIn(moved.value(), m_document.length())) {
        dropSelection();
        return;
    }
    const Selection &ranges = moved.value();
    from->setSelection(m_document.revision(), ranges);
    broadcast(PeerSelectionMsg {from->participant().id, m_document.revision(), ranges}, from);
}

void Room::onLanguage(Connection *from, const LanguageMsg &m)
{
    if (refuseGuestEdit(from) || m.language == m_language)
        return;
    m_language = m.language;
    persist();
    broadcast(PeerLanguageMsg {m_language, from->participant().id}, from);
}

void Room::onChat(Connection *from, const ChatMsg &m)
{
    const Participant &author = from->participant();
    PeerChatMsg line {author.id, m.text, author.name, author.color,
                      QDateTime::currentMSecsSinceEpoch()};
    m_chat.add(line);
    // Saved a moment later, once for every line said meanwhile: rewriting (and syncing) the
    // whole history on each line would let a chatty client hold every room up.
    if (m_store && !m_chatSave.isActive())
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
    persist();
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
        persist();
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

std::nullopt_t Room::dropSelection()
{
    // Never reached while the transforms are right; a selection outside the text it names would
    // put other clients' cursors past the end, so it is dropped (the op still goes out) and
    // counted where the operator can see it.
    if (m_droppedSelections++ == 0)
        emit warning(tr("Room %1 dropped a selection outside its text.").arg(m_id));
    return std::nullopt;
}

std::optional<Selection> Room::currentSelection(const Connection *member) const
{
    if (member->selection().isEmpty())
        return std::nullopt;
    Result<Selection> moved
        = m_document.selectionSince(member->selection(), member->selectionRevision());
    if (!moved)
        return std::nullopt;
    return std::move(moved).value();
}

} // namespace ensemble
