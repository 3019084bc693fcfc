#include "CodeEditor.h"
#include "DocumentTab.h"
#include "FakePrompts.h"
#include "LanguageRegistry.h"
#include "Settings.h"
#include "TempFiles.h"
#include "Version.h"
#include "menus/HelpMenuController.h"
#include "window/FindReplaceBar.h"
#include "window/MainWindow.h"
#include "window/StatusBarController.h"
#include "window/Workspace.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QTest>
#include <QUrl>

using namespace ensemble;
using ensemble::test::FakePrompts;
using ensemble::test::readBytes;
using ensemble::test::TempFolder;

namespace {

struct Fixture
{
    TempFolder folder;
    Settings settings {folder.filePath(QStringLiteral("settings.ini"))};
    FakePrompts prompts;
    MainWindow window {settings, &prompts};

    Workspace &workspace() { return window.workspace(); }
    QString write(const QString &name, const QByteArray &bytes)
    {
        return folder.write(name, bytes);
    }

    // The menu action whose text, without mnemonics, is `text`.
    QAction *action(const QString &text)
    {
        for (QAction *candidate : window.findChildren<QAction *>()) {
            if (candidate->text().remove(u'&') == text)
                return candidate;
        }
        qWarning("no action %s", qPrintable(text));
        return nullptr;
    }
    StatusBarController &status() { return *window.findChild<StatusBarController *>(); }
};

} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void startsWithAnEmptyDocument();
    void titleShowsNameFolderAndModifiedMarker();
    void statusBarDescribesTheCurrentDocument();
    void languageMenuOverridesHighlighting();
    void standardShortcutsAreBoundOnce();
    void closingTheWindowAsksAboutUnsavedWork();
    void droppingFilesOnTheWindowOpensThem();
    void goToLineMovesTheCursor();
    void findAndReplaceThroughTheBar();
    void shortcutsWorkWhileTyping();
    void tabKeysSwitchTabs_data();
    void tabKeysSwitchTabs();
    void saveAsHasAShortcutOnEveryDesktop();
    void recentFilesMenuReopensFiles();
    void fileActionsNeedADocument();
    void aboutBoxShowsTheVersion();
};

void MainWindowTest::startsWithAnEmptyDocument()
{
    Fixture f;
    f.window.openStartupFiles({});
    QCOMPARE(f.workspace().documents().size(), 1);
    QVERIFY(f.workspace().current()->isUntitled());
    QCOMPARE(f.window.windowTitle(), QStringLiteral("Untitled 1[*] — Ensemble"));
}

void MainWindowTest::titleShowsNameFolderAndModifiedMarker()
{
    Fixture f;
    const QString path = f.write(QStringLiteral("main.cpp"), "int main() {}\n");
    f.window.openStartupFiles({path});
    QVERIFY(f.window.windowTitle().startsWith(QStringLiteral("main.cpp[*] (")));
    QVERIFY(f.window.windowTitle().contains(
        QDir::toNativeSeparators(f.folder.path()).section(QDir::separator(), -1)));
    QVERIFY(!f.window.isWindowModified());
    f.workspace().current()->editor()->insertAt(QStringLiteral("//"), 0, 0);
    QVERIFY(f.window.isWindowModified());
}

void MainWindowTest::statusBarDescribesTheCurrentDocument()
{
    Fixture f;
    const QString path = f.write(QStringLiteral("tool.py"),
                                 "\xEF\xBB\xBF"
                                 "import os\r\n\tx = 1\r\n");
    f.window.openStartupFiles({path});
    StatusBarController &status = f.status();
    QCOMPARE(status.languageLabel()->text(), QStringLiteral("Python"));
    QCOMPARE(status.encodingLabel()->text(), QStringLiteral("UTF-8 BOM"));
    QCOMPARE(status.lineEndingLabel()->text(), QStringLiteral("CRLF"));
    QCOMPARE(status.positionLabel()->text(), QStringLiteral("Ln 1, Col 1"));
    // Column counts a tab as its width (4 by default), as the user sees it. Scintilla reports
    // caret moves when it repaints, so the window must be on screen.
    f.window.show();
    f.workspace().current()->editor()->setCursorPosition(1, 1);
    QTRY_COMPARE(status.positionLabel()->text(), QStringLiteral("Ln 2, Col 5"));

    const QString latin1 = f.write(QStringLiteral("old.txt"), "caf\xE9\n");
    f.workspace().open(latin1);
    QCOMPARE(status.encodingLabel()->text(), QStringLiteral("ISO 8859-1"));
    QCOMPARE(status.lineEndingLabel()->text(), QStringLiteral("LF"));
    QCOMPARE(status.languageLabel()->text(), QStringLiteral("Plain Text"));
}

