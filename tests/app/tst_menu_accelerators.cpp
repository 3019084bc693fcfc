// Alt+letter reaches every menu and every entry of a menu: no two entries of the menu bar, or of
// one menu, share an accelerator, in English and in every language Ensemble ships.

#include "FakePrompts.h"
#include "MainWindow.h"
#include "Settings.h"
#include "TempFiles.h"
#include "Translations.h"

#include <QMenu>
#include <QMenuBar>
#include <QTest>

using namespace ensemble;
using ensemble::test::FakePrompts;
using ensemble::test::TempFolder;

namespace {

// The letter after the accelerator's "&" (lowercase), or a null QChar when there is none.
QChar accelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] != u'&')
            return text[i + 1].toLower();
        ++i; // "&&" is a literal ampersand
    }
    return {};
}

// "Menu: “A” and “B” share Alt+X" for each clash among actions, then among their submenus.
QStringList clashes(const QString &where, const QList<QAction *> &actions)
{
    QStringList found;
    QHash<QChar, QString> seen;
    for (const QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QChar key = accelerator(action->text());
        if (key.isNull())
            continue;
        if (seen.contains(key)) {
            found.append(QStringLiteral("%1: “%2” and “%3” share Alt+%4")
                             .arg(where, seen.value(key), action->text(), key));
        } else {
            seen.insert(key, action->text());
        }
    }
    for (const QAction *action : actions) {
        if (const QMenu *menu = action->menu())
            found += clashes(action->text(), menu->actions());
    }
    return found;
}

} // namespace

class MenuAcceleratorsTest : public QObject
{
    Q_OBJECT

private slots:
    void noTwoEntriesShareOne_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("en") << QString();
        for (const QString &language : Translations::availableLanguages())
            QTest::addRow("%s", qPrintable(language)) << language;
    }

    void noTwoEntriesShareOne()
    {
        QFETCH(QString, language);
        Translations translations;
        if (!language.isEmpty())
            QCOMPARE(translations.apply(QLocale(language)), language);
        TempFolder folder;
        Settings settings(folder.filePath(QStringLiteral("settings.ini")));
        FakePrompts prompts;
        MainWindow window(settings, &prompts);
        window.openStartupFiles({});
        const QStringList found = clashes(QStringLiteral("menu bar"), window.menuBar()->actions());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
};

QTEST_MAIN(MenuAcceleratorsTest)
#include "tst_menu_accelerators.moc"
