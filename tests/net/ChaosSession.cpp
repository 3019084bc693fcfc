#include "ChaosSession.h"
#include "RawClient.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

namespace ensemble::test {

namespace {

// Every room file as the OS has it right now. The server writes synchronously and flushes every
// log append before it acknowledges anything, and this runs between two events of the (single)
// event loop, so the copy is exactly what a process killed at this instant leaves on disk: a
// crash image. The killed server's destructor then persists into the old directory, which is
// abandoned. The .lock file a crash leaves behind names this process, which is still alive, so a
// server started on the copy would take it for a running one: it is left out, which is what a
// restarted server makes of a stale lock anyway.
void copyDataDir(const QString &from, const QString &to)
{
    // Every room's files, its documents' in docs/ID/ included.
    QDir().mkpath(to);
    for (const QString &file : QDir(from).entryList(QDir::Files))
        QFile::copy(from + u'/' + file, to + u'/' + file);
    for (const QString &dir : QDir(from).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        copyDataDir(from + u'/' + dir, to + u'/' + dir);
}

QString describe(SessionClient::State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<SessionClient::State>().valueToKey(int(state)));
}

} // namespace

ChaosSession::ChaosSession(quint32 seed, ChaosConfig config)
    : m_seed(seed)
    , m_config(config)
    , m_random(seed)
{
    m_stats.sessions = 1;
    m_clock.start();
}

ChaosSession::~ChaosSession()
{
    m_peers.clear();
    m_proxies.clear();
    m_server.reset();
    QTest::qWait(0); // Sockets deleted later go now, while the data directory still exists.
}

QString ChaosSession::run()
{
    QString failure = setUp();
    if (failure.isEmpty()) {
        for (int steps = 60 + m_random.bounded(120); steps > 0; --steps)
            step();
        failure = heal();
    }
    if (failure.isEmpty())
        failure = check();
    if (failure.isEmpty())
        failure = checkDurableAfterCrash();
    // A server that had to repair its files or lost the room has failed too.
    QStringList problems = m_warnings;
    if (!failure.isEmpty())
        problems.append(failure);
    return problems.isEmpty() ? QString() : problems.join(QStringLiteral("; ")) + u'\n' + dump();
}

QString ChaosSession::setUp()
{
    // A short operation log makes rejoins fall back to a full-text merge.
    m_serverConfig.limits.keptOperations
        = m_random.bounded(3) == 0 ? 2 + m_random.bounded(6) : 10000;
    for (int i = 1 + m_random.bounded(3); i > 0; --i) {
        m_initialTokens.append(QStringLiteral("[init.%1]").arg(i));
        m_initialText += m_initialTokens.last() + QStringLiteral(" é😀\n");
    }
    m_dataDir = newDataDir();
    if (QString failure = startServer(m_dataDir); !failure.isEmpty())
        return failure;
    Result<QString> room = m_server->createRoom(m_initialText, QStringLiteral("cpp"));
    if (!room)
        return QStringLiteral("cannot create the room: ") + room.error().message;
    m_room = room.value();
    const int clients = 2 + m_random.bounded(3);
    m_stats.clients = clients;
    for (int i = 0; i < clients; ++i) {
        auto proxy = std::make_unique<TcpProxy>(m_server->port());
        proxy->setSeed(m_seed * 31 + quint32(i));
        auto peer = std::make_unique<ChaosPeer>(QString(QChar(u'a' + i)), m_seed * 37 + quint32(i));
        SessionClient &client = peer->client();
        client.setFlushInterval(1 + m_random.bounded(25));
        client.setReconnectDelays(10, 80);
        // A silent link is noticed within a second; a loaded machine (the ASan stage) still
        // opens a connection well within that.
        client.setPingInterval(500);
        client.join(Invite(QStringLiteral("127.0.0.1"), proxy->port(), m_room));
        QObject::connect(&client, &SessionClient::stateChanged, &client,
                         [this, name = peer->name()](SessionClient::State state) {
                             trace(name + QStringLiteral(": ") + describe(state));
                         });
        m_proxies.push_back(std::move(proxy));
        m_peers.push_back(std::move(peer));
    }
    QElapsedTimer waited;
    waited.start();
    while (
        !std::all_of(m_peers.cbegin(), m_peers.cend(), [](const auto &p) { return p->ready(); })) {
        if (waited.elapsed() > 20000)
            return QStringLiteral("the clients did not join within 20 s");
        pump(5);
    }
    return {};
}

void ChaosSession::step()
{
    ChaosPeer &peer = *m_peers[m_random.bounded(int(m_peers.size()))];
    if (m_random.bounded(50) == 0) {
        // A language change makes the server write a new snapshot: crashes then find one.
        peer.client().setLanguage(m_random.bounded(2) ? QStringLiteral("cpp")
                                                      : QStringLiteral("go"));
    } else if (peer.act()) {
        ++m_stats.edits;
    }
    if (m_config.lostWrites && m_server && m_random.bounded(15) == 0) {
        m_checkpoint = newDataDir();
        copyDataDir(m_dataDir, m_checkpoint);
    }
    if (m_random.bounded(100) < 7)
        injectFault();
    pump(m_random.bounded(6));
    ++m_step;
    runDue(false);
}

void ChaosSession::injectFault()
{
    // Sessions that may lose writes kill the server more often, so that each has a few.
    if (m_random.bounded(100) < (m_config.lostWrites ? 40 : 15)) {
        if (m_server)
            killServer();
        return;
    }
    const int kind = m_random.bounded(85);
    const int link = m_random.bounded(int(m_proxies.size()));
    TcpProxy *proxy = m_proxies[size_t(link)].get();
    const QString name = m_peers[size_t(link)]->name();
    if (kind < 25) {
        const int how = m_random.bounded(3);
        proxy->cutAll(TcpProxy::Cut(how));
        trace(QStringLiteral("%1: cut (%2)").arg(name).arg(how));
        ++m_stats.cuts;
    } else if (kind < 40) {
        const int steps = 5 + m_random.bounded(55);
        proxy->setOffline(true);
        proxy->cutAll();
        trace(QStringLiteral("%1: refusing for %2 steps").arg(name).arg(steps));
        later(steps, [proxy] { proxy->setOffline(false); });
        ++m_stats.refusals;
    } else if (kind < 55) {
        const int steps = 3 + m_random.bounded(50);
        proxy->setStalled(true);
        trace(QStringLiteral("%1: stalled for %2 steps").arg(name).arg(steps));
        later(steps, [proxy] { proxy->setStalled(false); });
        ++m_stats.stalls;
    } else if (kind < 65) {
        const int steps = 3 + m_random.bounded(80);
        proxy->setBlackHole(true);
        trace(QStringLiteral("%1: black hole for %2 steps").arg(name).arg(steps));
        later(steps, [proxy] { proxy->setBlackHole(false); });
        ++m_stats.blackHoles;
    } else {
        const int low = m_random.bounded(10);
        const int high = low + m_random.bounded(40);
        proxy->setLatency(low, high);
        trace(QStringLiteral("%1: latency %2-%3 ms").arg(name).arg(low).arg(high));
        ++m_stats.latencyChanges;
    }
}

void ChaosSession::killServer()
{
    const int how = m_random.bounded(10);
    if (how < 2) {
        // An orderly restart: the server says goodbye and saves everything.
        m_server.reset();
        ++m_stats.restarts;
    } else {
        const bool lost = m_config.lostWrites && !m_checkpoint.isEmpty() && how < 8;
        const QString image = newDataDir();
        copyDataDir(lost ? m_checkpoint : m_dataDir, image);
        // What the dead process had passed to the network may or may not arrive.
        for (const auto &proxy : m_proxies)
            proxy->cutAll(TcpProxy::Cut(m_random.bounded(3)));
        m_server.reset();
        m_dataDir = image;
        ++(lost ? m_stats.lostWriteRestarts : m_stats.crashes);
    }
    // Nobody listens while the server is down (port 0 refuses every connection).
    for (const auto &proxy : m_proxies)
        proxy->setTargetPort(0);
    const int downtime = m_random.bounded(80);
    trace(QStringLiteral("server %1, down for %2 steps")
              .arg(how < 2 ? "restarts" : "killed")
              .arg(downtime));
    later(downtime, [this] {
        trace(QStringLiteral("server back"));
        startServer(m_dataDir);
    });
}

QString ChaosSession::startServer(const QString &dataDir)
{
    ServerConfig config = m_serverConfig;
    config.dataDir = dataDir;
    m_server = std::make_unique<RoomServer>(config);
    QObject::connect(m_server.get(), &RoomServer::warning, m_server.get(),
                     [this](const QString &message) { m_warnings.append(message); });
    Result<std::monostate> listening = m_server->listen(QHostAddress::LocalHost, 0);
    if (!listening) {
        m_warnings.append(QStringLiteral("the server did not start: ") + listening.error().message);
        return m_warnings.last();
    }
    if (!m_room.isEmpty() && !m_server->hasRoom(m_room))
        m_warnings.append(QStringLiteral("the restarted server does not have the room"));
    for (const auto &proxy : m_proxies)
        proxy->setTargetPort(m_server->port());
    return {};
}

void ChaosSession::later(int steps, std::function<void()> action)
{
    m_pending.push_back(Pending {m_step + steps, std::move(action)});
}

void ChaosSession::runDue(bool all)
{
    std::stable_sort(m_pending.begin(), m_pending.end(),
                     [](const Pending &a, const Pending &b) { return a.due < b.due; });
    while (!m_pending.empty() && (all || m_pending.front().due <= m_step)) {
        const std::function<void()> action = std::move(m_pending.front().action);
        m_pending.erase(m_pending.begin());
        action();
    }
}

QString ChaosSession::heal()
{
    for (const auto &peer : m_peers)
        m_confirmedBeforeHealing.push_back(peer->confirmed());
    runDue(true);
    for (const auto &proxy : m_proxies) {
        proxy->setOffline(false);
        proxy->setStalled(false);
        proxy->setBlackHole(false);
    }
    QElapsedTimer waited;
    waited.start();
    while (!converged()) {
        if (waited.elapsed() > 30000)
            return QStringLiteral("no convergence within 30 s after every fault healed");
        pump(10);
    }
    return {};
}

bool ChaosSession::converged() const
{
    if (!m_server || m_server->participants(m_room).size() != qsizetype(m_peers.size()))
        return false;
    const QString text = m_server->roomText(m_room);
    const qint64 revision = m_server->roomRevision(m_room);
    return std::all_of(m_peers.cbegin(), m_peers.cend(), [&](const auto &peer) {
        SessionClient &client = peer->client();
        return client.state() == SessionClient::State::Connected && client.unsentEditCount() == 0
            && client.revision() == revision && peer->text() == text;
    });
}

QString ChaosSession::check()
{
    QStringList problems;
    const QString text = m_server->roomText(m_room);
    QHash<QString, int> found;
    static const QRegularExpression token(QStringLiteral("\\[[^\\[\\]]*\\]"));
    for (const QRegularExpressionMatch &match : token.globalMatch(text))
        ++found[match.captured()];
    if (QString(text).remove(token).contains(QRegularExpression(QStringLiteral("[\\[\\]]"))))
        problems.append(QStringLiteral("a token was split apart"));
    // A restart from an older copy takes back revisions the server had confirmed; their text
    // is gone for everyone (see docs/RELIABILITY.md, Faults), so such losses are only counted.
    const bool revisionsTakenBack = m_stats.lostWriteRestarts > 0;
    const auto expect = [&](const QString &token, const QString &whose, bool typed) {
        const int count = found.take(token);
        if (count == 0 && typed && revisionsTakenBack)
            ++m_stats.tokensTakenBack;
        else if (count == 0)
            problems.append(QStringLiteral("%1 is lost (%2)").arg(token, whose));
        else if (count > 1)
            problems.append(QStringLiteral("%1 is there %2 times").arg(token).arg(count));
    };
    for (const QString &initial : std::as_const(m_initialTokens))
        expect(initial, QStringLiteral("in the initial text"), false);
    for (size_t p = 0; p < m_peers.size(); ++p) {
        const ChaosPeer *peer = m_peers[p].get();
        for (qsizetype i = 0; i < peer->typed().size(); ++i) {
            expect(peer->typed().at(i),
                   i < m_confirmedBeforeHealing[p] ? QStringLiteral("confirmed to its author")
                                                   : QStringLiteral("not confirmed to its author"),
                   true);
        }
        if (!peer->failure().isEmpty())
            problems.append(peer->failure());
        problems.append(peer->unexpectedErrors());
        // Revision numbers handed out again after a restart from an older copy do not fit.
        if (revisionsTakenBack)
            m_stats.outOfStep += int(peer->outOfStep().size());
        else
            problems.append(peer->outOfStep());
        m_stats.tokens += int(peer->typed().size());
        m_stats.confirmedTokens += int(m_confirmedBeforeHealing[p]);
        m_stats.merges += peer->merges();
        m_stats.remoteSelections += peer->remoteSelections();
    }
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        problems.append(QStringLiteral("%1 came from nowhere").arg(it.key()));
    problems.append(checkAuthorship());
    return problems.join(QStringLiteral("; "));
}

QStringList ChaosSession::checkAuthorship()
{
    // Who wrote what as a newcomer's welcome has it (docs/PROTOCOL.md 4.1): every unit of a
    // surviving token is its typist's, whatever merged or replayed it.
    RawClient observer;
    if (!observer.open(
            QUrl(QStringLiteral("ws://127.0.0.1:%1/%2").arg(m_server->port()).arg(m_room))))
        return {QStringLiteral("an observer could not connect")};
    const QJsonObject welcome = observer.hello(QStringLiteral("chaos-observer"));
    const QString text = welcome.value(QStringLiteral("text")).toString();
    const QJsonObject authorship = welcome.value(QStringLiteral("authorship")).toObject();
    const QJsonArray authors = authorship.value(QStringLiteral("authors")).toArray();
    QList<QString> writer(text.size());
    qsizetype at = 0;
    for (const QJsonValue &run : authorship.value(QStringLiteral("runs")).toArray()) {
        const qsizetype author = run[1].toInteger();
        const QString name = author > 0 && author <= authors.size()
            ? authors.at(author - 1)[QLatin1String("name")].toString()
            : QString();
        for (qsizetype end = std::min(text.size(), at + run[0].toInteger()); at < end; ++at)
            writer[at] = name;
    }
    if (at != text.size())
        return {QStringLiteral("the authorship covers %1 of %2 units").arg(at).arg(text.size())};
    QStringList problems;
    static const QRegularExpression typed(QStringLiteral("\\[([^.\\[\\]]+)\\.[0-9]+\\]"));
    for (const QRegularExpressionMatch &match : typed.globalMatch(text)) {
        // The initial text is the room's, written by nobody.
        const QString typist = match.captured(1);
        const QString expected = typist == QLatin1String("init") ? QString() : typist;
        for (qsizetype i = match.capturedStart(); i < match.capturedEnd(); ++i) {
            if (writer.at(i) != expected) {
                problems.append(QStringLiteral("%1 is attributed to \"%2\" at unit %3")
                                    .arg(match.captured(), writer.at(i))
                                    .arg(i - match.capturedStart()));
                break;
            }
        }
    }
    return problems;
}

QString ChaosSession::checkDurableAfterCrash()
{
    // What a crash right now would leave must give back exactly what every client has.
    const QString image = newDataDir();
    copyDataDir(m_dataDir, image);
    ServerConfig config = m_serverConfig;
    config.dataDir = image;
    RoomServer restarted(config);
    if (!restarted.listen(QHostAddress::LocalHost, 0))
        return QStringLiteral("a server cannot start from the final crash image");
    if (restarted.roomRevision(m_room) != m_server->roomRevision(m_room)
        || restarted.roomText(m_room) != m_server->roomText(m_room)) {
        return QStringLiteral("the final crash image holds revision %1, the clients have %2")
            .arg(restarted.roomRevision(m_room))
            .arg(m_server->roomRevision(m_room));
    }
    return {};
}

QString ChaosSession::dump() const
{
    QStringList lines;
    if (m_server) {
        lines.append(QStringLiteral("  server: revision %1, %2 participants, %3 units")
                         .arg(m_server->roomRevision(m_room))
                         .arg(m_server->participants(m_room).size())
                         .arg(m_server->roomText(m_room).size()));
    } else {
        lines.append(QStringLiteral("  server: down"));
    }
    for (const auto &peer : m_peers) {
        SessionClient &client = peer->client();
        lines.append(QStringLiteral("  %1: %2, revision %3, %4 unsent, %5 units%6")
                         .arg(peer->name(), describe(client.state()))
                         .arg(client.revision())
                         .arg(client.unsentEditCount())
                         .arg(peer->text().size())
                         .arg(m_server && peer->text() == m_server->roomText(m_room)
                                  ? QStringLiteral(", same text as the server")
                                  : QString()));
    }
    return lines.join(u'\n');
}

QString ChaosSession::newDataDir()
{
    return m_dir.filePath(QStringLiteral("data%1").arg(m_dirs++));
}

void ChaosSession::trace(const QString &what) const
{
    if (m_trace)
        qInfo("%6lld ms  %s", m_clock.elapsed(), qPrintable(what));
}

void ChaosSession::pump(int ms)
{
    QTest::qWait(ms);
}

} // namespace ensemble::test
