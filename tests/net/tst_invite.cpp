// Invites: what a user may paste, and what it turns into.
#include "client/Invite.h"
#include "client/WebLink.h"

#include <QTest>

using namespace ensemble;

class TestInvite : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("wsUrl");
        const QString id = QStringLiteral("3f2b8c1e-9a4d-4e6f-8b1a-0c2d3e4f5a6b");
        QTest::addRow("ensemble") << "ensemble://example.org:9000/" + id << true << "example.org"
                                  << 9000 << "ws://example.org:9000/" + id;
        QTest::addRow("default port") << "ensemble://10.0.0.5/" + id << true << "10.0.0.5" << 7717
                                      << "ws://10.0.0.5:7717/" + id;
        QTest::addRow("bare ws") << "ws://127.0.0.1:4000/" + id << true << "127.0.0.1" << 4000
                                 << "ws://127.0.0.1:4000/" + id;
        QTest::addRow("whitespace, trailing slash, upper case") << "  ensemble://host:1/"
                + id.toUpper() + "/\n" << true << "host" << 1 << "ws://host:1/" + id;
        QTest::addRow("ipv6") << "ensemble://[::1]:7717/" + id << true << "::1" << 7717
                              << "ws://[::1]:7717/" + id;
        const QString fp
            = QStringLiteral("d7ac304f3ca3567b5fdf27456cfc0e0d2266fe198610ceb7a84a28ae9e6ee0bd");
        QTest::addRow("fingerprint") << "ensemble://example.org:9000/" + id + "?fp=" + fp << true
                                     << "example.org" << 9000 << "wss://example.org:9000/" + id;
        QTest::addRow("fingerprint, upper case pairs") << "ensemble://h:1/" + id + "?fp="
                + QString::fromLatin1(QByteArray::fromHex(fp.toLatin1()).toHex(':').toUpper())
                                                       << true << "h" << 1 << "wss://h:1/" + id;
        QTest::addRow("bare wss") << "wss://h:2/" + id << true << "h" << 2 << "wss://h:2/" + id;
        QTest::addRow("wss and fingerprint")
            << "wss://h:2/" + id + "?fp=" + fp << true << "h" << 2 << "wss://h:2/" + id;
        QTest::addRow("ws and fingerprint")
            << "ws://h:2/" + id + "?fp=" + fp << false << "" << 0 << "";
        QTest::addRow("short fingerprint")
            << "ensemble://h:2/" + id + "?fp=" + fp.left(62) << false << "" << 0 << "";
        QTest::addRow("not hex") << "ensemble://h:2/" + id + "?fp=" + QString(64, u'z') << false
                                 << "" << 0 << "";
        QTest::addRow("fingerprint and more")
            << "ensemble://h:2/" + id + "?fp=" + fp + "&a=b" << false << "" << 0 << "";
        QTest::addRow("http") << "http://host:1/" + id << false << "" << 0 << "";
        QTest::addRow("no room") << QStringLiteral("ensemble://host:1/") << false << "" << 0 << "";
        QTest::addRow("bad room") << QStringLiteral("ensemble://host:1/not-a-room") << false << ""
                                  << 0 << "";
        QTest::addRow("extra path") << "ensemble://host:1/x/" + id << false << "" << 0 << "";
        QTest::addRow("query") << "ensemble://host:1/" + id + "?a=b" << false << "" << 0 << "";
        QTest::addRow("no host") << "ensemble:///" + id << false << "" << 0 << "";
        QTest::addRow("port zero") << "ensemble://host:0/" + id << false << "" << 0 << "";
        QTest::addRow("garbage") << QStringLiteral("hello there") << false << "" << 0 << "";
        QTest::addRow("empty") << QString() << false << "" << 0 << "";
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        Result<Invite> invite = Invite::parse(text);
        QCOMPARE(invite.ok(), ok);
        if (!ok) {
            QCOMPARE(invite.error().code, QStringLiteral("bad_invite"));
            QVERIFY(!invite.error().message.isEmpty());
            return;
        }
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, wsUrl);
        QCOMPARE(invite.value().host(), host);
        QCOMPARE(int(invite.value().port()), port);
        QCOMPARE(invite.value().webSocketUrl().toString(), wsUrl);
        // The shareable form parses back to the same invite.
        Result<Invite> again = Invite::parse(invite.value().toString());
        QVERIFY(again.ok());
        QVERIFY(again.value() == invite.value());
        // An encrypted invite without a pin can only be written as wss://.
        const bool pinned = !invite.value().fingerprint().isEmpty();
        QVERIFY(invite.value().toString().startsWith(pinned || !invite.value().isEncrypted()
                                                         ? QStringLiteral("ensemble://")
                                                         : QStringLiteral("wss://")));
        QCOMPARE(invite.value().toString().contains(QStringLiteral("?fp=")), pinned);
    }

    void fingerprintRoundTrip()
    {
        const QString id = QStringLiteral("3f2b8c1e-9a4d-4e6f-8b1a-0c2d3e4f5a6b");
        const QByteArray sha256(32, '\xab');
        Invite invite(QStringLiteral("10.0.0.5"), 7717, id);
        QVERIFY(!invite.isEncrypted());
        invite.setFingerprint(sha256);
        QVERIFY(invite.isEncrypted());
        const QString written = invite.toString();
        QCOMPARE(written,
                 "ensemble://10.0.0.5:7717/" + id + "?fp=" + QStringLiteral("ab").repeated(32));
        const Result<Invite> parsed = Invite::parse(written);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().fingerprint(), sha256);
        QVERIFY(parsed.value() == invite);
        QCOMPARE(invite.server(), QStringLiteral("10.0.0.5:7717"));
        QCOMPARE(Invite(QStringLiteral("::1"), 1, id).server(), QStringLiteral("[::1]:1"));

        // Back to ws:// drops the pin.
        invite.setEncrypted(false);
        QVERIFY(invite.fingerprint().isEmpty());
        QCOMPARE(invite.toString(), "ensemble://10.0.0.5:7717/" + id);
        const Result<Invite> wrong = Invite::parse(written.left(written.size() - 1));
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error().message.contains(QStringLiteral("64")),
                 qPrintable(wrong.error().message));
    }

    void webLinkOpensTheRoomInABrowser_data()
    {
        QTest::addColumn<QString>("invite");
        QTest::addColumn<QString>("link");
        const QString room = QStringLiteral("3f2b8c1e-9a4d-4e6f-8b1a-0c2d3e4f5a6b");
        QTest::addRow("plain") << u"ensemble://192.168.1.20:7717/"_qs + room
                               << u"http://192.168.1.20:7717/"_qs + room;
        QTest::addRow("default port")
            << u"ensemble://host.lan/"_qs + room << u"http://host.lan:7717/"_qs + room;
        QTest::addRow("pinned certificate") << u"ensemble://10.0.0.5:9000/"_qs + room + u"?fp="_qs
                + QString(64, u'a') << u"https://10.0.0.5:9000/"_qs + room;
        QTest::addRow("IPv6") << u"ensemble://[fe80::1]:7717/"_qs + room
                              << u"http://[fe80::1]:7717/"_qs + room;
    }

    void webLinkOpensTheRoomInABrowser()
    {
        QFETCH(QString, invite);
        QFETCH(QString, link);
        const Result<Invite> parsed = Invite::parse(invite);
        QVERIFY(parsed.ok());
        QCOMPARE(webLink(parsed.value()), link);
    }
};

QTEST_GUILESS_MAIN(TestInvite)
#include "tst_invite.moc"
