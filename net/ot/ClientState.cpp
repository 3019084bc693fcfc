#include "ClientState.h"

#include "ThreeWayMerge.h"

#include <QCoreApplication>

namespace ensemble {

namespace {

Error error(const char *code, const char *text)
{
    return Error {QString::fromLatin1(code), QCoreApplication::translate("ClientState", text)};
}

// a then b, where a may be absent.
Result<TextOperation> composeOptional(const std::optional<TextOperation> &a, TextOperation b)
{
    if (!a)
        return b;
    return TextOperation::compose(*a, b);
}

// a then b, where b may be absent.
Result<TextOperation> composeThen(const TextOperation &a, const std::optional<TextOperation> &b)
{
    if (!b)
        return a;
    return TextOperation::compose(a, *b);
}

} // namespace

ClientState::ClientState(const QString &clientId, const QString &text, qint64 revision,
                         quint64 lastSeq)
    : m_clientId(clientId)
    , m_server(text)
    , m_revision(revision)
    , m_lastSeq(lastSeq)
{
}

ClientState::State ClientState::state() const
{
    if (!m_inFlight)
        return State::Synchronized;
    return m_buffer ? State::AwaitingWithBuffer : State::AwaitingConfirm;
}

qsizetype ClientState::documentLength() const
{
    if (m_buffer)
        return m_buffer->targetLength();
    return m_inFlight ? m_inFlight->op.targetLength() : m_server.size();
}

Result<std::monostate> ClientState::applyLocal(const TextOperation &op)
{
    if (op.baseLength() != documentLength())
        return error(
            "bad_operation",
            QT_TRANSLATE_NOOP("ClientState", "The local edit does not match the document length."));
    Result<TextOperation> composed = composeOptional(m_buffer, op);
    if (!composed)
        return composed.error();
    m_buffer = std::move(composed).value();
    if (!op.isNoop())
        ++m_bufferEdits;
    return success();
}

std::optional<Outgoing> ClientState::takeOutgoing()
{
    if (m_inFlight || !m_buffer)
        return std::nullopt;
    if (m_buffer->isNoop()) {
        // Edits that cancelled out (typed, then deleted) need no round trip.
        m_buffer.reset();
        m_bufferEdits = 0;
        return std::nullopt;
    }
    m_inFlight = Outgoing {std::move(*m_buffer), m_revision, ++m_lastSeq};
    m_buffer.reset();
    m_inFlightEdits = std::exchange(m_bufferEdits, 0);
    return m_inFlight;
}

Result<TextOperation> ClientState::applyServer(const TextOperation &op)
{
    if (op.baseLength() != m_server.size())
        return error("bad_operation",
                     QT_TRANSLATE_NOOP("ClientState",
                                       "The server's operation does not match its document."));
    TextOperation toEditor = op;
    std::optional<TextOperation> inFlight;
    std::optional<TextOperation> buffer;
    // ot.js's order: the local operation is the first argument, so on a tie its insert stays
    // first, exactly as the server decides when it transforms our operation over this one.
    if (m_inFlight) {
        auto pair = TextOperation::transform(m_inFlight->op, toEditor);
        if (!pair)
            return pair.error();
        inFlight = std::move(pair.value().first);
        toEditor = std::move(pair.value().second);
    }
    if (m_buffer) {
        auto pair = TextOperation::transform(*m_buffer, toEditor);
        if (!pair)
            return pair.error();
        buffer = std::move(pair.value().first);
        toEditor = std::move(pair.value().second);
    }
    if (Result<std::monostate> applied = m_server.apply(op); !applied)
        return applied.error();
    ++m_revision;
    if (m_inFlight)
        m_inFlight->op = std::move(*inFlight);
    if (m_buffer)
        m_buffer = std::move(buffer);
    return toEditor;
}

Result<std::monostate> ClientState::serverAck()
{
    if (!m_inFlight)
        return error("unexpected_ack",
                     QT_TRANSLATE_NOOP("ClientState",
                                       "An acknowledgement arrived with no "
                                       "operation waiting for one."));
    if (Result<std::monostate> applied = m_server.apply(m_inFlight->op); !applied)
        return applied.error();
    ++m_revision;
    m_inFlight.reset();
    m_inFlightEdits = 0;
    return success();
}

Result<QString> ClientState::localText() const
{
    QString text = m_server.text();
    for (const TextOperation *op :
         {m_inFlight ? &m_inFlight->op : nullptr, m_buffer ? &*m_buffer : nullptr}) {
        if (!op)
            continue;
        Result<QString> applied = op->apply(text);
        if (!applied)
            return applied.error();
        text = std::move(applied).value();
    }
    return text;
}

Result<TextOperation> ClientState::discardLocal()
{
    const QString server = m_server.text();
    TextOperation local;
    local.retain(server.size());
    if (m_inFlight) {
        Result<TextOperation> all = composeThen(m_inFlight->op, m_buffer);
        if (!all)
            return all.error();
        local = std::move(all).value();
    } else if (m_buffer) {
        local = *m_buffer;
    }
    m_inFlight.reset();
    m_buffer.reset();
    m_inFlightEdits = 0;
    m_bufferEdits = 0;
    return local.invert(server);
}

Result<TextOperation> ClientState::rejoinWithOperations(const QList<LogEntry> &entries,
                                                        qint64 newRevision)
{
    if (newRevision != m_revision + entries.size())
        return error("bad_revision",
                     QT_TRANSLATE_NOOP("ClientState",
                                       "The operations do not lead from this "
                                       "client's revision to the new one."));
    // Work on a copy so a bad entry leaves this client exactly as it was.
    ClientState next = *this;
    std::optional<TextOperation> toEditor;
    for (const LogEntry &entry : entries) {
        if (entry.revision != next.m_revision + 1)
            return error("bad_revision",
                         QT_TRANSLATE_NOOP("ClientState", "The operations are not consecutive."));
        if (next.m_inFlight && entry.clientId == m_clientId && entry.seq == next.m_inFlight->seq) {
            if (Result<std::monostate> acked = next.serverAck(); !acked)
                return acked.error();
            continue;
        }
        Result<TextOperation> local = next.applyServer(entry.op);
        if (!local)
            return local.error();
        Result<TextOperation> composed = composeOptional(toEditor, std::move(local).value());
        if (!composed)
            return composed.error();
        toEditor = std::move(composed).value();
    }
    if (next.m_inFlight) {
        // The server never got it: it goes out again (with a fresh seq) ahead of the buffer.
        Result<TextOperation> pending = composeThen(next.m_inFlight->op, next.m_buffer);
        if (!pending)
            return pending.error();
        next.m_buffer = std::move(pending).value();
        next.m_bufferEdits += std::exchange(next.m_inFlightEdits, 0);
        next.m_inFlight.reset();
    }
    *this = std::move(next);
    if (!toEditor)
        toEditor.emplace().retain(documentLength());
    return std::move(*toEditor);
}

Result<TextOperation> ClientState::rejoinWithText(const QString &serverText, qint64 serverRevision,
                                                  quint64 lastSeqSeenByServer)
{
    const QString known = m_server.text();
    const bool inFlightApplied = m_inFlight && lastSeqSeenByServer >= m_inFlight->seq;
    // The server text the local edits still have to be merged with, and those edits.
    QString base = known;
    std::optional<TextOperation> pending = m_buffer;
    qsizetype pendingEdits = m_bufferEdits;
    if (inFlightApplied) {
        Result<QString> afterInFlight = m_inFlight->op.apply(known);
        if (!afterInFlight)
            return afterInFlight.error();
        base = std::move(afterInFlight).value();
    } else if (m_inFlight) {
        Result<TextOperation> all = composeThen(m_inFlight->op, m_buffer);
        if (!all)
            return all.error();
        pending = std::move(all).value();
        pendingEdits += m_inFlightEdits;
    }
    Result<ThreeWayMerge> merged = mergeThreeWay(base, pending, serverText);
    if (!merged)
        return merged.error();
    m_server = Rope(serverText);
    m_revision = serverRevision;
    m_lastSeq = std::max(m_lastSeq, lastSeqSeenByServer);
    m_inFlight.reset();
    m_inFlightEdits = 0;
    m_buffer = std::move(merged.value().local);
    m_bufferEdits = m_buffer ? pendingEdits : 0;
    return std::move(merged.value().toEditor);
}

} // namespace ensemble
