#include "CodeEditor.h"
#include "collab/EditCapture.h"
#include "collab/RemoteEditApplier.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace ensemble;

namespace {
using S = QsciScintillaBase;
constexpr int lineLength = 80;
constexpr int lineCount = 125000; // 10 MB
} // namespace

// How fast EditCapture turns local edits into operations, and RemoteEditApplier applies remote
// ones, on a 10 MB document. Figures are printed, never asserted.
//
// QScintilla 2.13 itself counts characters from the start of the document on every insertion and
// deletion (its accessibility support), so an edit far into a big document is slow with or
// without us; edits near the start show what capture itself costs.
class BenchEditCapture : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void conversions();
    void localEdits_data();
    void localEdits();
    void remoteEdits_data();
    void remoteEdits();
    void oneLongLine();

private:
    void load(int lines, int length);
    long randomLineStart(int lines);

    CodeEditor *m_editor = nullptr;
    QRandomGenerator m_random {42};
};

void BenchEditCapture::init()
{
    m_editor = new CodeEditor;
    m_editor->resize(800, 600);
}

void BenchEditCapture::cleanup()
{
    delete m_editor;
}

void BenchEditCapture::load(int lines, int length)
{
    // Mostly ASCII, with two-, three- and four-byte characters on every line.
    const QString tail = QString::fromUtf8("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
    const QString line = QString(length - tail.size() - 1, QLatin1Char('x')) + tail + '\n';
    m_editor->setText(line.repeated(lines));
    m_editor->SendScintilla(S::SCI_SETUNDOCOLLECTION, 0L);
}

long BenchEditCapture::randomLineStart(int lines)
{
    return m_editor->SendScintilla(S::SCI_POSITIONFROMLINE, long(m_random.bounded(lines)));
}

void BenchEditCapture::conversions()
{
    load(lineCount, lineLength);
    EditCapture capture(m_editor, nullptr);
    const Utf16Index &index = capture.index();
    const long bytes = m_editor->SendScintilla(S::SCI_GETLENGTH);
    constexpr int count = 200000;
    QElapsedTimer timer;
    timer.start();
    qint64 sum = 0;
    for (int i = 0; i < count; ++i) {
        const long line = m_editor->SendScintilla(S::SCI_LINEFROMPOSITION,
                                                  long(m_random.bounded(qint64(bytes))));
        const long start = m_editor->SendScintilla(S::SCI_POSITIONFROMLINE, line) + 3;
        sum += index.toBytes(index.toUtf16(start)) - start;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    qInfo("%d byte -> UTF-16 -> byte round trips at random places of %ld bytes: %.0f /s", count,
          bytes, count / seconds);
    QCOMPARE(sum, 0);
}

void BenchEditCapture::localEdits_data()
{
    QTest::addColumn<int>("region"); // lines edits land in, from the top
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("capture");
    QTest::addRow("first 100 lines, Scintilla alone") << 100 << 20000 << false;
    QTest::addRow("first 100 lines, with EditCapture") << 100 << 20000 << true;
    QTest::addRow("whole document, Scintilla alone") << lineCount << 100 << false;
    QTest::addRow("whole document, with EditCapture") << lineCount << 100 << true;
}

void BenchEditCapture::localEdits()
{
    QFETCH(int, region);
    QFETCH(int, count);
    QFETCH(bool, capture);
    load(lineCount, lineLength);
    std::unique_ptr<EditCapture> edits(capture ? new EditCapture(m_editor, nullptr) : nullptr);
    int captured = 0;
    if (edits)
        connect(edits.get(), &EditCapture::operationCaptured, this, [&] { ++captured; });
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        const long position = randomLineStart(region) + 3;
        if (i % 2 == 0)
            m_editor->SendScintilla(S::SCI_INSERTTEXT, uintptr_t(position), "y");
        else
            m_editor->SendScintilla(S::SCI_DELETERANGE, position, 1L);
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    qInfo("%d inserts and deletes: %.0f edits/s (%.1f us each), %d operations", count,
          count / seconds, seconds * 1e6 / count, captured);
    QCOMPARE(captured, capture ? count : 0);
}

void BenchEditCapture::remoteEdits_data()
{
    QTest::addColumn<int>("region");
    QTest::addColumn<int>("count");
    QTest::addRow("first 100 lines") << 100 << 20000;
    QTest::addRow("whole document") << lineCount << 100;
}

void BenchEditCapture::remoteEdits()
{
    QFETCH(int, region);
    QFETCH(int, count);
    load(lineCount, lineLength);
    EditCapture capture(m_editor, nullptr);
    RemoteEditApplier applier(&capture, nullptr);
    // Where each line starts once the earlier inserts are in: every line is lineLength units
    // (the emoji counts two) plus what was inserted into the lines above it.
    QList<qsizetype> inserted(region, 0);
    QList<TextOperation> ops;
    qsizetype length = capture.documentLength();
    for (int i = 0; i < count; ++i) {
        const int line = m_random.bounded(region);
        qsizetype position = qsizetype(line) * lineLength + 3;
        for (int above = 0; above <= line; ++above)
            position += inserted[above];
        ops.append(
            TextOperation().retain(position).insert(QStringLiteral("y")).retain(length - position));
        ++inserted[line];
        ++length;
    }
    QElapsedTimer timer;
    timer.start();
    for (const TextOperation &op : std::as_const(ops))
        QVERIFY(applier.apply(op));
    const double seconds = timer.nsecsElapsed() / 1e9;
    qInfo("%d remote inserts applied: %.0f ops/s (%.1f us each)", count, count / seconds,
          seconds * 1e6 / count);
}

void BenchEditCapture::oneLongLine()
{
    // The line index cannot help inside a line: the worst case for the conversion.
    load(1, 10'000'000);
    EditCapture capture(m_editor, nullptr);
    const long length = m_editor->SendScintilla(S::SCI_GETLENGTH);
    constexpr int count = 50;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        const long position = long(m_random.bounded(qint64(length - 20)));
        m_editor->SendScintilla(S::SCI_INSERTTEXT, uintptr_t(position), "y");
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    qInfo("%d inserts at random places of one 10 MB line: %.0f edits/s", count, count / seconds);
    QCOMPARE(capture.documentLength(), m_editor->text().size());
}

QTEST_MAIN(BenchEditCapture)
#include "bench_editcapture.moc"
