#include "CodeEditor.h"
#include "CollabTestSupport.h"
#include "collab/EditCapture.h"
#include "collab/RemoteEditApplier.h"

#include <QSignalSpy>

using namespace ensemble;
using namespace ensemble::test;

namespace {
using S = QsciScintillaBase;
const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80");
} // namespace

// Remote edits land in the text without echo, without entering undo, and without moving the
// local caret, selection or view except as the text around them moves.
class TestRemoteEditApplier : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keepsCaretOnItsCharacter_data();
    void keepsCaretOnItsCharacter();
    void doesNotEcho();
    void staysOutOfTheEditorsUndo();
    void reachesAReadOnlyEditor();
    void rejectsOperationsThatDoNotFit_data();
    void rejectsOperationsThatDoNotFit();
    void keepsTheSameTextOnTopOfTheView();
    void keepsEveryCaretOfAMultipleSelection();

private:
    CodeEditor *m_editor = nullptr;
    EditCapture *m_capture = nullptr;
    RemoteEditApplier *m_applier = nullptr;
};

void TestRemoteEditApplier::init()
{
    m_editor = new CodeEditor;
    m_editor->resize(600, 300);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
    m_capture = new EditCapture(m_editor);
    m_applier = new RemoteEditApplier(m_capture);
}

void TestRemoteEditApplier::cleanup()
{
    delete m_editor;
}

void TestRemoteEditApplier::keepsCaretOnItsCharacter_data()
{
    QTest::addColumn<QString>("initial");
    QTest::addColumn<int>("anchor");
    QTest::addColumn<int>("head");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("expectedAnchor");
    QTest::addColumn<int>("expectedHead");

    QTest::addRow("insert before the caret pushes it right")
        << "hello world" << 6 << 6 << R"([2,"XY",9])"
        << "heXYllo world" << 8 << 8;
    QTest::addRow("insert after the caret leaves it") << "hello world" << 6 << 6 << R"([8,"XY",3])"
                                                      << "hello woXYrld" << 6 << 6;
    QTest::addRow("insert exactly at the caret goes before it (as ot.js)")
        << "hello world" << 6 << 6 << R"([6,"XY",5])"
        << "hello XYworld" << 8 << 8;
    QTest::addRow("delete before the caret pulls it left") << "hello world" << 6 << 6 << "[1,-3,7]"
                                                           << "ho world" << 3 << 3;
    QTest::addRow("delete around the caret puts it at the start")
        << "hello world" << 6 << 6 << "[4,-4,3]"
        << "hellrld" << 4 << 4;
    QTest::addRow("emoji inserted before the caret counts two units")
        << "ab" + emoji + "cd" << 5 << 5 << "[1,\"" + emoji + "\",5]"
        << "a" + emoji + "b" + emoji + "cd" << 7 << 7;
    QTest::addRow("lines inserted above keep the selection on its text")
        << "one\r\ntwo\r\nthree" << 5 << 8 << R"(["zero\r\n",15])"
        << "zero\r\none\r\ntwo\r\nthree" << 11 << 14;
    QTest::addRow("an insert inside the selection widens it")
        << "abcdef" << 1 << 5 << R"([3,"XX",3])"
        << "abcXXdef" << 1 << 7;
    QTest::addRow("several components at once")
        << QString::fromUtf8("\xC3\xA9t\xC3\xA9 d\xC3\xA9j\xC3\xA0") << 5 << 5
        << R"(["<",-1,2,"!",4,-1,">"])" << QString::fromUtf8("<t\xC3\xA9! d\xC3\xA9j>") << 6 << 6;
}

void TestRemoteEditApplier::keepsCaretOnItsCharacter()
{
    QFETCH(QString, initial);
    QFETCH(int, anchor);
    QFETCH(int, head);
    QFETCH(QString, op);
    QFETCH(QString, expected);
    QFETCH(int, expectedAnchor);
    QFETCH(int, expectedHead);

    m_editor->setText(initial);
    select(*m_editor, anchor, head);
    QSignalSpy applied(m_applier, &RemoteEditApplier::applied);
    QVERIFY(m_applier->apply(operation(op)));
    QCOMPARE(m_editor->text(), expected);
    QCOMPARE(::ensemble::test::anchor(*m_editor), expectedAnchor);
    QCOMPARE(caret(*m_editor), expectedHead);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(m_capture->documentLength(), expected.size());
}

void TestRemoteEditApplier::doesNotEcho()
{
    m_editor->setText("abc");
    m_capture->flush(); // the local edit above is not the subject
    QSignalSpy captured(m_capture, &EditCapture::operationCaptured);
    QVERIFY(m_applier->apply(operation(R"([1,"remote",-1,1])")));
    QCOMPARE(captured.count(), 0);
    moveCaret(*m_editor, 0);
    typeText(m_editor, "L");
    QCOMPARE(captured.count(), 1);
    QCOMPARE(toJson(captured.at(0).at(0).value<TextOperation>()), R"(["L",8])");
}

