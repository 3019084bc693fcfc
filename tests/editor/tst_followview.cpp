#include "CodeEditor.h"
#include "CollabTestSupport.h"
#include "collab/FollowView.h"
#include "collab/RemoteCursors.h"
#include "collab/SessionBinding.h"

#include <QSignalSpy>

using namespace ensemble;
using namespace ensemble::test;

namespace {
using S = QsciScintillaBase;
const QColor orange(255, 140, 0);
constexpr int lineCount = 300;

// The UTF-16 position of a column of a line of the test text.
qsizetype positionOf(const QsciScintilla &editor, int line, int column = 0)
{
    const long byte = editor.SendScintilla(S::SCI_POSITIONFROMLINE, line) + column;
    return utf16Position(editor.text(), byte);
}
} // namespace

// Following a participant keeps their caret in view, leaves the local caret alone, and stops as
// soon as the local user takes the view back or the participant is gone.
class TestFollowView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keepsTheFollowedCaretInView_data();
    void keepsTheFollowedCaretInView();
    void othersMovesDoNotScroll();
    void stops_data();
    void stops();
    void aModifierAloneDoesNotStop();
    void followsOnlyKnownParticipants();
    void startingBringsTheCaretIntoView();

private:
    // Whether the view shows the byte position (its line among the visible ones, its x inside).
    bool inView(long byte) const;

    CodeEditor *m_editor = nullptr;
    SessionBinding *m_binding = nullptr;
    RemoteCursors *m_cursors = nullptr;
    FollowView *m_follow = nullptr;
};

void TestFollowView::init()
{
    m_editor = new CodeEditor;
    m_editor->resize(400, 300);
    QStringList lines;
    for (int i = 0; i < lineCount; ++i)
        lines.append(QStringLiteral("line %1").arg(i));
    // A long line, to scroll sideways.
    lines[20] += QString(400, QLatin1Char('-')) + QStringLiteral("far right");
    m_editor->setText(lines.join('\n'));
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    m_binding = new SessionBinding(m_editor);
    m_binding->setActive(true);
    m_cursors = m_binding->cursors();
    m_follow = m_binding->follow();
    m_cursors->setParticipant("bob", "Bob", orange);
    m_cursors->setParticipant("carol", "Carol", Qt::magenta);
    m_cursors->setSelection("bob", {{0, 0}});
    moveCaret(*m_editor, positionOf(*m_editor, 2, 3));
}

void TestFollowView::cleanup()
{
    delete m_editor;
}

bool TestFollowView::inView(long byte) const
{
    const long line = m_editor->SendScintilla(S::SCI_LINEFROMPOSITION, byte);
    const long first = m_editor->SendScintilla(S::SCI_GETFIRSTVISIBLELINE);
    const long onScreen = m_editor->SendScintilla(S::SCI_LINESONSCREEN);
    const long display = m_editor->SendScintilla(S::SCI_VISIBLEFROMDOCLINE, line);
    const long x = m_editor->SendScintilla(S::SCI_POINTXFROMPOSITION, 0UL, byte);
    return display >= first && display < first + onScreen && x >= 0
        && x < m_editor->viewport()->width();
}

void TestFollowView::keepsTheFollowedCaretInView_data()
{
    QTest::addColumn<int>("startLine"); // first visible line before
    QTest::addColumn<bool>("wrap");
    QTest::addColumn<int>("line"); // where Bob goes
    QTest::addColumn<int>("column");

    QTest::addRow("far below") << 0 << false << 250 << 3;
    QTest::addRow("far above") << 200 << false << 10 << 0;
    QTest::addRow("far right") << 0 << false << 20 << 405;
    QTest::addRow("below, with word wrap") << 0 << true << 280 << 2;
    QTest::addRow("to the end of the document") << 0 << false << lineCount - 1 << 8;
}

