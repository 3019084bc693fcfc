#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QTcpServer>
#include <QThread>

#include <csignal>

namespace ensemble::test {

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

bool ServerProcess::start(const QByteArray &conninfo, const QString &name, double leaseSeconds,
                          quint16 publicPort, const QStringList &options)
{
    m_port = freePort();
    const QString publicAddress
        = publicPort ? QStringLiteral("ws://127.0.0.1:%1").arg(publicPort) : address();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ENSEMBLE_STORE"), QString::fromUtf8(conninfo));
    m_process.setProcessEnvironment(environment);
    m_process.start(QStringLiteral(ENSEMBLE_TEST_CLUSTER_SERVE),
                    QStringList {QStringLiteral("--serve"), QStringLiteral("--bind"),
                                 QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                                 QString::number(m_port), QStringLiteral("--store"),
                                 QStringLiteral("postgresql"), QStringLiteral("--lease"),
                                 QString::number(leaseSeconds), QStringLiteral("--public-address"),
                                 publicAddress, QStringLiteral("--server-name"), name}
                        + options);
    // Started once it logs where it serves (after the database answered and it listens).
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
        m_process.waitForReadyRead(100);
        if (log().contains(QLatin1String("serving")))
            return true;
    }
    return false;
}

void ServerProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

void ServerProcess::pause()
{
    ::kill(pid_t(m_process.processId()), SIGSTOP);
}

void ServerProcess::resume()
{
    ::kill(pid_t(m_process.processId()), SIGCONT);
}

QString ServerProcess::log()
{
    m_log += QString::fromLocal8Bit(m_process.readAllStandardError());
    return m_log;
}

QString ServerProcess::address() const
{
    return QStringLiteral("ws://127.0.0.1:%1").arg(m_port);
}

} // namespace ensemble::test
