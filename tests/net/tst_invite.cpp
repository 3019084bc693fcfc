// Invites: what a user may paste, and what it turns into.
#include "client/Invite.h"

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
        QVERIFY(invite.value().toString().startsWith(QStringLiteral("ensemble://")));
    }
};

QTEST_GUILESS_MAIN(TestInvite)
#include "tst_invite.moc"
