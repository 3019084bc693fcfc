#pragma once

#include "ot/ServerDocument.h"
#include "protocol/Messages.h"

#include <QJsonObject>
#include <QObject>
#include <optional>

namespace ensemble {

/// A document as a durable journal holds it: its first text and every operation since.
struct JournalDocument
{
    QString id;
    QString epoch;
    qint64 revision = 0; ///< The revision of @c text.
    QString text;
    QString language;
    QList<LoggedOperation> ops; ///< Consecutive, from revision + 1.
    /// The name each of ops was typed under, in the same order (empty: not known).
    QStringList authors;
    /// What makes the document's author ids (RoomDocument), so that they name the same typists
    /// on the server that takes the session over; empty: not known.
    QByteArray authorSalt;
    /// Each client's last applied seq at @c revision, so that a resend of an edit the snapshot
    /// holds is recognised.
    QHash<QString, ClientProgress> clients;
    QJsonObject authorship; ///< DocumentAuthors::toJson() at @c revision; empty: not known.
};

/// What a durable journal holds of a session, for the server that takes it over.
struct JournalSession
{
    QString id;
    /// What `session.json` would hold (SessionStore::encode): the title, access and tree; empty
    /// for a session stored before the journal kept it.
    QByteArray record;
    QByteArray chat; ///< What `chat.json` would hold (ChatHistory::toJson); empty: no chat.
    QList<JournalDocument> documents;
};

/// How a server joins others on a durable journal: `ensemble --serve --store postgresql`.
struct JournalOptions
{
    QByteArray conninfo; ///< Read from a file or the environment, never the command line.
    QString serverName; ///< Names this server in the leases it holds.
    QString publicAddress; ///< Where clients reach this server (ws://HOST:PORT or wss://…).
    qint64 leaseMs = 30000;
};

/// Where a server that shares its sessions with others (docs/DEPLOYMENT.md) writes every
/// operation before it acknowledges it, and takes the right to serve a session. Defined here so
/// that net/ needs no database; implemented by cluster/ (ClusterRoomJournal). Every call answers
/// later with a signal on the caller's thread: the rooms' thread never waits.
class DurableJournal : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// Connects; answers with ready() or failed().
    virtual void start() = 0;
    /// Takes @p session's lease and reads what is stored of it: claimed(), ownedBy() or
    /// unavailable().
    virtual void claim(const QString &session) = 0;
    /// Stores a snapshot of @p document of a claimed session (its text, clients and authorship at
    /// its revision) in place of the last one: as the document starts, and later only once every
    /// operation up to its revision is stored, so that loading replays what follows it.
    virtual void create(const QString &session, const JournalDocument &document) = 0;
    /// Stores @p record (SessionStore::encode's form) of a claimed session in place of the last
    /// one, before the operations appended after it.
    virtual void saveSession(const QString &session, const QByteArray &record) = 0;
    /// Stores @p chat (ChatHistory::toJson's form) of a claimed session in place of the last one.
    virtual void saveChat(const QString &session, const QByteArray &chat) = 0;
    /// Queues @p op of document @p doc of a claimed session; written() once it is stored.
    virtual void append(const QString &session, const QString &doc, const LoggedOperation &op,
                        const QString &author)
        = 0;
    /// Gives @p session's lease up (its unwritten operations are dropped).
    virtual void release(const QString &session) = 0;

signals:
    void ready();
    /// The journal cannot be used at all (@p message says why): the server cannot start.
    void failed(const QString &message);
    /// This server holds @p session now; @p stored is what the journal has of it (nothing: new).
    void claimed(const QString &session, const std::optional<ensemble::JournalSession> &stored);
    /// Another server, reachable by clients at @p address, holds @p session.
    void ownedBy(const QString &session, const QString &address);
    /// Every operation of @p doc up to @p revision is stored.
    void written(const QString &session, const QString &doc, qint64 revision);
    /// The lease of @p session ran out or was taken: the server must drop the session.
    void lost(const QString &session);
    /// The journal cannot be reached; queued operations wait and are tried again.
    void unavailable(const QString &session, const QString &message);
};

} // namespace ensemble
