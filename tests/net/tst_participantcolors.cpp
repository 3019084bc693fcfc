// Colours within a room: a participant whose colour is the same as, or hard to tell from, one
// already present gets another, says so in welcome.you, and the others see that one.
#include "RawClient.h"
#include "server/RoomServer.h"

#include <QRegularExpression>
#include <QTest>

using namespace ensemble;
using ensemble::test::RawClient;

namespace {

QJsonObject withColor(const QString &color)
{
    return {{QStringLiteral("color"), color}};
}

QString colorOf(const QJsonObject &participant)
{
    return participant.value(QStringLiteral("color")).toString();
}

} // namespace

class TestParticipantColors : public QObject
{
    Q_OBJECT

private slots:
    void colorsAreKeptApart_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<bool>("kept");
        // Two people both called "Guest" picked the same colour from the same name.
        QTest::addRow("the same") << "#1e88e5"
                                  << "#1e88e5" << false;
        QTest::addRow("nearly the same") << "#1e88e5"
                                         << "#2287e0" << false;
        QTest::addRow("black twice") << "#000000"
                                     << "#000000" << false;
        QTest::addRow("different") << "#1e88e5"
                                   << "#d81b60" << true;
        QTest::addRow("dark and light grey") << "#202020"
                                             << "#c0c0c0" << true;
    }

    void colorsAreKeptApart()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(bool, kept);
        RoomServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("text")).value();
        const QUrl url(QStringLiteral("ws://127.0.0.1:%1/%2").arg(server.port()).arg(room));
        RawClient ana;
        RawClient bo;
        QVERIFY(ana.open(url));
        const QJsonObject anaWelcome = ana.hello(QStringLiteral("ana"), withColor(first));
        QCOMPARE(colorOf(anaWelcome.value(QStringLiteral("you")).toObject()), first);
        QVERIFY(bo.open(url));
        const QJsonObject boWelcome = bo.hello(QStringLiteral("bo"), withColor(second));
        const QString given = colorOf(boWelcome.value(QStringLiteral("you")).toObject());
        QVERIFY2(QRegularExpression(QStringLiteral("^#[0-9a-f]{6}$")).match(given).hasMatch(),
                 qPrintable(given));
        if (kept) {
            QCOMPARE(given, second);
        } else {
            QVERIFY2(given != second, qPrintable(given));
            QVERIFY2(given != first, qPrintable(given));
        }
        // The others learn the colour the room gave, not the one asked for.
        const QJsonObject joined = ana.next(QStringLiteral("joined"));
        QCOMPARE(colorOf(joined.value(QStringLiteral("user")).toObject()), given);
    }
};

QTEST_GUILESS_MAIN(TestParticipantColors)
#include "tst_participantcolors.moc"
