#pragma once

#include "ot/Result.h"

#include <QByteArray>
#include <QList>

#include <memory>

struct pg_conn;

namespace ensemble {

/// What one SQL statement returned: its rows (text format, NULL as a null QByteArray) and how
/// many rows it changed.
struct PgRows
{
    QList<QList<QByteArray>> rows;
    qint64 changed = 0;
};

/// One libpq connection to PostgreSQL, used from one thread. A broken connection (the database
/// restarted, the network dropped) is opened again before the next statement, so a database
/// that comes back is used again without anyone reopening the store.
class PgConnection
{
public:
    /// SQLSTATE of a statement refused for a duplicate key (unique_violation).
    static constexpr const char *uniqueViolation = "23505";

    /// Connects with the libpq connection string @p conninfo; an Error naming the cause if not.
    static Result<std::unique_ptr<PgConnection>> open(const QByteArray &conninfo);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    /// Runs @p sql with $1, $2… bound to @p params (text; a null QByteArray is SQL NULL). On
    /// failure the Error's code is "storage_unavailable" when the server could not be reached
    /// and the SQLSTATE otherwise.
    Result<PgRows> exec(const char *sql, const QList<QByteArray> &params = {});
    /// Runs @p script, one or more statements without parameters (a schema, say).
    Result<PgRows> execScript(const char *script);

private:
    explicit PgConnection(pg_conn *connection);
    Result<PgRows> execOnce(const char *sql, const QList<QByteArray> *params);
    Result<PgRows> run(const char *sql, const QList<QByteArray> *params);

    pg_conn *m_connection;
};

} // namespace ensemble
