#pragma once

#include "HistoryService.h"
#include "HistoryStore.h"
#include "RoomStore.h"
#include "ServerConfig.h"
#include "ot/ServerDocument.h"
#include "protocol/ErrorCode.h"
#include "protocol/Messages.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace ensemble {

class Connection;

/// One room: the authoritative document, the people in it, and its files. Receives the parsed
/// messages of its members' connections, answers the sender and relays to everyone else.
class Room : public QObject
{
    Q_OBJECT

public:
    /// A new room at revision 0 with the id, text, language, title and access of @p seed (and a
    /// fresh epoch), persisted under config.dataDir/ID when set.
    static Result<Room *> create(RoomSnapshot seed, const ServerConfig &config, QObject *parent);
    /// A room read back from its directory @p dir; @p note receives a warning about repairs.
    static Result<Room *> load(const QString &dir, const ServerConfig &config, QObject *parent,
                               QString *note);
    ~Room() override;

    QString id() const { return m_id; }
    QString epoch() const { return m_epoch; }
    QString text() const { return m_document.text(); }
    qint64 revision() const { return m_document.revision(); }
    QString language() const { return m_language; }
    QString title() const { return m_title; }
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
    qint64 droppedSelections() const { return m_droppedSelections; }
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
    /// Writes a snapshot at the current revision and empties the log.
    void persist();
    /// Deletes the room's files.
    bool removeFiles();

signals:
    void participantJoined(const ensemble::Participant &participant);
    void participantLeft(const ensemble::Participant &participant);
    /// Persistence trouble the operator must hear about.
    void warning(const QString &message);

private:
    Room(const RoomSnapshot &snapshot, ServerDocument document, std::unique_ptr<RoomStore> store,
         const ServerConfig &config, QObject *parent);

    void onMessage(Connection *from, const ClientMessage &message);
    void handle(Connection *from, const ClientMessage &message);
    void onOp(Connection *from, const OpMsg &message);
    void onReplace(Connection *from, const ReplaceMsg &message);
    void onSelection(Connection *from, const SelectionMsg &message);
    void onLanguage(Connection *from, const LanguageMsg &message);
    void onChat(Connection *from, const ChatMsg &message);
    void sendChatHistory(Connection *to);
    void saveChat();
    void onRemove(Connection *from, const RemoveMsg &message);
    void onSettings(Connection *from, const SettingsMsg &message);
    void changePassword(Connection *from, const QString &password); // the caller persists
    bool refuseGuestEdit(Connection *from, std::optional<quint64> seq = {});
    QList<LoggedOperation> catchUp(const QList<LogEntry> &entries, const QString &clientId) const;
    bool namesSameText(qint64 revision, const QString &clientTextHash) const;
    void commit(Connection *from, const Result<Applied> &applied, quint64 seq);
    std::nullopt_t dropSelection();
    void removeMember(Connection *connection);
    void catchUpSelections();
    void broadcast(const ServerMessage &message, const Connection *except);
    std::optional<Selection> currentSelection(const Connection *member) const;
    void record(const LoggedOperation &entry, const Participant &author);
    void recordHistory(const LoggedOperation &entry, const Participant &author);
    QString openHistory(const QString &roomDir, bool fresh);
    RoomSnapshot snapshot() const;

    QString m_id;
    QString m_epoch;
    ServerDocument m_document;
    QString m_language;
    QString m_title;
    RoomAccess m_access;
    ChatHistory m_chat;
    QTimer m_chatSave; ///< Runs while chat lines wait to be written.
    std::unique_ptr<RoomStore> m_store;
    std::unique_ptr<HistoryStore> m_history; ///< Set with m_store, unless it could not be opened.
    bool m_historyFailing = false;
    HistoryService m_historyService {this}; ///< Answers `history` and `history_text`.
    Limits m_limits;
    int m_passwordIterations;
    QList<Connection *> m_members;
    int m_nextUserId = 1;
    qint64 m_lastJoined;
    bool m_kept;
    bool m_storageFailing = false;
    qint64 m_droppedSelections = 0;
};

} // namespace ensemble
