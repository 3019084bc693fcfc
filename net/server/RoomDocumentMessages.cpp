// How a document answers the edits, selections and language changes of its subscribers; see
// docs/PROTOCOL.md for the rules. The room has checked the sender may edit.
#include "Connection.h"
#include "RoomDocument.h"

namespace ensemble {

namespace {

bool fitsIn(const Selection &selection, qsizetype length)
{
    return std::all_of(selection.cbegin(), selection.cend(), [length](const SelectionRange &r) {
        return r.anchor <= length && r.head <= length;
    });
}

} // namespace

void RoomDocument::onOp(Connection *from, const OpMsg &m)
{
    // The answer names the limit; the document checks the op again once transformed.
    const qsizetype grownLength = m_document.length() + m.op.targetLength() - m.op.baseLength();
    if (grownLength > m_limits.maxDocumentLength) {
        refuse(from, ErrorCode::TooLarge,
               tr("The document may not grow beyond %n character(s).", nullptr,
                  int(m_limits.maxDocumentLength)),
               m.seq);
        return;
    }
    if (m.selection && !fitsIn(*m.selection, m.op.targetLength())) {
        refuse(from, ErrorCode::BadMessage, tr("The selection lies outside the document."), m.seq);
        return;
    }
    // The sender's selection is in its own text after the op; the document moves it through the
    // operations the op is transformed over, as rebased onto that text.
    commit(from, m_document.receive(m.op, m.revision, from->clientId(), m.seq, m.selection), m.seq);
}

void RoomDocument::onReplace(Connection *from, const ReplaceMsg &m)
{
    // The parser bounds the text by maxDocumentLength, the document what concurrent edits add.
    commit(from, m_document.receiveText(m.text, m.revision, from->clientId(), m.seq), m.seq);
}

void RoomDocument::commit(Connection *from, const Result<Applied> &applied, quint64 seq)
{
    if (!applied) {
        const auto code = errorCodeFromName(applied.error().code);
        refuse(from, code.value_or(ErrorCode::BadOperation), applied.error().message, seq);
        return;
    }
    const Applied &result = applied.value();
    if (result.duplicate) {
        // Already applied before a lost ack: confirm again, change nothing.
        deliver(from, AckMsg {result.revision, seq}, std::nullopt);
        return;
    }
    // Before the record, whose compaction snapshots the authorship too.
    const Participant &author = from->participant();
    m_authors.apply(result.op,
                    m_authors.author(authorIdOf(from->clientId()), author.name, author.color));
    // Written before anyone hears of the revision: see the durability promise in PROTOCOL.md.
    const LoggedOperation entry {result.revision, result.op, from->clientId(), seq};
    record(entry, from->participant());
    if (m_journal)
        m_journal->append(m_session, m_id, entry, from->participant().name);
    std::optional<Selection> selection = result.selection;
    if (selection && !fitsIn(*selection, m_document.length()))
        selection = dropSelection();
    if (selection)
        setSelection(from, result.revision, *selection);
    deliver(from, AckMsg {result.revision, seq},
            PeerOpMsg {result.revision, result.op, from->participant().id, std::move(selection)});
}

void RoomDocument::onSelection(Connection *from, const SelectionMsg &m)
{
    const Result<qsizetype> lengthThen = m_document.lengthAt(m.revision);
    if (!lengthThen) {
        refuse(from, ErrorCode::BadRevision, lengthThen.error().message);
        return;
    }
    if (!fitsIn(m.ranges, lengthThen.value())) {
        refuse(from, ErrorCode::BadMessage, tr("The selection lies outside the document."));
        return;
    }
    Result<Selection> moved = m_document.selectionSince(m.ranges, m.revision);
    if (!moved) {
        const auto code = errorCodeFromName(moved.error().code);
        refuse(from, code.value_or(ErrorCode::BadRevision), moved.error().message);
        return;
    }
    if (!fitsIn(moved.value(), m_document.length())) {
        dropSelection();
        return;
    }
    const Selection &ranges = moved.value();
    setSelection(from, m_document.revision(), ranges);
    relay(PeerSelectionMsg {from->participant().id, m_document.revision(), ranges}, from);
}

void RoomDocument::onLanguage(Connection *from, const LanguageMsg &m)
{
    if (m.language == m_language)
        return;
    m_language = m.language;
    persist();
    m_journalSnapshotDue = true;
    journalSnapshotIfDue();
    broadcast(PeerLanguageMsg {m_language, from->participant().id}, from);
}

} // namespace ensemble
