#include "CollabTestSupport.h"
#include "TwoEditors.h"
#include "collab/EditCapture.h"
#include "collab/LocalUndo.h"

#include <QSignalSpy>

using namespace ensemble;
using namespace ensemble::test;

namespace {
const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80");
} // namespace

// Undo reverses only one's own edits, wherever other people's edits have moved them.
class TestLocalUndo : public QObject
{
    Q_OBJECT

private slots:
    void scenario_data();
    void scenario();
    void remoteEditsNeverEnterTheStack();
    void undoIsSentLikeAnyEdit();
    void keyboardShortcutsUndoOwnEditsInASession();
    void outsideASessionTheEditorsUndoWorks();
    void announcesAvailability();
    void keepsScintillasUndoOffWhenSomethingSwitchesItOn();

private:
    static bool run(TwoEditors &sites, const QString &step);
};

// A step is "sync", or "A:verb:argument" / "B:verb:argument" with the verbs type, caret (a
// UTF-16 position or "end"), select (anchor,head), backspace (count), delete (count), undo, redo,
// and expect (A's or B's text at that point).
bool TestLocalUndo::run(TwoEditors &sites, const QString &step)
{
    if (step == QLatin1String("sync"))
        return sites.sync();
    const QStringList parts = step.split(QLatin1Char(':'));
    CodeEditor &editor = sites.editor(parts[0][0]);
    LocalUndo *undo = sites.binding(parts[0][0]).undo();
    const QString &verb = parts[1];
    const QString argument = parts.value(2);
    if (verb == QLatin1String("type")) {
        typeText(&editor, argument);
    } else if (verb == QLatin1String("caret")) {
        moveCaret(editor,
                  argument == QLatin1String("end") ? editor.text().size() : argument.toInt());
    } else if (verb == QLatin1String("select")) {
        select(editor, argument.section(',', 0, 0).toInt(), argument.section(',', 1, 1).toInt());
    } else if (verb == QLatin1String("backspace")) {
        pressKey(&editor, Qt::Key_Backspace, argument.toInt());
    } else if (verb == QLatin1String("delete")) {
        pressKey(&editor, Qt::Key_Delete, argument.toInt());
    } else if (verb == QLatin1String("undo")) {
        undo->undo();
    } else if (verb == QLatin1String("redo")) {
        undo->redo();
    } else if (verb == QLatin1String("expect")) {
        if (editor.text() != argument)
            qWarning() << "expected" << argument << "got" << editor.text();
        return editor.text() == argument;
    } else {
        return false;
    }
    return true;
}

void TestLocalUndo::scenario_data()
{
    QTest::addColumn<QString>("initial");
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QString>("expected");

    QTest::addRow("concurrent typing: undo removes only mine")
        << "" << QStringList {"A:type:hello", "B:type:world", "sync", "A:undo", "sync"} << "world";
    QTest::addRow("a remote insert inside my word stays")
        << ""
        << QStringList {"A:type:abc", "sync", "B:caret:1", "B:type:X", "sync", "A:undo", "sync"}
        << "X";
    QTest::addRow("what the other deleted of my word is not brought back")
        << "" << QStringList {"A:type:hello", "sync",         "B:select:1,3", "B:delete:1",
                              "sync",         "A:expect:hlo", "A:undo",       "sync"}
        << "";
    QTest::addRow("redo puts my text back where it belongs now")
        << "12"
        << QStringList {"A:caret:2", "A:type:ab",     "sync", "B:caret:0", "B:type:XY", "sync",
                        "A:undo",    "A:expect:XY12", "sync", "A:redo",    "sync"}
        << "XY12ab";
    QTest::addRow("a burst of typing is one step, a line break starts the next")
        << ""
        << QStringList {"A:type:one two", "A:type:\nthree", "A:undo", "A:expect:one two", "A:undo"}
        << "";
    QTest::addRow("a run of backspaces is one step")
        << "hello" << QStringList {"A:caret:5", "A:backspace:3", "A:expect:he", "A:undo"}
        << "hello";
    QTest::addRow("a run of deletes is one step")
        << "hello" << QStringList {"A:caret:1", "A:delete:3", "A:expect:ho", "A:undo"} << "hello";
    QTest::addRow("typing over a selection is one step")
        << "hello" << QStringList {"A:select:1,4", "A:type:X", "A:expect:hXo", "A:undo"} << "hello";
    QTest::addRow("moving the caret ends a step")
        << "" << QStringList {"A:type:ab", "A:caret:0", "A:type:c", "A:undo"} << "ab";
    QTest::addRow("a remote edit between my keystrokes does not split my word")
        << "" << QStringList {"A:type:ab", "sync",          "B:caret:0", "B:type:Z", "sync",
                              "A:type:c",  "A:expect:Zabc", "A:undo",    "sync"}
        << "Z";
    QTest::addRow("undo with nothing of mine does nothing")
        << "x" << QStringList {"B:type:y", "sync", "A:undo", "sync"} << "yx";
    QTest::addRow("the other's undo leaves my edits alone")
        << "" << QStringList {"B:type:b", "sync", "A:caret:0", "A:type:a", "sync", "B:undo", "sync"}
        << "a";
    QTest::addRow("non-ASCII and emoji")
        << "" << QStringList {"A:type:é" + emoji, "sync", "B:caret:end", "B:type:ü", "sync",
                              "A:undo",           "sync"}
        << "ü";
    QTest::addRow("undo, redo, undo again while the other types")
        << "--" << QStringList {"A:caret:1",   "A:type:mine",   "sync", "A:undo",
                                "B:caret:0",   "B:type:theirs", "sync", "A:redo",
                                "B:caret:end", "B:type:!",      "sync", "A:expect:theirs-mine-!",
                                "A:undo",      "sync"}
        << "theirs--!";
    QTest::addRow("both undo concurrently")
        << "" << QStringList {"A:type:aa", "B:type:bb", "sync", "A:undo", "B:undo", "sync"} << "";
}

