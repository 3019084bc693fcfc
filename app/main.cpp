#include "CodeEditor.h"
#include "Version.h"
#include "server/HeadlessServer.h"

#include <QApplication>
#include <QMainWindow>
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
        return ensemble::HeadlessServer::run(argc, argv);
    if (!displayAvailable()) {
        std::fputs("ensemble: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                   "Run it in a desktop session, or under a virtual display:\n"
                   "    xvfb-run -a ensemble\n",
                   stderr);
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Ensemble"));
    QApplication::setOrganizationName(QStringLiteral("Ensemble"));
    QApplication::setApplicationVersion(ensemble::applicationVersion());

    QMainWindow window;
    window.setCentralWidget(new ensemble::CodeEditor(&window));
    window.resize(1000, 700);
    window.show();
    return QApplication::exec();
}