void TestFollowView::keepsTheFollowedCaretInView()
{
    QFETCH(int, startLine);
    QFETCH(bool, wrap);
    QFETCH(int, line);
    QFETCH(int, column);

    if (wrap)
        m_editor->setWrapMode(QsciScintilla::WrapWord);
    m_editor->SendScintilla(S::SCI_SETFIRSTVISIBLELINE, startLine);
    const long localCaret = m_editor->SendScintilla(S::SCI_GETCURRENTPOS);
    const long localAnchor = m_editor->SendScintilla(S::SCI_GETANCHOR);
    // Bob starts in view.
    const qsizetype start = positionOf(*m_editor, startLine + 1);
    m_cursors->setSelection("bob", {{start, start}});
    QSignalSpy changed(m_follow, &FollowView::followingChanged);

    m_follow->follow("bob");
    QVERIFY(m_follow->isFollowing());
    QCOMPARE(m_follow->followed(), QStringLiteral("bob"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toString(), QStringLiteral("bob"));
    // Bob's caret is in view already: nothing scrolls.
    QVERIFY(inView(m_cursors->headPosition("bob")));
    QCOMPARE(m_editor->SendScintilla(S::SCI_GETFIRSTVISIBLELINE), long(startLine));

    const long firstBefore = m_editor->SendScintilla(S::SCI_GETFIRSTVISIBLELINE);
    const long xBefore = m_editor->SendScintilla(S::SCI_GETXOFFSET);
    const qsizetype target = positionOf(*m_editor, line, column);
    m_cursors->setSelection("bob", {{target, target}});
    const long head = m_cursors->headPosition("bob");
    QCOMPARE(head, bytePosition(m_editor->text(), target));
    QVERIFY(inView(head));
    QVERIFY(m_editor->SendScintilla(S::SCI_GETFIRSTVISIBLELINE) != firstBefore
            || m_editor->SendScintilla(S::SCI_GETXOFFSET) != xBefore);
    // The local caret and selection did not move, and following goes on.
    QCOMPARE(m_editor->SendScintilla(S::SCI_GETCURRENTPOS), localCaret);
    QCOMPARE(m_editor->SendScintilla(S::SCI_GETANCHOR), localAnchor);
    QVERIFY(m_follow->isFollowing());

    // A move within the view scrolls nothing.
    const long firstNow = m_editor->SendScintilla(S::SCI_GETFIRSTVISIBLELINE);
    const qsizetype near = positionOf(*m_editor, line > 0 ? line - 1 : line + 1);
    m_cursors->setSelection("bob", {{near, near}});
    QCOMPARE(m_editor->SendScintilla(S::SCI_GETFIRSTVISIBLELINE), firstNow);
}

void TestFollowView::othersMovesDoNotScroll()
{
    m_follow->follow("bob");
    const long first = m_editor->SendScintilla(S::SCI_GETFIRSTVISIBLELINE);
    const qsizetype far = positionOf(*m_editor, 250);
    m_cursors->setSelection("carol", {{far, far}});
    QCOMPARE(m_editor->SendScintilla(S::SCI_GETFIRSTVISIBLELINE), first);
    QCOMPARE(m_follow->followed(), QStringLiteral("bob"));
}

void TestFollowView::stops_data()
{
    QTest::addColumn<QString>("how");

    QTest::addRow("typing") << "type";
    QTest::addRow("moving the caret with a key") << "down";
    QTest::addRow("Escape") << "escape";
    QTest::addRow("clicking in the editor") << "click";
    QTest::addRow("the participant leaves") << "leave";
    QTest::addRow("the session ends") << "end";
    QTest::addRow("Stop Following") << "stop";
}

void TestFollowView::stops()
{
    QFETCH(QString, how);

    m_follow->follow("bob");
    QSignalSpy changed(m_follow, &FollowView::followingChanged);
    if (how == QLatin1String("type"))
        typeText(m_editor, "x");
    else if (how == QLatin1String("down"))
        pressKey(m_editor, Qt::Key_Down);
    else if (how == QLatin1String("escape"))
        pressKey(m_editor, Qt::Key_Escape);
    else if (how == QLatin1String("click"))
        QTest::mouseClick(m_editor->viewport(), Qt::LeftButton, {}, QPoint(100, 10));
    else if (how == QLatin1String("leave"))
        m_cursors->removeParticipant("bob");
    else if (how == QLatin1String("end"))
        m_binding->setActive(false);
    else
        m_follow->stop();

    QVERIFY(!m_follow->isFollowing());
    QVERIFY(m_follow->followed().isEmpty());
    QCOMPARE(changed.size(), 1);
    QVERIFY(changed.first().first().toString().isEmpty());

    // Bob's later moves no longer scroll the view.
    if (m_cursors->participants().contains("bob")) {
        const long first = m_editor->SendScintilla(S::SCI_GETFIRSTVISIBLELINE);
        const qsizetype far = positionOf(*m_editor, 250);
        m_cursors->setSelection("bob", {{far, far}});
        QCOMPARE(m_editor->SendScintilla(S::SCI_GETFIRSTVISIBLELINE), first);
    }
}

void TestFollowView::aModifierAloneDoesNotStop()
{
    m_follow->follow("bob");
    pressKey(m_editor, Qt::Key_Shift);
    pressKey(m_editor, Qt::Key_Control);
    QVERIFY(m_follow->isFollowing());
}

void TestFollowView::followsOnlyKnownParticipants()
{
    QSignalSpy changed(m_follow, &FollowView::followingChanged);
    m_follow->follow("nobody");
    m_follow->follow(QString());
    QVERIFY(!m_follow->isFollowing());
    QCOMPARE(changed.size(), 0);
    // Following someone else moves on to them.
    m_follow->follow("bob");
    m_follow->follow("carol");
    QCOMPARE(m_follow->followed(), QStringLiteral("carol"));
    QCOMPARE(changed.size(), 2);
}

void TestFollowView::startingBringsTheCaretIntoView()
{
    const qsizetype far = positionOf(*m_editor, 200);
    m_cursors->setSelection("bob", {{far, far + 4}});
    const long localCaret = m_editor->SendScintilla(S::SCI_GETCURRENTPOS);
    QVERIFY(!inView(m_cursors->headPosition("bob")));
    m_follow->follow("bob");
    QCOMPARE(m_cursors->headPosition("bob"), bytePosition(m_editor->text(), far + 4));
    QVERIFY(inView(m_cursors->headPosition("bob")));
    QCOMPARE(m_editor->SendScintilla(S::SCI_GETCURRENTPOS), localCaret);
}

QTEST_MAIN(TestFollowView)
#include "tst_followview.moc"
