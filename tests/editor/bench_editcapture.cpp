#include "CodeEditor.h"
#include "collab/EditCapture.h"
#include "collab/RemoteCursors.h"
#include "collab/SessionBinding.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <ctime>
#include <memory>

using namespace ensemble;

namespace {

using S = QsciScintillaBase;
constexpr int lineLength = 80;
constexpr int lineCount = 125000; // 10 MB
// Each row runs until it has made its count of edits or spent this long, whichever comes first,
// so that a slow path still gives a figure in reasonable time.
constexpr qint64 budgetMs = 3000;

enum class Place { Start, Middle, End };
enum class Attached { Nothing, Capture, Session };

double threadCpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

// Wall-clock and CPU time of this thread (the steadier figure on a shared machine).
class Stopwatch
{
public:
    Stopwatch()
        : m_cpu(threadCpuSeconds())
    {
        m_wall.start();
    }
    qint64 elapsedMs() const { return m_wall.elapsed(); }
    QString rate(int count, const char *unit) const
    {
        const double wall = double(m_wall.nsecsElapsed()) / 1e9;
        const double cpu = threadCpuSeconds() - m_cpu;
        return QStringLiteral("%1: %2 %3/s wall (%4 us each), %5 us CPU each")
            .arg(count)
            .arg(count / wall, 0, 'f', 0)
            .arg(QLatin1String(unit))
            .arg(wall * 1e6 / count, 0, 'f', 1)
            .arg(cpu * 1e6 / count, 0, 'f', 1);
    }

private:
    QElapsedTimer m_wall;
    double m_cpu;
};

} // namespace

Q_DECLARE_METATYPE(Place)
Q_DECLARE_METATYPE(Attached)

// How fast a 10 MB document takes local edits (through Scintilla's API and as keystrokes followed
// by the repaint each one causes) and remote ones, near its start, at byte 5,000,000 and at its
// end, alone or with a session attached. Figures are printed, never asserted.
class BenchEditCapture : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void conversions();
    void localEdits_data();
    void localEdits();
    void keystrokes_data();
    void keystrokes();
    void keystrokesBesideABrace_data();
    void keystrokesBesideABrace();
    void remoteEdits_data();
    void remoteEdits();
    void oneLongLine();

private:
    void load(int lines, int length);
    long position(Place place) const;
    void attach(Attached attached, long near);
    void rows();

    std::unique_ptr<CodeEditor> m_editor;
    std::unique_ptr<EditCapture> m_capture;
    SessionBinding *m_binding = nullptr;
    QRandomGenerator m_random {42};
};

void BenchEditCapture::init()
{
    m_editor = std::make_unique<CodeEditor>();
    m_editor->resize(800, 600);
}

void BenchEditCapture::cleanup()
{
    m_capture.reset();
    m_binding = nullptr;
    m_editor.reset();
}

