#include "CommandLine.h"

#include <QCommandLineParser>
#include <QDir>

namespace ensemble {

QStringList CommandLine::filesToOpen(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Ensemble, a code editor in which several people edit one document at once."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 tr("Files to open; a file that does not exist yet is created "
                                    "on the first save."),
                                 tr("[FILE...]"));
    parser.process(arguments);
    QStringList files;
    for (const QString &argument : parser.positionalArguments())
        files.append(QDir::current().absoluteFilePath(argument));
    return files;
}

} // namespace ensemble
