// Concurrent editing through a real server on 127.0.0.1: every participant ends with the server's
// text, and no keystroke is lost.
#include "TcpProxy.h"
#include "TestPeer.h"
#include "server/RoomServer.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace ensemble;
using ensemble::test::TcpProxy;
using ensemble::test::TestPeer;

namespace {

Invite inviteTo(const RoomServer &server, const QString &room)
{
    return Invite(QStringLiteral("127.0.0.1"), server.port(), room);
}

} // namespace

class TestConvergence : public QObject
{
    Q_OBJECT

private slots:
    void concurrentTyping_data()
    {
        QTest::addColumn<int>("clients");
        QTest::addColumn<int>("editsEach");
        QTest::addColumn<bool>("deletes");
        QTest::addColumn<quint32>("seed");
        QTest::addRow("2 clients, inserts only") << 2 << 300 << false << 1u;
        QTest::addRow("2 clients, inserts and deletes") << 2 << 300 << true << 2u;
        QTest::addRow("10 clients, inserts only") << 10 << 60 << false << 3u;
        QTest::addRow("10 clients, inserts and deletes") << 10 << 60 << true << 4u;
    }
    void concurrentTyping()
    {
        QFETCH(int, clients);
        QFETCH(int, editsEach);
        QFETCH(bool, deletes);
        QFETCH(quint32, seed);
        RoomServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("start\n")).value();
        std::vector<std::unique_ptr<TestPeer>> peers;
        for (int i = 0; i < clients; ++i) {
            peers.push_back(std::make_unique<TestPeer>(QStringLiteral("p%1").arg(i)));
            peers.back()->client().join(inviteTo(server, room));
        }
        for (const auto &peer : peers)
            QTRY_VERIFY(peer->ready());

