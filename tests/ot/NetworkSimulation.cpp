#include "NetworkSimulation.h"

#include <QHash>

namespace ensemble::test {

namespace {

QString clientName(int index)
{
    return QStringLiteral("client-%1").arg(index);
}

// The tokens of text in order; nothing when some character lies outside a complete token.
// The marker lines of text in order; nothing when some line is not one whole marker.
std::optional<QStringList> tokens(const QString &text)
{
    QStringList result;
    for (qsizetype at = 0; at < text.size();) {
        const qsizetype end = text.indexOf(u'\n', at);
        if (end < 0)
            return std::nullopt;
        const QStringView line = QStringView(text).mid(at, end - at);
        if (!line.startsWith(u'<') || !line.endsWith(u'>') || line.count(u'<') != 1
            || line.count(u'>') != 1)
            return std::nullopt;
        result.append(text.mid(at, end + 1 - at));
        at = end + 1;
    }
    return result;
}

} // namespace

NetworkSimulation::NetworkSimulation(quint32 seed, const SimulationConfig &config)
    : m_random(seed)
    , m_config(config)
    , m_server(QStringLiteral("<init.0>\n<init.1>\n<init.2>\n"), 0, config.logBound)
{
    const QStringList initial = *tokens(m_server.text());
    for (const QString &token : initial)
        m_inserted.insert(token);
    for (int i = 0; i < config.clients; ++i)
        m_peers.append(Peer {ClientState(clientName(i), m_server.text(), 0),
                             m_server.text(),
                             0,
                             false,
                             true,
                             {},
                             {}});
}

bool NetworkSimulation::fail(const QString &why)
{
    if (m_failure.isEmpty())
        m_failure = QStringLiteral("tick %1: %2").arg(m_now).arg(why);
    return false;
}

void NetworkSimulation::send(Link &link, Message message)
{
    // Random latency, but never overtaking the previous message on the same link.
    message.deliverAt = std::max(link.lastDelivery, m_now + 1 + m_random.bounded(8));
    link.lastDelivery = message.deliverAt;
    link.queue.push_back(std::move(message));
}

bool NetworkSimulation::edit(Peer &peer, int index)
{
    const QString &text = peer.editor;
    QList<qsizetype> boundaries {0};
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\n')
            boundaries.append(i + 1);
    }
    TextOperation op;
    if (boundaries.size() > 1 && m_random.bounded(100) < 35) {
        const qsizetype first = m_random.bounded(boundaries.size() - 1);
        const qsizetype last = std::min(first + 1 + m_random.bounded(2), boundaries.size() - 1);
        for (qsizetype k = first; k < last; ++k)
            m_deleted.insert(text.mid(boundaries[k], boundaries[k + 1] - boundaries[k]));
        peer.caret = boundaries[first];
        op.retain(boundaries[first])
            .remove(boundaries[last] - boundaries[first])
            .retain(text.size() - boundaries[last]);
    } else {
        const qsizetype at = boundaries.at(m_random.bounded(boundaries.size()));
        ++m_markers;
        const QString marker = QStringLiteral("<c%1.%2%3>\n")
                                   .arg(index)
                                   .arg(m_markers)
                                   .arg(m_markers % 4 == 0 ? QStringLiteral("😀") : QString());
        m_inserted.insert(marker);
        peer.caret = at + marker.size();
        op.retain(at).insert(marker).retain(text.size() - at);
    }
    if (const Result<std::monostate> local = peer.state.applyLocal(op); !local)
        return fail(QStringLiteral("applyLocal: ") + local.error().message);
    peer.editor = op.apply(peer.editor).value();
    peer.caretDirty = true;
    return true;
}

bool NetworkSimulation::flush(Peer &peer)
{
    if (!peer.online)
        return true;
    // As SessionClient does: the caret goes with the op (nothing is buffered behind it then),
    // or on its own once nothing is unconfirmed.
    const Selection caret {{peer.caret, peer.caret}};
    if (const std::optional<Outgoing> out = peer.state.takeOutgoing()) {
        send(peer.up,
             Message {Message::Kind::Operation, out->op,
                      std::exchange(peer.caretDirty, false) ? std::optional(caret) : std::nullopt,
                      out->baseRevision, out->seq, 0});
    } else if (!peer.state.hasUnsent() && std::exchange(peer.caretDirty, false)) {
        send(peer.up, Message {Message::Kind::Selection, {}, caret, peer.state.revision(), 0, 0});
    }
    return true;
}

