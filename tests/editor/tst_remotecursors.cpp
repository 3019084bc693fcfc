#include "CollabTestSupport.h"
#include "TwoEditors.h"
#include "collab/EditCapture.h"
#include "collab/RemoteCaret.h"
#include "collab/RemoteCursors.h"
#include "collab/SelectionCapture.h"

#include <QSignalSpy>

using namespace ensemble;
using namespace ensemble::test;

namespace {
using S = QsciScintillaBase;
const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80");
const QColor orange(255, 140, 0);
} // namespace

// Remote carets and selections stay on their characters and are drawn where those characters are.
class TestRemoteCursors : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void followsTheText_data();
    void followsTheText();
    void drawsCaretAndNameAtTheCharacter();
    void nameShowsAfterAMoveAndOnHoverOnly();
    void nameTagCoversNoText_data();
    void nameTagCoversNoText();
    void tintsTheSelection();
    void followsScrolling();
    void removingAParticipantRemovesTheirMarks();
    void staysOnTheCharacterAfterConcurrentEdits();

private:
    CodeEditor *m_editor = nullptr;
    SessionBinding *m_binding = nullptr;
    RemoteCursors *m_cursors = nullptr;
};

void TestRemoteCursors::init()
{
    m_editor = new CodeEditor;
    m_editor->resize(500, 300);
    m_editor->setText("hello world");
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    m_binding = new SessionBinding(m_editor);
    m_binding->setActive(true);
    m_cursors = m_binding->cursors();
    m_cursors->setParticipant("bob", "Bob", orange);
}

void TestRemoteCursors::cleanup()
{
    delete m_editor;
}

void TestRemoteCursors::followsTheText_data()
{
    QTest::addColumn<int>("anchor");
    QTest::addColumn<int>("head");
    QTest::addColumn<QStringList>("edits");
    QTest::addColumn<int>("expectedAnchor");
    QTest::addColumn<int>("expectedHead");

    // Local edits are typed in editor A ("position:text", or "position:<n" for n backspaces);
    // remote ones ("remote:op") arrive through its RemoteEditApplier.
    QTest::addRow("local typing before it") << 6 << 6 << QStringList {"0:XX"} << 8 << 8;
    QTest::addRow("local typing at it pushes it on") << 6 << 6 << QStringList {"6:Z"} << 7 << 7;
    QTest::addRow("local typing after it") << 6 << 6 << QStringList {"8:Z"} << 6 << 6;
    QTest::addRow("local backspaces before it") << 6 << 6 << QStringList {"5:<2"} << 4 << 4;
    QTest::addRow("an emoji before it counts two")
        << 6 << 6 << QStringList {"0:" + emoji} << 8 << 8;
    QTest::addRow("remote deletion before it")
        << 6 << 6 << QStringList {"remote:[1,-3,7]"} << 3 << 3;
    QTest::addRow("remote deletion around it")
        << 6 << 6 << QStringList {"remote:[4,-4,3]"} << 4 << 4;
    QTest::addRow("remote insert inside a selection widens it")
        << 2 << 8 << QStringList {R"(remote:[5,"__",6])"} << 2 << 10;
    QTest::addRow("a reversed selection keeps its direction")
        << 8 << 2 << QStringList {"0:ab", R"(remote:[9,"!",4])"} << 11 << 4;
    QTest::addRow("local and remote edits in turn")
        << 6 << 6 << QStringList {"0:" + emoji, R"(remote:["<<",13])", "3:<1"} << 9 << 9;
}

void TestRemoteCursors::followsTheText()
{
    QFETCH(int, anchor);
    QFETCH(int, head);
    QFETCH(QStringList, edits);
    QFETCH(int, expectedAnchor);
    QFETCH(int, expectedHead);

    m_cursors->setSelection("bob", {{anchor, head}});
    for (const QString &edit : std::as_const(edits)) {
        const QString where = edit.section(':', 0, 0);
        const QString what = edit.section(':', 1);
        if (where == QLatin1String("remote")) {
            QVERIFY(m_binding->applyRemote(operation(what)));
        } else {
            moveCaret(*m_editor, where.toInt());
            if (what.startsWith('<'))
                pressKey(m_editor, Qt::Key_Backspace, what.mid(1).toInt());
            else
                typeText(m_editor, what);
        }
    }
    const Selection expected {{expectedAnchor, expectedHead}};
    QCOMPARE(m_cursors->selection("bob"), expected);
}

