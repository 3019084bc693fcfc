#pragma once

#include "ClusterStore.h"
#include "PgCluster.h"
#include "PgConnection.h"

#include <memory>

namespace ensemble::test {

/// The PostgreSQL of one cluster test, with what the test reads the servers' writes through: a
/// store of its own (server name "checker") and a plain connection for SQL.
class ClusterDatabase
{
public:
    /// Starts the database and opens both; false, with error() saying why, when one failed.
    bool start();
    QString error() const { return m_error; }

    PgCluster &cluster() const { return *m_cluster; }
    QByteArray conninfo() const { return m_cluster->conninfo(); }
    ClusterStore &store() const { return *m_store; }
    PgConnection &sql() const { return *m_sql; }

private:
    std::unique_ptr<PgCluster> m_cluster;
    std::unique_ptr<ClusterStore> m_store;
    std::unique_ptr<PgConnection> m_sql;
    QString m_error;
};

} // namespace ensemble::test
