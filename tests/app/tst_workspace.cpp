#include "CodeEditor.h"
#include "DocumentTab.h"
#include "FakePrompts.h"
#include "Language.h"
#include "Settings.h"
#include "TempFiles.h"
#include "window/RecentFiles.h"
#include "window/Workspace.h"

#include <QTabWidget>
#include <QTest>

using namespace ensemble;
using ensemble::test::FakePrompts;
using ensemble::test::readBytes;
using ensemble::test::TempFolder;
using SaveChoice = UserPrompts::SaveChoice;

Q_DECLARE_METATYPE(ensemble::UserPrompts::SaveChoice)

// A workspace with its own tab widget, scripted prompts and settings in a temporary folder.
struct Fixture
{
    TempFolder folder;
    Settings settings {folder.filePath(QStringLiteral("settings.ini"))};
    RecentFiles recent {settings};
    FakePrompts prompts;
    QTabWidget tabs;
    Workspace workspace {tabs, prompts, settings, recent};

    QString write(const QString &name, const QByteArray &bytes)
    {
        return folder.write(name, bytes);
    }
    void type(DocumentTab *document, const QString &text)
    {
        document->editor()->insertAt(text, 0, 0);
    }
};

class WorkspaceTest : public QObject
{
    Q_OBJECT

private slots:
    void newDocumentsAreNumbered();
    void openingAFileTwiceShowsItsTab();
    void firstFileReplacesThePristineUntitledDocument();
    void missingFileIsReportedAndLeavesRecentFiles();
    void nonexistentCommandLineFileBecomesANamedDocument();
    void tabShowsModifiedMarker();
    void closingAskesAboutUnsavedWork_data();
    void closingAskesAboutUnsavedWork();
    void closingUntitledWorkAsksWhereToSave();
    void quittingCanBeCancelledWithoutLosingAnything();
    void quittingSavesWhatTheUserChose();
    void latin1FileCanBeSavedAsUtf8WhenNeeded_data();
    void latin1FileCanBeSavedAsUtf8WhenNeeded();
    void saveErrorsAreReported();
    void savingOverAnotherProgramsChangesAsksFirst();
    void settingsReachEveryOpenEditor();
    void filesDroppedOnAnEditorAreOpened();
};

void WorkspaceTest::newDocumentsAreNumbered()
{
    Fixture f;
    f.workspace.newDocument();
    f.workspace.newDocument();
    QCOMPARE(f.tabs.count(), 2);
    QCOMPARE(f.tabs.tabText(0), QStringLiteral("Untitled 1"));
    QCOMPARE(f.tabs.tabText(1), QStringLiteral("Untitled 2"));
    QCOMPARE(f.workspace.current(), f.workspace.documents().last());
}

void WorkspaceTest::openingAFileTwiceShowsItsTab()
{
    Fixture f;
    const QString a = f.write(QStringLiteral("a.cpp"), "int a;\n");
    const QString b = f.write(QStringLiteral("b.py"), "b = 1\n");
    DocumentTab *first = f.workspace.open(a);
    QVERIFY(first);
    QCOMPARE(f.workspace.open(b)->displayName(), QStringLiteral("b.py"));
    QCOMPARE(f.workspace.open(a), first);
    QCOMPARE(f.tabs.count(), 2);
    QCOMPARE(f.workspace.current(), first);
    QCOMPARE(f.tabs.tabToolTip(0), a);
    QCOMPARE(f.recent.files(), QStringList({b, a})); // most recently opened first
    QVERIFY(f.prompts.unanswered.isEmpty());
}

void WorkspaceTest::firstFileReplacesThePristineUntitledDocument()
{
    Fixture f;
    f.workspace.newDocument();
    f.workspace.open(f.write(QStringLiteral("a.txt"), "a"));
    QTest::qWait(0); // let deleteLater run
    QCOMPARE(f.tabs.count(), 1);
    QCOMPARE(f.workspace.current()->displayName(), QStringLiteral("a.txt"));

    // An untitled document with text in it is kept.
    Fixture g;
    g.type(g.workspace.newDocument(), QStringLiteral("draft"));
    g.workspace.open(g.write(QStringLiteral("a.txt"), "a"));
    QCOMPARE(g.tabs.count(), 2);
}

void WorkspaceTest::missingFileIsReportedAndLeavesRecentFiles()
{
    Fixture f;
    const QString missing = f.folder.filePath(QStringLiteral("gone.txt"));
    f.recent.add(missing);
    QCOMPARE(f.workspace.open(missing), nullptr);
    QCOMPARE(f.prompts.errors.size(), 1);
    QVERIFY(f.prompts.errors.first().contains(QStringLiteral("gone.txt")));
    QVERIFY(f.recent.files().isEmpty());
    QCOMPARE(f.tabs.count(), 0);
}

