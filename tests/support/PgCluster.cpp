#include "PgCluster.h"

#include <QDir>
#include <QProcess>
#include <QTcpServer>
#include <QVersionNumber>

#include <pwd.h>
#include <unistd.h>

namespace ensemble::test {

namespace {

// Debian keeps the server's programs under /usr/lib/postgresql/VERSION/bin, off the PATH.
QString serverBinDir()
{
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a) < QVersionNumber::fromString(b);
    });
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString bin = root.filePath(*it + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return {};
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

PgCluster::PgCluster()
    : m_bin(serverBinDir())
{
    if (m_bin.isEmpty()) {
        m_error = QStringLiteral("PostgreSQL's server is not installed (no "
                                 "/usr/lib/postgresql/*/bin/initdb): install `postgresql`");
        return;
    }
    if (geteuid() == 0) {
        const passwd *user = getpwnam("postgres");
        if (!user
            || chown(QFile::encodeName(m_dir.path()).constData(), user->pw_uid, user->pw_gid)) {
            m_error
                = QStringLiteral("running as root needs the `postgres` user to own the cluster");
            return;
        }
    }
    m_port = freePort();
    if (!run(m_bin + QStringLiteral("/initdb"),
             {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-A"),
              QStringLiteral("trust"), QStringLiteral("-U"), QStringLiteral("ensemble"),
              QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-sync")}))
        return;
    m_running = start();
}

PgCluster::~PgCluster()
{
    if (m_running)
        stop();
}

QByteArray PgCluster::conninfo() const
{
    return QByteArrayLiteral("host=127.0.0.1 port=") + QByteArray::number(m_port)
        + QByteArrayLiteral(" user=ensemble dbname=postgres connect_timeout=5");
}

bool PgCluster::start()
{
    m_running = run(
        m_bin + QStringLiteral("/pg_ctl"),
        {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-l"),
         m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-o"),
         QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1").arg(m_port).arg(m_dir.path()),
         QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
         QStringLiteral("start")});
    return m_running;
}

bool PgCluster::stop()
{
    const bool stopped
        = run(m_bin + QStringLiteral("/pg_ctl"),
              {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
               QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
    m_running = !stopped;
    return stopped;
}

bool PgCluster::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (geteuid() == 0)
        process.start(QStringLiteral("runuser"),
                      QStringList {QStringLiteral("-u"), QStringLiteral("postgres"),
                                   QStringLiteral("--"), program}
                          + arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed: %2")
                      .arg(QFileInfo(program).fileName(),
                           QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

} // namespace ensemble::test