        QRandomGenerator random(seed);
        qsizetype inserted = 0;
        for (int round = 0; round < editsEach; ++round) {
            for (int i = 0; i < clients; ++i) {
                TestPeer &peer = *peers[size_t(i)];
                if (deletes) {
                    peer.randomEdit(random);
                } else {
                    // One unique letter per peer, so the final text can be counted.
                    peer.insert(random.bounded(int(peer.text().size()) + 1),
                                QString(QChar(u'A' + i)));
                    ++inserted;
                }
            }
            // Let the network interleave with the typing, at random moments.
            if (random.bounded(4) == 0)
                QTest::qWait(random.bounded(8));
        }
        for (const auto &peer : peers)
            QTRY_COMPARE_WITH_TIMEOUT(peer->client().unsentEditCount(), 0, 20000);
        const QString expected = server.roomText(room);
        for (const auto &peer : peers) {
            QTRY_COMPARE(peer->text(), expected);
            QCOMPARE(peer->client().revision(), server.roomRevision(room));
            QVERIFY(peer->errors().isEmpty());
        }
        if (!deletes) {
            QCOMPARE(expected.size(), qsizetype(6) + inserted);
            for (int i = 0; i < clients; ++i)
                QCOMPARE(expected.count(QChar(u'A' + i)), qsizetype(editsEach));
        }
    }

    void burstsAreDebouncedIntoFewOps()
    {
        RoomServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom({}).value();
        TestPeer ada(QStringLiteral("ada"));
        ada.client().setFlushInterval(100);
        ada.client().join(inviteTo(server, room));
        QTRY_VERIFY(ada.ready());
        for (int i = 0; i < 50; ++i)
            ada.insert(i, QStringLiteral("x"));
        QTRY_COMPARE(server.roomText(room), QString(50, u'x'));
        // 50 keystrokes typed within one debounce interval travel as one operation.
        QCOMPARE(server.roomRevision(room), qint64(1));
    }

    void lateJoinerGetsCurrentText()
    {
        RoomServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room
            = server.createRoom(QStringLiteral("one\n"), QStringLiteral("cpp")).value();
        TestPeer ada(QStringLiteral("ada"));
        ada.client().join(inviteTo(server, room));
        QTRY_VERIFY(ada.ready());
        ada.insert(4, QStringLiteral("two\n"));
        ada.client().setLocalSelection({{2, 2}});
        QTRY_COMPARE(server.roomText(room), QStringLiteral("one\ntwo\n"));

        TestPeer bob(QStringLiteral("bob"));
        QSignalSpy reset(&bob.client(), &SessionClient::participantsReset);
        bob.client().join(inviteTo(server, room));
        QTRY_VERIFY(bob.ready());
        QCOMPARE(bob.text(), QStringLiteral("one\ntwo\n"));
        QCOMPARE(bob.client().language(), QStringLiteral("cpp"));
        QCOMPARE(bob.client().participants().size(), 1);
        QCOMPARE(bob.client().participants().first().name, QStringLiteral("ada"));
        QTRY_COMPARE(ada.client().participants().size(), 1);
        QTRY_COMPARE(bob.client().participants().first().selection, Selection({{2, 2}}));
    }

    void selectionsChatAndLanguageReachOthers()
    {
        RoomServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("abcdef")).value();
        TestPeer ada(QStringLiteral("ada"));
        TestPeer bob(QStringLiteral("bob"));
        ada.client().join(inviteTo(server, room));
        bob.client().join(inviteTo(server, room));
        QTRY_VERIFY(ada.ready() && bob.ready());
        QTRY_COMPARE(ada.client().participants().size(), 1);

        QSignalSpy selections(&bob.client(), &SessionClient::remoteSelection);
        ada.client().setLocalSelection({{1, 3}});
        QTRY_COMPARE(selections.size(), 1);
        QCOMPARE(selections.first().at(0).toInt(), ada.client().self().id);
        QCOMPARE(selections.first().at(1).value<Selection>(), Selection({{1, 3}}));

        // A remote selection lands in local coordinates even with local edits not yet sent.
        bob.client().setFlushInterval(100000);
        bob.insert(0, QStringLiteral("XY"));
        ada.client().setLocalSelection({{4, 4}});
        QTRY_COMPARE(selections.size(), 2);
        QCOMPARE(selections.last().at(1).value<Selection>(), Selection({{6, 6}}));
        bob.client().flush();

        QSignalSpy chat(&ada.client(), &SessionClient::chatReceived);
        QVERIFY(bob.client().sendChat(QStringLiteral("hello")));
        QTRY_COMPARE(chat.size(), 1);
        QCOMPARE(chat.first().at(0).value<Participant>().name, QStringLiteral("bob"));
        QCOMPARE(chat.first().at(1).toString(), QStringLiteral("hello"));

        QSignalSpy language(&ada.client(), &SessionClient::languageChanged);
        QVERIFY(bob.client().setLanguage(QStringLiteral("rust")));
        QTRY_COMPARE(language.size(), 1);
        QCOMPARE(language.first().at(0).toString(), QStringLiteral("rust"));
        QTRY_COMPARE(server.roomLanguage(room), QStringLiteral("rust"));

        QSignalSpy left(&ada.client(), &SessionClient::participantLeft);
        bob.client().leave();
        QTRY_COMPARE(left.size(), 1);
        QTRY_COMPARE(ada.client().participants().size(), 0);
        QTRY_COMPARE(ada.text(), server.roomText(room));
    }

    void theLocalSelectionMovesWithTheText()
    {
        // The editor reports a selection only when it differs from its last report moved through
        // the edits since (SelectionCapture), so the client has to move its copy the same way: an
        // unmoved caret would point past the end of the text after a deletion, the server would
        // refuse the edit that carries it, and the edit would be lost.
        RoomServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("0123456789")).value();
        TcpProxy proxy(server.port());
        TestPeer ada(QStringLiteral("ada"));
        TestPeer bob(QStringLiteral("bob"));
        ada.client().join(Invite(QStringLiteral("127.0.0.1"), proxy.port(), room));
        bob.client().join(inviteTo(server, room));
        QTRY_VERIFY(ada.ready() && bob.ready());
        QTRY_COMPARE(bob.client().participants().size(), 1);
        QSignalSpy selections(&bob.client(), &SessionClient::remoteSelection);
        ada.client().setLocalSelection({{10, 10}});
        QTRY_COMPARE(selections.size(), 1);

        // Offline, Ada backspaces three times at the end; her caret goes back with the text.
        proxy.setOffline(true);
        proxy.cutAll();
        QTRY_COMPARE(ada.client().state(), SessionClient::State::Reconnecting);
        for (int i = 0; i < 3; ++i)
            ada.remove(ada.text().size() - 1, 1);
        // Bob adds in front, which moves her caret too.
        bob.insert(0, QStringLiteral("ab"));
        proxy.setOffline(false);
        QTRY_COMPARE(server.roomText(room), QStringLiteral("ab0123456"));
        QTRY_COMPARE(ada.text(), server.roomText(room));
        QCOMPARE(ada.client().unsentEditCount(), 0);
        QCOMPARE(selections.last().at(1).value<Selection>(), Selection({{9, 9}}));
        QCOMPARE(ada.errors(),
                 QStringList({QString::number(int(SessionError::Kind::ConnectionLost))}));
    }

    void twoRoomsAreIsolated()
    {
        RoomServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString first = server.createRoom(QStringLiteral("first")).value();
        const QString second = server.createRoom(QStringLiteral("second")).value();
        TestPeer ada(QStringLiteral("ada"));
        TestPeer bob(QStringLiteral("bob"));
        ada.client().join(inviteTo(server, first));
        bob.client().join(inviteTo(server, second));
        QTRY_VERIFY(ada.ready() && bob.ready());
        QSignalSpy adaRemote(&ada.client(), &SessionClient::remoteOperation);
        QSignalSpy bobJoined(&bob.client(), &SessionClient::participantJoined);
        for (int i = 0; i < 20; ++i) {
            ada.insert(0, QStringLiteral("a"));
            bob.insert(0, QStringLiteral("b"));
            QTest::qWait(2);
        }
        QTRY_COMPARE(server.roomText(first), QString(20, u'a') + QStringLiteral("first"));
        QTRY_COMPARE(server.roomText(second), QString(20, u'b') + QStringLiteral("second"));
        QCOMPARE(adaRemote.size(), 0);
        QCOMPARE(bobJoined.size(), 0);
        QCOMPARE(ada.client().participants().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestConvergence)
#include "tst_convergence.moc"