void WorkspaceTest::nonexistentCommandLineFileBecomesANamedDocument()
{
    Fixture f;
    const QString path = f.folder.filePath(QStringLiteral("new.rs"));
    f.workspace.openFiles({path});
    DocumentTab *document = f.workspace.current();
    QVERIFY(document);
    QCOMPARE(document->filePath(), path);
    QCOMPARE(QString::fromLatin1(document->language().id), QStringLiteral("rust"));
    QVERIFY(!QFile::exists(path));
    f.type(document, QStringLiteral("fn main() {}"));
    QVERIFY(f.workspace.save(document));
    QCOMPARE(readBytes(path), QByteArray("fn main() {}"));
    QVERIFY(f.prompts.unanswered.isEmpty());
}

void WorkspaceTest::tabShowsModifiedMarker()
{
    Fixture f;
    DocumentTab *document = f.workspace.open(f.write(QStringLiteral("a.txt"), "a"));
    QCOMPARE(f.tabs.tabText(0), QStringLiteral("a.txt"));
    f.type(document, QStringLiteral("x"));
    QCOMPARE(f.tabs.tabText(0), QStringLiteral("a.txt ●"));
    QVERIFY(f.workspace.save(document));
    QCOMPARE(f.tabs.tabText(0), QStringLiteral("a.txt"));
}

void WorkspaceTest::closingAskesAboutUnsavedWork_data()
{
    QTest::addColumn<bool>("edit");
    QTest::addColumn<SaveChoice>("choice");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<QByteArray>("onDisk");
    QTest::addRow("unmodified: no question")
        << false << SaveChoice::Cancel << true << QByteArray("text");
    QTest::addRow("save") << true << SaveChoice::Save << true << QByteArray("new text");
    QTest::addRow("discard") << true << SaveChoice::Discard << true << QByteArray("text");
    QTest::addRow("cancel") << true << SaveChoice::Cancel << false << QByteArray("text");
}

void WorkspaceTest::closingAskesAboutUnsavedWork()
{
    QFETCH(bool, edit);
    QFETCH(SaveChoice, choice);
    QFETCH(bool, closed);
    QFETCH(QByteArray, onDisk);
    Fixture f;
    const QString path = f.write(QStringLiteral("notes.txt"), "text");
    DocumentTab *document = f.workspace.open(path);
    if (edit) {
        f.type(document, QStringLiteral("new "));
        f.prompts.saveChoices = {choice};
    }
    QCOMPARE(f.workspace.close(document), closed);
    QCOMPARE(f.prompts.askedToSave,
             edit ? QStringList {QStringLiteral("notes.txt")} : QStringList());
    QCOMPARE(f.tabs.count(), closed ? 0 : 1);
    QCOMPARE(readBytes(path), onDisk);
    QVERIFY(f.prompts.unanswered.isEmpty());
}

void WorkspaceTest::closingUntitledWorkAsksWhereToSave()
{
    Fixture f;
    DocumentTab *document = f.workspace.newDocument();
    f.type(document, QStringLiteral("draft"));
    // Save, then cancel the file dialog: the document stays.
    f.prompts.saveChoices = {SaveChoice::Save, SaveChoice::Save};
    f.prompts.savePaths = {QString(), f.folder.filePath(QStringLiteral("draft.md"))};
    QVERIFY(!f.workspace.close(document));
    QCOMPARE(f.tabs.count(), 1);
    QVERIFY(f.workspace.close(document));
    QCOMPARE(f.tabs.count(), 0);
    QCOMPARE(readBytes(f.folder.filePath(QStringLiteral("draft.md"))), QByteArray("draft"));
    QVERIFY(f.prompts.suggestedSavePaths.first().endsWith(QStringLiteral("Untitled 1")));
}

void WorkspaceTest::quittingCanBeCancelledWithoutLosingAnything()
{
    Fixture f;
    DocumentTab *a = f.workspace.open(f.write(QStringLiteral("a.txt"), "a"));
    DocumentTab *b = f.workspace.open(f.write(QStringLiteral("b.txt"), "b"));
    f.type(a, QStringLiteral("1"));
    f.type(b, QStringLiteral("2"));
    f.prompts.saveChoices = {SaveChoice::Discard, SaveChoice::Cancel};
    QVERIFY(!f.workspace.confirmCloseAll());
    QCOMPARE(f.tabs.count(), 2);
    QVERIFY(a->isModified());
    QVERIFY(b->isModified());
    QCOMPARE(f.prompts.askedToSave,
             QStringList({QStringLiteral("a.txt"), QStringLiteral("b.txt")}));
}

