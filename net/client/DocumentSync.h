#pragma once

#include "ClientAuthorship.h"
#include "ot/ClientState.h"
#include "protocol/Messages.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <memory>

namespace ensemble {

/// The start of a document's stream as the server sends it (protocol 1's `welcome`, protocol
/// 2's `opened`): the text or the operations since the revision the client last saw.
struct DocumentStart
{
    QString epoch;
    qint64 revision = 0;
    quint64 lastSeq = 0;
    QString language;
    std::optional<QString> text;
    std::optional<QList<LoggedOperation>> ops;
    std::optional<AuthorshipInfo> authorship = {}; ///< Who wrote what at `revision`.
    int self = 0; ///< This client's participant id, whose edits its authorship names.
};

/// What a client saw last of a document: its epoch and revision there, and the server's text
/// then (when kept).
struct SeenDocument
{
    QString epoch;
    qint64 revision = -1;
    std::optional<QString> text;
};

/// One open document of a session on the client side: its OT state (ClientState), the edits
/// made offline, the debounce that turns bursts of typing into one op, and the catch-up after a
/// rejoin. It knows no socket: it hands the messages it wants sent to outgoing(), and its
/// SessionClient says when they can go (setLive()).
class DocumentSync : public QObject
{
    Q_OBJECT

public:
    /// However fast someone types, their edits wait at most this many flush intervals.
    static constexpr int burstIntervals = 4;

    explicit DocumentSync(QObject *parent = nullptr);
    ~DocumentSync() override;

    /// The stable client id its seqs belong to.
    void setClientId(const QString &clientId) { m_clientId = clientId; }
    /// The debounce: see SessionClient::setFlushInterval().
    void setFlushInterval(int ms) { m_flushIntervalMs = ms; }
    /// Whether the connection is in the document now, so that messages can be sent.
    void setLive(bool live);
    /// Forgets the document (the session left): the next start() begins afresh.
    void reset();

    /// Takes the server's start: the first one resets the document (documentReset()), a later
    /// one merges the local edits into what changed meanwhile. False when that failed (the
    /// reason went to resyncNeeded()).
    bool start(const DocumentStart &start);
    /// After a successful start(): sends what waited (edits, the selection).
    void resume();
    /// The server confirmed the op in flight; false (and resyncNeeded()) if none was.
    bool acknowledge(const AckMsg &ack);
    /// Applies a participant's edit; false (and resyncNeeded()) when it does not fit.
    bool applyRemote(const PeerOpMsg &message);
    /// Takes back every unconfirmed edit (the document turned read-only); false when that
    /// failed (resyncNeeded()).
    bool dropRefusedEdits();
    /// Forgets the OT state after the server refused the edits for good.
    void discard();

    /// See SessionClient::applyLocal().
    bool applyLocal(const TextOperation &op);
    /// See SessionClient::setLocalSelection().
    void setLocalSelection(const Selection &selection);
    /// Sends pending edits now instead of when the debounce fires.
    void flush();

    /// Whether a first start() arrived (and no reset() since).
    bool hasText() const { return bool(m_ot); }
    /// The last server revision seen (-1 before the first start()).
    qint64 revision() const { return m_ot ? m_ot->revision() : -1; }
    /// The epoch of the last start(), cleared by forgetEpoch().
    QString epoch() const { return m_epoch; }
    /// Makes the next start() bring the whole text (this revision may mean another text there).
    void forgetEpoch() { m_epoch.clear(); }
    /// What an earlier session of this client saw last (the text may be null), for the first
    /// start() to report as seen before (ClientAuthorship::markStart()).
    void rememberLastSeen(const SeenDocument &seen) { m_lastSeen = seen; }
    /// What this client sees now (nothing before the first start()).
    SeenDocument seen() const;
    /// The text as the server last confirmed it (empty before the first start()).
    QString serverText() const { return m_ot ? m_ot->serverText() : QString(); }
    /// The text with the local edits the server has not confirmed yet: what an editor joining
    /// this sync must show (empty before the first start()).
    QString text() const;
    QString language() const { return m_language; }
    void setLanguage(const QString &language) { m_language = language; }
    /// Local edits the server has not confirmed yet.
    qsizetype unsentEditCount() const { return m_ot ? m_ot->unsentOperationCount() : 0; }
    /// The current document length as this session sees it.
    qsizetype documentLength() const { return m_ot ? m_ot->documentLength() : 0; }
    /// @p selection (at the server's revision) moved through the unconfirmed local edits.
    Selection toLocal(Selection selection) const;
    /// Who wrote what in the editor's text, kept in step with it.
    ClientAuthorship *authorship() { return &m_authorship; }
    /// Whether the debounce is waiting to send.
    bool isFlushPending() const { return m_flushTimer.isActive(); }

signals:
    /// A message for the server.
    void outgoing(const ensemble::ClientMessage &message);
    /// The document is out of step with the server; only a rejoin brings it back.
    void resyncNeeded(const QString &why);
    /// See SessionClient's signals of the same names.
    void documentReset(const QString &text);
    void remoteOperation(const ensemble::TextOperation &op, int user);
    /// Protocol 2: @p user's selection in this document changed (local coordinates).
    void remoteSelection(int user, const ensemble::Selection &selection);
    void localEditsRefused(const QString &text);
    void unsentEditCountChanged(qsizetype count);
    void operationSent(quint64 seq);
    void revisionChanged(qint64 revision);

private:
    void sendPending();
    void notifyUnsent();
    void adoptAuthorship(const DocumentStart &start);
    QList<TextOperation> unconfirmedOperations() const;

    QString m_clientId;
    std::unique_ptr<ClientState> m_ot;
    QString m_epoch;
    SeenDocument m_lastSeen; ///< See rememberLastSeen().
    QString m_language;
    Selection m_localSelection;
    bool m_selectionDirty = false;
    bool m_live = false;
    QTimer m_flushTimer;
    QElapsedTimer m_burst; ///< Since the first edit the flush timer is waiting to send.
    int m_flushIntervalMs = 100;
    qsizetype m_lastUnsent = 0;
    ClientAuthorship m_authorship;
};

} // namespace ensemble
