#include "PgConnection.h"

#include <libpq-fe.h>

#include <vector>

namespace ensemble {

namespace {

Error unavailable(PGconn *connection)
{
    return Error {QStringLiteral("storage_unavailable"),
                  QStringLiteral("the database cannot be reached: %1")
                      .arg(QString::fromUtf8(PQerrorMessage(connection)).trimmed())};
}

} // namespace

Result<std::unique_ptr<PgConnection>> PgConnection::open(const QByteArray &conninfo)
{
    PGconn *connection = PQconnectdb(conninfo.constData());
    if (PQstatus(connection) != CONNECTION_OK) {
        Error error = unavailable(connection);
        PQfinish(connection);
        return error;
    }
    return std::unique_ptr<PgConnection>(new PgConnection(connection));
}

PgConnection::PgConnection(pg_conn *connection)
    : m_connection(connection)
{
}

PgConnection::~PgConnection()
{
    PQfinish(m_connection);
}

Result<PgRows> PgConnection::exec(const char *sql, const QList<QByteArray> &params)
{
    return run(sql, &params);
}

Result<PgRows> PgConnection::execScript(const char *script)
{
    return run(script, nullptr);
}

Result<PgRows> PgConnection::run(const char *sql, const QList<QByteArray> *params)
{
    // A connection that broke (the database restarted, the network dropped) is opened again
    // before the next statement. A statement that failed is never sent again here: the failure
    // may have come after the database committed it, and only the caller knows whether running
    // it twice is harmless.
    if (PQstatus(m_connection) == CONNECTION_BAD) {
        PQreset(m_connection);
        if (PQstatus(m_connection) != CONNECTION_OK)
            return unavailable(m_connection);
    }
    return execOnce(sql, params);
}

Result<PgRows> PgConnection::execOnce(const char *sql, const QList<QByteArray> *params)
{
    std::vector<const char *> values;
    if (params) {
        values.reserve(size_t(params->size()));
        for (const QByteArray &param : *params)
            values.push_back(param.isNull() ? nullptr : param.constData());
    }
    // PQexec takes several statements at once; PQexecParams one, with its parameters.
    std::unique_ptr<PGresult, decltype(&PQclear)> result(
        params ? PQexecParams(m_connection, sql, int(values.size()), nullptr, values.data(),
                              nullptr, nullptr, 0)
               : PQexec(m_connection, sql),
        &PQclear);
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        if (PQstatus(m_connection) == CONNECTION_BAD)
            return unavailable(m_connection);
        const char *state = result ? PQresultErrorField(result.get(), PG_DIAG_SQLSTATE) : nullptr;
        return Error {QString::fromLatin1(state ? state : "storage_failed"),
                      QString::fromUtf8(PQerrorMessage(m_connection)).trimmed()};
    }
    PgRows rows;
    const int columns = PQnfields(result.get());
    for (int row = 0; row < PQntuples(result.get()); ++row) {
        QList<QByteArray> values;
        for (int column = 0; column < columns; ++column) {
            values.append(PQgetisnull(result.get(), row, column)
                              ? QByteArray()
                              : QByteArray(PQgetvalue(result.get(), row, column),
                                           PQgetlength(result.get(), row, column)));
        }
        rows.rows.append(values);
    }
    rows.changed = QByteArray(PQcmdTuples(result.get())).toLongLong();
    return rows;
}

} // namespace ensemble
