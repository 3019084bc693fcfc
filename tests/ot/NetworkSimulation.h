#pragma once

#include "ot/ClientState.h"
#include "ot/ServerDocument.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QString>

#include <deque>

namespace ensemble::test {

// Knobs for one simulated room.
struct SimulationConfig
{
    int clients = 3;
    int steps = 150; // ticks of editing before everyone settles
    double disconnectChance = 0.0; // per online client per tick
    qsizetype logBound = 10'000; // the server's operation log bound
    bool preferTextRejoin = false; // rejoin by full text even when operations are available
};

// N clients and a ServerDocument exchanging messages through links with random delays (FIFO
// per link, as TCP gives), clients dropping off and rejoining. Every edit inserts a unique
// marker line "<...>" between lines or deletes whole lines, so the final text can be checked
// marker by marker.
class NetworkSimulation
{
public:
    NetworkSimulation(quint32 seed, const SimulationConfig &config);

    // Runs to quiescence; false with *failure describing the first broken expectation.
    bool run(QString *failure);
    int rejoinsByOperations() const { return m_rejoinsByOperations; }
    int rejoinsByText() const { return m_rejoinsByText; }
    int relayedSelections() const { return m_relayedSelections; }

private:
    struct Message
    {
        enum class Kind { Operation, Ack, Remote, Selection } kind;
        TextOperation op;
        std::optional<Selection> selection; // the sender's caret, with an op or on its own
        qint64 revision = 0;
        quint64 seq = 0;
        qint64 deliverAt = 0;
    };
    struct Link
    {
        std::deque<Message> queue;
        qint64 lastDelivery = 0;
    };
    struct Peer
    {
        ClientState state;
        QString editor;
        qsizetype caret = 0; // in editor, moved by every edit as an editor moves it
        bool caretDirty = false;
        bool online = true;
        Link up;
        Link down;
    };

    void send(Link &link, Message message);
    bool edit(Peer &peer, int index);
    bool flush(Peer &peer);
    bool deliverDue();
    bool serverReceives(int from, const Message &message);
    bool relay(int from, qint64 revision, const std::optional<Selection> &selection,
               const TextOperation *op);
    bool clientReceives(Peer &peer, const Message &message);
    bool disconnect(int index);
    bool rejoin(int index, bool byText = false);
    bool settle();
    bool check();
    bool fail(const QString &why);

    QRandomGenerator m_random;
    SimulationConfig m_config;
    ServerDocument m_server;
    QList<Peer> m_peers;
    qint64 m_now = 0;
    int m_markers = 0;
    QSet<QString> m_inserted;
    QSet<QString> m_deleted;
    int m_rejoinsByOperations = 0;
    int m_rejoinsByText = 0;
    int m_relayedSelections = 0;
    QString m_failure;
};

} // namespace ensemble::test
