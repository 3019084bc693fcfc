// What reading one client frame costs the server thread: typical `op` frames (a keystroke with
// its selection, a paste, a protocol 2 edit) read by parseClientMessage (the plain-op shortcut
// first) and by the general reader it falls back to, which builds a QJsonObject.
#include "protocol/MessageParser.h"

#include <QElapsedTimer>

#include <QTest>
#include <algorithm>

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

    void readCreatingHello()
    {
        // bench_bigroom's 10 MB text: program text with an escape every seven characters.
        const QByteArray line
            = "\\tstd::printf(\\\"value %d \\\\\\\"%s\\\\\\\"\\\\n\\\", x, name); "
              "// the line that is repeated\\n";
        QByteArray frame = "{\"type\":\"hello\",\"protocol\":1,\"name\":\"creator\","
                           "\"color\":\"#102030\",\"client\":\"creator\",\"create\":{\"text\":\"";
        frame += line.repeated(10'000'000 / 64);
        frame += "\"}}";
        Limits limits;
        limits.maxDocumentLength = 16 * 1024 * 1024;
        QList<double> times;
        qsizetype length = 0;
        for (int i = 0; i < 7; ++i) {
            QElapsedTimer timer;
            timer.start();
            const Result<ClientMessage> message = parseClientMessage(frame, limits);
            times.append(double(timer.nsecsElapsed()) / 1e6);
            if (!message)
                qFatal("unreadable hello: %s", qPrintable(message.error().message));
            length = std::get<HelloMsg>(message.value()).create->text.size();
        }
        std::sort(times.begin(), times.end());
        qInfo("hello creating a room of %lld units (%lld bytes): median %.1f ms, fastest %.1f ms",
              qlonglong(length), qlonglong(frame.size()), times.at(times.size() / 2),
              times.first());
    }
};

QTEST_GUILESS_MAIN(BenchParse)
#include "bench_parse.moc"
