#include "CommandLine.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QUrl>

namespace ensemble {

LaunchOptions CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Ensemble, a code editor in which several people edit one document at once.")
        + u'\n'
        //: --help: the two other ways to start the program; keep the commands as they are.
        + tr("Also: ensemble --serve [OPTIONS] runs the room server alone, without a display "
             "(ensemble --serve --help lists its options); ensemble --generate-certificate DIR "
             "writes a certificate for it."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption host(
        QStringLiteral("host"),
        tr("Share FILE (or a new document, or the whole folder DIR) in a session on port 7717 "
           "(any free port when that one is taken) and print the invite on standard output."));
    const QCommandLineOption join(QStringLiteral("join"),
                                  tr("Join the session of INVITE (ensemble://HOST:PORT/ROOM-ID)."),
                                  //: Value name in --help; the same word as INVITE above.
                                  tr("INVITE"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  tr("Your name in sessions, for this run only."),
                                  //: Value name in --help.
                                  tr("NAME"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  tr("With --host: the port to listen on (0: any free one)."),
                                  //: Value name in --help.
                                  tr("PORT"));
    const QCommandLineOption bind(
        QStringLiteral("bind"),
        tr("With --host: the address to listen on, e.g. 127.0.0.1 for this machine only."),
        //: Value name in --help.
        tr("ADDRESS"));
    parser.addOptions({host, port, bind, join, name});
    parser.addPositionalArgument(QStringLiteral("files"),
                                 tr("Files to open; a file that does not exist yet is created "
                                    "on the first save. An ensemble:// invite is joined."),
                                 //: Arguments in --help: the same words as FILE and INVITE above.
                                 tr("[FILE|INVITE...]"));
    parser.process(arguments);

    LaunchOptions options;
    options.host = parser.isSet(host);
    options.join = parser.value(join);
    options.name = parser.value(name);
    if (parser.isSet(port)) {
        bool ok = false;
        const uint value = parser.value(port).toUInt(&ok);
        if (ok && value <= 65535)
            options.port = quint16(value);
        else
            options.error
                = tr("--port takes a number from 0 to 65535, not “%1”.").arg(parser.value(port));
    }
    options.bind = parser.value(bind);
    if (!options.bind.isEmpty() && QHostAddress(options.bind).isNull())
        options.error
            = tr("--bind takes an IP address such as 127.0.0.1, not “%1”.").arg(options.bind);
    if ((options.port || !options.bind.isEmpty()) && !options.host && options.error.isEmpty())
        options.error = tr("--port and --bind go with --host.");
    for (const QString &argument : parser.positionalArguments()) {
        const QString scheme = argument.section(u':', 0, 0).toLower();
        if (scheme == QLatin1String("ensemble") || scheme == QLatin1String("ws")
            || scheme == QLatin1String("wss"))
            options.join = argument;
        else if (scheme == QLatin1String("file") && argument.startsWith(QLatin1String("file:")))
            options.files.append(QUrl(argument).toLocalFile());
        else
            options.files.append(QDir::current().absoluteFilePath(argument));
    }
    // --host DIR shares the folder; opening it as a file would fail.
    if (options.host && !options.files.isEmpty() && QFileInfo(options.files.constFirst()).isDir())
        options.hostFolder = QDir::cleanPath(options.files.takeFirst());
    return options;
}

QString CommandLine::nameOption(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (argument == QLatin1String("--"))
            break;
        if ((argument == QLatin1String("--name") || argument == QLatin1String("-name"))
            && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (argument.startsWith(QLatin1String("--name=")))
            return argument.mid(7);
    }
    return {};
}

bool CommandLine::asksForHelpOrVersion(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--")
            break;
        if (argument == "--help" || argument == "-h" || argument == "--help-all"
            || argument == "--version" || argument == "-v")
            return true;
    }
    return false;
}

QStringList CommandLine::filesToOpen(const QStringList &arguments)
{
    return parse(arguments).files;
}

} // namespace ensemble
