#include "SessionPeers.h"

#include <QtGlobal>

#include <sys/resource.h>

using namespace ensemble;
using namespace ensemble::test;

namespace {

// CPU time this process has used so far, user and system, in all its threads.
std::chrono::microseconds processCpuTime()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto toMicro = [](const timeval &t) {
        return std::chrono::seconds(t.tv_sec) + std::chrono::microseconds(t.tv_usec);
    };
    return toMicro(usage.ru_utime) + toMicro(usage.ru_stime);
}

QByteArray linesOfText(qsizetype bytes)
{
    QByteArray text;
    text.reserve(bytes + 64);
    for (int line = 1; text.size() < bytes; ++line)
        text += "line " + QByteArray::number(line) + " of a document nobody is touching\n";
    return text;
}

enum class Sharing { None, Hosting, Joined };

} // namespace

// A window with nothing happening in it must not use the processor: a laptop's battery and the
// other programs on the machine pay for every busy timer.
class IdleCpuTest : public QObject
{
    Q_OBJECT

private slots:
    void anIdleWindowUsesNoProcessor_data();
    void anIdleWindowUsesNoProcessor();
};

void IdleCpuTest::anIdleWindowUsesNoProcessor_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<qsizetype>("bytes");
    QTest::addColumn<Sharing>("sharing");
    QTest::addRow("plain text") << "notes.txt" << qsizetype(20'000) << Sharing::None;
    QTest::addRow("a file without an extension") << "NOTES" << qsizetype(20'000) << Sharing::None;
    QTest::addRow("Python") << "fib.py" << qsizetype(20'000) << Sharing::None;
    QTest::addRow("10 MB of plain text") << "big.txt" << qsizetype(10'000'000) << Sharing::None;
    QTest::addRow("hosting plain text") << "notes.txt" << qsizetype(20'000) << Sharing::Hosting;
    QTest::addRow("host and guest in plain text")
        << "notes.txt" << qsizetype(20'000) << Sharing::Joined;
    QTest::addRow("host and guest in C++") << "main.cpp" << qsizetype(20'000) << Sharing::Joined;
}

void IdleCpuTest::anIdleWindowUsesNoProcessor()
{
    QFETCH(QString, fileName);
    QFETCH(qsizetype, bytes);
    QFETCH(Sharing, sharing);

    Peer host {QStringLiteral("Hana"), QStringLiteral("#d81b60")};
    std::unique_ptr<Peer> guest;
    host.window.openStartupFiles({host.folder.write(fileName, linesOfText(bytes))});
    host.tab = host.window.workspace().current();
    QVERIFY(host.tab);
    QCOMPARE(host.text().size(), linesOfText(bytes).size());
    if (sharing != Sharing::None) {
        HostOptions options;
        options.bindAddress = QHostAddress::LocalHost;
        options.port = 0;
        const Result<Invite> hosted = host.collaboration().host(host.tab, options);
        QVERIFY(hosted.ok());
        QTRY_VERIFY(host.connected());
        if (sharing == Sharing::Joined) {
            guest = std::make_unique<Peer>(QStringLiteral("Ana"), QStringLiteral("#1e88e5"));
            guest->tab = guest->collaboration().join(hosted.value());
            QTRY_VERIFY(guest->connected());
            QTRY_COMPARE(guest->text(), host.text());
        }
    }
    // A lexer styles what is left of the document in idle time; that is work, not idling.
    const auto styled = [](Peer &peer) {
        const long length = peer.editor()->SendScintilla(QsciScintillaBase::SCI_GETLENGTH);
        return peer.editor()->language().makeLexer == nullptr
            || peer.editor()->SendScintilla(QsciScintillaBase::SCI_GETENDSTYLED) == length;
    };
    QTRY_VERIFY_WITH_TIMEOUT(styled(host) && (!guest || styled(*guest)), 60'000);
    QTest::qWait(1000);

    const auto cpuBefore = processCpuTime();
    QElapsedTimer wall;
    wall.start();
    QTest::qWait(3000);
    const double busy
        = double((processCpuTime() - cpuBefore).count()) / 1000.0 / double(wall.elapsed());
    qInfo("%s: %.1f %% of one core while idle", qPrintable(fileName), busy * 100);
    QVERIFY2(busy < 0.05, qPrintable(QStringLiteral("%1 % of a core").arg(busy * 100, 0, 'f', 1)));
}

QTEST_MAIN(IdleCpuTest)
#include "tst_idlecpu.moc"
