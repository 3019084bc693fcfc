#pragma once

#include "DocumentAuthors.h"
#include "DurableJournal.h"
#include "HistoryStore.h"
#include "RoomStore.h"
#include "ot/ServerDocument.h"
#include "protocol/ErrorCode.h"
#include "protocol/Limits.h"
#include "protocol/Messages.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <memory>

namespace ensemble {

class Connection;

/// What a member needs to start editing a document: the per-document half of `welcome` (and
/// of protocol 2's `opened`).
struct DocumentOpening
{
    QString epoch;
    qint64 revision = 0;
    quint64 lastSeq = 0;
    QString language;
    std::optional<QList<LoggedOperation>> ops; ///< The catch-up, when the log bridges the gap.
    std::optional<Rope> text; ///< Otherwise the whole text.
};

/// One document of a session: its OT stream (ServerDocument: revision, log, seqs, epoch), its
/// language, its files (a RoomStore and a HistoryStore in its own directory) and the members
/// subscribed to it with their selections. It knows nothing of the session around it: the room
/// checks access before handing it a message.
class RoomDocument : public QObject
{
    Q_OBJECT

public:
    /// A new document @p id of session @p session at revision 0 with a fresh epoch, persisted
    /// under @p dir when it is not empty.
    static Result<RoomDocument *> create(const QString &id, const QString &session,
                                         const QString &text, const QString &language,
                                         const QString &dir, const Limits &limits, QObject *parent);
    /// A document read back from @p dir; @p note receives a warning about repairs.
    static Result<RoomDocument *> load(const QString &id, const QString &session,
                                       const QString &dir, const Limits &limits, QObject *parent,
                                       QString *note);
    /// A document rebuilt from what a durable journal holds of it (docs/DEPLOYMENT.md).
    static Result<RoomDocument *> restore(const QString &session, const JournalDocument &stored,
                                          const Limits &limits, QObject *parent);
    ~RoomDocument() override;

    /// Writes every edit to @p journal (not owned) and holds its ack and relay back until
    /// written() says it is stored.
    void setJournal(DurableJournal *journal) { m_journal = journal; }
    /// The journal holds every edit up to @p revision: their acks and relays go out.
    void written(qint64 revision);
    /// The document as a journal's snapshot stores it, at its current revision.
    JournalDocument journalEntry() const;

    /// Its id in the session ("d1").
    QString id() const { return m_id; }
    QString epoch() const { return m_epoch; }
    QString text() const { return m_document.text(); }
    qint64 revision() const { return m_document.revision(); }
    QString language() const { return m_language; }
    /// Catch-up work done so far (Limits::maxTransformWork units), charged to senders.
    qint64 workDone() const { return m_document.workDone(); }
    /// How many selections it dropped because they lay outside the text they named.
    qint64 droppedSelections() const { return m_droppedSelections; }
    /// What its files take on disk, in bytes (0 in memory).
    qint64 diskBytes() const;
    /// Who wrote what, kept in step with the text.
    const DocumentAuthors &authors() const { return m_authors; }
    /// The authorship for `welcome` or `opened` to @p joining, with the participant ids of the
    /// subscribers and of @p joining; nullopt past maxAuthorshipRuns (docs/PROTOCOL.md 4.1).
    std::optional<AuthorshipInfo> authorshipFor(const Connection *joining) const;
    /// Its history (docs/PROTOCOL.md 3.1), or null when it keeps none.
    const HistoryStore *history() const { return m_history.get(); }

    /// The catch-up for a client @p clientId that last saw @p revision of @p epoch, whose text
    /// then hashed to @p textHash: operations when the log bridges the gap, else the text.
    DocumentOpening opening(const QString &clientId, std::optional<qint64> revision,
                            const QString &epoch, const QString &textHash) const;
    /// Starts relaying the document's changes to @p member; @p tagged (protocol 2) names the
    /// document in every message to it.
    void subscribe(Connection *member, bool tagged);
    /// Stops relaying to @p member and forgets its selection.
    void unsubscribe(Connection *member);
    /// Whether @p member is subscribed.
    bool isSubscribed(const Connection *member) const { return m_subscribers.contains(member); }
    /// Moves every subscriber's selection to the current revision, within the work bound.
    void catchUpSelections();
    /// @p member's selection at the current revision (nullopt when unknown).
    std::optional<Selection> selectionOf(const Connection *member) const;
    /// Sends @p message to every subscriber but @p except, naming the document to those that
    /// subscribed tagged; a relay of a held @p revision skips those that joined after it.
    void broadcast(ServerMessage message, const Connection *except, qint64 revision = 0);
    /// Sends @p message to @p member, naming the document if it subscribed tagged.
    void reply(Connection *member, ServerMessage message) const;
    /// Answers @p member's message with an error (naming the document when tagged).
    void refuse(Connection *member, ErrorCode code, const QString &message,
                std::optional<quint64> seq = {}) const;
    /// Its subscribers, in the order they subscribed.
    const QList<Connection *> &subscribers() const { return m_subscribers; }
    /// The length of its text, in UTF-16 code units.
    qsizetype length() const { return m_document.length(); }

