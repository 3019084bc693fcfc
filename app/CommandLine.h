#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace ensemble {

// What the GUI was asked to do at start.
struct LaunchOptions
{
    QStringList files; // absolute paths
    bool host = false; // share the first file (or a new document) and print the invite
    QString hostFolder; // with host: the folder to share instead (absolute), from --host DIR
    std::optional<quint16> port; // --port for --host (0: a free one); unset: 7717 or a free one
    QString bind; // --bind ADDRESS for --host; empty: every interface
    QString error; // why the command line cannot be used, to print before exiting
    QString join; // an invite to join, as given (checked when it is used)
    QString name; // display name for this run only
};

// The GUI's command line: `ensemble [--host [--port PORT] [--bind ADDRESS]] [--join INVITE]
// [--name NAME] [FILE|DIR|URL...]` (--host with a folder shares the folder), plus --help and
// --version. URLs are what a desktop launcher passes
// (%U): ensemble://, ws:// and wss:// invites are joined, file:// URLs opened.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(ensemble::CommandLine)

public:
    // Handles --help and --version itself (they print and exit, as QCommandLineParser does).
    static LaunchOptions parse(const QStringList &arguments);
    // The value of --name NAME, -name NAME or --name=NAME in the raw arguments: Qt's X11
    // platform removes it from QCoreApplication::arguments(), so it is read before that exists.
    static QString nameOption(int argc, char **argv);
    // True when the raw arguments ask for --help or --version, which need no display.
    static bool asksForHelpOrVersion(int argc, char **argv);
    // The files of parse(), resolved against the working directory.
    static QStringList filesToOpen(const QStringList &arguments);
};

} // namespace ensemble
