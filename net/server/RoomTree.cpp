// Protocol 2: how a room answers `open`, `close` and `focus`, and keeps its tree (`create`,
// `rename`, `delete`); see docs/PROTOCOL.md, "Protocol 2".
#include "Connection.h"
#include "Room.h"
#include "RoomDocument.h"
#include "protocol/DocumentPath.h"

namespace ensemble {

namespace {

// Renames remembered for the error of a second rename of the same path.
constexpr qsizetype keptRenames = 1000;

bool isUnder(const QString &path, const QString &folder)
{
    return path == folder || path.startsWith(folder + u'/');
}

Error treeError(ErrorCode code, const QString &message)
{
    return Error {errorCodeName(code), message};
}

void refuseTreeChange(Connection *from, const Error &error)
{
    from->sendError(errorCodeFromName(error.code).value_or(ErrorCode::StorageFailed),
                    error.message);
}

} // namespace

void Room::onOpen(Connection *from, const OpenMsg &m)
{
    if (protocolOf(from) == 1) {
        from->sendError(ErrorCode::BadMessage, tr("open needs protocol 2."));
        return;
    }
    RoomDocument *document = this->document(m.doc);
    if (!document) {
        from->sendError(ErrorCode::NoSuchPath,
                        ErrorMsg {errorCodeName(ErrorCode::NoSuchPath),
                                  tr("There is no document %1 in this session.").arg(m.doc),
                                  {},
                                  {},
                                  m.doc});
        return;
    }
    if (!document->isSubscribed(from)) {
        const auto open
            = std::count_if(m_documents.cbegin(), m_documents.cend(),
                            [from](const RoomDocument *d) { return d->isSubscribed(from); });
        if (open >= m_limits.maxOpenDocuments) {
            from->sendError(ErrorCode::TooManyOpen,
                            ErrorMsg {errorCodeName(ErrorCode::TooManyOpen),
                                      tr("At most %n document(s) can be open at a time.", nullptr,
                                         m_limits.maxOpenDocuments),
                                      {},
                                      {},
                                      m.doc});
            return;
        }
    }
    // Catch-up work is charged by onMessage(): the opening and the selections are this one's.
    DocumentOpening opening = document->opening(from->clientId(), m.revision, m.epoch, m.textHash);
    OpenedMsg opened {
        m.doc,           opening.epoch,   opening.revision, {}, std::move(opening.ops),
        opening.lastSeq, opening.language};
    if (opening.text)
        opened.text = opening.text->text();
    opened.authorship = document->authorshipFor(from);
    from->send(opened);
    document->subscribe(from, true);
    // Where the others in it are, so their carets show at once.
    document->catchUpSelections();
    for (const Connection *member : document->subscribers()) {
        if (member == from)
            continue;
        if (std::optional<Selection> selection = document->selectionOf(member))
            from->send(PeerSelectionMsg {member->participant().id, document->revision(), *selection,
                                         m.doc});
    }
}

void Room::onClose(Connection *from, const CloseMsg &m)
{
    // A document deleted meanwhile is closed already.
    if (RoomDocument *document = this->document(m.doc))
        document->unsubscribe(from);
}

void Room::onFocus(Connection *from, const FocusMsg &m)
{
    if (protocolOf(from) == 1 || (!m.doc.isEmpty() && !document(m.doc)))
        return; // Presence only: a focus on a document deleted meanwhile means nothing.
    m_focus.insert(from, m.doc);
    const OutgoingFrame frame(PeerFocusMsg {from->participant().id, m.doc});
    for (Connection *member : std::as_const(m_members)) {
        if (member != from && protocolOf(member) == 2)
            member->send(frame);
    }
}

void Room::onSummon(Connection *from)
{
    // Anyone may ask, read-only guests too: it is a request each client puts to its user, and it
    // costs the message budget like a chat line.
    if (protocolOf(from) == 1)
        return;
    const OutgoingFrame frame(PeerSummonMsg {from->participant().id});
    for (Connection *member : std::as_const(m_members)) {
        if (member != from && protocolOf(member) == 2)
            member->send(frame);
    }
}

void Room::onCreate(Connection *from, const CreateMsg &m)
{
    if (protocolOf(from) == 1 || refuseGuestEdit(from))
        return;
    Result<TreeEntry> created = create(m.path, m.kind, m.text, m.language, from->participant().id);
    if (!created)
        refuseTreeChange(from, created.error());
}

void Room::onRename(Connection *from, const RenameMsg &m)
{
    if (protocolOf(from) == 1 || refuseGuestEdit(from))
        return;
    Result<std::monostate> renamed = rename(m.path, m.to);
    if (!renamed) {
        refuseTreeChange(from, renamed.error());
        return;
    }
    sendTree(TreeMsg {
        ++m_treeRevision, QStringLiteral("rename"), m.path, m.to, {}, from->participant().id});
}

void Room::onDelete(Connection *from, const DeleteMsg &m)
{
    if (protocolOf(from) == 1 || refuseGuestEdit(from))
        return;
    Result<QList<SessionDocument>> removed = remove(m.path);
    if (!removed) {
        refuseTreeChange(from, removed.error());
        return;
    }
    sendTree(TreeMsg {
        ++m_treeRevision, QStringLiteral("delete"), m.path, {}, {}, from->participant().id});
    clearFocusOn(removed.value());
}

Result<TreeEntry> Room::create(const QString &path, const QString &kind, const QString &text,
                               const QString &language, int user)
{
    if (DocumentPath::validate(path) != DocumentPath::Error::None)
        return treeError(ErrorCode::BadPath,
                         tr("“%1” is not a path a session can share.").arg(path));
    // Taken, or inside a file, or a folder over what is there.
    if (const QString taken = m_paths.conflictWith(path); !taken.isEmpty())
        return treeError(ErrorCode::PathExists, tr("%1 exists already.").arg(taken));
    if (m_tree.size() >= m_limits.maxDocuments)
        return treeError(ErrorCode::TooManyDocuments,
                         tr("A session holds at most %n file(s) and folder(s).", nullptr,
                            m_limits.maxDocuments));
    TreeEntry entry {path, kind};
    if (kind == QLatin1String("file")) {
        if (m_textLength + text.size() > m_limits.maxSessionTextLength)
            return treeError(ErrorCode::TooManyDocuments,
                             tr("The session's documents may hold at most %1 characters together.")
                                 .arg(m_limits.maxSessionTextLength));
        entry.doc = QStringLiteral("d%1").arg(m_nextDocument);
        entry.size = text.size();
        const QString dir = m_store
            ? SessionStore::documentDirectory(m_store->directory(), entry.doc)
            : QString();
        Result<RoomDocument *> created
            = RoomDocument::create(entry.doc, m_id, text, language, dir, m_limits, nullptr);
        if (!created)
            return created.error();
        ++m_nextDocument;
        adopt(created.value(), true);
    }
    m_tree.append(SessionDocument {entry.doc, path});
    m_paths.add(path, !entry.doc.isEmpty());
    sendTree(TreeMsg {++m_treeRevision, QStringLiteral("create"), path, {}, entry, user});
    return entry;
}

Result<std::monostate> Room::rename(const QString &path, const QString &to)
{
    if (DocumentPath::validate(to) != DocumentPath::Error::None || isUnder(to, path))
        return treeError(ErrorCode::BadPath, tr("“%1” is not a path a session can share.").arg(to));
    const bool found = std::any_of(m_tree.cbegin(), m_tree.cend(),
                                   [&](const SessionDocument &e) { return isUnder(e.path, path); });
    if (!found) {
        const QString movedTo = m_renamedTo.value(path);
        return treeError(ErrorCode::NoSuchPath,
                         movedTo.isEmpty() ? tr("There is no %1 in this session.").arg(path)
                                           : tr("%1 was renamed to %2.").arg(path, movedTo));
    }
    if (const QString taken = m_paths.conflictWith(to); !taken.isEmpty())
        return treeError(ErrorCode::PathExists, tr("%1 exists already.").arg(taken));
    for (SessionDocument &entry : m_tree) {
        if (isUnder(entry.path, path))
            entry.path = to + entry.path.mid(path.size());
    }
    m_paths.rebuild(m_tree);
    if (m_renamedTo.size() >= keptRenames)
        m_renamedTo.clear();
    m_renamedTo.insert(path, to);
    return std::monostate {};
}

Result<QList<SessionDocument>> Room::remove(const QString &path)
{
    QList<SessionDocument> removed;
    for (qsizetype i = 0; i < m_tree.size();) {
        if (isUnder(m_tree.at(i).path, path))
            removed.append(m_tree.takeAt(i));
        else
            ++i;
    }
    if (removed.isEmpty())
        return treeError(ErrorCode::NoSuchPath, tr("There is no %1 in this session.").arg(path));
    m_paths.rebuild(m_tree);
    for (const SessionDocument &entry : std::as_const(removed)) {
        RoomDocument *document = this->document(entry.doc);
        if (!document)
            continue;
        // Those who have it open hear of the delete and keep their text as an unsaved buffer.
        m_documents.removeOne(document);
        m_documentsById.remove(entry.doc);
        m_textLength -= document->length();
        for (Connection *member : document->subscribers())
            document->unsubscribe(member);
        document->removeFiles();
        delete document;
    }
    return removed;
}

bool Room::setDeletedOnDisk(const QString &doc, bool deleted)
{
    if (!document(doc))
        return false;
    if ((deleted ? m_deletedOnDisk.contains(doc) : !m_deletedOnDisk.contains(doc)))
        return true;
    if (deleted)
        m_deletedOnDisk.insert(doc);
    else
        m_deletedOnDisk.remove(doc);
    const OutgoingFrame frame(DiskMsg {doc, deleted});
    for (Connection *member : std::as_const(m_members)) {
        if (protocolOf(member) == 2)
            member->send(frame);
    }
    return true;
}

void Room::sendTree(const TreeMsg &change)
{
    saveSession();
    const OutgoingFrame frame(change);
    for (Connection *member : std::as_const(m_members)) {
        if (protocolOf(member) == 2)
            member->send(frame);
    }
    turnAwayProtocol1();
}

void Room::clearFocusOn(const QList<SessionDocument> &removed)
{
    // Who worked in a deleted document works in none now, so that neither the others' trees nor
    // a later joiner's welcome place them in a document that is gone.
    for (auto it = m_focus.begin(); it != m_focus.end(); ++it) {
        const bool gone = !it.value().isEmpty()
            && std::any_of(removed.cbegin(), removed.cend(),
                           [&](const SessionDocument &entry) { return entry.doc == it.value(); });
        if (!gone)
            continue;
        it.value().clear();
        const Connection *focused = it.key();
        const OutgoingFrame frame(PeerFocusMsg {focused->participant().id, {}});
        for (Connection *member : std::as_const(m_members)) {
            if (member != focused && protocolOf(member) == 2)
                member->send(frame);
        }
    }
}

void Room::turnAwayProtocol1()
{
    if (!isFolder())
        return;
    // They know one document: they could neither see nor reach the others.
    const QList<Connection *> members = m_members;
    for (Connection *member : members) {
        if (protocolOf(member) == 1) {
            member->sendError(ErrorCode::IncompatibleVersion,
                              tr("this session shares a folder; it needs a client of protocol 2"));
            removeMember(member);
        }
    }
}

} // namespace ensemble