void TestLocalUndo::scenario()
{
    QFETCH(QString, initial);
    QFETCH(QStringList, steps);
    QFETCH(QString, expected);

    TwoEditors sites(initial);
    for (const QString &step : std::as_const(steps))
        QVERIFY2(run(sites, step), qPrintable(step));
    QCOMPARE(sites.a().text(), expected);
}

void TestLocalUndo::remoteEditsNeverEnterTheStack()
{
    TwoEditors sites("");
    typeText(&sites.b(), "remote");
    QVERIFY(sites.sync());
    QVERIFY(!sites.bindingA().undo()->canUndo());
    sites.bindingA().undo()->undo();
    QCOMPARE(sites.a().text(), "remote");
    QVERIFY(!sites.a().isUndoAvailable());
}

void TestLocalUndo::undoIsSentLikeAnyEdit()
{
    TwoEditors sites("");
    typeText(&sites.a(), "ab");
    QSignalSpy sent(&sites.bindingA(), &SessionBinding::localOperation);
    sites.bindingA().undo()->undo();
    QCOMPARE(sent.count(), 1);
    QCOMPARE(toJson(sent.at(0).at(0).value<TextOperation>()), "[-2]");
}

void TestLocalUndo::keyboardShortcutsUndoOwnEditsInASession()
{
    TwoEditors sites("");
    typeText(&sites.a(), "mine");
    typeText(&sites.b(), "theirs ");
    QVERIFY(sites.sync());
    QCOMPARE(sites.a().text(),
             "mine"
             "theirs ");
    pressKey(&sites.a(), Qt::Key_Z, 1, Qt::ControlModifier);
    QCOMPARE(sites.a().text(), "theirs ");
    pressKey(&sites.a(), Qt::Key_Y, 1, Qt::ControlModifier);
    QCOMPARE(sites.a().text(),
             "mine"
             "theirs ");
}

void TestLocalUndo::outsideASessionTheEditorsUndoWorks()
{
    TwoEditors sites("");
    sites.bindingA().setActive(false);
    QVERIFY(!sites.bindingA().undo()->isEnabled());
    typeText(&sites.a(), "abc");
    QVERIFY(!sites.bindingA().undo()->canUndo());
    pressKey(&sites.a(), Qt::Key_Z, 1, Qt::ControlModifier);
    QCOMPARE(sites.a().text(), "");
    sites.bindingA().setActive(true);
    typeText(&sites.a(), "x");
    sites.bindingA().setActive(false);
    typeText(&sites.a(), "y");
    sites.a().undo();
    QCOMPARE(sites.a().text(), "x");
}

void TestLocalUndo::announcesAvailability()
{
    TwoEditors sites("");
    LocalUndo *undo = sites.bindingA().undo();
    QSignalSpy canUndo(undo, &LocalUndo::canUndoChanged);
    QSignalSpy canRedo(undo, &LocalUndo::canRedoChanged);
    typeText(&sites.a(), "a");
    undo->undo();
    undo->redo();
    QCOMPARE(canUndo.count(), 3);
    QCOMPARE(canUndo.last().at(0).toBool(), true);
    QCOMPARE(canRedo.count(), 2);
    QCOMPARE(canRedo.last().at(0).toBool(), false);
}

void TestLocalUndo::keepsScintillasUndoOffWhenSomethingSwitchesItOn()
{
    TwoEditors sites("");
    sites.a().loadDocumentText("loaded"); // switches Scintilla's collection on again
    QCoreApplication::processEvents();
    typeText(&sites.a(), "!");
    QVERIFY(!sites.a().isUndoAvailable());
    sites.a().undo(); // what the context menu would do
    QCOMPARE(sites.a().text(), "!loaded");
    sites.bindingA().undo()->undo();
    QCOMPARE(sites.a().text(), "loaded");
    QVERIFY(sites.sync());
}

QTEST_MAIN(TestLocalUndo)
#include "tst_localundo.moc"