void TestRemoteCursors::drawsCaretAndNameAtTheCharacter()
{
    CodeEditor &editor = *m_editor;
    editor.setText("ab" + emoji + "cd\nsecond line");
    m_cursors->setSelection("bob", {{4, 4}}); // after the emoji, before "c"
    const QList<RemoteCaret *> carets = m_cursors->carets("bob");
    QCOMPARE(carets.size(), 1);
    RemoteCaret *caret = carets.first();
    const long byte = bytePosition(editor.text(), 4);
    const QRect bar = caret->barGeometry();
    QVERIFY(caret->isVisible());
    const long x = editor.SendScintilla(S::SCI_POINTXFROMPOSITION, 0UL, byte);
    QVERIFY2(bar.left() <= x && x <= bar.right(), qPrintable(QString::number(x)));
    QCOMPARE(bar.top(), editor.SendScintilla(S::SCI_POINTYFROMPOSITION, 0UL, byte));
    QCOMPARE(bar.height(), editor.SendScintilla(S::SCI_TEXTHEIGHT, 0L));
    QCOMPARE(caret->name(), "Bob");
    QCOMPARE(caret->color(), orange);
    // The name tag goes on the caret's line, beside the end of its text.
    const long lineEnd = editor.SendScintilla(S::SCI_GETLINEENDPOSITION, 0L);
    QVERIFY(caret->tagGeometry().left()
            > editor.SendScintilla(S::SCI_POINTXFROMPOSITION, 0UL, lineEnd));
    QCOMPARE(caret->tagGeometry().top(), bar.top());
    QCOMPARE(caret->tagGeometry().height(), bar.height());

    m_cursors->setParticipant("bob", "Robert", Qt::darkGreen);
    QCOMPARE(caret->name(), "Robert");
    QCOMPARE(caret->color(), QColor(Qt::darkGreen));
}

void TestRemoteCursors::nameShowsAfterAMoveAndOnHoverOnly()
{
    CodeEditor &editor = *m_editor;
    editor.setText("first line\nsecond line\nthird line");
    m_cursors->setTagDuration(50);
    m_cursors->setSelection("bob", {{15, 15}}); // on the second line
    RemoteCaret *caret = m_cursors->carets("bob").first();
    QVERIFY(caret->isVisible());
    // The name shows beside the second line, for a moment only.
    QVERIFY(!caret->tagGeometry().isEmpty());
    QCOMPARE(caret->tagGeometry().top(), caret->barGeometry().top());
    QTRY_VERIFY(caret->tagGeometry().isEmpty());
    // Then the caret covers nothing but its own bar.
    QCOMPARE(caret->geometry(), caret->barGeometry());

    // Typing elsewhere moves the caret with the text, without calling attention to it.
    moveCaret(editor, 0);
    typeText(&editor, "ab");
    QCOMPARE(m_cursors->selection("bob"), (Selection {{17, 17}}));
    QVERIFY(caret->tagGeometry().isEmpty());

    // The pointer resting on the caret shows the name until it moves away.
    QWidget *viewport = editor.viewport();
    QTest::mouseMove(viewport, caret->barGeometry().center() + QPoint(2, 0));
    QTRY_VERIFY(!caret->tagGeometry().isEmpty());
    QTest::mouseMove(viewport, caret->barGeometry().center() + QPoint(60, 0));
    QTRY_VERIFY(caret->tagGeometry().isEmpty());

    // A move of its own shows it again.
    m_cursors->setSelection("bob", {{30, 30}});
    QVERIFY(!caret->tagGeometry().isEmpty());
}

void TestRemoteCursors::nameTagCoversNoText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position");
    QTest::addColumn<bool>("shown");
    const QString lines = QStringLiteral("first line\nsecond line\nthird line");
    QTest::addRow("middle line") << lines << 15 << true;
    QTest::addRow("end of a line") << lines << 22 << true;
    QTest::addRow("first line") << lines << 3 << true;
    QTest::addRow("last line") << lines << 25 << true;
    // No room beside a line as wide as the window: then the bar alone marks the caret.
    QTest::addRow("long line") << QStringLiteral("first line\n") + QString(300, u'x')
            + QStringLiteral("\nlast")
                               << 16 << false;
}

void TestRemoteCursors::nameTagCoversNoText()
{
    QFETCH(QString, text);
    QFETCH(int, position);
    QFETCH(bool, shown);
    CodeEditor &editor = *m_editor;
    editor.setText(text);
    m_cursors->setSelection("bob", {{position, position}});
    const QRect tag = m_cursors->carets("bob").first()->tagGeometry();
    QCOMPARE(!tag.isEmpty(), shown);
    // Every character's cell on screen (the text is ASCII: UTF-16 and byte positions agree).
    for (long byte = 0; byte < long(text.size()); ++byte) {
        if (text[byte] == u'\n')
            continue;
        const int x = int(editor.SendScintilla(S::SCI_POINTXFROMPOSITION, 0UL, byte));
        const int next = int(editor.SendScintilla(S::SCI_POINTXFROMPOSITION, 0UL, byte + 1));
        const int y = int(editor.SendScintilla(S::SCI_POINTYFROMPOSITION, 0UL, byte));
        const int height = int(editor.SendScintilla(S::SCI_TEXTHEIGHT, 0L));
        const QRect cell(x, y, qMax(1, next - x), height);
        QVERIFY2(!cell.intersects(tag),
                 qPrintable(QStringLiteral("covers character %1").arg(byte)));
    }
}

