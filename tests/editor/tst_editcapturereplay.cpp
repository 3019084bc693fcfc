#include "CodeEditor.h"
#include "CollabTestSupport.h"
#include "collab/EditCapture.h"

#include <QAccessible>
#include <QClipboard>
#include <QGuiApplication>
#include <QSignalSpy>

#include <functional>

using namespace ensemble;
using namespace ensemble::test;

using Step = std::function<void(CodeEditor &, EditCapture &)>;
Q_DECLARE_METATYPE(Step)

namespace {

using S = QsciScintillaBase;
const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80"); // 2 UTF-16 units, 4 UTF-8 bytes
const QString euro = QString::fromUtf8("\xE2\x82\xAC"); // 1 unit, 3 bytes
const QString eAcute = QString::fromUtf8("\xC3\xA9"); // 1 unit, 2 bytes

long byteOf(CodeEditor &e, qsizetype utf16)
{
    return bytePosition(e.documentText(), utf16);
}

Step api(std::function<void(CodeEditor &)> step)
{
    return [step](CodeEditor &e, EditCapture &) { step(e); };
}

Step insertAt(qsizetype utf16, const QString &text)
{
    return api([=](CodeEditor &e) {
        e.SendScintilla(S::SCI_INSERTTEXT, uintptr_t(byteOf(e, utf16)), text.toUtf8().constData());
    });
}

Step removeRange(qsizetype from, qsizetype to)
{
    return api([=](CodeEditor &e) {
        const long start = byteOf(e, from);
        e.SendScintilla(S::SCI_DELETERANGE, start, byteOf(e, to) - start);
    });
}

Step typeAt(qsizetype utf16, const QString &text)
{
    return api([=](CodeEditor &e) {
        moveCaret(e, utf16);
        typeText(&e, text);
    });
}

Step keyAt(qsizetype utf16, Qt::Key key, int times = 1)
{
    return api([=](CodeEditor &e) {
        moveCaret(e, utf16);
        pressKey(&e, key, times);
    });
}

Step selectThen(qsizetype anchor, qsizetype head, std::function<void(CodeEditor &)> step)
{
    return api([=](CodeEditor &e) {
        select(e, anchor, head);
        step(e);
    });
}

Step command(int message)
{
    return api([=](CodeEditor &e) { e.SendScintilla(message); });
}

Step undo()
{
    return api([](CodeEditor &e) { e.undo(); });
}

Step redo()
{
    return api([](CodeEditor &e) { e.redo(); });
}

} // namespace

// Whatever changes the text, the operations EditCapture reports, applied one after another to a
// copy of the text it started from, give the editor's text after every step. Each step is left to
// the event loop once (as the application does after every user action and every message), which
// is when changes still pending are reported.
class TestEditCaptureReplay : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void reproducesTheText_data();
    void reproducesTheText();
    void reportsBeforeTheNextEvent();
    void flushReportsAtOnce();

private:
    CodeEditor *m_editor = nullptr;
};

void TestEditCaptureReplay::init()
{
    m_editor = new CodeEditor;
    m_editor->resize(600, 400);
    m_editor->show();
    m_editor->setFocus();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
}

void TestEditCaptureReplay::cleanup()
{
    delete m_editor;
    QAccessible::setActive(false);
}

