#include "DocumentSync.h"

#include <algorithm>

namespace ensemble {

DocumentSync::DocumentSync(QObject *parent)
    : QObject(parent)
{
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &DocumentSync::sendPending);
}

DocumentSync::~DocumentSync() = default;

SeenDocument DocumentSync::seen() const
{
    return m_ot ? SeenDocument {m_epoch, m_ot->revision(), m_ot->serverText()} : SeenDocument {};
}

void DocumentSync::setLive(bool live)
{
    m_live = live;
}

void DocumentSync::reset()
{
    m_flushTimer.stop();
    m_ot.reset();
    m_live = false;
    notifyUnsent();
}

bool DocumentSync::start(const DocumentStart &start)
{
    // Revisions of another incarnation of the room say nothing about this one.
    SeenDocument previous;
    if (m_ot && start.epoch == m_epoch) {
        previous = {m_epoch, m_ot->revision(), {}};
        // The text is wanted only when something changed meanwhile (RecentEdits compares it).
        if (previous.revision < start.revision)
            previous.text = m_ot->serverText();
    }
    if (!m_ot && start.epoch == m_lastSeen.epoch && m_lastSeen.revision <= start.revision)
        previous = m_lastSeen;
    // Only for the first start: a later one (a resync from scratch) saw the room since.
    m_lastSeen = {};
    if (!m_ot) {
        if (!start.text) {
            emit resyncNeeded(tr("The server sent no text to start from."));
            return false;
        }
        // Numbering continues above the server's lastSeq, so edits of an earlier session with
        // this client id are never mistaken for these.
        m_ot
            = std::make_unique<ClientState>(m_clientId, *start.text, start.revision, start.lastSeq);
        for (SelectionRange &range : m_localSelection) {
            range.anchor = std::min(range.anchor, start.text->size());
            range.head = std::min(range.head, start.text->size());
        }
        emit documentReset(*start.text);
        adoptAuthorship(start);
    } else {
        Result<TextOperation> merged = TextOperation();
        if (start.ops) {
            QList<LogEntry> entries;
            for (const LoggedOperation &entry : *start.ops)
                entries.append(LogEntry {entry.op, entry.client, entry.seq, entry.revision});
            merged = m_ot->rejoinWithOperations(entries, start.revision);
        } else if (start.text) {
            merged = m_ot->rejoinWithText(*start.text, start.revision, start.lastSeq);
        }
        if (!merged) {
            emit resyncNeeded(
                tr("Catching up with the room failed: %1").arg(merged.error().message));
            return false;
        }
        if (!merged.value().isNoop()) {
            m_localSelection = transformSelection(m_localSelection, merged.value());
            emit remoteOperation(merged.value(), 0);
        }
        if (start.authorship)
            adoptAuthorship(start);
        else
            m_authorship.applyRemote(merged.value(), 0);
    }
    m_epoch = start.epoch;
    m_language = start.language;
    const QList<TextOperation> unconfirmed = unconfirmedOperations();
    // The texts are compared only when the history cannot tell what changed meanwhile.
    StartTexts texts;
    if (previous.revision >= 0 && previous.revision < m_ot->revision())
        texts = {previous.text, m_ot->serverText()};
    m_authorship.markStart(previous.revision, m_ot->revision(),
                           unconfirmed.isEmpty() ? m_authorship.map().length()
                                                 : unconfirmed.first().baseLength(),
                           unconfirmed, texts);
    return true;
}

void DocumentSync::resume()
{
    m_live = true;
    m_selectionDirty = !m_localSelection.isEmpty();
    emit revisionChanged(m_ot->revision());
    sendPending();
    notifyUnsent();
}

bool DocumentSync::acknowledge(const AckMsg &ack)
{
    if (!m_ot || !m_ot->serverAck() || ack.revision != m_ot->revision()) {
        emit resyncNeeded(tr("The server confirmed an edit this session did not expect."));
        return false;
    }
    emit revisionChanged(ack.revision);
    notifyUnsent();
    // While the user is still typing the debounce sends the rest; otherwise send it now.
    if (!m_flushTimer.isActive())
        sendPending();
    return true;
}

bool DocumentSync::applyRemote(const PeerOpMsg &message)
{
    Result<TextOperation> local
        = m_ot ? m_ot->applyServer(message.op) : Result<TextOperation>(Error {{}, {}});
    if (!local || message.revision != m_ot->revision()) {
        emit resyncNeeded(tr("A remote edit did not fit this session's document."));
        return false;
    }
    m_localSelection = transformSelection(m_localSelection, local.value());
    emit remoteOperation(local.value(), message.user);
    m_authorship.applyRemote(local.value(), message.user);
    return true;
}

