// Alt+letter reaches every menu, every entry of a menu and every field of a dialog: no two entries
// of the menu bar, of one menu or of one dialog share an accelerator, in English and in every
// language Ensemble ships.

#include "FakePrompts.h"
#include "Settings.h"
#include "TempFiles.h"
#include "Translations.h"
#include "dialogs/HostSessionDialog.h"
#include "dialogs/InviteDialog.h"
#include "dialogs/JoinSessionDialog.h"
#include "dialogs/SettingsDialog.h"
#include "hosting/SessionHost.h"
#include "window/MainWindow.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
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

// "WHERE: “A” and “B” share Alt+X" for each clash among texts.
QStringList clashes(const QString &where, const QStringList &texts)
{
    QStringList found;
    QHash<QChar, QString> seen;
    for (const QString &text : texts) {
        const QChar key = accelerator(text);
        if (key.isNull())
            continue;
        if (seen.contains(key))
            found.append(QStringLiteral("%1: “%2” and “%3” share Alt+%4")
                             .arg(where, seen.value(key), text, key));
        else
            seen.insert(key, text);
    }
    return found;
}

// Clashes among a menu's actions, then among those of each submenu.
QStringList clashes(const QString &where, const QList<QAction *> &actions)
{
    QStringList texts;
    for (const QAction *action : actions) {
        if (!action->isSeparator() && action->isVisible())
            texts.append(action->text());
    }
    QStringList found = clashes(where, texts);
    for (const QAction *action : actions) {
        if (const QMenu *menu = action->menu())
            found += clashes(action->text(), menu->actions());
    }
    return found;
}

// Clashes among the labels (of a field), buttons and group boxes of a dialog.
QStringList clashes(QDialog &dialog)
{
    QStringList texts;
    for (const QWidget *widget : dialog.findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(&dialog))
            continue;
        if (const auto *label = qobject_cast<const QLabel *>(widget); label && label->buddy())
            texts.append(label->text());
        else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            texts.append(button->text());
        else if (const auto *group = qobject_cast<const QGroupBox *>(widget))
            texts.append(group->title());
    }
    return clashes(dialog.windowTitle(), texts);
}

void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("en") << QString();
    for (const QString &language : Translations::availableLanguages())
        QTest::addRow("%s", qPrintable(language)) << language;
}

} // namespace

class MenuAcceleratorsTest : public QObject
{
    Q_OBJECT

private slots:
    void noTwoMenuEntriesShareOne_data() { addLanguageRows(); }

    void noTwoMenuEntriesShareOne()
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

    // In English only while the catalogues lack the dialogs' newest strings: an untranslated one
    // next to translated ones clashes by chance.
    void noTwoDialogFieldsShareOne()
    {
        TempFolder folder;
        Settings settings(folder.filePath(QStringLiteral("settings.ini")));
        const Identity identity {QStringLiteral("Ana"), QStringLiteral("#1e88e5")};
        HostSessionDialog host(identity, folder.filePath(QStringLiteral("tls")));
        JoinSessionDialog join(identity, {});
        SettingsDialog preferences(settings);
        SessionHost server(settings.certificateDirectory(), settings.hostedRoomsDirectory());
        HostOptions options;
        options.bindAddress = QHostAddress::LocalHost;
        options.port = 0;
        QVERIFY(server.start(options, QString(), QString()).ok());
        InviteDialog invite(server, server.shareableInvite().toString());
        QStringList found;
        for (QDialog *dialog :
             std::initializer_list<QDialog *> {&host, &join, &preferences, &invite})
            found += clashes(*dialog);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
};

QTEST_MAIN(MenuAcceleratorsTest)
#include "tst_menu_accelerators.moc"
