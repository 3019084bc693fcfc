// The embedded host runs in a thread of its own: the guests go on editing while the host's window
// is busy, and stopping or quitting with guests connected neither hangs nor crashes.
#include "GuestThread.h"
#include "SessionPeers.h"

#include <QSemaphore>

using namespace ensemble;
using namespace ensemble::test;

namespace {

const QString seed = QStringLiteral("line one\nline two\n");

// The threads of the hosts stopped so far that are still closing.
QList<QThread *> hostThreads()
{
    QList<QThread *> threads;
    for (QThread *thread : qApp->findChildren<QThread *>()) {
        if (thread->objectName() == QLatin1String("Ensemble host"))
            threads.append(thread);
    }
    return threads;
}

// host shares seed on a free loopback port; the invite, or an empty one on failure.
Invite startHosting(Peer &host)
{
    host.window.openStartupFiles({});
    host.tab = host.window.workspace().current();
    host.editor()->setText(seed);
    HostOptions options;
    options.bindAddress = QHostAddress::LocalHost;
    options.port = 0;
    const Result<Invite> hosted = host.collaboration().host(host.tab, options);
    return hosted ? hosted.value() : Invite();
}

} // namespace

class HostThreadTest : public QObject
{
    Q_OBJECT

private slots:
    void guestsEditWhileTheHostWindowIsBlocked();
    void stoppingHostingWithGuestsConnected();
    void closingTheHostWindowWhileGuestsType();
    void quittingWhileHosting();
};

void HostThreadTest::guestsEditWhileTheHostWindowIsBlocked()
{
    QSemaphore converged; // before the guests, who signal it until they are gone
    Peer host(QStringLiteral("Hana"), QStringLiteral("#d81b60"));
    const Invite invite = startHosting(host);
    QVERIFY(invite.isValid());
    GuestThread guests;
    guests.join(QStringLiteral("Ana"), invite);
    guests.join(QStringLiteral("Bo"), invite);
    QTRY_VERIFY_WITH_TIMEOUT(guests.allJoined(), 30000);
    QTRY_VERIFY(host.connected());

    // The guests type while this thread, the host's GUI thread, does nothing but wait for them:
    // their edits and acks can only travel if the server does not need it.
    const QString expected = QStringLiteral("ana line one\nline two\nbo");
    guests.post([&](std::vector<std::unique_ptr<TestPeer>> &peers) {
        TestPeer *ana = peers[0].get();
        TestPeer *bo = peers[1].get();
        const auto check = [&converged, ana, bo, expected] {
            if (ana->text() == expected && bo->text() == expected
                && ana->client().unsentEditCount() == 0 && bo->client().unsentEditCount() == 0
                && converged.available() == 0)
                converged.release();
        };
        for (TestPeer *peer : {ana, bo}) {
            connect(&peer->client(), &SessionClient::remoteOperation, peer, check);
            connect(&peer->client(), &SessionClient::unsentEditCountChanged, peer, check);
        }
        ana->insert(0, QStringLiteral("ana "));
        bo->insert(seed.size(), QStringLiteral("bo"));
    });
    QVERIFY2(converged.tryAcquire(1, 30000),
             qPrintable(guests.texts().join(QStringLiteral(" | "))));
    // The window catches up once it runs again.
    QTRY_COMPARE(host.text(), expected);
    QCOMPARE(guests.texts(), QStringList({expected, expected}));
}

void HostThreadTest::stoppingHostingWithGuestsConnected()
{
    Peer host(QStringLiteral("Hana"), QStringLiteral("#d81b60"));
    const Invite invite = startHosting(host);
    QVERIFY(invite.isValid());
    GuestThread guests;
    guests.join(QStringLiteral("Ana"), invite);
    guests.join(QStringLiteral("Bo"), invite);
    QTRY_VERIFY_WITH_TIMEOUT(guests.allJoined(), 30000);
    guests.post([](auto &peers) { peers[0]->insert(0, QStringLiteral("last words ")); });
    const QString last = QStringLiteral("last words ") + seed;
    QTRY_COMPARE(host.text(), last);

    host.collaboration().leave(host.tab);
    const QString closed = QStringLiteral("room_closed");
    QTRY_COMPARE_WITH_TIMEOUT(guests.errors(), QStringList({closed, closed}), 30000);
    QCOMPARE(guests.texts(), QStringList({last, last}));
    QCOMPARE(host.text(), last);
    QTRY_VERIFY(hostThreads().isEmpty());
}

void HostThreadTest::closingTheHostWindowWhileGuestsType()
{
    auto host = std::make_unique<Peer>(QStringLiteral("Hana"), QStringLiteral("#d81b60"));
    const Invite invite = startHosting(*host);
    QVERIFY(invite.isValid());
    GuestThread guests;
    guests.join(QStringLiteral("Ana"), invite);
    guests.join(QStringLiteral("Bo"), invite);
    QTRY_VERIFY_WITH_TIMEOUT(guests.allJoined(), 30000);
    // Both type fast enough for edits to be in flight when the window goes (a key every 10 ms,
    // sent after a pause of 5).
    guests.post([](std::vector<std::unique_ptr<TestPeer>> &peers) {
        for (const auto &peer : peers) {
            auto *keyboard = new QTimer(peer.get());
            connect(keyboard, &QTimer::timeout, peer.get(),
                    [peer = peer.get()] { peer->insert(0, QStringLiteral("x")); });
            connect(&peer->client(), &SessionClient::errorOccurred, keyboard, &QTimer::stop);
            keyboard->start(10);
        }
    });
    QTRY_VERIFY(host.get()->text().size() > seed.size() + 20);

    // As when the application quits: the window goes while the event loop no longer runs.
    host.reset();
    const QString closed = QStringLiteral("room_closed");
    QTRY_COMPARE_WITH_TIMEOUT(guests.errors(), QStringList({closed, closed}), 30000);
    QTRY_VERIFY(hostThreads().isEmpty());
}

void HostThreadTest::quittingWhileHosting()
{
    auto host = std::make_unique<Peer>(QStringLiteral("Hana"), QStringLiteral("#d81b60"));
    const Invite invite = startHosting(*host);
    QVERIFY(invite.isValid());
    GuestThread guests;
    guests.join(QStringLiteral("Ana"), invite);
    QTRY_VERIFY_WITH_TIMEOUT(guests.allJoined(), 30000);
    // As when the application quits while hosting: the window goes, the event loop does not run
    // again, and the application ends right after. The host's thread now belongs to the
    // application, which must wait for it (and neither destroy it running nor leave it running).
    host.reset();
    QCOMPARE(hostThreads().size(), 1);
}

QTEST_MAIN(HostThreadTest)
#include "tst_hostthread.moc"
