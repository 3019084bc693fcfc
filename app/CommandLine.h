#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ensemble {

// The GUI's command line: `ensemble [FILE...]`, plus --help and --version.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(ensemble::CommandLine)

public:
    // Absolute paths of the files named, resolved against the working directory. Handles
    // --help and --version itself (they print and exit, as QCommandLineParser does).
    static QStringList filesToOpen(const QStringList &arguments);
};

} // namespace ensemble