bool NetworkSimulation::relay(int from, qint64 revision, const std::optional<Selection> &selection,
                              const TextOperation *op)
{
    // Every selection the server relays must lie in the text at the revision it names, which
    // here is the server's current text.
    if (selection) {
        ++m_relayedSelections;
        for (const SelectionRange &range : *selection) {
            if (range.anchor > m_server.length() || range.head > m_server.length())
                return fail(QStringLiteral("client-%1's selection %2 relayed at revision %3, "
                                           "whose text is %4 units long")
                                .arg(from)
                                .arg(range.head)
                                .arg(revision)
                                .arg(m_server.length()));
        }
    }
    if (!op)
        return true;
    for (int i = 0; i < m_peers.size(); ++i) {
        Peer &peer = m_peers[i];
        if (!peer.online)
            continue; // an ack or broadcast to a dropped connection is lost
        if (i == from)
            send(peer.down, Message {Message::Kind::Ack, {}, {}, revision, 0, 0});
        else
            send(peer.down, Message {Message::Kind::Remote, *op, selection, revision, 0, 0});
    }
    return true;
}

bool NetworkSimulation::serverReceives(int from, const Message &message)
{
    if (message.kind == Message::Kind::Selection) {
        // A selection based on a revision that fell off a short log gets an error; no relay.
        const Result<Selection> moved
            = m_server.selectionSince(*message.selection, message.revision);
        return !moved || relay(from, m_server.revision(), moved.value(), nullptr);
    }
    const Result<Applied> applied = m_server.receive(message.op, message.revision, clientName(from),
                                                     message.seq, message.selection);
    if (!applied && applied.error().code == QStringLiteral("bad_revision")) {
        // The operation's base fell off a short log while it travelled: the server answers with
        // an error and the client resynchronises from the full text, as after a reconnect.
        m_peers[from].down.queue.clear();
        return rejoin(from, true);
    }
    if (!applied)
        return fail(QStringLiteral("server rejected an operation: ") + applied.error().message);
    if (applied.value().duplicate)
        return fail(QStringLiteral("a client sent an operation twice"));
    return relay(from, applied.value().revision, applied.value().selection, &applied.value().op);
}

bool NetworkSimulation::clientReceives(Peer &peer, const Message &message)
{
    if (message.kind == Message::Kind::Ack) {
        if (const Result<std::monostate> acked = peer.state.serverAck(); !acked)
            return fail(QStringLiteral("ack: ") + acked.error().message);
        if (m_random.bounded(2))
            flush(peer); // the debounce had already fired: send the buffer at once
    } else {
        const Result<TextOperation> toEditor = peer.state.applyServer(message.op);
        if (!toEditor)
            return fail(QStringLiteral("applyServer: ") + toEditor.error().message);
        peer.editor = toEditor.value().apply(peer.editor).value();
        peer.caret = transformSelection({{peer.caret, peer.caret}}, toEditor.value()).first().head;
    }
    if (peer.state.revision() != message.revision)
        return fail(QStringLiteral("client revision %1, message revision %2")
                        .arg(peer.state.revision())
                        .arg(message.revision));
    return true;
}

bool NetworkSimulation::deliverDue()
{
    while (true) {
        Link *next = nullptr;
        int owner = -1;
        bool toServer = false;
        for (int i = 0; i < m_peers.size(); ++i) {
            for (Link *link : {&m_peers[i].up, &m_peers[i].down}) {
                if (!link->queue.empty() && link->queue.front().deliverAt <= m_now
                    && (!next || link->queue.front().deliverAt < next->queue.front().deliverAt)) {
                    next = link;
                    owner = i;
                    toServer = link == &m_peers[i].up;
                }
            }
        }
        if (!next)
            return true;
        const Message message = std::move(next->queue.front());
        next->queue.pop_front();
        const bool ok
            = toServer ? serverReceives(owner, message) : clientReceives(m_peers[owner], message);
        if (!ok)
            return false;
    }
}

bool NetworkSimulation::disconnect(int index)
{
    Peer &peer = m_peers[index];
    peer.online = false;
    // Whatever was already on the wire may or may not have reached the server.
    const qsizetype arrived = m_random.bounded(qsizetype(peer.up.queue.size()) + 1);
    std::deque<Message> up;
    up.swap(peer.up.queue);
    for (qsizetype i = 0; i < arrived; ++i) {
        if (!serverReceives(index, up[size_t(i)]))
            return false;
    }
    peer.down.queue.clear();
    return true;
}