void MainWindowTest::languageMenuOverridesHighlighting()
{
    Fixture f;
    f.window.openStartupFiles({f.write(QStringLiteral("notes.txt"), "fn main() {}\n")});
    DocumentTab *document = f.workspace().current();
    QAction *rust = f.action(QStringLiteral("Rust"));
    QVERIFY(rust);
    rust->trigger();
    QCOMPARE(QString::fromLatin1(document->language().id), QStringLiteral("rust"));
    QVERIFY(rust->isChecked());
    QCOMPARE(f.status().languageLabel()->text(), QStringLiteral("Rust"));
    f.action(QStringLiteral("Detect from File Name"))->trigger();
    QCOMPARE(QString::fromLatin1(document->language().id), QStringLiteral("text"));
    QVERIFY(!rust->isChecked());
}

void MainWindowTest::standardShortcutsAreBoundOnce()
{
    Fixture f;
    QList<QKeySequence> bound;
    for (QAction *action : f.window.findChildren<QAction *>()) {
        bound.append(action->shortcuts());
    }
    for (QKeySequence::StandardKey key :
         {QKeySequence::New, QKeySequence::Open, QKeySequence::Save, QKeySequence::SaveAs,
          QKeySequence::Close, QKeySequence::Quit, QKeySequence::Undo, QKeySequence::Redo,
          QKeySequence::Cut, QKeySequence::Copy, QKeySequence::Paste, QKeySequence::SelectAll,
          QKeySequence::Find, QKeySequence::FindNext, QKeySequence::FindPrevious,
          QKeySequence::ZoomIn, QKeySequence::ZoomOut, QKeySequence::NextChild,
          QKeySequence::PreviousChild}) {
        // Every binding the platform defines (Close is Ctrl+W and Ctrl+F4 on Linux).
        for (const QKeySequence &sequence : QKeySequence::keyBindings(key))
            QVERIFY2(bound.contains(sequence), qPrintable(sequence.toString()));
    }
    // An ambiguous shortcut would silently do nothing.
    for (qsizetype i = 0; i < bound.size(); ++i)
        QVERIFY2(bound.indexOf(bound[i], i + 1) < 0, qPrintable(bound[i].toString()));
}

void MainWindowTest::closingTheWindowAsksAboutUnsavedWork()
{
    Fixture f;
    const QString path = f.write(QStringLiteral("a.txt"), "a");
    f.window.openStartupFiles({path});
    f.window.show();
    f.workspace().current()->editor()->insertAt(QStringLiteral("b"), 0, 0);
    f.prompts.saveChoices = {UserPrompts::SaveChoice::Cancel};
    QVERIFY(!f.window.close());
    QVERIFY(f.window.isVisible());
    f.prompts.saveChoices = {UserPrompts::SaveChoice::Save};
    QVERIFY(f.window.close());
    QCOMPARE(readBytes(path), QByteArray("ba"));
    // Geometry is remembered for next time.
    QVERIFY(!f.settings.windowGeometry().isEmpty());
}

void MainWindowTest::droppingFilesOnTheWindowOpensThem()
{
    Fixture f;
    f.window.show();
    const QString a = f.write(QStringLiteral("a.json"), "{}");
    const QString b = f.write(QStringLiteral("b.yaml"), "k: v\n");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(a), QUrl::fromLocalFile(b)});
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&f.window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&f.window, &drop);
    QCOMPARE(f.workspace().documents().size(), 2);
    QCOMPARE(f.workspace().current()->filePath(), b);
}

