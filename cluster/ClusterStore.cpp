#include "ClusterStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ensemble {

namespace {

// One transaction under an advisory lock, so servers starting together do not race to create
// the same tables.
constexpr const char *schema = R"(
SET client_min_messages = warning;
BEGIN;
SELECT pg_advisory_xact_lock(7717);
CREATE TABLE IF NOT EXISTS ensemble_leases (
    session text PRIMARY KEY,
    server text NOT NULL,
    address text NOT NULL,
    fence bigint NOT NULL,
    expires timestamptz NOT NULL);
CREATE SEQUENCE IF NOT EXISTS ensemble_fences;
CREATE TABLE IF NOT EXISTS ensemble_snapshots (
    session text NOT NULL,
    doc text NOT NULL,
    revision bigint NOT NULL,
    content text NOT NULL,
    language text NOT NULL,
    PRIMARY KEY (session, doc));
ALTER TABLE ensemble_snapshots ADD COLUMN IF NOT EXISTS epoch text NOT NULL DEFAULT '';
ALTER TABLE ensemble_snapshots ADD COLUMN IF NOT EXISTS salt text NOT NULL DEFAULT '';
ALTER TABLE ensemble_snapshots ADD COLUMN IF NOT EXISTS state text NOT NULL DEFAULT '';
CREATE TABLE IF NOT EXISTS ensemble_sessions (
    session text PRIMARY KEY,
    record text NOT NULL DEFAULT '',
    chat text NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS ensemble_ops (
    session text NOT NULL,
    doc text NOT NULL,
    revision bigint NOT NULL,
    fence bigint NOT NULL,
    op text NOT NULL,
    client text NOT NULL,
    seq bigint NOT NULL,
    author text NOT NULL,
    at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (session, doc, revision));
COMMIT;
)";

// The lease check every write carries: the fence is the session's and has not run out.
#define ENSEMBLE_HOLDS_LEASE                                                                       \
    "EXISTS (SELECT 1 FROM ensemble_leases l WHERE l.session = $1 AND l.fence = $2 "               \
    "AND l.expires > now())"

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

QByteArray interval(qint64 ms)
{
    return number(ms) + " milliseconds";
}

} // namespace

Result<std::unique_ptr<ClusterStore>>
ClusterStore::open(const QByteArray &conninfo, const QString &server, const QString &address)
{
    auto connection = PgConnection::open(conninfo);
    if (!connection)
        return connection.error();
    if (auto created = connection.value()->execScript(schema); !created)
        return created.error();
    return std::unique_ptr<ClusterStore>(
        new ClusterStore(std::move(connection).value(), server, address));
}

ClusterStore::ClusterStore(std::unique_ptr<PgConnection> connection, QString server,
                           QString address)
    : m_db(std::move(connection))
    , m_server(std::move(server))
    , m_address(std::move(address))
{
}

Result<std::variant<Lease, LeaseHolder>> ClusterStore::acquire(const QString &session, qint64 ttlMs)
{
    // A new fence on every take-over; the row changes only if the lease is free or ran out by
    // the database's clock, the one clock all servers share.
    auto taken = m_db->exec(
        "INSERT INTO ensemble_leases (session, server, address, fence, expires) "
        "VALUES ($1, $2, $3, nextval('ensemble_fences'), now() + $4::interval) "
        "ON CONFLICT (session) DO UPDATE SET server = EXCLUDED.server, "
        "address = EXCLUDED.address, fence = EXCLUDED.fence, expires = EXCLUDED.expires "
        "WHERE ensemble_leases.expires <= now() RETURNING fence",
        {session.toUtf8(), m_server.toUtf8(), m_address.toUtf8(), interval(ttlMs)});
    if (!taken)
        return taken.error();
    if (!taken.value().rows.isEmpty())
        return std::variant<Lease, LeaseHolder>(
            Lease {session, taken.value().rows[0][0].toLongLong()});
    auto holder = m_db->exec("SELECT server, address FROM ensemble_leases WHERE session = $1",
                             {session.toUtf8()});
    if (!holder)
        return holder.error();
    if (holder.value().rows.isEmpty()) // Released between the two statements: try again.
        return acquire(session, ttlMs);
    const QList<QByteArray> &row = holder.value().rows[0];
    return std::variant<Lease, LeaseHolder>(
        LeaseHolder {QString::fromUtf8(row[0]), QString::fromUtf8(row[1])});
}