    /// Applies a member's edit and answers it (ack, error) and relays it.
    void onOp(Connection *from, const OpMsg &message);
    /// Applies a member's whole-text replacement as a diff.
    void onReplace(Connection *from, const ReplaceMsg &message);
    /// Records and relays a member's selection.
    void onSelection(Connection *from, const SelectionMsg &message);
    /// Changes the language and relays it (nothing when it is the same).
    void onLanguage(Connection *from, const LanguageMsg &message);

    /// Writes a snapshot at the current revision and empties the log.
    void persist();
    /// Deletes the document's files.
    bool removeFiles();

signals:
    /// Persistence trouble the operator must hear about.
    void warning(const QString &message);

private:
    RoomDocument(const RoomSnapshot &snapshot, ServerDocument document,
                 std::unique_ptr<RoomStore> store, const Limits &limits, QObject *parent);

    /// An answer held back until the journal has stored @c revision.
    struct Held
    {
        qint64 revision = 0;
        QPointer<Connection> ackTo;
        AckMsg ack;
        std::optional<ServerMessage> relay;
        const Connection *except = nullptr;
    };

    /// Applies @p ops through receive(); @p replayed gets each as applied.
    static Result<std::monostate> replay(ServerDocument &document,
                                         const QList<LoggedOperation> &ops, const QString &where,
                                         QList<LoggedOperation> &replayed);
    void deliver(Connection *from, const AckMsg &ack, std::optional<ServerMessage> relay);
    void relay(ServerMessage message, const Connection *except);

    struct Subscriber
    {
        qint64 revision = 0;
        Selection selection;
    };

    void setSelection(const Connection *member, qint64 revision, const Selection &selection);
    QList<LoggedOperation> catchUp(const QList<LogEntry> &entries, const QString &clientId) const;
    bool namesSameText(qint64 revision, const QString &clientTextHash) const;
    void commit(Connection *from, const Result<Applied> &applied, quint64 seq);
    std::nullopt_t dropSelection();
    void record(const LoggedOperation &entry, const Participant &author);
    void recordHistory(const LoggedOperation &entry, const Participant &author);
    QString openHistory(bool fresh);
    QString authorIdOf(const QString &clientId) const;
    /// Rebuilds the authorship from @p applied; @p names, in the same order, name typists the
    /// history does not.
    void replayAuthors(const QList<LoggedOperation> &applied, const QStringList &names = {});
    RoomSnapshot snapshot() const;
    /// Gives the journal a new snapshot when one is due and every applied edit is stored.
    void journalSnapshotIfDue();

    QString m_id;
    QString m_session;
    QString m_epoch;
    ServerDocument m_document;
    QString m_language;
    std::unique_ptr<RoomStore> m_store;
    std::unique_ptr<HistoryStore> m_history; ///< Set with m_store, unless it could not be opened.
    bool m_historyFailing = false;
    bool m_storageFailing = false;
    Limits m_limits;
    QList<Connection *> m_subscribers;
    QSet<const Connection *> m_tagged;
    QHash<const Connection *, Subscriber> m_selections;
    qint64 m_droppedSelections = 0;
    DocumentAuthors m_authors;
    /// Author ids of a document without a history (kept by a durable journal, if any).
    QByteArray m_authorSalt;
    /// Author ids already derived (an HMAC each), by client id, and the history they came from.
    mutable QHash<QString, QString> m_authorIds;
    mutable const HistoryStore *m_authorIdsFrom = nullptr;
    mutable std::pair<QString, QString> m_lastAuthor; ///< The last client id asked for, its id.
    DurableJournal *m_journal = nullptr;
    qint64 m_journaledRevision = 0; ///< The revision of the journal's last snapshot.
    bool m_journalSnapshotDue = false; ///< Something besides the text changed (the language).
    QList<Held> m_held; ///< Oldest first.
    /// Members that joined while answers were held, with the revision they joined at.
    QHash<const Connection *, qint64> m_joinedAt;
};

} // namespace ensemble
