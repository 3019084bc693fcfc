#pragma once

#include "ChaosPeer.h"
#include "ChaosStats.h"
#include "TcpProxy.h"
#include "server/RoomServer.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <vector>

namespace ensemble::test {

/// What a chaos session may do besides the faults every session gets.
struct ChaosConfig
{
    /// Restarts may come back from a copy of the data directory taken a while before the kill,
    /// as after a power failure that lost the last writes (outside the durability promise).
    bool lostWrites = false;
};

/// One seeded session: a RoomServer with a data directory and 2-4 SessionClients, each behind its
/// own fault-injecting TcpProxy, typing a checkable workload (ChaosPeer) while links are cut,
/// refuse, stall and die silently and the server is killed and restarted from its data directory.
/// Then every fault heals and the session must converge with every token typed present once.
/// The seed fixes the schedule (which step does what: who types, which fault, for how many steps)
/// and each client's sequence of random choices; where an edit lands still depends on the text a
/// client has at that moment, which depends on the timing of the sockets.
class ChaosSession
{
public:
    ChaosSession(quint32 seed, ChaosConfig config);
    ~ChaosSession();

    /// Runs the session; empty when every check held, otherwise what broke.
    QString run();
    const ChaosStats &stats() const { return m_stats; }

private:
    struct Pending
    {
        int due; ///< the step it is due at
        std::function<void()> action;
    };

    QString setUp();
    void step();
    void injectFault();
    void killServer();
    QString startServer(const QString &dataDir);
    void later(int steps, std::function<void()> action);
    void runDue(bool all);
    QString heal();
    bool converged() const;
    QString check();
    QStringList checkAuthorship();
    QString checkDurableAfterCrash();
    QString dump() const;
    QString newDataDir();
    void pump(int ms);
    void trace(const QString &what) const;

    quint32 m_seed;
    ChaosConfig m_config;
    QRandomGenerator m_random;
    QTemporaryDir m_dir;
    int m_dirs = 0;
    QString m_dataDir;
    QString m_checkpoint; ///< an older crash image, for lost-write restarts
    ServerConfig m_serverConfig;
    std::unique_ptr<RoomServer> m_server;
    QString m_room;
    QString m_initialText;
    QStringList m_initialTokens;
    std::vector<std::unique_ptr<TcpProxy>> m_proxies;
    std::vector<std::unique_ptr<ChaosPeer>> m_peers;
    std::vector<Pending> m_pending;
    std::vector<qsizetype> m_confirmedBeforeHealing; ///< per peer
    QStringList m_warnings; ///< from the server, or about it
    QElapsedTimer m_clock;
    int m_step = 0;
    ChaosStats m_stats;
    bool m_trace = qEnvironmentVariableIsSet("ENSEMBLE_CHAOS_TRACE");
};

} // namespace ensemble::test