Result<bool> ClusterStore::renew(const Lease &lease, qint64 ttlMs)
{
    auto renewed = m_db->exec("UPDATE ensemble_leases SET expires = now() + $3::interval "
                              "WHERE session = $1 AND fence = $2 AND expires > now()",
                              {lease.session.toUtf8(), number(lease.fence), interval(ttlMs)});
    if (!renewed)
        return renewed.error();
    return renewed.value().changed == 1;
}

Result<std::monostate> ClusterStore::release(const Lease &lease)
{
    auto released = m_db->exec("DELETE FROM ensemble_leases WHERE session = $1 AND fence = $2",
                               {lease.session.toUtf8(), number(lease.fence)});
    if (!released)
        return released.error();
    return success();
}

Result<ClusterStore::Write> ClusterStore::append(const Lease &lease, const QString &doc,
                                                 const QList<StoredOp> &ops)
{
    QJsonArray rows;
    for (const StoredOp &op : ops) {
        rows.append(QJsonObject {{QStringLiteral("revision"), op.revision},
                                 {QStringLiteral("op"), QString::fromUtf8(op.op)},
                                 {QStringLiteral("client"), op.client},
                                 {QStringLiteral("seq"), op.seq},
                                 {QStringLiteral("author"), op.author}});
    }
    // One statement, so the batch is written whole or not at all.
    return fenced(m_db->exec(
        "INSERT INTO ensemble_ops (session, doc, revision, fence, op, client, seq, author) "
        "SELECT $1, $3, r.revision, $2, r.op, r.client, r.seq, r.author "
        "FROM json_to_recordset($4::json) AS r(revision bigint, op text, client text, "
        "seq bigint, author text) WHERE " ENSEMBLE_HOLDS_LEASE,
        {lease.session.toUtf8(), number(lease.fence), doc.toUtf8(),
         QJsonDocument(rows).toJson(QJsonDocument::Compact)}));
}

Result<ClusterStore::Write> ClusterStore::saveSnapshot(const Lease &lease, const QString &doc,
                                                       qint64 revision, const QByteArray &text,
                                                       const QString &language,
                                                       const QString &epoch, const QByteArray &salt)
{
    return saveSnapshot(lease, StoredDocument {doc, epoch, revision, text, language, {}, salt, {}});
}

Result<ClusterStore::Write> ClusterStore::saveSnapshot(const Lease &lease, const StoredDocument &d)
{
    return fenced(m_db->exec(
        "INSERT INTO ensemble_snapshots (session, doc, revision, content, language, epoch, salt, "
        "state) SELECT $1, $3, $4, $5, coalesce($6, ''), coalesce($7, ''), coalesce($8, ''), "
        "coalesce($9, '') WHERE " ENSEMBLE_HOLDS_LEASE " "
        "ON CONFLICT (session, doc) DO UPDATE SET revision = EXCLUDED.revision, "
        "content = EXCLUDED.content, language = EXCLUDED.language, epoch = EXCLUDED.epoch, "
        "salt = EXCLUDED.salt, state = EXCLUDED.state",
        {lease.session.toUtf8(), number(lease.fence), d.doc.toUtf8(), number(d.revision), d.text,
         d.language.toUtf8(), d.epoch.toUtf8(), d.salt, d.state}));
}

Result<ClusterStore::Write> ClusterStore::saveRecord(const Lease &lease, const QByteArray &record)
{
    return saveSessionColumn(lease, "record", record);
}

