// What reading one client frame costs the server thread: typical `op` frames (a keystroke with
// its selection, a paste, a protocol 2 edit) read by parseClientMessage (the plain-op shortcut
// first) and by the general reader it falls back to, which builds a QJsonObject.
#include "protocol/MessageParser.h"

#include <QElapsedTimer>
#include <QTest>

using namespace ensemble;

class BenchParse : public QObject
{
    Q_OBJECT

private slots:
    void readOp_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addRow("keystroke") << QByteArray(
            "{\"type\":\"op\",\"revision\":48211,\"seq\":5120,\"op\":[10342,\"e\",1873],"
            "\"selection\":[{\"anchor\":10343,\"head\":10343}]}");
        QTest::addRow("protocol 2 keystroke") << QByteArray(
            "{\"type\":\"op\",\"revision\":48211,\"seq\":5120,\"op\":[10342,\"e\",1873],"
            "\"selection\":[{\"anchor\":10343,\"head\":10343}],\"doc\":\"d17\"}");
        QByteArray paste = "{\"type\":\"op\",\"revision\":7,\"seq\":9,\"op\":[120,\"";
        for (int i = 0; i < 40; ++i)
            paste += "    if (x < 10) { return \\\"text\\\"; }\\n";
        paste += "\",-4,300]}";
        QTest::addRow("paste of 40 lines") << paste;
    }

    void readOp()
    {
        QFETCH(QByteArray, frame);
        const Limits limits;
        constexpr int rounds = 200000;
        const auto measure = [&](auto &&read) {
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < rounds; ++i) {
                const Result<ClientMessage> message = read(frame, limits);
                if (!message)
                    qFatal("unreadable frame: %s", qPrintable(message.error().message));
            }
            return double(timer.nsecsElapsed()) / rounds;
        };
        const double general = measure(parseClientMessageInGeneral);
        const double shortcut = measure(parseClientMessage);
        qInfo("%-22s %4lld bytes: general %7.0f ns, parseClientMessage %7.0f ns (%.1fx)",
              QTest::currentDataTag(), qlonglong(frame.size()), general, shortcut,
              general / shortcut);
    }
};

QTEST_GUILESS_MAIN(BenchParse)
#include "bench_parse.moc"
