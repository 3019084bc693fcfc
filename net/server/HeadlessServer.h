#pragma once

#include "ServerConfig.h"
#include "ot/Result.h"

#include <QHostAddress>
#include <QStringList>

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
    };

    /// Whether @p argv asks for headless mode (contains --serve).
    static bool requested(int argc, char **argv);
    /// Parses `--serve [--port N] [--bind ADDR] [--data-dir DIR] [--no-create]
    /// [--password-file FILE] [--cert FILE --key FILE]` and the limits (LimitOptions).
    static Result<Options> parse(const QStringList &arguments);
    /// Creates the QCoreApplication, runs the server until a signal arrives, returns the exit
    /// code (0 after a clean shutdown, 2 for bad arguments, 1 when it cannot start).
    static int run(int argc, char **argv);
};

} // namespace ensemble