void TestRemoteEditApplier::staysOutOfTheEditorsUndo()
{
    // Outside LocalUndo, Scintilla's history cannot describe the text any more: it is dropped
    // rather than left to undo the wrong characters.
    m_editor->setText("");
    typeText(m_editor, "mine");
    QVERIFY(m_editor->isUndoAvailable());
    QVERIFY(m_applier->apply(operation(R"(["theirs ",4])")));
    QVERIFY(!m_editor->isUndoAvailable());
    m_editor->undo();
    QCOMPARE(m_editor->text(), "theirs mine");
    QVERIFY(m_editor->SendScintilla(S::SCI_GETUNDOCOLLECTION) != 0);
    typeText(m_editor, "!");
    m_editor->undo();
    QCOMPARE(m_editor->text(), "theirs mine");
}

void TestRemoteEditApplier::reachesAReadOnlyEditor()
{
    // A guest in a read-only room cannot type, but sees everyone else's edits.
    m_editor->setText("abc");
    m_editor->setReadOnly(true);
    QVERIFY(m_applier->apply(operation(R"([3," from the host"])")));
    QCOMPARE(m_editor->text(), "abc from the host");
    QVERIFY(m_editor->isReadOnly());
    moveCaret(*m_editor, 0);
    typeText(m_editor, "x");
    QCOMPARE(m_editor->text(), "abc from the host");
}

void TestRemoteEditApplier::rejectsOperationsThatDoNotFit_data()
{
    QTest::addColumn<QString>("op");
    QTest::addRow("base too short") << R"([1,"x"])";
    QTest::addRow("base too long") << R"([3,"x",3])";
    QTest::addRow("splits a surrogate pair") << R"([2,"x",2])";
    QTest::addRow("deletes half an emoji") << "[1,-1,2]";
}

void TestRemoteEditApplier::rejectsOperationsThatDoNotFit()
{
    QFETCH(QString, op);
    const QString text = "a" + emoji + "b";
    m_editor->setText(text);
    QSignalSpy failed(m_applier, &RemoteEditApplier::failed);
    QVERIFY(!m_applier->apply(operation(op)));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<Error>().code, "bad_operation");
    QCOMPARE(m_editor->text(), text);
}

void TestRemoteEditApplier::keepsTheSameTextOnTopOfTheView()
{
    QStringList lines;
    for (int i = 0; i < 300; ++i)
        lines.append(QStringLiteral("line %1").arg(i));
    m_editor->setText(lines.join('\n'));
    moveCaret(*m_editor, m_editor->text().indexOf("line 150"));
    m_editor->SendScintilla(S::SCI_SETFIRSTVISIBLELINE, 140L);
    const QString text = m_editor->text();

    // Ten lines inserted above the view, then three deleted above it.
    QVERIFY(m_applier->apply(operation(QStringLiteral(R"([7,"%1",%2])")
                                           .arg(QString("new\\n").repeated(10))
                                           .arg(text.size() - 7))));
    QCOMPARE(m_editor->SendScintilla(S::SCI_GETFIRSTVISIBLELINE), 150);
    QCOMPARE(m_editor->SendScintilla(S::SCI_LINEFROMPOSITION,
                                     m_editor->SendScintilla(S::SCI_GETCURRENTPOS)),
             160);
    QVERIFY(m_applier->apply(operation(QStringLiteral("[-15,%1]").arg(text.size() + 25))));
    QCOMPARE(m_editor->SendScintilla(S::SCI_GETFIRSTVISIBLELINE), 147);
    const long line = m_editor->SendScintilla(S::SCI_GETFIRSTVISIBLELINE);
    QCOMPARE(m_editor->text(line).trimmed(), "line 140");
}

void TestRemoteEditApplier::keepsEveryCaretOfAMultipleSelection()
{
    m_editor->setText("aaa\nbbb\nccc");
    m_editor->SendScintilla(S::SCI_SETMULTIPLESELECTION, 1L);
    m_editor->SendScintilla(S::SCI_SETSELECTION, 5L, 5L);
    m_editor->SendScintilla(S::SCI_ADDSELECTION, 9L, 9L);
    QVERIFY(m_applier->apply(operation(R"(["++",11])")));
    QCOMPARE(m_editor->SendScintilla(S::SCI_GETSELECTIONS), 2);
    QCOMPARE(m_editor->SendScintilla(S::SCI_GETSELECTIONNCARET, 0L), 7);
    QCOMPARE(m_editor->SendScintilla(S::SCI_GETSELECTIONNCARET, 1L), 11);
    QCOMPARE(m_editor->SendScintilla(S::SCI_GETMAINSELECTION), 1);
}

QTEST_MAIN(TestRemoteEditApplier)
#include "tst_remoteeditapplier.moc"