bool DocumentSync::dropRefusedEdits()
{
    if (!m_ot || !m_ot->hasUnsent())
        return true;
    const Result<QString> mine = m_ot->localText();
    const Result<TextOperation> revert = m_ot->discardLocal();
    if (!mine || !revert) {
        emit resyncNeeded(tr("Taking back refused edits failed: %1")
                              .arg(mine ? revert.error().message : mine.error().message));
        return false;
    }
    notifyUnsent();
    m_localSelection = transformSelection(m_localSelection, revert.value());
    emit remoteOperation(revert.value(), 0);
    m_authorship.applyRemote(revert.value(), 0);
    emit localEditsRefused(mine.value());
    return true;
}

void DocumentSync::discard()
{
    m_ot.reset();
    m_live = false;
    notifyUnsent();
}

QString DocumentSync::text() const
{
    if (!m_ot)
        return {};
    // The unconfirmed edits always apply to the server's text; were they not to, the next
    // acknowledgement would ask for a resynchronisation anyway.
    const Result<QString> local = m_ot->localText();
    return local ? local.value() : m_ot->serverText();
}

bool DocumentSync::applyLocal(const TextOperation &op)
{
    if (!m_ot || !m_ot->applyLocal(op))
        return false;
    // The editor reports a selection only when it differs from the last one moved through the
    // edits since, so this copy has to move the same way (see SelectionCapture).
    m_localSelection = transformSelection(m_localSelection, op);
    m_authorship.applyLocal(op);
    // A pause in the typing sends the burst; someone who never pauses is still seen by the
    // others within a few intervals of their first unsent key.
    if (!m_flushTimer.isActive())
        m_burst.start();
    const qint64 left = qint64(m_flushIntervalMs) * burstIntervals - m_burst.elapsed();
    m_flushTimer.start(int(std::clamp<qint64>(left, 0, m_flushIntervalMs)));
    notifyUnsent();
    return true;
}

void DocumentSync::setLocalSelection(const Selection &selection)
{
    // A server refuses a selection with more ranges than the protocol allows, and the edit with
    // it: the carets past the limit are not shown to others rather than costing the edit.
    Selection sent = selection; // shared, not copied, unless it has to be cut
    if (sent.size() > maxSelectionRanges)
        sent.resize(maxSelectionRanges);
    if (sent == m_localSelection)
        return;
    m_localSelection = sent;
    m_selectionDirty = true;
    // A moving caret does not postpone edits: it only starts the timer when it is idle.
    if (!m_flushTimer.isActive()) {
        m_burst.start();
        m_flushTimer.start(m_flushIntervalMs);
    }
}

void DocumentSync::flush()
{
    m_flushTimer.stop();
    sendPending();
}

void DocumentSync::sendPending()
{
    if (!m_live || !m_ot)
        return;
    if (std::optional<Outgoing> out = m_ot->takeOutgoing()) {
        OpMsg message {out->baseRevision, out->seq, out->op, {}};
        // Nothing is buffered now, so the local selection is in the text right after this op.
        if (std::exchange(m_selectionDirty, false))
            message.selection = m_localSelection;
        emit outgoing(message);
        emit operationSent(out->seq);
        return;
    }
    const bool idle = !m_ot->inFlight() && (!m_ot->buffer() || m_ot->buffer()->isNoop());
    if (idle && std::exchange(m_selectionDirty, false))
        emit outgoing(SelectionMsg {m_ot->revision(), m_localSelection});
}

void DocumentSync::adoptAuthorship(const DocumentStart &start)
{
    // The server's authorship is at its revision: the edits it has not confirmed go on top.
    const QList<TextOperation> unconfirmed = unconfirmedOperations();
    const qsizetype serverLength
        = start.text && unconfirmed.isEmpty() ? start.text->size() : m_ot->serverText().size();
    m_authorship.adopt(start.authorship, serverLength, unconfirmed, start.self);
}

QList<TextOperation> DocumentSync::unconfirmedOperations() const
{
    QList<TextOperation> unconfirmed;
    if (m_ot->inFlight())
        unconfirmed.append(m_ot->inFlight()->op);
    if (m_ot->buffer())
        unconfirmed.append(*m_ot->buffer());
    return unconfirmed;
}

void DocumentSync::notifyUnsent()
{
    const qsizetype count = unsentEditCount();
    if (count != std::exchange(m_lastUnsent, count))
        emit unsentEditCountChanged(count);
}

Selection DocumentSync::toLocal(Selection selection) const
{
    if (!m_ot)
        return selection;
    if (m_ot->inFlight())
        selection = transformSelection(selection, m_ot->inFlight()->op);
    if (m_ot->buffer())
        selection = transformSelection(selection, *m_ot->buffer());
    return selection;
}

} // namespace ensemble
