#pragma once

#include "PgConnection.h"

#include <QString>

#include <optional>
#include <variant>

namespace ensemble {

/// The right of one server to serve one session, until it runs out or another server takes it;
/// every write of the session names the fence, so a server that lost the lease cannot write.
struct Lease
{
    QString session;
    qint64 fence = 0;
};

/// The server that holds a session's lease, where its clients are sent.
struct LeaseHolder
{
    QString server;
    QString address;
};

/// One stored operation of a document: the revision it made, its JSON, and who sent it.
struct StoredOp
{
    qint64 revision = 0;
    QByteArray op;
    QString client; ///< What the room keeps to recognise a resent op (never the secret client id).
    qint64 seq = 0;
    QString author;
};

/// A document as stored: its latest snapshot and every operation after it, in order.
struct StoredDocument
{
    QString doc; ///< Its id in the session ("d1").
    QString epoch; ///< The epoch its clients know it by, so they catch up by operations.
    qint64 revision = 0; ///< The snapshot's revision.
    QByteArray text; ///< The snapshot's text as a JSON string (so NUL and lone surrogates keep).
    QString language;
    QList<StoredOp> ops;
    QByteArray salt; ///< What makes its author ids (the rooms' business), as hex.
    QByteArray state; ///< The rest of the snapshot (JSON the rooms write, opaque here).
};

/// A session as stored: its record and chat (JSON the rooms write, opaque here) and documents.
struct StoredSession
{
    QByteArray record; ///< Empty: not stored.
    QByteArray chat; ///< Empty: not stored.
    QList<StoredDocument> documents;

    bool isEmpty() const { return record.isEmpty() && chat.isEmpty() && documents.isEmpty(); }
};

/// Sessions, their documents, operations and leases in PostgreSQL, shared by several servers
/// (docs/DEPLOYMENT.md). Every write is fenced: it succeeds only while the writer's lease is the
/// session's current one and has not run out by the database's clock.
class ClusterStore
{
public:
    /// How a fenced write ended.
    enum class Write {
        Written, ///< In the database.
        NotOwner, ///< The lease ran out or was taken over: the server must drop the session.
        Duplicate, ///< One of the revisions is in the database already: someone else wrote it.
    };

    /// Connects as server @p server, reachable by clients at @p address, and creates the schema
    /// if the database has none.
    static Result<std::unique_ptr<ClusterStore>>
    open(const QByteArray &conninfo, const QString &server, const QString &address);

    /// Takes @p session's lease for @p ttlMs if it is free or ran out; otherwise its holder.
    Result<std::variant<Lease, LeaseHolder>> acquire(const QString &session, qint64 ttlMs);
    /// Extends @p lease by @p ttlMs from now; false when it was lost meanwhile.
    Result<bool> renew(const Lease &lease, qint64 ttlMs);
    /// Gives @p lease up, so another server may take the session at once.
    Result<std::monostate> release(const Lease &lease);

    /// Appends @p ops (consecutive revisions) of document @p doc under @p lease, all or none.
    Result<Write> append(const Lease &lease, const QString &doc, const QList<StoredOp> &ops);
    /// Replaces @p document's snapshot (its text, a JSON string, at its revision, and the rest)
    /// under @p lease.
    Result<Write> saveSnapshot(const Lease &lease, const StoredDocument &document);
    /// Replaces @p doc's snapshot with @p text (a JSON string) at @p revision under @p lease.
    Result<Write> saveSnapshot(const Lease &lease, const QString &doc, qint64 revision,
                               const QByteArray &text, const QString &language,
                               const QString &epoch = {}, const QByteArray &salt = {});
    /// Replaces the session's record (its title, access and tree) with @p record under @p lease.
    Result<Write> saveRecord(const Lease &lease, const QByteArray &record);
    /// Replaces the session's chat with @p chat under @p lease.
    Result<Write> saveChat(const Lease &lease, const QByteArray &chat);
    /// The session's record and chat (empty when not stored); documents are left to load().
    Result<StoredSession> loadSession(const QString &session);
    /// The ids of @p session's stored documents, in order.
    Result<QStringList> documents(const QString &session);
    /// The stored document, or nothing if @p session has no document @p doc; an error if the
    /// operations after the snapshot have a gap.
    Result<std::optional<StoredDocument>> load(const QString &session, const QString &doc);

private:
    ClusterStore(std::unique_ptr<PgConnection> connection, QString server, QString address);
    Result<Write> fenced(const Result<PgRows> &result);
    Result<Write> saveSessionColumn(const Lease &lease, const char *column,
                                    const QByteArray &value);

    std::unique_ptr<PgConnection> m_db;
    QString m_server;
    QString m_address;
};

} // namespace ensemble
