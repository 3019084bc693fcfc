#include "hosting/HostThread.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QTimer>

namespace ensemble {

namespace {

// How long the connections of a closed room get to finish closing (their last frames leaving).
constexpr int closingMs = 1000;

} // namespace

HostThread::HostThread(ServerConfig config, QObject *parent)
    : QThread(parent)
    , m_config(std::move(config))
{
    setObjectName(QStringLiteral("Ensemble host"));
}

HostThread::~HostThread()
{
    // Once the application object is being destroyed, no event reaches any thread (the closing
    // timer's neither): the connections could not finish closing any more.
    if (!m_finishing || QCoreApplication::closingDown())
        quit();
    wait();
}

void HostThread::launch()
{
    start();
    m_ready.acquire();
}

void HostThread::finish(const QString &roomId)
{
    m_finishing = true;
    call([this, &roomId](RoomServer &server) {
        server.removeRoom(roomId);
        m_removeDataDir = true;
        // Every QWebSocket must be gone before the server, which owns the TCP sockets; the
        // room_closed notices and close frames just sent leave first.
        auto *closing = new QTimer(&server);
        const QDeadlineTimer deadline(closingMs);
        connect(closing, &QTimer::timeout, &server, [this, &server, deadline] {
            if (server.connectionCount() == 0 || deadline.hasExpired())
                quit();
        });
        closing->start(10);
    });
}

void HostThread::run()
{
    {
        RoomServer server(m_config);
        m_server = &server;
        m_ready.release();
        exec();
    }
    // Only once the server is gone: until then its lock file is in the directory.
    if (m_removeDataDir && !m_config.dataDir.isEmpty())
        QDir(m_config.dataDir).removeRecursively();
}

} // namespace ensemble
