#pragma once

#include <QString>

namespace ensemble::test {

/// What happened in one or more sessions.
struct ChaosStats
{
    int sessions = 0;
    int clients = 0;
    int edits = 0;
    int tokens = 0; ///< tokens typed (each must be in the final text once)
    int confirmedTokens = 0; ///< of those, confirmed to their author before the faults healed
    int cuts = 0; ///< connections cut (abort, mid-stream or orderly)
    int refusals = 0; ///< periods in which a client's connections were refused
    int stalls = 0; ///< periods in which a link passed nothing, then everything
    int blackHoles = 0; ///< periods in which a link silently lost its connections
    int latencyChanges = 0;
    int crashes = 0; ///< server kills, restarted from what the OS had at that moment
    int restarts = 0; ///< orderly server restarts
    int lostWriteRestarts = 0; ///< restarts from an older copy of the data directory
    int tokensTakenBack = 0; ///< tokens gone with the revisions such restarts took back
    int outOfStep = 0; ///< clients offered revisions such restarts had handed out again
    int merges = 0; ///< rejoins that changed a client's text
    int remoteSelections = 0; ///< relayed selections, each checked to lie in the text

    ChaosStats &operator+=(const ChaosStats &other);
    /// One line for the test log.
    QString summary() const;
};

} // namespace ensemble::test
