#pragma once

#include "CommandLine.h"

namespace ensemble {

class MainWindow;

// Carries out the session part of the command line in window: --name, --host (the invite goes
// to standard output, so a script can hand it on) and --join. Failures are told to the user;
// false when hosting failed.
bool launchSession(MainWindow &window, const LaunchOptions &options);

} // namespace ensemble
