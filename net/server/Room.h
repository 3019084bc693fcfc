#pragma once

#include "ChatHistory.h"
#include "DurableJournal.h"
#include "HistoryService.h"
#include "RoomAccess.h"
#include "RoomStore.h"
#include "ServerConfig.h"
#include "SessionStore.h"
#include "TreeIndex.h"
#include "protocol/ErrorCode.h"
#include "protocol/Messages.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <memory>

namespace ensemble {

class Connection;
class RoomDocument;

/// One room, a session: the people in it, their access, the chat, the documents (RoomDocument,
/// each its own OT stream) and the session's files (SessionStore). Receives the parsed messages
/// of its members' connections, answers what concerns the session and hands the rest to the
/// document it is about.
class Room : public QObject
{
    Q_OBJECT

public:
    /// A new room with the id, title and access of @p seed and one document (`d1`) at revision 0
    /// with its text and language (and a fresh epoch), persisted under config.dataDir/ID when set.
    static Result<Room *> create(RoomSnapshot seed, const ServerConfig &config, QObject *parent);
    /// A room read back from its directory @p dir (either layout, see SessionStore); @p note
    /// receives a warning about repairs.
    static Result<Room *> load(const QString &dir, const ServerConfig &config, QObject *parent,
                               QString *note);
    /// A room rebuilt from what config.journal holds of it (docs/DEPLOYMENT.md): its title,
    /// access, tree, chat and documents; @p note receives a warning about a damaged chat.
    static Result<Room *> restore(const JournalSession &stored, const ServerConfig &config,
                                  QObject *parent, QString *note);
    ~Room() override;

    QString id() const { return m_id; }
    /// The epoch, text, revision and language of its first document.
    QString epoch() const;
    QString text() const;
    qint64 revision() const;
    QString language() const;
    QString title() const { return m_title; }
    /// Its documents, in the order they were added.
    QList<RoomDocument *> documents() const { return m_documents; }
    /// Its document @p id, or null.
    RoomDocument *document(const QString &id) const;
    /// Its tree: every file (with its document id) and empty folder, by path.
    QList<SessionDocument> tree() const { return m_tree; }
    /// Whether it shares more than one document (or none, or a folder): protocol 1 clients,
    /// which know one document, are turned away.
    bool isFolder() const;
    /// Adds a file with @p text and @p language (or, when @p kind is "dir", an empty folder) at
    /// @p path, as `create` from participant @p user (0: the host's application, which adds a
    /// folder's files this way instead of sending them over its own socket). Returns the new
    /// entry, or the named error (bad_path, path_exists, too_many_documents, storage_failed).
    Result<TreeEntry> create(const QString &path, const QString &kind, const QString &text,
                             const QString &language, int user = 0);
    /// Marks document @p doc as deleted on the host's disk and kept (or as on disk again) and
    /// tells the protocol 2 participants (`disk`); only the host's application, through the
    /// server's API, ever calls it. False for an unknown document.
    bool setDeletedOnDisk(const QString &doc, bool deleted);
    /// While @p held, `session.json` is written once when the hold ends instead of after every
    /// tree change: for the host's application adding a folder's files, whom nobody hears yet.
    void holdSessionSaves(bool held);
    /// Its password, owner key, read-only state and removed clients.
    const RoomAccess &access() const { return m_access; }
    /// The last chat lines, oldest first (at most Limits::keptChatLines).
    const ChatHistory &chat() const { return m_chat; }
    /// Everyone connected, with their selections at the current revision.
    QList<Participant> participants() const;
    /// Whether nobody is connected.
    bool isEmpty() const { return m_members.isEmpty(); }
    /// When someone last joined (ms since 1970 UTC; the load time for rooms from older servers).
    qint64 lastJoined() const { return m_lastJoined; }
    /// Whether the server's operator created it, so that it never expires.
    bool isKept() const { return m_kept; }
    /// How many selections it dropped because they lay outside the text they named.
    qint64 droppedSelections() const;
    /// What its files take on disk, in bytes (0 in memory).
    qint64 diskBytes() const;

