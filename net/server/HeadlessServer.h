#pragma once

#include "DurableJournal.h"
#include "ServerConfig.h"
#include "ot/Result.h"

#include <QHostAddress>
#include <QStringList>
#include <functional>

namespace ensemble {

/// `ensemble --serve`: a RoomServer with no display, logging to stderr, stopping cleanly (every
/// room saved) on SIGINT or SIGTERM.
class HeadlessServer
{
public:
    /// What the command line asked for.
    struct Options
    {
        QHostAddress bind = QHostAddress::Any;
        quint16 port = 7717;
        ServerConfig config;
        /// Set by --store: the rooms live in a database shared with other servers.
        std::optional<JournalOptions> journal;
    };
    /// Makes the durable journal --store asks for (cluster/ has the one for PostgreSQL).
    using JournalFactory = std::function<DurableJournal *(const JournalOptions &, QObject *)>;

    /// Whether @p argv asks for headless mode (contains --serve).
    static bool requested(int argc, char **argv);
    /// Parses `--serve [--port N] [--bind ADDR] [--data-dir DIR] [--no-create]
    /// [--password-file FILE] [--cert FILE --key FILE]`, the limits (LimitOptions) and the
    /// shared store (StoreOptions).
    static Result<Options> parse(const QStringList &arguments);
    /// Creates the QCoreApplication, runs the server until a signal arrives, returns the exit
    /// code (0 after a clean shutdown, 2 for bad arguments, 1 when it cannot start, the store
    /// included). @p journals serves --store; without it --store is refused.
    static int run(int argc, char **argv, const JournalFactory &journals = {});
};

} // namespace ensemble
