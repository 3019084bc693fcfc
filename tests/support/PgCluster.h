#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace ensemble::test {

/// A PostgreSQL cluster of the test's own: initdb into a temporary folder, a free port on
/// 127.0.0.1, stopped and removed with the object. Runs as the `postgres` user when the test
/// runs as root (initdb refuses root).
class PgCluster
{
public:
    PgCluster();
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    /// Whether the cluster was made and started; error() says why not.
    bool isRunning() const { return m_running; }
    QString error() const { return m_error; }
    /// A libpq connection string for it.
    QByteArray conninfo() const;
    quint16 port() const { return m_port; }
    /// Stops the server (fast shutdown: connections are cut), as an outage would.
    bool stop();
    /// Starts it again on the same port.
    bool start();

private:
    bool run(const QString &program, const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_bin;
    quint16 m_port = 0;
    bool m_running = false;
    QString m_error;
};

} // namespace ensemble::test
