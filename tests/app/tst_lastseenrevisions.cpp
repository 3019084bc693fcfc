// What a window saw last of a shared document outlives its session (LastSeenRevisions, with the
// text in SeenTexts): a later join of the same room, or of the same folder's document, is told
// what changed meanwhile, by the history or, from a server that keeps none, by comparing with
// the text kept on disk.
#include "Settings.h"
#include "TempFiles.h"
#include "client/HistoryClient.h"
#include "client/RecentEdits.h"
#include "client/SessionClient.h"
#include "server/RoomServer.h"
#include "session/LastSeenRevisions.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <memory>

using namespace ensemble;
using ensemble::test::TempFolder;

namespace {

// A member of @p invite's session, speaking @p protocol, remembered in @p settings when given.
std::unique_ptr<SessionClient> member(const Invite &invite, int protocol, const QString &name,
                                      Settings *settings = nullptr)
{
    auto client = std::make_unique<SessionClient>();
    client->setIdentity(name, QStringLiteral("#102030"), QUuid::createUuid().toString());
    client->setProtocol(protocol);
    client->setFlushInterval(5);
    if (settings)
        new LastSeenRevisions(*settings, *client, invite, client.get());
    client->join(invite);
    return client;
}

// The document the test is about: the room's one (protocol 1) or the folder's "d2".
struct Document
{
    SessionClient *client;
    DocumentSync *sync; // null in protocol 1

    explicit Document(SessionClient &c)
        : client(&c)
        , sync(c.protocol() == 2 ? c.openDocument(QStringLiteral("d2")) : nullptr)
    {
    }
    ClientAuthorship *authorship() { return sync ? sync->authorship() : client->authorship(); }
    QString doc() const { return sync ? QStringLiteral("d2") : QString(); }
    qsizetype length() const { return sync ? sync->documentLength() : client->documentLength(); }
    bool insert(qsizetype at, const QString &text)
    {
        TextOperation op;
        op.retain(at).insert(text).retain(length() - at);
        return sync ? sync->applyLocal(op) : client->applyLocal(op);
    }
    qsizetype unsent() const { return sync ? sync->unsentEditCount() : client->unsentEditCount(); }
};

} // namespace

class TestLastSeenRevisions : public QObject
{
    Q_OBJECT

private slots:
    void aLaterJoinSeesWhatChanged_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::addColumn<bool>("historyKept");
        QTest::addRow("a file's room") << 1 << true;
        QTest::addRow("a file's room, no history") << 1 << false;
        QTest::addRow("a folder's document") << 2 << true;
        QTest::addRow("a folder's document, no history") << 2 << false;
    }
    void aLaterJoinSeesWhatChanged()
    {
        QFETCH(int, protocol);
        QFETCH(bool, historyKept);
        QTemporaryDir data;
        ServerConfig config;
        if (historyKept)
            config.dataDir = data.path();
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("0123456789")).value();
        if (protocol == 2)
            QVERIFY(server.addDocument(room, QStringLiteral("two"), QStringLiteral("0123456789")));
        const Invite invite(QStringLiteral("127.0.0.1"), server.port(), room);
        TempFolder folder;
        Settings settings(folder.filePath(QStringLiteral("settings.ini")));

        const std::unique_ptr<SessionClient> bobClient = member(invite, protocol, u"bob"_qs);
        QTRY_COMPARE(bobClient->state(), SessionClient::State::Connected);
        Document bob(*bobClient);
        QTRY_COMPARE(bob.length(), 10);
        QVERIFY(bob.insert(0, QStringLiteral("b")));
        QTRY_COMPARE(bob.unsent(), 0);
        {
            // A window that read the document and closed.
            const std::unique_ptr<SessionClient> ada
                = member(invite, protocol, u"ada"_qs, &settings);
            QTRY_COMPARE(ada->state(), SessionClient::State::Connected);
            Document read(*ada);
            QTRY_COMPARE(read.length(), 11);
        }
        QVERIFY(bob.insert(5, QStringLiteral("BBB")));
        QTRY_COMPARE(bob.unsent(), 0);

        // The next day's window of the same user: another client id.
        const std::unique_ptr<SessionClient> ada = member(invite, protocol, u"ada"_qs, &settings);
        Document again(*ada); // before the welcome, which starts a protocol 1 document
        auto *recent
            = new RecentEdits(again.authorship(), new HistoryClient(ada.get(), again.doc()));
        QSignalSpy found(recent, &RecentEdits::awayChangesFound);
        QTRY_COMPARE(found.count(), 1);
        const QList<AwayChange> changes = found.first().first().value<QList<AwayChange>>();
        QCOMPARE(changes,
                 (QList<AwayChange> {{5, 8, {QStringLiteral("bob")}, changes.first().time}}));
        QCOMPARE(found.first().at(1).toBool(), !historyKept);
    }
};

QTEST_GUILESS_MAIN(TestLastSeenRevisions)
#include "tst_lastseenrevisions.moc"
