// The chaos test over a shared folder: seeded sessions of three protocol 2 SessionClients, each
// behind a fault-injecting TcpProxy, with two or three documents open each, typing unique tokens
// into all of them at once while their links are cut (also in the middle of a frame) or go
// offline for a while, and while they create files (which others then open and type into) and
// rename them. Once every fault heals, every document must converge on every client that has it
// open and on the server, with every token typed into it there exactly once, confirmed or not.
// Deletes are left out: a deleted document's text leaves the session by design.
//
//   ENSEMBLE_FOLDER_CHAOS_SESSIONS=N   sessions (default 3)
//   ENSEMBLE_FOLDER_CHAOS_SEED=S       run seed S alone
#include "AccessFixtures.h"
#include "TcpProxy.h"
#include "client/SessionClient.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <memory>
#include <vector>

using namespace ensemble;
using namespace ensemble::test;

namespace {

// One open document as an editor would hold it, with the tokens typed into it.
struct OpenDocument
{
    DocumentSync *sync = nullptr;
    QString text;
    QStringList typed;
};

// A participant: a SessionClient behind its own proxy, typing tokens `[name.n]` between the
// tokens already there, so that every token must survive intact.
class FolderPeer : public QObject
{
public:
    FolderPeer(const QString &name, quint32 seed, quint16 serverPort)
        : m_name(name)
        , m_random(seed)
        , m_proxy(serverPort)
    {
        m_proxy.setSeed(seed);
        m_proxy.setLatency(0, 5);
        m_client.setIdentity(name, QStringLiteral("#102030"), name + QStringLiteral("-client"));
        m_client.setProtocol(2);
        m_client.setReconnectDelays(10, 80);
        m_client.setPingInterval(500);
        QObject::connect(&m_client, &SessionClient::errorOccurred, this,
                         [this](const SessionError &error) {
                             if (error.kind == SessionError::Kind::Rejected || error.fatal
                                 || error.kind == SessionError::Kind::ProtocolViolation)
                                 m_failures.append(m_name + u": "_qs + error.message);
                         });
        QObject::connect(&m_client, &SessionClient::treeChanged, this, [this](const TreeMsg &m) {
            // Half the new files are opened by each peer, to be typed into as well.
            if (m.entry && !m.entry->doc.isEmpty() && m_random.bounded(2) == 0)
                open(m.entry->doc);
        });
    }

    SessionClient &client() { return m_client; }
    TcpProxy &proxy() { return m_proxy; }
    const QString &name() const { return m_name; }
    const std::map<QString, OpenDocument> &documents() const { return m_documents; }
    const QStringList &failures() const { return m_failures; }

    void join(const QString &room)
    {
        m_client.join(Invite(QStringLiteral("127.0.0.1"), m_proxy.port(), room));
    }

    void open(const QString &doc)
    {
        if (m_documents.count(doc))
            return;
        OpenDocument &document = m_documents[doc];
        document.sync = m_client.openDocument(doc);
        document.sync->setFlushInterval(1 + m_random.bounded(20));
        QObject::connect(document.sync, &DocumentSync::documentReset, this,
                         [&document](const QString &text) { document.text = text; });
        QObject::connect(document.sync, &DocumentSync::remoteOperation, this,
                         [this, &document, doc](const TextOperation &op) {
                             Result<QString> applied = op.apply(document.text);
                             if (applied)
                                 document.text = applied.value();
                             else
                                 m_failures.append(m_name + u": a remote edit of "_qs + doc
                                                   + u" does not apply"_qs);
                         });
    }

