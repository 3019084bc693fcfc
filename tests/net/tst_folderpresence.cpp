// Protocol 2 presence over real sockets: `summon` ("Ask Everyone to Follow Me") reaches everyone
// else, whoever asks; and who works in a document that is deleted works in none afterwards, for
// those in the session and for those who join later.
#include "AccessFixtures.h"
#include "RawClient.h"
#include "client/SessionClient.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace ensemble;
using namespace ensemble::test;

namespace {

QJsonObject hello2(RawClient &raw, const QString &name, const QJsonObject &extra = {})
{
    QJsonObject fields = extra;
    fields.insert(QStringLiteral("protocol"), 2);
    return raw.hello(name, fields);
}

// The doc of participant user in a welcome's users (null when the user is not listed).
QJsonValue focusIn(const QJsonObject &welcome, int user)
{
    for (const QJsonValue &p : welcome.value(QStringLiteral("users")).toArray()) {
        if (p.toObject().value(QStringLiteral("id")).toInt() == user)
            return p.toObject().value(QStringLiteral("doc"));
    }
    return QJsonValue(QJsonValue::Null);
}

} // namespace

class TestFolderPresence : public QObject
{
    Q_OBJECT

private slots:
    // Who summons, in a session that is read-only or not: everyone else hears `summon` with the
    // asker's id, the asker does not, and a protocol 1 member (in a one-document session) never.
    void summonReachesEveryoneElse_data()
    {
        QTest::addColumn<bool>("readOnly");
        QTest::addColumn<bool>("byOwner");
        QTest::addRow("guest") << false << false;
        QTest::addRow("owner") << false << true;
        QTest::addRow("read-only guest") << true << false;
    }
    void summonReachesEveryoneElse()
    {
        QFETCH(bool, readOnly);
        QFETCH(bool, byOwner);
        RoomServer server(quickConfig());
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room
            = server.createRoom(QStringLiteral("one"), {}, {}, {{}, {}, ownerKey, readOnly})
                  .value();
        RawClient owner;
        RawClient guest;
        RawClient old;
        for (RawClient *raw : {&owner, &guest, &old})
            QVERIFY(raw->open(roomUrl(server, room)));
        const int ownerId = userId(
            hello2(owner, QStringLiteral("owner"), field(QStringLiteral("owner"), ownerKey)));
        const int guestId = userId(hello2(guest, QStringLiteral("guest")));
        QCOMPARE(old.hello(QStringLiteral("old")).value(QStringLiteral("type")).toString(),
                 QStringLiteral("welcome"));
        RawClient &asker = byOwner ? owner : guest;
        RawClient &other = byOwner ? guest : owner;
        asker.send(message(QStringLiteral("summon"), {}));
        const QJsonObject summon = other.next(QStringLiteral("summon"));
        QCOMPARE(summon.value(QStringLiteral("user")).toInt(), byOwner ? ownerId : guestId);
        // A chat line after it shows that nothing else came first and the asker got no echo.
        asker.send(message(QStringLiteral("chat"), field(QStringLiteral("text"), u"end"_qs)));
        for (RawClient *raw : {&asker, &old}) {
            QVERIFY(!raw->next(QStringLiteral("chat")).isEmpty());
            for (const QString &f : raw->frames())
                QVERIFY2(!f.contains(u"\"type\":\"summon\""_qs) && !f.contains(u"\"error\""_qs),
                         qPrintable(f));
        }
    }

    // The client side: SessionClient::summon() reaches the other client as summoned(id).
    void clientsHearSummons()
    {
        RoomServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("one")).value();
        SessionClient ana;
        SessionClient bob;
        for (SessionClient *client : {&ana, &bob}) {
            const QString name = client == &ana ? u"ana"_qs : u"bob"_qs;
            client->setIdentity(name, QStringLiteral("#102030"), name + QStringLiteral("-client"));
            client->setProtocol(2);
        }
        QVERIFY(!ana.summon()); // Offline: nothing to tell.
        for (SessionClient *client : {&ana, &bob})
            client->join(inviteTo(server, room));
        QTRY_VERIFY(ana.state() == SessionClient::State::Connected
                    && bob.state() == SessionClient::State::Connected);
        QSignalSpy bobHears(&bob, &SessionClient::summoned);
        QSignalSpy anaHears(&ana, &SessionClient::summoned);
        QVERIFY(ana.summon());
        QTRY_COMPARE(bobHears.size(), 1);
        QCOMPARE(bobHears.at(0).at(0).toInt(), ana.self().id);
        QCOMPARE(anaHears.size(), 0);
    }

    // Ana works in a document, Bob deletes a path: whether Ana's focus is cleared for Bob (a
    // `focus` with no doc) and in a later joiner's welcome.
    void focusOnADeletedDocumentIsCleared_data()
    {
        QTest::addColumn<QString>("deleted");
        QTest::addColumn<bool>("cleared");
        QTest::addRow("her file") << u"src/a.cpp"_qs << true;
        QTest::addRow("its folder") << u"src"_qs << true;
        QTest::addRow("another file") << u"b.cpp"_qs << false;
    }
    void focusOnADeletedDocumentIsCleared()
    {
        QFETCH(QString, deleted);
        QFETCH(bool, cleared);
        RoomServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("one")).value();
        const QString doc = server.addDocument(room, u"src/a.cpp"_qs, u"a"_qs).value().doc;
        QVERIFY(server.addDocument(room, u"b.cpp"_qs, u"b"_qs));
        RawClient ana;
        RawClient bob;
        for (RawClient *raw : {&ana, &bob})
            QVERIFY(raw->open(roomUrl(server, room)));
        const int anaId = userId(hello2(ana, QStringLiteral("ana")));
        hello2(bob, QStringLiteral("bob"));
        ana.send(message(QStringLiteral("focus"), field(QStringLiteral("doc"), doc)));
        QCOMPARE(bob.next(QStringLiteral("focus")).value(QStringLiteral("doc")).toString(), doc);
        bob.send(message(QStringLiteral("delete"), field(QStringLiteral("path"), deleted)));
        QCOMPARE(bob.next(QStringLiteral("tree")).value(QStringLiteral("change")).toString(),
                 QStringLiteral("delete"));
        bob.send(message(QStringLiteral("chat"), field(QStringLiteral("text"), u"end"_qs)));
        QVERIFY(!bob.next(QStringLiteral("chat")).isEmpty());
        int clears = 0;
        for (const QString &f : bob.frames()) {
            if (f.contains(u"\"type\":\"focus\""_qs) && f.contains(u"\"doc\":\"\""_qs))
                ++clears;
        }
        QCOMPARE(clears, cleared ? 1 : 0);
        RawClient later;
        QVERIFY(later.open(roomUrl(server, room)));
        QCOMPARE(focusIn(hello2(later, QStringLiteral("later")), anaId).toString(),
                 cleared ? QString() : doc);
    }
};

QTEST_GUILESS_MAIN(TestFolderPresence)
#include "tst_folderpresence.moc"