bool NetworkSimulation::rejoin(int index, bool byText)
{
    Peer &peer = m_peers[index];
    const bool logReaches = peer.state.revision() >= m_server.oldestRevision();
    Result<TextOperation> toEditor = TextOperation();
    if (logReaches && !byText && !m_config.preferTextRejoin) {
        ++m_rejoinsByOperations;
        toEditor = peer.state.rejoinWithOperations(
            m_server.operationsSince(peer.state.revision()).value(), m_server.revision());
    } else {
        ++m_rejoinsByText;
        toEditor = peer.state.rejoinWithText(m_server.text(), m_server.revision(),
                                             m_server.lastSeq(clientName(index)));
    }
    if (!toEditor)
        return fail(QStringLiteral("rejoin: ") + toEditor.error().message);
    const Result<QString> merged = toEditor.value().apply(peer.editor);
    if (!merged)
        return fail(QStringLiteral("rejoin produced an operation that does not fit the editor"));
    peer.editor = merged.value();
    peer.caret = transformSelection({{peer.caret, peer.caret}}, toEditor.value()).first().head;
    peer.caretDirty = true;
    if (peer.state.revision() != m_server.revision())
        return fail(QStringLiteral("rejoined at the wrong revision"));
    peer.online = true;
    peer.up.lastDelivery = peer.down.lastDelivery = m_now;
    return true;
}

bool NetworkSimulation::settle()
{
    for (int i = 0; i < m_peers.size(); ++i) {
        if (!m_peers[i].online && !rejoin(i))
            return false;
    }
    for (int tick = 0; tick < 10'000; ++tick) {
        ++m_now;
        if (!deliverDue())
            return false;
        bool quiet = true;
        for (Peer &peer : m_peers) {
            flush(peer);
            quiet = quiet && !peer.state.hasUnsent() && peer.up.queue.empty()
                && peer.down.queue.empty();
        }
        if (quiet)
            return true;
    }
    return fail(QStringLiteral("the room never settled"));
}

bool NetworkSimulation::check()
{
    const QString text = m_server.text();
    for (const Peer &peer : m_peers) {
        if (peer.editor != text || peer.state.serverText() != text
            || peer.state.revision() != m_server.revision())
            return fail(QStringLiteral("client diverged:\n  %1\n  %2").arg(peer.editor, text));
    }
    const std::optional<QStringList> found = tokens(text);
    if (!found)
        return fail(QStringLiteral("broken token in ") + text);
    QHash<QString, int> counts;
    for (const QString &token : *found)
        ++counts[token];
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!m_inserted.contains(it.key()))
            return fail(QStringLiteral("unknown token ") + it.key());
    }
    for (const QString &marker : std::as_const(m_inserted)) {
        const int count = counts.value(marker);
        // A rejoin by text keeps an offline deletion that conflicts with a concurrent change
        // undone, so there a deleted marker may survive once; never twice, never a lost one.
        const bool ok = m_deleted.contains(marker) ? count == 0 || (count == 1 && m_rejoinsByText)
                                                   : count == 1;
        if (!ok)
            return fail(QStringLiteral("%1 appears %2 times (deleted: %3) in %4")
                            .arg(marker)
                            .arg(count)
                            .arg(m_deleted.contains(marker))
                            .arg(text));
    }
    return true;
}

bool NetworkSimulation::run(QString *failure)
{
    bool ok = true;
    for (int step = 0; ok && step < m_config.steps; ++step) {
        ++m_now;
        for (int i = 0; ok && i < m_peers.size(); ++i) {
            Peer &peer = m_peers[i];
            if (peer.online && m_random.generateDouble() < m_config.disconnectChance)
                ok = disconnect(i);
            else if (!peer.online && m_random.bounded(10) == 0)
                ok = rejoin(i);
            if (ok && m_random.bounded(10) < 3)
                ok = edit(peer, i);
            if (ok && m_random.bounded(4) == 0)
                ok = flush(peer);
        }
        ok = ok && deliverDue();
    }
    ok = ok && settle() && check();
    if (!ok && failure)
        *failure = m_failure;
    return ok;
}

} // namespace ensemble::test
