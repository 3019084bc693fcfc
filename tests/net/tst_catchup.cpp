// "While you were away" over real sockets: a guest's connection drops, someone else edits, the
// guest reconnects, and its RecentEdits (reading the history, docs/PROTOCOL.md 3.1) reports
// exactly the stretches the other one changed, in the guest's text; the guest's own offline
// typing is not among them. A participant who comes back with the same client id sees what
// changed since their last edit. The history's times say when that text was written. Where the
// server kept too little history or none, the text seen last is compared with the text now (no
// times, deletions by nobody known), or, without that text, a notice says the changes are gone.
// A folder's document closed and opened again catches up as a reconnected one does.
#include "TcpProxy.h"
#include "TestPeer.h"
#include "client/HistoryClient.h"
#include "client/RecentEdits.h"
#include "server/RoomServer.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <memory>

using namespace ensemble;
using namespace ensemble::test;

namespace {

QString describe(const QList<AwayChange> &changes)
{
    QStringList parts;
    for (const AwayChange &c : changes)
        parts.append(QStringLiteral("%1-%2 by %3").arg(c.from).arg(c.to).arg(c.authors.join(u',')));
    return parts.join(QStringLiteral("; "));
}

// Bob's edits of a row, made on "b0123456789".
void edit(TestPeer &bob, const QString &edits)
{
    if (edits == QLatin1String("insert")) {
        bob.insert(5, QStringLiteral("BBB"));
    } else if (edits == QLatin1String("delete")) {
        bob.remove(3, 2);
    } else if (edits == QLatin1String("two places")) {
        bob.insert(1, QStringLiteral("X"));
        bob.insert(8, QStringLiteral("Y"));
    }
}

// Makes the history of a server with --history-revisions 1 drop everything before now: a text
// long enough for a checkpoint, then taken out again.
void pruneHistory(TestPeer &bob)
{
    const qsizetype at = bob.text().size();
    bob.insert(at, QString(270000, u'x'));
    QTRY_COMPARE(bob.client().unsentEditCount(), 0);
    bob.remove(at, 270000);
    QTRY_COMPARE(bob.client().unsentEditCount(), 0);
}

// A server with the whole history ("kept"), with --history-revisions 1 ("pruned") or without a
// data directory ("none").
std::unique_ptr<RoomServer> serverKeeping(const QString &history, const QTemporaryDir &dir,
                                          int keptOperations = 10000)
{
    ServerConfig config;
    config.limits.keptOperations = keptOperations;
    if (history != QLatin1String("none"))
        config.dataDir = dir.path();
    if (history == QLatin1String("pruned"))
        config.limits.historyRevisions = 1;
    auto server = std::make_unique<RoomServer>(config);
    return server->listen(QHostAddress::LocalHost, 0).ok() ? std::move(server) : nullptr;
}

// Inserts @p text at @p at in the open document @p sync.
bool insert(DocumentSync *sync, qsizetype at, const QString &text)
{
    TextOperation op;
    op.retain(at).insert(text).retain(sync->documentLength() - at);
    return sync->applyLocal(op);
}

} // namespace

