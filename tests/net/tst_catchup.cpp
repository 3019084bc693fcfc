// "While you were away" over real sockets: a guest's connection drops, someone else edits, the
// guest reconnects, and its RecentEdits (reading the history, docs/PROTOCOL.md 3.1) reports
// exactly the stretches the other one changed, in the guest's text; the guest's own offline
// typing is not among them. A participant who comes back with the same client id sees what
// changed since their last edit. The history's times say when that text was written.
#include "TcpProxy.h"
#include "TestPeer.h"
#include "client/HistoryClient.h"
#include "client/RecentEdits.h"
#include "server/RoomServer.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
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
        QTest::addColumn<QString>("expected");
        QTest::addRow("an insertion")
            << QStringLiteral("insert") << false << 10000 << QStringLiteral("5-8 by bob");
        QTest::addRow("a deletion")
            << QStringLiteral("delete") << false << 10000 << QStringLiteral("3-3 by bob");
        QTest::addRow("two places") << QStringLiteral("two places") << false << 10000
                                    << QStringLiteral("1-2 by bob; 8-9 by bob");
        QTest::addRow("the guest typed offline too")
            << QStringLiteral("insert") << true << 10000 << QStringLiteral("7-10 by bob");
        QTest::addRow("caught up by text")
            << QStringLiteral("insert") << false << 0 << QStringLiteral("5-8 by bob");
        QTest::addRow("nothing changed") << QString() << false << 10000 << QString();
    }
    void guestSeesWhatChangedWhileAway()
    {
        QFETCH(QString, edits);
        QFETCH(bool, guestTypesOffline);
        QFETCH(int, keptOperations);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        ServerConfig config;
        config.limits.keptOperations = keptOperations;
        config.dataDir = dir.path();
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
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
        // Hovering says when: the history's time for what bob wrote while the guest was away.
        const AwayChange &first = changes.first();
        if (first.to > first.from) {
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
        QTest::addColumn<QString>("expected");
        QTest::addRow("the same room") << true << QStringLiteral("5-8 by bob");
        QTest::addRow("a room recreated since") << false << QString();
    }
    void aRememberedRevisionShowsWhatChangedSince()
    {
        QFETCH(bool, sameEpoch);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        ServerConfig config;
        config.dataDir = dir.path();
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("0123456789")).value();
        const Invite invite(QStringLiteral("127.0.0.1"), server.port(), room);
        TestPeer bob(QStringLiteral("bob"));
        bob.client().join(invite);
        QTRY_VERIFY(bob.ready());
        bob.insert(0, QStringLiteral("b"));
        QTRY_COMPARE(bob.client().unsentEditCount(), 0);
        QString epoch;
        qint64 seen = -1;
        {
            // A window that only read the document, and went.
            TestPeer reader(QStringLiteral("ada"), QStringLiteral("first-window"));
            reader.client().join(invite);
            QTRY_COMPARE(reader.text(), QStringLiteral("b0123456789"));
            epoch = reader.client().epoch();
            seen = reader.client().revision();
        }
        bob.insert(5, QStringLiteral("BBB"));
        QTRY_COMPARE(bob.client().unsentEditCount(), 0);
        // A later window of the same user: another client id, the revision remembered.
        TestPeer ada(QStringLiteral("ada"), QStringLiteral("second-window"));
        auto *recent = new RecentEdits(ada.client().authorship(), new HistoryClient(&ada.client()));
        QSignalSpy found(recent, &RecentEdits::awayChangesFound);
        ada.client().setLastSeen(sameEpoch ? epoch : QStringLiteral("another"), seen);
        ada.client().join(invite);
        QTRY_VERIFY(ada.ready());
        QTRY_VERIFY(!recent->isReading());
        QCOMPARE(found.isEmpty() ? QString()
                                 : describe(found.first().first().value<QList<AwayChange>>()),
                 expected);
    }

    void aNewcomerSeesNoCatchUp()
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
        QTRY_VERIFY(bob.ready());
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