Result<ClusterStore::Write> ClusterStore::saveChat(const Lease &lease, const QByteArray &chat)
{
    return saveSessionColumn(lease, "chat", chat);
}

Result<ClusterStore::Write> ClusterStore::saveSessionColumn(const Lease &lease, const char *column,
                                                            const QByteArray &value)
{
    // @p column is one of the two names above, never input.
    const QByteArray name(column);
    const QByteArray sql = "INSERT INTO ensemble_sessions (session, " + name
        + ") SELECT $1, $3 WHERE " ENSEMBLE_HOLDS_LEASE " ON CONFLICT (session) DO UPDATE SET "
        + name + " = EXCLUDED." + name;
    return fenced(
        m_db->exec(sql.constData(), {lease.session.toUtf8(), number(lease.fence), value}));
}

Result<StoredSession> ClusterStore::loadSession(const QString &session)
{
    auto found = m_db->exec("SELECT record, chat FROM ensemble_sessions WHERE session = $1",
                            {session.toUtf8()});
    if (!found)
        return found.error();
    StoredSession stored;
    if (!found.value().rows.isEmpty()) {
        stored.record = found.value().rows[0][0];
        stored.chat = found.value().rows[0][1];
    }
    return stored;
}

Result<QStringList> ClusterStore::documents(const QString &session)
{
    auto found = m_db->exec("SELECT doc FROM ensemble_snapshots WHERE session = $1 UNION "
                            "SELECT DISTINCT doc FROM ensemble_ops WHERE session = $1 ORDER BY 1",
                            {session.toUtf8()});
    if (!found)
        return found.error();
    QStringList ids;
    for (const QList<QByteArray> &row : found.value().rows)
        ids.append(QString::fromUtf8(row[0]));
    return ids;
}

Result<ClusterStore::Write> ClusterStore::fenced(const Result<PgRows> &result)
{
    if (!result) {
        if (result.error().code == QLatin1String(PgConnection::uniqueViolation))
            return Write::Duplicate;
        return result.error();
    }
    return result.value().changed > 0 ? Write::Written : Write::NotOwner;
}

Result<std::optional<StoredDocument>> ClusterStore::load(const QString &session, const QString &doc)
{
    auto snapshot = m_db->exec("SELECT revision, content, language, epoch, salt, state "
                               "FROM ensemble_snapshots "
                               "WHERE session = $1 AND doc = $2",
                               {session.toUtf8(), doc.toUtf8()});
    if (!snapshot)
        return snapshot.error();
    StoredDocument stored;
    stored.doc = doc;
    if (!snapshot.value().rows.isEmpty()) {
        const QList<QByteArray> &row = snapshot.value().rows[0];
        stored.revision = row[0].toLongLong();
        stored.text = row[1];
        stored.language = QString::fromUtf8(row[2]);
        stored.epoch = QString::fromUtf8(row[3]);
        stored.salt = row[4];
        stored.state = row[5];
    }
    auto ops = m_db->exec("SELECT revision, op, client, seq, author FROM ensemble_ops "
                          "WHERE session = $1 AND doc = $2 AND revision > $3 ORDER BY revision",
                          {session.toUtf8(), doc.toUtf8(), number(stored.revision)});
    if (!ops)
        return ops.error();
    if (snapshot.value().rows.isEmpty() && ops.value().rows.isEmpty())
        return std::optional<StoredDocument>();
    qint64 expected = stored.revision + 1;
    for (const QList<QByteArray> &row : ops.value().rows) {
        StoredOp op {row[0].toLongLong(), row[1], QString::fromUtf8(row[2]), row[3].toLongLong(),
                     QString::fromUtf8(row[4])};
        if (op.revision != expected) {
            return Error {QStringLiteral("storage_failed"),
                          QStringLiteral("document %1 of session %2 misses revision %3")
                              .arg(doc, session)
                              .arg(expected)};
        }
        ++expected;
        stored.ops.append(op);
    }
    return std::optional<StoredDocument>(std::move(stored));
}

} // namespace ensemble