class TestCatchUp : public QObject
{
    Q_OBJECT

private slots:
    void guestSeesWhatChangedWhileAway_data()
    {
        QTest::addColumn<QString>("edits");
        QTest::addColumn<bool>("guestTypesOffline");
        QTest::addColumn<int>("keptOperations");
        QTest::addColumn<QString>("history");
        QTest::addColumn<QString>("expected");
        QTest::addRow("an insertion")
            << QStringLiteral("insert") << false << 10000 << "kept" << QStringLiteral("5-8 by bob");
        QTest::addRow("a deletion")
            << QStringLiteral("delete") << false << 10000 << "kept" << QStringLiteral("3-3 by bob");
        QTest::addRow("two places") << QStringLiteral("two places") << false << 10000 << "kept"
                                    << QStringLiteral("1-2 by bob; 8-9 by bob");
        QTest::addRow("the guest typed offline too")
            << QStringLiteral("insert") << true << 10000 << "kept" << QStringLiteral("7-10 by bob");
        QTest::addRow("caught up by text")
            << QStringLiteral("insert") << false << 0 << "kept" << QStringLiteral("5-8 by bob");
        QTest::addRow("nothing changed") << QString() << false << 10000 << "kept" << QString();
        // Compared with the text seen before the connection dropped:
        QTest::addRow("the history kept too little") << QStringLiteral("insert") << false << 10000
                                                     << "pruned" << QStringLiteral("5-8 by bob");
        QTest::addRow("no history")
            << QStringLiteral("insert") << false << 10000 << "none" << QStringLiteral("5-8 by bob");
        QTest::addRow("no history, a deletion by nobody known")
            << QStringLiteral("delete") << false << 10000 << "none" << QStringLiteral("3-3 by ");
        QTest::addRow("no history, the guest typed offline too")
            << QStringLiteral("insert") << true << 10000 << "none" << QStringLiteral("7-10 by bob");
    }
    void guestSeesWhatChangedWhileAway()
    {
        QFETCH(QString, edits);
        QFETCH(bool, guestTypesOffline);
        QFETCH(int, keptOperations);
        QFETCH(QString, history);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const std::unique_ptr<RoomServer> keeping = serverKeeping(history, dir, keptOperations);
        QVERIFY(keeping);
        RoomServer &server = *keeping;
        const QString room = server.createRoom(QStringLiteral("0123456789")).value();
        TcpProxy proxy(server.port());
        TestPeer ada(QStringLiteral("ada"));
        TestPeer bob(QStringLiteral("bob"));
        auto *recent = new RecentEdits(ada.client().authorship(), new HistoryClient(&ada.client()));
        QSignalSpy found(recent, &RecentEdits::awayChangesFound);
        ada.client().join(Invite(QStringLiteral("127.0.0.1"), proxy.port(), room));
        bob.client().join(Invite(QStringLiteral("127.0.0.1"), server.port(), room));
        QTRY_VERIFY(ada.ready() && bob.ready());
        // Seen by both before the guest goes.
        bob.insert(0, QStringLiteral("b"));
        QTRY_COMPARE(ada.text(), QStringLiteral("b0123456789"));
        QTRY_VERIFY(!recent->isReading());

        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        proxy.cutAll();
        proxy.setOffline(true);
        QTRY_COMPARE(ada.client().state(), SessionClient::State::Reconnecting);
        if (history == QLatin1String("pruned"))
            pruneHistory(bob);
        edit(bob, edits);
        if (guestTypesOffline)
            ada.insert(0, QStringLiteral("aa"));
        QTRY_COMPARE(bob.client().unsentEditCount(), 0);
        proxy.setOffline(false);
        QTRY_COMPARE_WITH_TIMEOUT(ada.client().state(), SessionClient::State::Connected, 10000);
        QTRY_COMPARE(ada.client().unsentEditCount(), 0);
        QTRY_COMPARE(ada.text(), server.roomText(room));
        QTRY_VERIFY(!recent->isReading());

        if (expected.isEmpty()) {
            QCOMPARE(found.count(), 0);
            return;
        }
        QCOMPARE(found.count(), 1);
        const auto changes = found.first().first().value<QList<AwayChange>>();
        QCOMPARE(describe(changes), expected);
        QCOMPARE(found.first().at(1).toBool(), history != QLatin1String("kept"));
        // Hovering says when: the history's time for what bob wrote while the guest was away;
        // a comparison does not know it.
        const AwayChange &first = changes.first();
        if (history != QLatin1String("kept")) {
            QCOMPARE(recent->timeAt(first.from), qint64(0));
        } else if (first.to > first.from) {
            QVERIFY(recent->timeAt(first.from) >= before);
            QVERIFY(recent->timeAt(first.from) <= QDateTime::currentMSecsSinceEpoch());
        }
    }

    void returningParticipantSeesChangesSinceTheirLastEdit()
    {
        QTemporaryDir dir;
        ServerConfig config;
        config.dataDir = dir.path();
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("0123456789")).value();
        const Invite invite(QStringLiteral("127.0.0.1"), server.port(), room);
        TestPeer bob(QStringLiteral("bob"));
        bob.client().join(invite);
        auto ada = std::make_unique<TestPeer>(QStringLiteral("ada"));
        ada->client().join(invite);
        QTRY_VERIFY(ada->ready() && bob.ready());
        bob.insert(0, QStringLiteral("b"));
        QTRY_COMPARE(ada->text(), QStringLiteral("b0123456789"));
        ada->insert(11, QStringLiteral("a"));
        QTRY_COMPARE(server.roomText(room), QStringLiteral("b0123456789a"));
        ada.reset();