void TestEditCaptureReplay::reproducesTheText_data()
{
    QTest::addColumn<QString>("initial");
    QTest::addColumn<QList<Step>>("steps");
    QTest::addColumn<bool>("assistive");
    // Each case twice: with Scintilla's notifications after a change left out, as usual, and with
    // them in, as while assistive technology is active.
    const auto row = [](const char *name, const QString &initial, const QList<Step> &steps) {
        QTest::addRow("%s", name) << initial << steps << false;
        QTest::addRow("%s, assistive technology active", name) << initial << steps << true;
    };

    row("type, undo and redo (Scintilla's own history)", "ab" + emoji + "\ncd",
        QList<Step> {typeAt(4, emoji + "x"), keyAt(6, Qt::Key_Backspace), undo(), undo(), redo(),
                     undo(), undo(), redo(), redo()});
    row("multi-step undo and redo of one grouped action",
        "one " + emoji + "\ntwo " + euro + "\nthree",
        QList<Step> {api([](CodeEditor &e) {
                         e.beginUndoAction();
                         e.SendScintilla(S::SCI_INSERTTEXT, 0UL, "x\xF0\x9F\x98\x80\r\n");
                         const long from = byteOf(e, 8);
                         e.SendScintilla(S::SCI_DELETERANGE, from, byteOf(e, 14) - from);
                         e.SendScintilla(S::SCI_APPENDTEXT, 4UL, "\xE2\x82\xAC!");
                         e.endUndoAction();
                     }),
                     undo(), redo(), undo(), typeAt(0, "z"), undo(), undo()});
    row("typing over a selection, undone in one step", eAcute + "t" + emoji + "\nline",
        QList<Step> {selectThen(1, 4, [](CodeEditor &e) { typeText(&e, "Q"); }), undo(), redo()});
    row("a read-only document refuses every change", "keep " + emoji + "\nthis",
        QList<Step> {typeAt(2, "zz"), api([](CodeEditor &e) { e.setReadOnly(true); }),
                     typeAt(2, "zz"), keyAt(7, Qt::Key_Backspace), insertAt(0, "no"),
                     removeRange(0, 4), api([](CodeEditor &e) {
                         QGuiApplication::clipboard()->setText("pasted");
                         e.paste();
                     }),
                     undo(), command(S::SCI_CLEARALL),
                     api([](CodeEditor &e) { e.setReadOnly(false); }), typeAt(0, "ok"), undo(),
                     redo()});
    row("made read-only while a change is reported", "old text",
        QList<Step> {
            // As a resynchronisation does: the insertion announced meanwhile never happens.
            [](CodeEditor &e, EditCapture &capture) {
                QObject::connect(
                    &capture, &EditCapture::operationCaptured, &e, [&e] { e.setReadOnly(true); },
                    Qt::SingleShotConnection);
                e.setText("new " + emoji);
            },
            api([](CodeEditor &e) { e.setReadOnly(false); }), typeAt(0, emoji + "a"),
            insertAt(3, "b")});
    row("set text, clear, set text", "a" + emoji + "\r\nb",
        QList<Step> {api([](CodeEditor &e) { e.setText("one\ntwo " + emoji); }),
                     command(S::SCI_CLEARALL), insertAt(0, emoji),
                     api([](CodeEditor &e) { e.setText(euro + "\n" + eAcute); }),
                     api([](CodeEditor &e) { e.setText(""); }), insertAt(0, "x")});
    row("emoji at line ends and at the end", "a" + emoji + "\nb" + emoji,
        QList<Step> {insertAt(3, emoji), keyAt(5, Qt::Key_Backspace), removeRange(5, 7),
                     typeAt(5, emoji), insertAt(7, emoji + "\n" + emoji), removeRange(3, 10),
                     keyAt(1, Qt::Key_Delete), typeAt(1, "\n" + emoji)});
    row("CRLF line ends", "a\r\nb" + emoji + "\r\nc",
        QList<Step> {api([](CodeEditor &e) { e.setEolMode(QsciScintilla::EolWindows); }),
                     keyAt(1, Qt::Key_Return), insertAt(2, "\n"), removeRange(1, 2),
                     keyAt(3, Qt::Key_Backspace), insertAt(1, "\r"), keyAt(0, Qt::Key_Delete),
                     api([](CodeEditor &e) { e.convertEols(QsciScintilla::EolUnix); }),
                     api([](CodeEditor &e) { e.convertEols(QsciScintilla::EolMac); })});
    row("deletions spanning lines",
        "line1 " + emoji + "\nline2 " + eAcute + "\r\nline3 " + euro + "\nline4 " + emoji,
        QList<Step> {removeRange(3, 18),
                     selectThen(0, 8, [](CodeEditor &e) { pressKey(&e, Qt::Key_Delete); }),
                     command(S::SCI_LINEDELETE), selectThen(0, 3, [](CodeEditor &e) { e.cut(); }),
                     removeRange(0, 3)});
    row("commands that rewrite the text", "first " + eAcute + "\nsecond " + emoji + "\nthird",
        QList<Step> {command(S::SCI_LINEDUPLICATE), command(S::SCI_LINETRANSPOSE),
                     selectThen(0, 9, [](CodeEditor &e) { e.SendScintilla(S::SCI_UPPERCASE); }),
                     command(S::SCI_MOVESELECTEDLINESDOWN), api([](CodeEditor &e) {
                         e.SendScintilla(S::SCI_SETTARGETRANGE, 2L, byteOf(e, 20));
                         const QByteArray text = ("T\n" + emoji + "\r\n").toUtf8();
                         e.SendScintilla(S::SCI_REPLACETARGET, text.size(), text.constData());
                     }),
                     command(S::SCI_SELECTALL), command(S::SCI_SELECTIONDUPLICATE)});
    row("rectangular selections, several carets", "abcd\nefgh\nijkl",
        QList<Step> {api([](CodeEditor &e) {
                         e.SendScintilla(S::SCI_SETRECTANGULARSELECTIONANCHOR, 1L);
                         e.SendScintilla(S::SCI_SETRECTANGULARSELECTIONCARET, 12L);
                         pressKey(&e, Qt::Key_Delete);
                     }),
                     api([](CodeEditor &e) {
                         e.SendScintilla(S::SCI_SETSELECTION, 1L, 1L);
                         e.SendScintilla(S::SCI_ADDSELECTION, 4L, 4L);
                         e.SendScintilla(S::SCI_ADDSELECTION, 7L, 7L);
                         typeText(&e, "Q" + emoji);
                     }),
                     undo(), undo(), redo()});
    row("input method composition", "ab",
        QList<Step> {api([](CodeEditor &e) {
                         moveCaret(e, 1);
                         QInputMethodEvent preedit(eAcute, {});
                         QCoreApplication::sendEvent(&e, &preedit);
                     }),
                     api([](CodeEditor &e) {
                         QInputMethodEvent preedit(eAcute + emoji, {});
                         QCoreApplication::sendEvent(&e, &preedit);
                     }),
                     api([](CodeEditor &e) {
                         QInputMethodEvent commit;
                         commit.setCommitString(euro + emoji);
                         QCoreApplication::sendEvent(&e, &commit);
                     }),
                     undo()});
}