void WorkspaceTest::quittingSavesWhatTheUserChose()
{
    Fixture f;
    const QString pathA = f.write(QStringLiteral("a.txt"), "a");
    const QString pathB = f.write(QStringLiteral("b.txt"), "b");
    f.type(f.workspace.open(pathA), QStringLiteral("1"));
    f.type(f.workspace.open(pathB), QStringLiteral("2"));
    f.workspace.open(f.write(QStringLiteral("c.txt"), "c"));
    f.prompts.saveChoices = {SaveChoice::Save, SaveChoice::Discard};
    QVERIFY(f.workspace.confirmCloseAll());
    QCOMPARE(readBytes(pathA), QByteArray("1a"));
    QCOMPARE(readBytes(pathB), QByteArray("b"));
    QCOMPARE(f.prompts.askedToSave.size(), 2);
}

void WorkspaceTest::latin1FileCanBeSavedAsUtf8WhenNeeded_data()
{
    QTest::addColumn<bool>("accept");
    QTest::addColumn<QByteArray>("onDisk");
    QTest::addRow("accept") << true
                            << QByteArray("\xE2\x82\xAC"
                                          "caf\xC3\xA9");
    QTest::addRow("decline") << false << QByteArray("caf\xE9");
}

void WorkspaceTest::latin1FileCanBeSavedAsUtf8WhenNeeded()
{
    QFETCH(bool, accept);
    QFETCH(QByteArray, onDisk);
    Fixture f;
    const QString path = f.write(QStringLiteral("old.txt"), "caf\xE9");
    DocumentTab *document = f.workspace.open(path);
    f.type(document, QStringLiteral(u"\u20ac"));
    f.prompts.saveAsUtf8 = {accept};
    QCOMPARE(f.workspace.save(document), accept);
    QCOMPARE(readBytes(path), onDisk);
    QCOMPARE(document->isModified(), !accept);
    QVERIFY(f.prompts.errors.isEmpty());
}

void WorkspaceTest::saveErrorsAreReported()
{
    Fixture f;
    DocumentTab *document = f.workspace.newDocument();
    f.type(document, QStringLiteral("x"));
    f.prompts.savePaths = {f.folder.filePath(QStringLiteral("no/such/folder/x.txt"))};
    QVERIFY(!f.workspace.save(document));
    QCOMPARE(f.prompts.errors.size(), 1);
    QVERIFY(document->isModified());
    QVERIFY(document->isUntitled());
}

void WorkspaceTest::savingOverAnotherProgramsChangesAsksFirst()
{
    Fixture f;
    const QString path = f.write(QStringLiteral("shared.txt"), "original");
    DocumentTab *document = f.workspace.open(path);
    f.type(document, QStringLiteral("mine "));
    f.write(QStringLiteral("shared.txt"), "theirs, a different size");
    f.prompts.overwriteChangedFile = {false, true};
    QVERIFY(!f.workspace.save(document));
    QCOMPARE(readBytes(path), QByteArray("theirs, a different size"));
    QVERIFY(f.workspace.save(document));
    QCOMPARE(readBytes(path), QByteArray("mine original"));
    QVERIFY(f.prompts.unanswered.isEmpty());
}

void WorkspaceTest::settingsReachEveryOpenEditor()
{
    Fixture f;
    DocumentTab *a = f.workspace.newDocument();
    DocumentTab *b = f.workspace.newDocument();
    EditorOptions options = f.settings.editorOptions();
    options.tabWidth = 2;
    options.wordWrap = true;
    f.settings.setEditorOptions(options);
    for (DocumentTab *document : {a, b}) {
        QCOMPARE(document->editor()->tabWidth(), 2);
        QCOMPARE(document->editor()->wrapMode(), QsciScintilla::WrapWord);
    }
    QCOMPARE(f.workspace.newDocument()->editor()->tabWidth(), 2);
}

void WorkspaceTest::filesDroppedOnAnEditorAreOpened()
{
    Fixture f;
    DocumentTab *document = f.workspace.newDocument();
    f.type(document, QStringLiteral("keep me"));
    const QString path = f.write(QStringLiteral("dropped.json"), "{}");
    emit document->editor()->filesDropped({path});
    QCOMPARE(f.tabs.count(), 2);
    QCOMPARE(f.workspace.current()->filePath(), path);
}

QTEST_MAIN(WorkspaceTest)
#include "tst_workspace.moc"
