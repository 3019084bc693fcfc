#include "Announcement.h"

#include <QTest>

using namespace ensemble;

// What a host puts in its DNS-SD TXT record comes back as it was, within DNS's size limits.
class AnnouncementTest : public QObject
{
    Q_OBJECT

private slots:
    void txtRecordRoundTrips_data()
    {
        QTest::addColumn<Announcement>("announcement");
        Announcement plain;
        plain.title = QStringLiteral("fib.py");
        plain.hostName = QStringLiteral("Hana");
        QTest::addRow("plain, no room id") << plain;
        Announcement secured = plain;
        secured.encrypted = true;
        secured.fingerprint = QByteArray(32, '\x5a');
        secured.hasPassword = true;
        secured.roomId = QStringLiteral("3f2b8c1e-9a4d-4e6f-8b1a-0c2d3e4f5a6b");
        QTest::addRow("encrypted, password, room id") << secured;
        Announcement unicode = plain;
        unicode.title = QStringLiteral("Übung 3 — 練習.txt");
        unicode.hostName = QStringLiteral("Zoë 😀");
        QTest::addRow("non-ASCII names") << unicode;
        Announcement untitled;
        QTest::addRow("nothing known") << untitled;
    }
    void txtRecordRoundTrips()
    {
        QFETCH(Announcement, announcement);
        QCOMPARE(Announcement::fromTxt(announcement.toTxt()), announcement);
    }

    void limitsOfDns_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addRow("long ASCII") << QString(400, u'a');
        QTest::addRow("long with astral characters")
            << QString(200, u'x') + QStringLiteral("😀").repeated(100);
        QTest::addRow("astral at the cut") << QString(61, u'x') + QStringLiteral("😀😀");
    }
    void limitsOfDns()
    {
        QFETCH(QString, title);
        Announcement announcement;
        announcement.title = title;
        announcement.hostName = QStringLiteral("Hana");
        const QString name = announcement.serviceName();
        QVERIFY(name.toUtf8().size() <= 63);
        QVERIFY((title + QStringLiteral(" (Hana)")).startsWith(name));
        QVERIFY(!name.isEmpty() && !name.back().isHighSurrogate());
        for (const QByteArray &item : announcement.toTxt())
            QVERIFY2(item.size() <= 255, item.constData());
        const QString kept = Announcement::fromTxt(announcement.toTxt()).title;
        QVERIFY(title.startsWith(kept));
        QVERIFY(!kept.isEmpty() && !kept.back().isHighSurrogate());
    }

    void malformedFieldsAreDropped_data()
    {
        QTest::addColumn<QList<QByteArray>>("txt");
        QTest::addColumn<bool>("hasFingerprint");
        QTest::addColumn<bool>("hasRoomId");
        QTest::addRow("short fingerprint") << QList<QByteArray> {"fp=abcd"} << false << false;
        QTest::addRow("not hex") << QList<QByteArray> {"fp=" + QByteArray(64, 'z')} << false
                                 << false;
        QTest::addRow("room id not a UUID")
            << QList<QByteArray> {"room=../../etc/passwd"} << false << false;
        QTest::addRow("no equals sign") << QList<QByteArray> {"room", "fp"} << false << false;
        QTest::addRow("well formed") << QList<QByteArray> {"fp=" + QByteArray(32, '\x11').toHex(),
                                                           "room=3f2b8c1e-9a4d-4e6f-8b1a-"
                                                           "0c2d3e4f5a6b"}
                                     << true << true;
    }
    void malformedFieldsAreDropped()
    {
        QFETCH(QList<QByteArray>, txt);
        QFETCH(bool, hasFingerprint);
        QFETCH(bool, hasRoomId);
        const Announcement read = Announcement::fromTxt(txt);
        QCOMPARE(!read.fingerprint.isEmpty(), hasFingerprint);
        QCOMPARE(!read.roomId.isEmpty(), hasRoomId);
    }
};

QTEST_GUILESS_MAIN(AnnouncementTest)
#include "tst_announcement.moc"