    /// Admits @p connection after its @p hello (its owner key or password already checked):
    /// welcome to it, joined to the others. A client id the owner removed gets `removed`.
    void join(Connection *connection, const HelloMsg &hello, bool owner);
    /// Removes a member whose socket closed; the others get `left`.
    void leave(Connection *connection);
    /// Forgets every member without telling anyone (the server is about to drop them all).
    void detachAll();
    /// Sends every member @p code and disconnects them.
    void closeAll(ErrorCode code, const QString &message);
    /// Writes `session.json`, the chat and a snapshot of every document.
    void persist();
    /// Deletes the room's files.
    bool removeFiles();
    /// The journal holds every edit of document @p doc up to @p revision.
    void journalWritten(const QString &doc, qint64 revision);
    /// The journal cannot store edits for now: the members hear it once.
    void journalUnavailable(const QString &message);

signals:
    void participantJoined(const ensemble::Participant &participant);
    void participantLeft(const ensemble::Participant &participant);
    /// Persistence trouble the operator must hear about.
    void warning(const QString &message);

private:
    Room(const SessionRecord &record, std::unique_ptr<SessionStore> store,
         const ServerConfig &config, QObject *parent);

    void onMessage(Connection *from, const ClientMessage &message);
    void handle(Connection *from, const ClientMessage &message);
    template<typename Message>
    void forward(Connection *from, const Message &message,
                 void (RoomDocument::*handler)(Connection *, const Message &));
    template<typename Request> void onHistory(Connection *from, const Request &request);
    void onChat(Connection *from, const ChatMsg &message);
    void sendChatHistory(Connection *to);
    void saveChat();
    void onRemove(Connection *from, const RemoveMsg &message);
    void onOpen(Connection *from, const OpenMsg &message);
    void onClose(Connection *from, const CloseMsg &message);
    void onFocus(Connection *from, const FocusMsg &message);
    void onSummon(Connection *from);
    void onCreate(Connection *from, const CreateMsg &message);
    void onRename(Connection *from, const RenameMsg &message);
    void onDelete(Connection *from, const DeleteMsg &message);
    Result<std::monostate> rename(const QString &path, const QString &to);
    Result<QList<SessionDocument>> remove(const QString &path);
    void sendTree(const TreeMsg &change);
    void clearFocusOn(const QList<SessionDocument> &removed);
    void turnAwayProtocol1();
    RoomDocument *documentFor(Connection *from, const QString &doc, std::optional<quint64> seq);
    int protocolOf(const Connection *member) const { return m_protocols.value(member, 1); }
    void welcomeToDocument(Connection *connection, const HelloMsg &hello, const Participant &you);
    void welcomeToFolder(Connection *connection, const Participant &you);
    void onSettings(Connection *from, const SettingsMsg &message);
    void changePassword(Connection *from, const QString &password); // the caller persists
    bool refuseGuestEdit(Connection *from, std::optional<quint64> seq = {},
                         const QString &doc = {});
    void removeMember(Connection *connection);
    void broadcast(const ServerMessage &message, const Connection *except);
    /// Takes @p document in; a @p fresh one is stored in the journal as it starts.
    void adopt(RoomDocument *document, bool fresh = false);
    void saveSession();
    SessionRecord record() const;
    static SessionRecord untitledRecord(const JournalSession &stored);

    QString m_id;
    QString m_title;
    RoomAccess m_access;
    ChatHistory m_chat;
    QTimer m_chatSave; ///< Runs while chat lines wait to be written.
    std::unique_ptr<SessionStore> m_store;
    QList<SessionDocument> m_tree;
    TreeIndex m_paths; ///< m_tree's paths, for conflicts
    qint64 m_textLength = 0; ///< The documents' lengths together, kept as they change.
    bool m_holdSaves = false;
    bool m_saveHeld = false; ///< A save waits for holdSessionSaves(false).
    QList<RoomDocument *> m_documents; ///< Children, in m_tree's order.
    QHash<QString, RoomDocument *> m_documentsById; ///< The same, by id.
    qint64 m_treeRevision;
    int m_nextDocument;
    QSet<QString> m_deletedOnDisk; ///< Documents kept after their file left the host's disk.
    HistoryService m_historyService {this}; ///< Answers `history` and `history_text`.
    Limits m_limits;
    int m_passwordIterations;
    QList<Connection *> m_members;
    QHash<const Connection *, int> m_protocols; ///< Protocol 2 members (others speak 1).
    QHash<const Connection *, QString> m_focus; ///< The document each member works in.
    QHash<QString, QString> m_renamedTo; ///< Where renamed paths went, for the loser's error.
    int m_nextUserId = 1;
    qint64 m_lastJoined;
    bool m_kept;
    DurableJournal *m_journal;
    bool m_journalFailing = false;
};

} // namespace ensemble