void BenchEditCapture::load(int lines, int length)
{
    // Mostly ASCII, with two-, three- and four-byte characters on every line.
    const QString tail = QString::fromUtf8("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
    const QString line = QString(length - tail.size() - 1, QLatin1Char('x')) + tail + '\n';
    m_editor->loadDocumentText(line.repeated(lines));
    m_editor->SendScintilla(S::SCI_SETUNDOCOLLECTION, 0L);
}

long BenchEditCapture::position(Place place) const
{
    switch (place) {
    case Place::Start:
        return m_editor->SendScintilla(S::SCI_POSITIONFROMLINE, 10L) + 3;
    case Place::Middle: {
        const long line = m_editor->SendScintilla(S::SCI_LINEFROMPOSITION, 5'000'000L);
        return m_editor->SendScintilla(S::SCI_POSITIONFROMLINE, line) + 3;
    }
    case Place::End:
        break;
    }
    return m_editor->SendScintilla(S::SCI_GETLENGTH);
}

void BenchEditCapture::attach(Attached attached, long near)
{
    if (attached == Attached::Capture) {
        m_capture = std::make_unique<EditCapture>(m_editor.get(), nullptr);
    } else if (attached == Attached::Session) {
        // An active session with one other participant whose caret is on screen near the edits.
        m_binding = new SessionBinding(m_editor.get());
        m_binding->setActive(true);
        RemoteCursors *cursors = m_binding->cursors();
        cursors->setParticipant(QStringLiteral("peer"), QStringLiteral("Peer"), Qt::darkGreen);
        const qsizetype peer = m_binding->capture()->index().toUtf16(qMax(
            0L,
            m_editor->SendScintilla(S::SCI_POSITIONFROMLINE,
                                    m_editor->SendScintilla(S::SCI_LINEFROMPOSITION, near) - 1)));
        cursors->setSelection(QStringLiteral("peer"), {{peer, peer + 2}});
    }
}

void BenchEditCapture::rows()
{
    QTest::addColumn<Place>("place");
    QTest::addColumn<Attached>("attached");
    const std::pair<const char *, Place> places[] = {{"near the start", Place::Start},
                                                     {"at byte 5,000,000", Place::Middle},
                                                     {"at the end", Place::End}};
    const std::pair<const char *, Attached> attachments[] = {{"editor alone", Attached::Nothing},
                                                             {"EditCapture", Attached::Capture},
                                                             {"session", Attached::Session}};
    for (const auto &[placeName, place] : places) {
        for (const auto &[attachedName, attached] : attachments)
            QTest::addRow("%s, %s", placeName, attachedName) << place << attached;
    }
}

void BenchEditCapture::conversions()
{
    load(lineCount, lineLength);
    EditCapture capture(m_editor.get(), nullptr);
    const Utf16Index &index = capture.index();
    const long bytes = m_editor->SendScintilla(S::SCI_GETLENGTH);
    constexpr int count = 200000;
    Stopwatch timer;
    qint64 sum = 0;
    for (int i = 0; i < count; ++i) {
        const long line = m_editor->SendScintilla(S::SCI_LINEFROMPOSITION,
                                                  long(m_random.bounded(qint64(bytes))));
        const long start = m_editor->SendScintilla(S::SCI_POSITIONFROMLINE, line) + 3;
        sum += index.toBytes(index.toUtf16(start)) - start;
    }
    qInfo("byte -> UTF-16 -> byte round trips at random places of %ld bytes, %s", bytes,
          qPrintable(timer.rate(count, "round trips")));
    QCOMPARE(sum, 0);
}

void BenchEditCapture::localEdits_data()
{
    rows();
}

void BenchEditCapture::localEdits()
{
    QFETCH(Place, place);
    QFETCH(Attached, attached);
    load(lineCount, lineLength);
    const long at = position(place);
    attach(attached, at);
    const QString before = m_editor->documentText();
    Stopwatch timer;
    int count = 0;
    for (; count < 20000 && timer.elapsedMs() < budgetMs; ++count) {
        if (count % 2 == 0)
            m_editor->SendScintilla(S::SCI_INSERTTEXT, uintptr_t(at), "y");
        else
            m_editor->SendScintilla(S::SCI_DELETERANGE, at, 1L);
    }
    if (count % 2 == 1)
        m_editor->SendScintilla(S::SCI_DELETERANGE, at, 1L);
    qInfo("inserts and deletes through Scintilla's API, %s",
          qPrintable(timer.rate(count, "edits")));
    QCOMPARE(m_editor->documentText(), before);
}

void BenchEditCapture::keystrokes_data()
{
    rows();
}

void BenchEditCapture::keystrokes()
{
    QFETCH(Place, place);
    QFETCH(Attached, attached);
    load(lineCount, lineLength);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    m_editor->setFocus();
    const long at = position(place);
    m_editor->SendScintilla(S::SCI_GOTOPOS, at);
    attach(attached, at);
    m_editor->viewport()->repaint();
    QCoreApplication::processEvents();
    const QString before = m_editor->documentText();
    // A key press, then the repaint it causes (where Scintilla reports the update of the view:
    // brace matching, caret position, accessibility, remote carets), then queued work.
    Stopwatch timer;
    int count = 0;
    for (; count < 5000 && timer.elapsedMs() < budgetMs; ++count) {
        QTest::keyClick(m_editor.get(), count % 2 == 0 ? Qt::Key_Y : Qt::Key_Backspace);
        m_editor->viewport()->repaint();
        QCoreApplication::processEvents();
    }
    if (count % 2 == 1)
        QTest::keyClick(m_editor.get(), Qt::Key_Backspace);
    qInfo("keystrokes (y, Backspace), each with its repaint, %s",
          qPrintable(timer.rate(count, "keystrokes")));
    QCOMPARE(m_editor->documentText(), before);
}

void BenchEditCapture::keystrokesBesideABrace_data()
{
    QTest::addColumn<bool>("qscintillas");
    QTest::addRow("QsciScintilla's brace matching") << true;
    QTest::addRow("BraceMatcher") << false;
}

void BenchEditCapture::keystrokesBesideABrace()
{
    // An opening brace at the top of the document without a partner, the caret after it: each
    // Backspace brings the caret back beside it, and the repaint looks for its partner.
    QFETCH(bool, qscintillas);
    load(lineCount, lineLength);
    m_editor->SendScintilla(S::SCI_INSERTTEXT, 0UL, "{");
    if (qscintillas)
        m_editor->setBraceMatching(QsciScintilla::SloppyBraceMatch);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    m_editor->setFocus();
    m_editor->SendScintilla(S::SCI_GOTOPOS, 1L);
    m_editor->viewport()->repaint();
    QCoreApplication::processEvents();
    Stopwatch timer;
    int count = 0;
    for (; count < 5000 && timer.elapsedMs() < budgetMs; ++count) {
        QTest::keyClick(m_editor.get(), count % 2 == 0 ? Qt::Key_Y : Qt::Key_Backspace);
        m_editor->viewport()->repaint();
        QCoreApplication::processEvents();
    }
    qInfo("keystrokes (y, Backspace) after an unmatched brace at the start, each with its "
          "repaint, %s",
          qPrintable(timer.rate(count, "keystrokes")));
}

void BenchEditCapture::remoteEdits_data()
{
    QTest::addColumn<Place>("place");
    QTest::addRow("near the start") << Place::Start;
    QTest::addRow("at byte 5,000,000") << Place::Middle;
    QTest::addRow("at the end") << Place::End;
}

void BenchEditCapture::remoteEdits()
{
    QFETCH(Place, place);
    load(lineCount, lineLength);
    const long at = position(place);
    attach(Attached::Session, at);
    const Utf16Index &index = m_binding->capture()->index();
    const qsizetype unit = index.toUtf16(at);
    qsizetype length = index.length();
    const QString before = m_editor->documentText();
    Stopwatch timer;
    int count = 0;
    for (; count < 20000 && timer.elapsedMs() < budgetMs; ++count) {
        TextOperation op;
        if (count % 2 == 0) {
            op.retain(unit).insert(QStringLiteral("y")).retain(length - unit);
            ++length;
        } else {
            op.retain(unit).remove(1).retain(length - unit - 1);
            --length;
        }
        QVERIFY(m_binding->applyRemote(op));
    }
    qInfo("remote inserts and deletes applied, %s", qPrintable(timer.rate(count, "ops")));
    if (count % 2 == 1)
        QVERIFY(m_binding->applyRemote(
            TextOperation().retain(unit).remove(1).retain(length - unit - 1)));
    QCOMPARE(m_editor->documentText(), before);
}

void BenchEditCapture::oneLongLine()
{
    // The line index cannot help inside a line: the worst case for the conversion.
    load(1, 10'000'000);
    EditCapture capture(m_editor.get(), nullptr);
    const long length = m_editor->SendScintilla(S::SCI_GETLENGTH);
    Stopwatch timer;
    int count = 0;
    for (; count < 2000 && timer.elapsedMs() < budgetMs; ++count) {
        const long position = long(m_random.bounded(qint64(length - 20)));
        m_editor->SendScintilla(S::SCI_INSERTTEXT, uintptr_t(position), "y");
    }
    qInfo("inserts at random places of one 10 MB line, with EditCapture, %s",
          qPrintable(timer.rate(count, "edits")));
    QCOMPARE(capture.documentLength(), m_editor->documentText().size());
}

QTEST_MAIN(BenchEditCapture)
#include "bench_editcapture.moc"
