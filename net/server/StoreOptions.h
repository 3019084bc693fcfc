#pragma once

#include "DurableJournal.h"
#include "ot/Result.h"

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;

namespace ensemble {

/// The options of `ensemble --serve` that make the server one of several sharing PostgreSQL
/// (docs/DEPLOYMENT.md): `--store postgresql` with the connection string from `--store-file`
/// or ENSEMBLE_STORE (never the command line, where `ps` shows it), `--lease`,
/// `--public-address` and `--server-name`.
class StoreOptions
{
public:
    /// The environment variable that may hold the connection string.
    static constexpr const char *environmentVariable = "ENSEMBLE_STORE";

    /// Every option, with a translated description.
    static QList<QCommandLineOption> options();
    /// What @p parser asks for: nothing without --store; "bad_arguments" for a missing or
    /// unreadable connection string, a bad lease or address, or --data-dir given as well.
    /// @p port names the server by default.
    static Result<std::optional<JournalOptions>> read(const QCommandLineParser &parser,
                                                      quint16 port);
};

} // namespace ensemble
