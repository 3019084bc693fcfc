#include "ChaosStats.h"

namespace ensemble::test {

ChaosStats &ChaosStats::operator+=(const ChaosStats &o)
{
    sessions += o.sessions;
    clients += o.clients;
    edits += o.edits;
    tokens += o.tokens;
    confirmedTokens += o.confirmedTokens;
    cuts += o.cuts;
    refusals += o.refusals;
    stalls += o.stalls;
    blackHoles += o.blackHoles;
    latencyChanges += o.latencyChanges;
    crashes += o.crashes;
    restarts += o.restarts;
    lostWriteRestarts += o.lostWriteRestarts;
    tokensTakenBack += o.tokensTakenBack;
    outOfStep += o.outOfStep;
    merges += o.merges;
    remoteSelections += o.remoteSelections;
    return *this;
}

QString ChaosStats::summary() const
{
    return QStringLiteral("%1 sessions, %2 clients, %3 edits, %4 tokens (%5 confirmed before the "
                          "faults healed); faults: %6 cuts, %7 refusals, %8 stalls, %9 black "
                          "holes, %10 latency changes, %11 server crashes, %12 orderly restarts, "
                          "%13 lost-write restarts (%14 tokens lost with them, %15 clients out of "
                          "step); %16 merges on rejoin, %17 remote selections checked")
        .arg(sessions)
        .arg(clients)
        .arg(edits)
        .arg(tokens)
        .arg(confirmedTokens)
        .arg(cuts)
        .arg(refusals)
        .arg(stalls)
        .arg(blackHoles)
        .arg(latencyChanges)
        .arg(crashes)
        .arg(restarts)
        .arg(lostWriteRestarts)
        .arg(tokensTakenBack)
        .arg(outOfStep)
        .arg(merges)
        .arg(remoteSelections);
}

} // namespace ensemble::test
