#pragma once

#include "Result.h"
#include "Rope.h"
#include "ServerDocument.h"
#include "TextOperation.h"

#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace ensemble {

/// An operation ready to go to the server: op, based on baseRevision, tagged seq.
struct Outgoing
{
    TextOperation op;
    qint64 baseRevision = 0;
    quint64 seq = 0;
};

/// ot.js's client state machine adapted to a debounce, with no I/O. Local edits compose into a
/// buffer; takeOutgoing() (called when the debounce fires, and after each ack) puts the buffer in
/// flight; at most one operation is in flight. It also keeps the text the server had at
/// revision(), which is what lets a rejoin by full text merge offline work three ways.
class ClientState
{
public:
    /// Synchronized: nothing in flight (a buffer may still wait for the debounce);
    /// AwaitingConfirm: one operation in flight; AwaitingWithBuffer: in flight plus a buffer.
    enum class State { Synchronized, AwaitingConfirm, AwaitingWithBuffer };

    /// A client called clientId (unique per editing session: the server tells its operations
    /// apart by it) whose editor shows text, the server's text at revision. lastSeq is the last
    /// sequence number it used, so a restored client keeps numbering upwards.
    explicit ClientState(const QString &clientId = {}, const QString &text = {},
                         qint64 revision = 0, quint64 lastSeq = 0);

    /// Records an edit made in the editor (based on the editor's current text).
    Result<std::monostate> applyLocal(const TextOperation &op);
    /// The buffer, now in flight with the next seq, if nothing is in flight and the buffer
    /// changes something; otherwise nothing.
    std::optional<Outgoing> takeOutgoing();
    /// Takes someone else's operation (based on the current revision); returns the operation to
    /// apply to the editor, transformed over the in-flight operation and the buffer.
    Result<TextOperation> applyServer(const TextOperation &op);
    /// The server acknowledged the in-flight operation; "unexpected_ack" if none is in flight.
    Result<std::monostate> serverAck();

    /// Rejoin when the server still has the log: entries are everything after revision() up to
    /// newRevision. An entry with this client's id and the in-flight seq is that operation
    /// (counted as acknowledged); if it is absent, the in-flight operation goes back into the
    /// buffer to be sent again. Returns the operation to apply to the editor.
    Result<TextOperation> rejoinWithOperations(const QList<LogEntry> &entries, qint64 newRevision);
    /// Rejoin from the server's full text: a three-way merge (mergeThreeWay()) of the server's
    /// changes since the last known server text with the local ones. lastSeqSeenByServer (the
    /// server's lastSeq for this client) says whether the in-flight operation was applied, so it
    /// is neither dropped nor applied twice. Returns the operation to apply to the editor.
    Result<TextOperation> rejoinWithText(const QString &serverText, qint64 serverRevision,
                                         quint64 lastSeqSeenByServer);

    /// Gives up every local edit the server has not confirmed (in flight and buffered), because
    /// the server will not take them. Returns the operation that turns the editor's text back
    /// into the server's; the next seq still counts up from lastSeq().
    Result<TextOperation> discardLocal();

    /// Where the client stands in the state machine.
    State state() const;
    /// The server revision the client has seen.
    qint64 revision() const { return m_revision; }
    /// True while some local edit is not yet confirmed by the server (buffered or in flight).
    bool hasUnsent() const { return m_inFlight || (m_buffer && !m_buffer->isNoop()); }
    /// How many local edits (applyLocal calls that changed something) are not yet confirmed.
    qsizetype unsentOperationCount() const { return m_inFlightEdits + m_bufferEdits; }
    /// The operation in flight, if any (transformed so far over the server's operations).
    const std::optional<Outgoing> &inFlight() const { return m_inFlight; }
    /// The buffered edits not yet sent, if any.
    const std::optional<TextOperation> &buffer() const { return m_buffer; }
    /// Length of the editor's text as this state machine sees it.
    qsizetype documentLength() const;
    /// The server's text at revision(), O(n).
    QString serverText() const { return m_server.text(); }
    /// The editor's text as this state machine sees it: the server's with the local edits, O(n).
    Result<QString> localText() const;
    /// This client's id.
    QString clientId() const { return m_clientId; }
    /// The last seq handed out.
    quint64 lastSeq() const { return m_lastSeq; }

private:
    QString m_clientId;
    Rope m_server;
    qint64 m_revision = 0;
    quint64 m_lastSeq = 0;
    std::optional<Outgoing> m_inFlight;
    std::optional<TextOperation> m_buffer;
    qsizetype m_inFlightEdits = 0;
    qsizetype m_bufferEdits = 0;
};

} // namespace ensemble
