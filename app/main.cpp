#include "ClusterRoomJournal.h"
#include "CommandLine.h"
#include "Settings.h"
#include "SignalShutdown.h"
#include "Translations.h"
#include "Version.h"
#include "hosting/CertificateCommand.h"
#include "server/HeadlessServer.h"
#include "session/LaunchSession.h"
#include "window/MainWindow.h"
#include "window/ThemeController.h"

#include <QApplication>
#include <QIcon>
#include <cstdio>

namespace {

// Qt aborts with a cryptic plugin error when no display is reachable; say what to do instead.
bool displayAvailable()
{
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

} // namespace

int main(int argc, char *argv[])
{
    // `ensemble --serve ...`: the room server alone, no display needed (see net/server).
    if (ensemble::HeadlessServer::requested(argc, argv))
        return ensemble::HeadlessServer::run(argc, argv, &ensemble::ClusterRoomJournal::make);
    // `ensemble --generate-certificate DIR`: a certificate for the headless server.
    if (ensemble::CertificateCommand::requested(argc, argv)) {
        QCoreApplication app(argc, argv);
        return ensemble::CertificateCommand::run(QCoreApplication::arguments());
    }
    // --help and --version print text: no display needed.
    if (ensemble::CommandLine::asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        // The names locate the settings, where the chosen interface language is.
        QCoreApplication::setApplicationName(QStringLiteral("Ensemble"));
        QCoreApplication::setOrganizationName(QStringLiteral("Ensemble"));
        QCoreApplication::setApplicationVersion(ensemble::applicationVersion());
        ensemble::Translations translations;
        translations.apply(ensemble::Translations::preferredLocale());
        ensemble::CommandLine::parse(QCoreApplication::arguments());
        return 0;
    }
    if (!displayAvailable()) {
        std::fputs("ensemble: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                   "Run it in a desktop session, or under a virtual display:\n"
                   "    xvfb-run -a ensemble\n",
                   stderr);
        return 2;
    }
    // Read before QApplication: Qt's X11 platform takes --name for itself and removes it.
    const QString name = ensemble::CommandLine::nameOption(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Ensemble"));
    QApplication::setOrganizationName(QStringLiteral("Ensemble"));
    QApplication::setApplicationVersion(ensemble::applicationVersion());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ensemble.svg")));
    QApplication::setDesktopFileName(QStringLiteral("io.github.ensemble.Ensemble"));
    ensemble::Translations translations;
    translations.apply(ensemble::Translations::preferredLocale());
    ensemble::LaunchOptions launch = ensemble::CommandLine::parse(QApplication::arguments());
    launch.name = name;
    if (!launch.error.isEmpty()) {
        std::fprintf(stderr, "ensemble: %s\n", qPrintable(launch.error));
        return 2;
    }

    ensemble::Settings settings;
    ensemble::ThemeController theme(settings);
    ensemble::MainWindow window(settings);
    window.show();
    // A window that only joins a room needs no empty document beside the shared one.
    if (!launch.files.isEmpty() || launch.join.isEmpty())
        window.openStartupFiles(launch.files);
    ensemble::SignalShutdown signalShutdown(window);
    // A script that hosts or joins must not wait on a question nobody may be there to answer;
    // an interrupted room stays for the next start by hand.
    if (!launch.host && launch.join.isEmpty())
        window.offerInterruptedHosting();
    ensemble::launchSession(window, launch);
    return QApplication::exec();
}