void MainWindowTest::goToLineMovesTheCursor()
{
    Fixture f;
    f.window.openStartupFiles({f.write(QStringLiteral("lines.txt"), "1\n2\n3\n4\n")});
    f.window.show();
    f.prompts.lineNumbers = {3};
    f.action(QStringLiteral("Go to Line…"))->trigger();
    int line = -1;
    int index = -1;
    f.workspace().current()->editor()->getCursorPosition(&line, &index);
    QCOMPARE(line, 2);
    QTRY_COMPARE(f.status().positionLabel()->text(), QStringLiteral("Ln 3, Col 1"));
    // Cancelling leaves the cursor where it is.
    f.action(QStringLiteral("Go to Line…"))->trigger();
    f.workspace().current()->editor()->getCursorPosition(&line, &index);
    QCOMPARE(line, 2);
    QCOMPARE(f.prompts.unanswered, QStringList {QStringLiteral("askLineNumber")});
}

void MainWindowTest::findAndReplaceThroughTheBar()
{
    Fixture f;
    f.window.openStartupFiles({f.write(QStringLiteral("t.txt"), "red green red")});
    f.window.show();
    FindReplaceBar &bar = f.window.findBar();
    f.action(QStringLiteral("Replace…"))->trigger();
    QVERIFY(bar.isVisible());
    QTest::keyClicks(bar.findField(), QStringLiteral("red"));
    CodeEditor *editor = f.workspace().current()->editor();
    QCOMPARE(editor->selectedText(), QStringLiteral("red"));
    f.action(QStringLiteral("Find Next"))->trigger();
    QCOMPARE(editor->SendScintilla(QsciScintillaBase::SCI_GETSELECTIONSTART), 10L);
    bar.replaceField()->setText(QStringLiteral("blue"));
    QCOMPARE(bar.replaceAll(), 2);
    QCOMPARE(editor->documentText(), QStringLiteral("blue green blue"));
    QVERIFY(bar.statusText().contains(QStringLiteral("2")));
    bar.findField()->setText(QStringLiteral("purple"));
    QVERIFY(!bar.findNext());
    QCOMPARE(bar.statusText(), QStringLiteral("Not found"));
    QTest::keyClick(bar.findField(), Qt::Key_Escape);
    QVERIFY(!bar.isVisible());
}

