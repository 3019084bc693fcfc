#include "AvahiBrowser.h"
#include "AvahiPublisher.h"
#include "SessionPeers.h"
#include "dialogs/NearbySessionsList.h"

#include <QListWidget>
#include <QSignalSpy>

using namespace ensemble;
using namespace ensemble::test;

// Runs inside with_avahi.sh: a real D-Bus system bus and Avahi daemon on a loopback-only network.
// Hosts announce their sessions and the Join dialog's list finds them, as on a LAN.
class LanTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::systemBus().isConnected(),
                 "run this test through with_avahi.sh, which starts the bus and the daemon");
    }

    void anAnnouncementIsFoundThenWithdrawn()
    {
        Announcement announcement;
        announcement.title = QStringLiteral("notes.md");
        announcement.hostName = QStringLiteral("Hana");
        announcement.port = 7719;
        announcement.hasPassword = true;
        announcement.roomId = QStringLiteral("3f2b8c1e-9a4d-4e6f-8b1a-0c2d3e4f5a6b");
        AvahiBrowser browser(QDBusConnection::systemBus());
        QSignalSpy found(&browser, &AvahiBrowser::sessionFound);
        QSignalSpy lost(&browser, &AvahiBrowser::sessionLost);
        browser.start();
        auto *publisher = new AvahiPublisher(QDBusConnection::systemBus(), announcement);
        QSignalSpy failed(publisher, &AvahiPublisher::failed);
        publisher->start();
        QTRY_VERIFY_WITH_TIMEOUT(publisher->isPublished() || !failed.isEmpty(), 10000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(browser.sessions().size(), 1, 10000);
        const NearbySession session = browser.sessions().constFirst();
        QCOMPARE(session.name, announcement.serviceName());
        QCOMPARE(session.announcement, announcement);
        QCOMPARE(session.address, QStringLiteral("127.0.0.1"));
        QCOMPARE(session.invite().roomId(), announcement.roomId);
        QCOMPARE(session.invite().port(), announcement.port);

        delete publisher;
        QTRY_VERIFY_WITH_TIMEOUT(!lost.isEmpty(), 10000);
        QCOMPARE(lost.constFirst().constFirst().toString(), announcement.serviceName());
        QVERIFY(browser.sessions().isEmpty());
    }

    void aHostedSessionIsListedInTheJoinDialog_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("announceRoomId");
        QTest::addColumn<bool>("roomIdListed");
        QTest::addRow("no password: the room id stays off the network")
            << QString() << false << false;
        QTest::addRow("no password, the host agreed to show it") << QString() << true << true;
        QTest::addRow("a password: the id alone lets nobody in")
            << QStringLiteral("s3cret") << false << true;
    }
    void aHostedSessionIsListedInTheJoinDialog()
    {
        QFETCH(QString, password);
        QFETCH(bool, announceRoomId);
        QFETCH(bool, roomIdListed);
        Peer hana(QStringLiteral("Hana"), QStringLiteral("#e53935"));
        hana.tab = hana.window.workspace().newDocument();
        hana.editor()->setText(QStringLiteral("print(1)\n"));
        HostOptions options;
        options.port = 0;
        options.password = password;
        options.announceRoomId = announceRoomId;
        const Result<Invite> invite = hana.collaboration().host(hana.tab, options);
        QVERIFY(invite.ok());
        // A second tab, hosted with announcing turned off, must never show up.
        DocumentTab *hidden = hana.window.workspace().newDocument();
        HostOptions unannounced;
        unannounced.port = 0;
        unannounced.announce = false;
        QVERIFY(hana.collaboration().host(hidden, unannounced).ok());

        NearbySessionsList nearby(QDBusConnection::systemBus());
        QTRY_COMPARE_WITH_TIMEOUT(nearby.list()->count(), 1, 10000);
        const NearbySession session = nearby.session(nearby.list()->item(0));
        QCOMPARE(session.announcement.hostName, QStringLiteral("Hana"));
        QCOMPARE(session.announcement.port, invite.value().port());
        QCOMPARE(session.announcement.encrypted, true);
        QCOMPARE(session.announcement.fingerprint, invite.value().fingerprint());
        QCOMPARE(session.announcement.hasPassword, !password.isEmpty());
        QCOMPARE(session.hasRoomId(), roomIdListed);
        if (roomIdListed)
            QCOMPARE(session.invite().roomId(), invite.value().roomId());
        QTest::qWait(500);
        QCOMPARE(nearby.list()->count(), 1);

        hana.collaboration().leave(hana.tab);
        QTRY_COMPARE_WITH_TIMEOUT(nearby.list()->count(), 0, 10000);
    }
};

QTEST_MAIN(LanTest)
#include "tst_lan.moc"
