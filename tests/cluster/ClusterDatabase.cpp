#include "ClusterDatabase.h"

namespace ensemble::test {

bool ClusterDatabase::start()
{
    m_cluster = std::make_unique<PgCluster>();
    if (!m_cluster->isRunning()) {
        m_error = m_cluster->error();
        return false;
    }
    auto store = ClusterStore::open(m_cluster->conninfo(), QStringLiteral("checker"), {});
    if (!store) {
        m_error = store.error().message;
        return false;
    }
    m_store = std::move(store).value();
    auto sql = PgConnection::open(m_cluster->conninfo());
    if (!sql) {
        m_error = sql.error().message;
        return false;
    }
    m_sql = std::move(sql).value();
    return true;
}

} // namespace ensemble::test
