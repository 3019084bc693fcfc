#pragma once

#include <QProcess>
#include <QString>

namespace ensemble::test {

/// One `ensemble --serve --store postgresql` child process on 127.0.0.1 (the cluster tests'
/// ensemble_test_cluster_serve), its log kept for the test to read.
class ServerProcess
{
public:
    ServerProcess() = default;
    ~ServerProcess() { kill(); }
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    /// Starts server @p name on a free port, with the connection string @p conninfo in its
    /// environment and leases of @p leaseSeconds; waits until it listens. Clients are sent to it
    /// at @p publicPort (a proxy in front of it) if given, else at its own port; @p options are
    /// added to its command line.
    bool start(const QByteArray &conninfo, const QString &name, double leaseSeconds,
               quint16 publicPort = 0, const QStringList &options = {});
    /// kill -9.
    void kill();
    /// SIGSTOP and SIGCONT.
    void pause();
    void resume();
    /// What it logged so far.
    QString log();
    /// ws://127.0.0.1:PORT, its own port.
    QString address() const;
    quint16 port() const { return m_port; }

private:
    QProcess m_process;
    QString m_log;
    quint16 m_port = 0;
};

} // namespace ensemble::test
