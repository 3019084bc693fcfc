#include "CodeEditor.h"
#include "DocumentTab.h"
#include "FakePrompts.h"
#include "TempFiles.h"
#include "dialogs/SettingsDialog.h"
#include "window/MainWindow.h"
#include "window/ThemeController.h"
#include "window/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFontComboBox>
#include <QSpinBox>
#include <QTest>

using namespace ensemble;
using ensemble::test::TempFolder;

class PreferencesTest : public QObject
{
    Q_OBJECT

private slots:
    void dialogShowsCurrentSettings();
    void acceptingWritesSettings();
    void cancellingChangesNothing();
    void themeSwitchesTheWholeApplication();
    void themeSwitchesEveryOpenEditor_data();
    void themeSwitchesEveryOpenEditor();
    void languagesAreListedInTheirOwnNames();
    void languageChoiceIsStored();
};

void PreferencesTest::dialogShowsCurrentSettings()
{
    TempFolder folder;
    Settings settings(folder.filePath(QStringLiteral("s.ini")));
    EditorOptions options = settings.editorOptions();
    options.tabWidth = 6;
    options.indentWithSpaces = false;
    settings.setEditorOptions(options);
    settings.setTheme(Theme::Dark);
    SettingsDialog dialog(settings);
    QCOMPARE(dialog.tabWidth()->value(), 6);
    QVERIFY(!dialog.indentWithSpaces()->isChecked());
    QCOMPARE(dialog.theme(), Theme::Dark);
    QCOMPARE(dialog.editorOptions().tabWidth, 6);
}

void PreferencesTest::acceptingWritesSettings()
{
    TempFolder folder;
    Settings settings(folder.filePath(QStringLiteral("s.ini")));
    SettingsDialog dialog(settings);
    dialog.tabWidth()->setValue(2);
    dialog.fontSize()->setValue(15);
    dialog.themeChoice()->setCurrentIndex(dialog.themeChoice()->findData(int(Theme::Light)));
    dialog.accept();
    QCOMPARE(settings.editorOptions().tabWidth, 2);
    QCOMPARE(settings.editorOptions().font.pointSize(), 15);
    QCOMPARE(settings.theme(), Theme::Light);
}

void PreferencesTest::cancellingChangesNothing()
{
    TempFolder folder;
    Settings settings(folder.filePath(QStringLiteral("s.ini")));
    const EditorOptions before = settings.editorOptions();
    SettingsDialog dialog(settings);
    dialog.tabWidth()->setValue(9);
    dialog.reject();
    QCOMPARE(settings.editorOptions(), before);
}

void PreferencesTest::themeSwitchesTheWholeApplication()
{
    TempFolder folder;
    Settings settings(folder.filePath(QStringLiteral("s.ini")));
    const QColor systemBase = QApplication::palette().color(QPalette::Base);
    ThemeController theme(settings);
    CodeEditor editor;
    editor.show();
    settings.setTheme(Theme::Dark);
    QCOMPARE(QApplication::palette().color(QPalette::Base),
             ThemeController::darkPalette().color(QPalette::Base));
    QTRY_VERIFY(editor.colors().dark);
    settings.setTheme(Theme::Light);
    QTRY_VERIFY(!editor.colors().dark);
    settings.setTheme(Theme::System);
    QCOMPARE(QApplication::palette().color(QPalette::Base), systemBase);
}

void PreferencesTest::themeSwitchesEveryOpenEditor_data()
{
    QTest::addColumn<Theme>("from");
    QTest::addColumn<Theme>("to");
    QTest::addRow("light to dark") << Theme::Light << Theme::Dark;
    QTest::addRow("dark to light") << Theme::Dark << Theme::Light;
}