void MainWindowTest::shortcutsWorkWhileTyping()
{
    Fixture f;
    f.window.openStartupFiles({f.write(QStringLiteral("k.txt"), "alpha beta")});
    f.window.show();
    QVERIFY(QTest::qWaitForWindowActive(&f.window));
    CodeEditor *editor = f.workspace().current()->editor();
    editor->setFocus();
    QTRY_VERIFY(editor->hasFocus());
    // The editor must not swallow the window's shortcuts.
    QTest::keyClick(editor, Qt::Key_H, Qt::ControlModifier);
    QVERIFY(f.window.findBar().isVisible());
    QCOMPARE(editor->documentText(), QStringLiteral("alpha beta"));
    QTest::keyClick(f.window.findBar().findField(), Qt::Key_Escape);
    QTRY_VERIFY(editor->hasFocus());
    QTest::keyClicks(editor, QStringLiteral("x"));
    QCOMPARE(editor->documentText(), QStringLiteral("xalpha beta"));
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor->documentText(), QStringLiteral("alpha beta"));
    // Scintilla binds Ctrl+/ to "word part left"; the menu's Toggle Comment must win.
    f.workspace().current()->setLanguage(*LanguageRegistry::byId(u"python"));
    QTest::keyClick(editor, Qt::Key_Slash, Qt::ControlModifier);
    QCOMPARE(editor->documentText(), QStringLiteral("# alpha beta"));
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(editor->documentText(), QStringLiteral("# alpha beta"));
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    // Ctrl+L is Scintilla's "cut line"; here it must go to a line and cut nothing.
    f.prompts.lineNumbers = {1};
    QTest::keyClick(editor, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(f.prompts.lineNumbers.isEmpty());
    QCOMPARE(editor->documentText(), QStringLiteral("alpha beta"));

    // Ctrl+Tab cycles tabs instead of inserting a tab character.
    f.workspace().newDocument();
    f.workspace().current()->editor()->setFocus();
    QTest::keyClick(f.workspace().current()->editor(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(f.workspace().current()->editor(), editor);
    QCOMPARE(editor->documentText(), QStringLiteral("alpha beta"));
    QTest::keyClick(editor, Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(f.workspace().documents().size(), 1);
}

void MainWindowTest::tabKeysSwitchTabs_data()
{
    QTest::addColumn<QKeyCombination>("key");
    QTest::addColumn<int>("step");
    QTest::addRow("Ctrl+Tab") << QKeyCombination(Qt::ControlModifier, Qt::Key_Tab) << 1;
    QTest::addRow("Ctrl+Shift+Tab")
        << QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Backtab) << -1;
    QTest::addRow("Ctrl+PgDown") << QKeyCombination(Qt::ControlModifier, Qt::Key_PageDown) << 1;
    QTest::addRow("Ctrl+PgUp") << QKeyCombination(Qt::ControlModifier, Qt::Key_PageUp) << -1;
}

void MainWindowTest::tabKeysSwitchTabs()
{
    QFETCH(QKeyCombination, key);
    QFETCH(int, step);
    Fixture f;
    while (f.workspace().documents().size() < 3)
        f.workspace().newDocument();
    f.window.show();
    QVERIFY(QTest::qWaitForWindowActive(&f.window));
    const QList<DocumentTab *> documents = f.workspace().documents();
    QCOMPARE(documents.size(), 3);
    f.workspace().setCurrent(documents[1]);
    CodeEditor *editor = documents[1]->editor();
    editor->setFocus();
    QTRY_VERIFY(editor->hasFocus());
    QTest::keyClick(editor, key.key(), key.keyboardModifiers());
    QCOMPARE(f.workspace().current(), documents[1 + step]);
}

void MainWindowTest::saveAsHasAShortcutOnEveryDesktop()
{
    // Qt binds Save As only in the GNOME and KDE key schemes; elsewhere it had no key at all.
    Fixture f;
    QAction *saveAs = f.action(QStringLiteral("Save As…"));
    QVERIFY(saveAs);
    QVERIFY(saveAs->shortcuts().contains(
        QKeySequence(Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_S)));
}

void MainWindowTest::recentFilesMenuReopensFiles()
{
    Fixture f;
    const QString path = f.write(QStringLiteral("recent.md"), "# hi\n");
    f.window.openStartupFiles({path});
    QVERIFY(f.workspace().close(f.workspace().current()));
    QTest::qWait(0);
    QAction *entry = nullptr;
    for (QAction *action : f.window.findChildren<QAction *>()) {
        if (action->text().contains(QStringLiteral("recent.md")))
            entry = action;
    }
    QVERIFY(entry);
    entry->trigger();
    QCOMPARE(f.workspace().current()->filePath(), path);
}

void MainWindowTest::fileActionsNeedADocument()
{
    Fixture f;
    QVERIFY(!f.action(QStringLiteral("Save"))->isEnabled());
    QVERIFY(f.action(QStringLiteral("New"))->isEnabled());
    f.action(QStringLiteral("New"))->trigger();
    QVERIFY(f.action(QStringLiteral("Save"))->isEnabled());
    QVERIFY(f.action(QStringLiteral("Go to Line…"))->isEnabled());
}

void MainWindowTest::aboutBoxShowsTheVersion()
{
    QVERIFY(HelpMenuController::aboutText().contains(applicationVersion()));
    QVERIFY(HelpMenuController::aboutText().contains(QString::fromLatin1(qVersion())));
}

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