void TestRemoteCursors::tintsTheSelection()
{
    CodeEditor &editor = *m_editor;
    const int indicator = m_cursors->indicator("bob");
    QVERIFY(indicator >= 0);
    const auto tinted = [&](qsizetype position) {
        const long byte = bytePosition(editor.text(), position);
        return editor.SendScintilla(S::SCI_INDICATORVALUEAT, indicator, byte) != 0;
    };
    m_cursors->setSelection("bob", {{8, 2}}); // "llo wo"
    QVERIFY(!tinted(1));
    QVERIFY(tinted(2));
    QVERIFY(tinted(7));
    QVERIFY(!tinted(8));
    // The tint moves with the text: an emoji typed in front shifts it by two.
    moveCaret(editor, 0);
    typeText(&editor, emoji);
    QVERIFY(!tinted(3));
    QVERIFY(tinted(4));
    QVERIFY(tinted(9));
    QVERIFY(!tinted(10));
    m_cursors->setSelection("bob", {{1, 1}});
    for (qsizetype i = 0; i < editor.text().size(); ++i)
        QVERIFY(!tinted(i));
}

void TestRemoteCursors::followsScrolling()
{
    CodeEditor &editor = *m_editor;
    QStringList lines;
    for (int i = 0; i < 200; ++i)
        lines.append(QStringLiteral("line %1").arg(i));
    editor.setText(lines.join('\n'));
    const qsizetype position = editor.text().indexOf("line 150");
    m_cursors->setSelection("bob", {{position, position}});
    RemoteCaret *caret = m_cursors->carets("bob").first();
    QVERIFY(!caret->isVisible());

    editor.SendScintilla(S::SCI_SETFIRSTVISIBLELINE, 148L);
    const long byte = bytePosition(editor.text(), position);
    QTRY_VERIFY(caret->isVisible());
    QTRY_COMPARE(caret->barGeometry().top(),
                 editor.SendScintilla(S::SCI_POINTYFROMPOSITION, 0UL, byte));

    editor.zoomIn(4);
    QTRY_COMPARE(caret->barGeometry().height(), editor.SendScintilla(S::SCI_TEXTHEIGHT, 150L));
    QTRY_COMPARE(caret->barGeometry().top(),
                 editor.SendScintilla(S::SCI_POINTYFROMPOSITION, 0UL, byte));
}

void TestRemoteCursors::removingAParticipantRemovesTheirMarks()
{
    m_cursors->setParticipant("carol", "Carol", Qt::magenta);
    m_cursors->setSelection("carol", {{0, 5}, {7, 7}});
    QCOMPARE(m_cursors->carets("carol").size(), 2);
    const int indicator = m_cursors->indicator("carol");
    QPointer<RemoteCaret> caret = m_cursors->carets("carol").first();
    m_cursors->removeParticipant("carol");
    QVERIFY(caret.isNull());
    QCOMPARE(m_editor->SendScintilla(S::SCI_INDICATORVALUEAT, indicator, 2L), 0);
    QCOMPARE(m_cursors->participants(), QStringList {"bob"});
    // Its indicator goes to the next participant rather than being lost.
    m_cursors->setParticipant("dave", "Dave", Qt::cyan);
    QCOMPARE(m_cursors->indicator("dave"), indicator);
}

void TestRemoteCursors::staysOnTheCharacterAfterConcurrentEdits()
{
    // A's caret is shown in B; then both edit at once.
    TwoEditors sites("hello world");
    CodeEditor &a = sites.a();
    RemoteCursors *inB = sites.bindingB().cursors();
    inB->setParticipant("A", "Alice", Qt::blue);
    QObject::connect(&sites.bindingA(), &SessionBinding::localSelectionChanged, inB,
                     [inB](const Selection &selection) { inB->setSelection("A", selection); });
    moveCaret(a, 6); // before "world"
    sites.bindingA().selections()->check();
    QCOMPARE(inB->selection("A"), (Selection {{6, 6}}));

    a.insertAt(emoji, 0, 0); // A: in front of its own caret, without moving it
    moveCaret(sites.b(), 3);
    typeText(&sites.b(), "YY"); // B: in front of A's caret too
    QSignalSpy reported(&sites.bindingA(), &SessionBinding::localSelectionChanged);
    QVERIFY(sites.sync());
    QCOMPARE(caret(a), 10);
    QCOMPARE(inB->selection("A"), (Selection {{10, 10}}));
    QCOMPARE(sites.b().text().mid(10), "world");
    // A's caret only moved with the text: nothing new to tell B.
    QTest::qWait(50);
    QCOMPARE(reported.count(), 0);
}

QTEST_MAIN(TestRemoteCursors)
#include "tst_remotecursors.moc"