void TestEditCaptureReplay::reproducesTheText()
{
    QFETCH(QString, initial);
    QFETCH(QList<Step>, steps);
    QFETCH(bool, assistive);

    QAccessible::setActive(assistive);
    m_editor->setText(initial);
    m_editor->SendScintilla(S::SCI_EMPTYUNDOBUFFER);
    EditCapture capture(m_editor);
    QSignalSpy spy(&capture, &EditCapture::operationCaptured);
    QString shadow = m_editor->documentText();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        steps[i](*m_editor, capture);
        QCoreApplication::processEvents();
        for (const QList<QVariant> &arguments : std::as_const(spy)) {
            const auto op = arguments.at(0).value<TextOperation>();
            Result<QString> applied = op.apply(shadow);
            QVERIFY2(applied.ok(),
                     qPrintable(QStringLiteral("step %1: %2 does not apply to %3")
                                    .arg(i)
                                    .arg(toJson(op), shadow)));
            shadow = applied.value();
        }
        spy.clear();
        QCOMPARE(shadow, m_editor->documentText());
        QCOMPARE(capture.documentLength(), shadow.size());
    }
}

void TestEditCaptureReplay::reportsBeforeTheNextEvent()
{
    // Two events queued at once: the first changes the text through Scintilla's API, the second
    // (a stand-in for a message from the server) must find the change already reported.
    m_editor->setText("abc");
    EditCapture capture(m_editor);
    QSignalSpy spy(&capture, &EditCapture::operationCaptured);
    qsizetype seen = -1;
    QMetaObject::invokeMethod(
        m_editor, [this] { m_editor->insertAt(emoji, 0, 1); }, Qt::QueuedConnection);
    QMetaObject::invokeMethod(
        m_editor, [&] { seen = spy.count(); }, Qt::QueuedConnection);
    QTRY_COMPARE(seen, 1);
    QCOMPARE(toJson(spy.at(0).at(0).value<TextOperation>()), "[1,\"" + emoji + "\",2]");
}

void TestEditCaptureReplay::flushReportsAtOnce()
{
    m_editor->setText("abc");
    EditCapture capture(m_editor);
    QSignalSpy spy(&capture, &EditCapture::operationCaptured);
    m_editor->insertAt(euro, 0, 3);
    // Scintilla gives no notification after the insertion without the slow one.
    QCOMPARE(spy.count(), 0);
    QVERIFY(capture.hasPendingChange());
    capture.flush();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(toJson(spy.at(0).at(0).value<TextOperation>()), "[3,\"" + euro + "\"]");
    // The next change reports the one before it first.
    m_editor->insertAt("x", 0, 0);
    m_editor->SendScintilla(S::SCI_DELETERANGE, 0L, 1L);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(toJson(spy.at(1).at(0).value<TextOperation>()), "[\"x\",4]");
    capture.flush();
    QCOMPARE(spy.count(), 3);
    QCOMPARE(toJson(spy.at(2).at(0).value<TextOperation>()), "[-1,4]");
}

QTEST_MAIN(TestEditCaptureReplay)
#include "tst_editcapturereplay.moc"
