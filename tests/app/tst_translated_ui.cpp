// The German catalogue reaches every layer: the real main window's menus, messages built in net/
// and editor/ outside any QObject (each with its own translation context), QScintilla's context
// menu, and not the lexers' style names that SyntaxTheme reads in English.

#include "CodeEditor.h"
#include "FakePrompts.h"
#include "LanguageRegistry.h"
#include "Settings.h"
#include "SyntaxTheme.h"
#include "TempFiles.h"
#include "TextFormat.h"
#include "TextSearch.h"
#include "Translations.h"
#include "client/Invite.h"
#include "client/SessionError.h"
#include "ot/TextOperation.h"
#include "window/MainWindow.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QJsonValue>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>
#include <Qsci/qscilexercpp.h>
#include <memory>

using namespace ensemble;
using ensemble::test::FakePrompts;
using ensemble::test::TempFolder;

class TranslatedUiTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCOMPARE(m_translations.apply(QLocale(QStringLiteral("de_DE"))), QStringLiteral("de"));
    }

    void mainWindowMenusAreGerman()
    {
        TempFolder folder;
        Settings settings(folder.filePath(QStringLiteral("settings.ini")));
        FakePrompts prompts;
        MainWindow window(settings, &prompts);
        QStringList titles;
        for (const QAction *action : window.menuBar()->actions())
            titles.append(action->text());
        QCOMPARE(titles.value(0), QStringLiteral("&Datei"));
        QCOMPARE(titles,
                 (QStringList {QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                               QStringLiteral("&Ansicht"), QStringLiteral("&Suchen"),
                               QStringLiteral("S&prache"), QStringLiteral("S&itzung"),
                               QStringLiteral("&Hilfe")}));
        const QMenu *file = window.menuBar()->actions().constFirst()->menu();
        QCOMPARE(file->actions().constFirst()->text(), QStringLiteral("&Neu"));
    }

    // Each of these is translated through a context of its own (Q_DECLARE_TR_FUNCTIONS or
    // QCoreApplication::translate): a context that differs from what lupdate recorded would
    // leave the English text.
    void messagesOutsideWidgetsAreTranslated_data()
    {
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("shown");
        QTest::addRow("SessionError")
            << "The host closed this room."
            << SessionError::fromCode(QStringLiteral("room_closed"), {}).message;
        QTest::addRow("Invite")
            << "An invite has only a host, a port and a room ID."
            << Invite::parse(QStringLiteral("ensemble://a@b:1/x")).error().message;
        QTest::addRow("TextOperation") << "An operation must be a JSON array."
                                       << TextOperation::fromJson(QJsonValue(42)).error().message;
        QTest::addRow("TextSearch")
            << "Nothing to search for." << TextSearch::validate(QString(), SearchOptions());
        TextFormat withBom;
        withBom.byteOrderMark = true;
        QTest::addRow("TextFormat") << "UTF-8 BOM" << encodingLabel(withBom);
        QTest::addRow("Language") << "Plain Text" << LanguageRegistry::plainText().displayName();
    }

    void messagesOutsideWidgetsAreTranslated()
    {
        QFETCH(QString, english);
        QFETCH(QString, shown);
        QVERIFY(!shown.isEmpty());
        QVERIFY2(shown != english, qPrintable(shown));
    }

    void editorContextMenuFollowsTheInterface()
    {
        CodeEditor editor;
        const std::unique_ptr<QMenu> menu(editor.createStandardContextMenu());
        QCOMPARE(menu->actions().constFirst()->text(), QStringLiteral("&Rückgängig"));
    }

    void qtStandardButtonsFollowWhenQtHasTheCatalogue()
    {
        if (!QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                           + QStringLiteral("/qtbase_de.qm")))
            QSKIP("Qt's German catalogue is not installed (package qt6-translations-l10n)");
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(u'&'),
                 QStringLiteral("Abbrechen"));
    }

    void styleNamesStayEnglishForTheSyntaxTheme()
    {
        QsciLexerCPP lexer;
        QCOMPARE(lexer.description(QsciLexerCPP::Comment), QStringLiteral("C comment"));
        QCOMPARE(classifyStyle(lexer.description(QsciLexerCPP::Comment)), SyntaxRole::Comment);
    }

private:
    Translations m_translations;
};

QTEST_MAIN(TranslatedUiTest)
#include "tst_translated_ui.moc"
