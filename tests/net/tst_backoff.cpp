// Reconnect delays: exponential, capped, jittered within [base/2, base], reset after success.
#include "client/Backoff.h"
#include "client/SessionError.h"

#include <QTest>

using namespace ensemble;

class TestBackoff : public QObject
{
    Q_OBJECT

private slots:
    void delaysDoubleUpToTheCap_data()
    {
        QTest::addColumn<int>("initial");
        QTest::addColumn<int>("maximum");
        QTest::addRow("defaults") << 500 << 30000;
        QTest::addRow("tests") << 20 << 200;
        QTest::addRow("cap below start") << 1000 << 10;
    }
    void delaysDoubleUpToTheCap()
    {
        QFETCH(int, initial);
        QFETCH(int, maximum);
        for (int run = 0; run < 50; ++run) {
            Backoff backoff(initial, maximum);
            qint64 base = initial;
            for (int attempt = 0; attempt < 40; ++attempt) {
                const int cap = int(std::min<qint64>(base, std::max(initial, maximum)));
                const int delay = backoff.nextDelay();
                QVERIFY2(delay >= cap / 2 && delay <= cap,
                         qPrintable(QStringLiteral("attempt %1: %2 not in [%3, %4]")
                                        .arg(attempt)
                                        .arg(delay)
                                        .arg(cap / 2)
                                        .arg(cap)));
                base *= 2;
            }
            QCOMPARE(backoff.attempts(), 40);
            backoff.reset();
            QVERIFY(backoff.nextDelay() <= initial);
        }
    }

    void jitterSpreadsClients()
    {
        // A thousand clients cut off together must not all come back in the same millisecond.
        QSet<int> delays;
        for (int i = 0; i < 1000; ++i)
            delays.insert(Backoff(500, 30000).nextDelay());
        QVERIFY(delays.size() > 100);
    }

    void errorCodesBecomeTypedErrors_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("fatal");
        using Kind = SessionError::Kind;
        QTest::addRow("no_such_room") << "no_such_room" << int(Kind::NoSuchRoom) << true;
        QTest::addRow("bad_room_id") << "bad_room_id" << int(Kind::NoSuchRoom) << true;
        QTest::addRow("wrong_password") << "wrong_password" << int(Kind::WrongPassword) << true;
        QTest::addRow("incompatible_version")
            << "incompatible_version" << int(Kind::IncompatibleVersion) << true;
        QTest::addRow("room_full") << "room_full" << int(Kind::RoomFull) << true;
        QTest::addRow("replaced") << "replaced" << int(Kind::Replaced) << true;
        QTest::addRow("room_closed") << "room_closed" << int(Kind::RoomClosed) << true;
        QTest::addRow("shutting_down") << "shutting_down" << int(Kind::ConnectionLost) << false;
        QTest::addRow("rate_limited") << "rate_limited" << int(Kind::ConnectionLost) << false;
        QTest::addRow("idle_timeout") << "idle_timeout" << int(Kind::ConnectionLost) << false;
        QTest::addRow("too_far_behind") << "too_far_behind" << int(Kind::ConnectionLost) << false;
        // Retrying cannot get past a per-address cap; a busy server may let it in later.
        QTest::addRow("too_many_connections")
            << "too_many_connections" << int(Kind::TooManyConnections) << true;
        QTest::addRow("server_busy") << "server_busy" << int(Kind::ConnectionLost) << false;
        QTest::addRow("bad_message") << "bad_message" << int(Kind::Rejected) << false;
        QTest::addRow("from the future") << "new_code_2031" << int(Kind::Rejected) << false;
    }
    void errorCodesBecomeTypedErrors()
    {
        QFETCH(QString, code);
        QFETCH(int, kind);
        QFETCH(bool, fatal);
        const SessionError error = SessionError::fromCode(code, QStringLiteral("detail"));
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.fatal, fatal);
        QCOMPARE(error.code, code);
        QVERIFY(!error.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