    // One random act: a token typed into one of the open documents, or a tree operation.
    void act()
    {
        const int what = m_random.bounded(20);
        if (what == 0) {
            const QString path = QStringLiteral("new/%1-%2.txt").arg(m_name).arg(++m_created);
            m_client.createEntry(path, QStringLiteral("file"), QStringLiteral("fresh\n"));
            return;
        }
        if (what == 1) {
            renameOwnFile();
            return;
        }
        std::vector<OpenDocument *> ready;
        for (auto &[doc, document] : m_documents) {
            if (document.sync->hasText())
                ready.push_back(&document);
        }
        if (ready.empty())
            return;
        OpenDocument &document = *ready.at(m_random.bounded(int(ready.size())));
        // Between tokens only: at the start or right after a token's end.
        QList<qsizetype> boundaries {0};
        for (qsizetype i = 0; i < document.text.size(); ++i) {
            if (document.text.at(i) == u']')
                boundaries.append(i + 1);
        }
        const qsizetype at = boundaries.at(m_random.bounded(int(boundaries.size())));
        const QString token = QStringLiteral("[%1.%2]").arg(m_name).arg(++m_tokens);
        TextOperation op;
        op.retain(at).insert(token).retain(document.text.size() - at);
        if (!document.sync->applyLocal(op))
            return;
        document.text = op.apply(document.text).value();
        document.typed.append(token);
    }

    // Whether everything this peer typed is confirmed and every open document has its text.
    bool settled() const
    {
        if (m_client.state() != SessionClient::State::Connected)
            return false;
        for (const auto &[doc, document] : m_documents) {
            if (!document.sync->hasText() || document.sync->unsentEditCount() > 0
                || document.sync->isFlushPending())
                return false;
        }
        return true;
    }

private:
    void renameOwnFile()
    {
        // Only its own files, each moved once, and only once the tree shows them: no conflict.
        for (const TreeEntry &entry : m_client.tree().entries) {
            if (entry.path.startsWith(u"new/"_qs + m_name + u'-')
                && !m_renamed.contains(entry.path)) {
                m_renamed.insert(entry.path);
                m_client.renameEntry(entry.path, u"moved/"_qs + entry.path.mid(4));
                return;
            }
        }
    }