// Every tab already open repaints in the new colours, whatever its language: the text's
// background and colour of every style the editor uses, not only its palette.
void PreferencesTest::themeSwitchesEveryOpenEditor()
{
    QFETCH(Theme, from);
    QFETCH(Theme, to);
    TempFolder folder;
    Settings settings(folder.filePath(QStringLiteral("s.ini")));
    settings.setTheme(from);
    ThemeController theme(settings);
    test::FakePrompts prompts;
    MainWindow window(settings, &prompts);
    window.show();
    QStringList files;
    for (const char *name : {"notes.txt", "fib.py", "main.cpp", "lib.rs", "page.html"})
        files << folder.write(QString::fromLatin1(name), "some text\n");
    window.openStartupFiles(files);
    QList<CodeEditor *> editors;
    for (DocumentTab *tab : window.workspace().documents())
        editors << tab->editor();
    QCOMPARE(editors.size(), files.size());

    settings.setTheme(to);
    const QColor paper = EditorColors::fromPalette(QApplication::palette()).paper;
    for (CodeEditor *editor : std::as_const(editors)) {
        const QString name = QString::fromLatin1(editor->language().name);
        QTRY_COMPARE(editor->colors().dark, to == Theme::Dark);
        QCOMPARE(editor->colors().paper, paper);
        // Without a lexer all text is in style 0.
        const QList<long> styles = editor->language().makeLexer
            ? QList<long> {QsciScintillaBase::STYLE_DEFAULT, 0, 1, 2, 5}
            : QList<long> {QsciScintillaBase::STYLE_DEFAULT, 0};
        for (long style : styles) {
            const QColor back = QColor::fromRgb(
                QRgb(editor->SendScintilla(QsciScintillaBase::SCI_STYLEGETBACK, style)));
            const QColor swapped(back.blue(), back.green(), back.red());
            QVERIFY2(swapped == paper,
                     qPrintable(QStringLiteral("%1, style %2: %3 instead of %4")
                                    .arg(name)
                                    .arg(style)
                                    .arg(swapped.name(), paper.name())));
        }
    }
}

void PreferencesTest::languagesAreListedInTheirOwnNames()
{
    TempFolder folder;
    Settings settings(folder.filePath(QStringLiteral("s.ini")));
    SettingsDialog dialog(settings);
    QStringList names;
    QStringList languages;
    for (int i = 0; i < dialog.languageChoice()->count(); ++i) {
        names.append(dialog.languageChoice()->itemText(i));
        languages.append(dialog.languageChoice()->itemData(i).toString());
    }
    names.removeFirst();
    QCOMPARE(names,
             (QStringList {QStringLiteral("Deutsch"), QStringLiteral("English"),
                           QStringLiteral("Español"), QStringLiteral("Français"),
                           QStringLiteral("Português (Brasil)"), QStringLiteral("Русский"),
                           QStringLiteral("日本語"), QStringLiteral("简体中文")}));
    QCOMPARE(languages,
             (QStringList {QString(), QStringLiteral("de"), QStringLiteral("en"),
                           QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("pt_BR"),
                           QStringLiteral("ru"), QStringLiteral("ja"), QStringLiteral("zh_CN")}));
    QCOMPARE(dialog.interfaceLanguage(), QString());
}

void PreferencesTest::languageChoiceIsStored()
{
    TempFolder folder;
    Settings settings(folder.filePath(QStringLiteral("s.ini")));
    {
        SettingsDialog dialog(settings);
        QComboBox *choice = dialog.languageChoice();
        choice->setCurrentIndex(choice->findData(QStringLiteral("ja")));
        dialog.accept();
    }
    QCOMPARE(settings.interfaceLanguage(), QStringLiteral("ja"));
    {
        SettingsDialog dialog(settings);
        QCOMPARE(dialog.interfaceLanguage(), QStringLiteral("ja"));
        dialog.languageChoice()->setCurrentIndex(0);
        dialog.accept();
    }
    QCOMPARE(settings.interfaceLanguage(), QString());
}

QTEST_MAIN(PreferencesTest)
#include "tst_preferences.moc"