        bob.insert(5, QStringLiteral("BBB"));
        QTRY_COMPARE(server.roomText(room), QStringLiteral("b0123BBB456789a"));
        // The same client id: the same author id, whose last edit the history holds.
        ada = std::make_unique<TestPeer>(QStringLiteral("ada"));
        auto *recent
            = new RecentEdits(ada->client().authorship(), new HistoryClient(&ada->client()));
        QSignalSpy found(recent, &RecentEdits::awayChangesFound);
        ada->client().join(invite);
        QTRY_COMPARE(found.count(), 1);
        QCOMPARE(describe(found.first().first().value<QList<AwayChange>>()),
                 QStringLiteral("5-8 by bob"));
    }

    void aRememberedRevisionShowsWhatChangedSince_data()
    {
        QTest::addColumn<bool>("sameEpoch");
        QTest::addColumn<QString>("history");
        QTest::addColumn<bool>("textKept");
        QTest::addColumn<QString>("expected");
        // The notice's first revision kept (-1: no history kept); -2: no notice.
        QTest::addColumn<qint64>("unavailableFrom");
        QTest::addRow("the same room")
            << true << "kept" << false << QStringLiteral("5-8 by bob") << qint64(-2);
        QTest::addRow("a room recreated since")
            << false << "kept" << true << QString() << qint64(-2);
        QTest::addRow("no history, the text seen kept")
            << true << "none" << true << QStringLiteral("5-8 by bob") << qint64(-2);
        QTest::addRow("no history, no text kept")
            << true << "none" << false << QString() << qint64(-1);
        QTest::addRow("the history kept too little, no text kept")
            << true << "pruned" << false << QString() << qint64(3);
    }
    void aRememberedRevisionShowsWhatChangedSince()
    {
        QFETCH(bool, sameEpoch);
        QFETCH(QString, history);
        QFETCH(bool, textKept);
        QFETCH(QString, expected);
        QFETCH(qint64, unavailableFrom);
        QTemporaryDir dir;
        const std::unique_ptr<RoomServer> keeping = serverKeeping(history, dir);
        QVERIFY(keeping);
        RoomServer &server = *keeping;
        const QString room = server.createRoom(QStringLiteral("0123456789")).value();
        const Invite invite(QStringLiteral("127.0.0.1"), server.port(), room);
        TestPeer bob(QStringLiteral("bob"));
        bob.client().join(invite);
        QTRY_VERIFY(bob.ready());
        bob.insert(0, QStringLiteral("b"));
        QTRY_COMPARE(bob.client().unsentEditCount(), 0);
        QString epoch;
        qint64 seen = -1;
        std::optional<QString> text;
        {
            // A window that only read the document, and went.
            TestPeer reader(QStringLiteral("ada"), QStringLiteral("first-window"));
            reader.client().join(invite);
            QTRY_COMPARE(reader.text(), QStringLiteral("b0123456789"));
            epoch = reader.client().epoch();
            seen = reader.client().revision();
            if (textKept)
                text = reader.text();
        }
        if (history == QLatin1String("pruned"))
            pruneHistory(bob);
        bob.insert(5, QStringLiteral("BBB"));
        QTRY_COMPARE(bob.client().unsentEditCount(), 0);
        // A later window of the same user: another client id, the revision remembered.
        TestPeer ada(QStringLiteral("ada"), QStringLiteral("second-window"));
        auto *recent = new RecentEdits(ada.client().authorship(), new HistoryClient(&ada.client()));
        QSignalSpy found(recent, &RecentEdits::awayChangesFound);
        QSignalSpy unavailable(recent, &RecentEdits::awayChangesUnavailable);
        ada.client().setLastSeen(sameEpoch ? epoch : QStringLiteral("another"), seen, text);
        ada.client().join(invite);
        QTRY_VERIFY(ada.ready());
        QTRY_VERIFY(!recent->isReading());
        QCOMPARE(found.isEmpty() ? QString()
                                 : describe(found.first().first().value<QList<AwayChange>>()),
                 expected);
        QCOMPARE(unavailable.isEmpty() ? qint64(-2) : unavailable.first().first().toLongLong(),
                 unavailableFrom);
    }

    void aFolderDocumentOpenedAgainShowsWhatChangedSince_data()
    {
        QTest::addColumn<QString>("history");
        QTest::addColumn<bool>("laterSession");
        QTest::addRow("closed and opened again") << "kept" << false;
        QTest::addRow("closed and opened again, no history") << "none" << false;
        QTest::addRow("in a later session") << "kept" << true;
        QTest::addRow("in a later session, no history") << "none" << true;
    }
    void aFolderDocumentOpenedAgainShowsWhatChangedSince()
    {
        QFETCH(QString, history);
        QFETCH(bool, laterSession);
        QTemporaryDir dir;
        const std::unique_ptr<RoomServer> server = serverKeeping(history, dir);
        QVERIFY(server);
        const QString room = server->createRoom(QStringLiteral("one")).value();
        QVERIFY(server->addDocument(room, QStringLiteral("two"), QStringLiteral("0123456789")));
        const QString doc = QStringLiteral("d2");
        const Invite invite(QStringLiteral("127.0.0.1"), server->port(), room);
        const auto member = [&invite](const QString &name) {
            auto client = std::make_unique<SessionClient>();
            client->setIdentity(name, QStringLiteral("#102030"), QUuid::createUuid().toString());
            client->setProtocol(2);
            client->setFlushInterval(5);
            client->join(invite);
            return client;
        };
        const std::unique_ptr<SessionClient> bob = member(QStringLiteral("bob"));
        QTRY_COMPARE(bob->state(), SessionClient::State::Connected);
        DocumentSync *bobs = bob->openDocument(doc);
        QTRY_VERIFY(bobs->hasText());
        QVERIFY(insert(bobs, 0, QStringLiteral("b")));
        QTRY_COMPARE(bobs->unsentEditCount(), 0);

        std::unique_ptr<SessionClient> ada = member(QStringLiteral("ada"));
        QTRY_COMPARE(ada->state(), SessionClient::State::Connected);
        // Each openDocument() is a hold that a closeDocument() gives back: open it once.
        DocumentSync *adas = ada->openDocument(doc);
        QTRY_COMPARE(adas->text(), QStringLiteral("b0123456789"));
        ada->closeDocument(doc);
        if (laterSession) {
            // What the app keeps for the next day's join of the session.
            const SeenDocument seen = ada->seenDocuments().value(doc);
            ada = member(QStringLiteral("ada"));
            ada->setLastSeen(doc, seen);
            QTRY_COMPARE(ada->state(), SessionClient::State::Connected);
        }
        QVERIFY(insert(bobs, 5, QStringLiteral("BBB")));
        QTRY_COMPARE(bobs->unsentEditCount(), 0);

        DocumentSync *sync = ada->openDocument(doc);
        auto *recent = new RecentEdits(sync->authorship(), new HistoryClient(ada.get(), doc));
        QSignalSpy found(recent, &RecentEdits::awayChangesFound);
        QTRY_COMPARE(found.count(), 1);
        QCOMPARE(describe(found.first().first().value<QList<AwayChange>>()),
                 QStringLiteral("5-8 by bob"));
    }

    void aNewcomerSeesNoCatchUp_data()
    {
        QTest::addColumn<QString>("history");
        QTest::addRow("the whole history kept") << "kept";
        // Asked for more than is kept, it reads what is.
        QTest::addRow("the history kept from a later revision") << "pruned";
    }
    void aNewcomerSeesNoCatchUp()
    {
        QFETCH(QString, history);
        QTemporaryDir dir;
        const std::unique_ptr<RoomServer> keeping = serverKeeping(history, dir);
        QVERIFY(keeping);
        RoomServer &server = *keeping;
        const QString room = server.createRoom(QStringLiteral("0123456789")).value();
        const Invite invite(QStringLiteral("127.0.0.1"), server.port(), room);
        TestPeer bob(QStringLiteral("bob"));
        bob.client().join(invite);
        QTRY_VERIFY(bob.ready());
        if (history == QLatin1String("pruned"))
            pruneHistory(bob);
        bob.insert(5, QStringLiteral("BBB"));
        QTRY_COMPARE(bob.client().unsentEditCount(), 0);
        TestPeer carol(QStringLiteral("carol"));
        auto *recent
            = new RecentEdits(carol.client().authorship(), new HistoryClient(&carol.client()));
        QSignalSpy found(recent, &RecentEdits::awayChangesFound);
        carol.client().join(invite);
        QTRY_VERIFY(carol.ready());
        QTRY_VERIFY(!recent->isReading());
        QCOMPARE(found.count(), 0);
        // ...but the history still says when bob's text was written.
        QVERIFY(recent->timeAt(5) > 0);
        QCOMPARE(recent->timeAt(0), qint64(0));
    }
};

QTEST_MAIN(TestCatchUp)
#include "tst_catchup.moc"