    QString m_name;
    QRandomGenerator m_random;
    TcpProxy m_proxy;
    SessionClient m_client;
    std::map<QString, OpenDocument> m_documents;
    QSet<QString> m_renamed;
    QStringList m_failures;
    int m_tokens = 0;
    int m_created = 0;
};

void pump(int ms)
{
    QTest::qWait(ms);
}

// Every document's text as the server has it, read by a fresh participant.
std::optional<std::map<QString, QString>> serverTexts(const RoomServer &server, const QString &room)
{
    SessionClient reader;
    reader.setIdentity(QStringLiteral("reader"), QStringLiteral("#000000"), u"reader"_qs);
    reader.setProtocol(2);
    reader.join(inviteTo(server, room));
    if (!QTest::qWaitFor([&] { return reader.state() == SessionClient::State::Connected; }, 10000))
        return std::nullopt;
    std::map<QString, QString> texts;
    for (const TreeEntry &entry : reader.tree().entries) {
        if (entry.doc.isEmpty())
            continue;
        DocumentSync *sync = reader.openDocument(entry.doc);
        QObject::connect(sync, &DocumentSync::documentReset, sync,
                         [&texts, doc = entry.doc](const QString &text) { texts[doc] = text; });
    }
    const auto files = std::count_if(reader.tree().entries.cbegin(), reader.tree().entries.cend(),
                                     [](const TreeEntry &e) { return !e.doc.isEmpty(); });
    if (!QTest::qWaitFor([&] { return qsizetype(texts.size()) == files; }, 10000))
        return std::nullopt;
    return texts;
}

// One seeded session; empty when every check held, otherwise what broke.
QString runSession(quint32 seed, int *tokensTyped, int *filesCreated)
{
    QRandomGenerator random(seed);
    RoomServer server;
    if (!server.listen(QHostAddress::LocalHost, 0).ok())
        return QStringLiteral("cannot listen");
    const QString room = server.createRoom(QStringLiteral("one\n")).value();
    if (!server.addDocument(room, QStringLiteral("a.txt"), QStringLiteral("alpha\n"))
        || !server.addDocument(room, QStringLiteral("src/b.txt"), QStringLiteral("beta\n")))
        return QStringLiteral("cannot add the documents");
    std::vector<std::unique_ptr<FolderPeer>> peers;
    for (int i = 0; i < 3; ++i) {
        peers.push_back(std::make_unique<FolderPeer>(QString(QChar(u'a' + i)),
                                                     seed * 31 + quint32(i), server.port()));
        peers.back()->join(room);
    }
    if (!QTest::qWaitFor(
            [&] {
                return std::all_of(peers.cbegin(), peers.cend(), [](const auto &p) {
                    return p->client().state() == SessionClient::State::Connected;
                });
            },
            10000))
        return QStringLiteral("the peers did not join");
    // Two or three of the three documents each.
    for (const auto &peer : peers) {
        const int skip = random.bounded(4); // 3: none skipped
        for (int d = 0; d < 3; ++d) {
            if (d != skip)
                peer->open(QStringLiteral("d%1").arg(d + 1));
        }
    }
    std::vector<int> offlineUntil(peers.size(), -1);
    for (int step = 0; step < 200; ++step) {
        peers.at(random.bounded(int(peers.size())))->act();
        if (random.bounded(12) == 0) {
            const int victim = random.bounded(int(peers.size()));
            TcpProxy &proxy = peers.at(victim)->proxy();
            if (random.bounded(3) == 0) {
                proxy.setOffline(true);
                offlineUntil.at(victim) = step + 5 + random.bounded(20);
            }
            proxy.cutAll(random.bounded(2) ? TcpProxy::Cut::MidStream : TcpProxy::Cut::Abort);
        }
        for (std::size_t i = 0; i < peers.size(); ++i) {
            if (offlineUntil.at(i) == step)
                peers.at(i)->proxy().setOffline(false);
        }
        pump(random.bounded(8));
    }
    for (const auto &peer : peers)
        peer->proxy().setOffline(false);
    if (!QTest::qWaitFor(
            [&] {
                return std::all_of(peers.cbegin(), peers.cend(),
                                   [](const auto &p) { return p->settled(); });
            },
            30000))
        return QStringLiteral("no convergence within 30 s after every fault healed");
    const std::optional<std::map<QString, QString>> server_ = serverTexts(server, room);
    if (!server_)
        return QStringLiteral("cannot read the server's documents");
    QStringList problems;
    for (const auto &peer : peers) {
        problems += peer->failures();
        for (const auto &[doc, document] : peer->documents()) {
            const auto found = server_->find(doc);
            if (found == server_->end()) {
                problems.append(peer->name() + u" has "_qs + doc + u", the server not"_qs);
                continue;
            }
            if (document.text != found->second)
                problems.append(QStringLiteral("%1's %2 differs from the server's:\n%3\n%4")
                                    .arg(peer->name(), doc, document.text, found->second));
            for (const QString &token : document.typed) {
                if (found->second.count(token) != 1)
                    problems.append(QStringLiteral("%1 is in %2 %3 times")
                                        .arg(token, doc)
                                        .arg(found->second.count(token)));
            }
            *tokensTyped += int(document.typed.size());
        }
    }
    *filesCreated += int(server_->size()) - 3;
    return problems.join(u'\n');
}

} // namespace

class TestFolderChaos : public QObject
{
    Q_OBJECT

private slots:
    void documentsConvergeAndKeepEveryToken()
    {
        const int only = qEnvironmentVariableIntValue("ENSEMBLE_FOLDER_CHAOS_SEED");
        bool set = false;
        const int sessions = qEnvironmentVariableIntValue("ENSEMBLE_FOLDER_CHAOS_SESSIONS", &set);
        const int first = only ? only : 1;
        const int count = only ? 1 : (set ? sessions : 3);
        int tokens = 0;
        int created = 0;
        QElapsedTimer clock;
        clock.start();
        for (int seed = first; seed < first + count; ++seed) {
            const QString failure = runSession(quint32(seed), &tokens, &created);
            if (!failure.isEmpty())
                QFAIL(qPrintable(QStringLiteral("seed %1: %2\nrerun: ENSEMBLE_FOLDER_CHAOS_SEED=%1")
                                     .arg(seed)
                                     .arg(failure)));
        }
        qInfo("%d session(s), %d tokens checked, %d files created, in %.1f s", count, tokens,
              created, double(clock.elapsed()) / 1000);
        QVERIFY(tokens > 0);
        QVERIFY(created > 0 || only);
    }
};

QTEST_GUILESS_MAIN(TestFolderChaos)
#include "tst_folderchaos.moc"
