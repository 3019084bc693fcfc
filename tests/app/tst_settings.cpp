#include "Settings.h"
#include "TempFiles.h"
#include "session/AccountNames.h"
#include "window/RecentFiles.h"

#include <QSignalSpy>
#include <QTest>
#include <optional>
#include <pwd.h>
#include <unistd.h>

using namespace ensemble;
using ensemble::test::TempFolder;

Q_DECLARE_METATYPE(ensemble::AccountNames)

class SettingsTest : public QObject
{
    Q_OBJECT

private slots:
    void defaultsWhenEmpty();
    void valuesPersist();
    void invalidValuesReadAsDefaults_data();
    void invalidValuesReadAsDefaults();
    void changesAreSignalledOnce();
    void recentFiles_data();
    void recentFiles();
    void recentFilesPersistAndAreCapped();
    void lastSeenRevisions_data();
    void lastSeenRevisions();
    void defaultNameIsTheAccounts_data();
    void defaultNameIsTheAccounts();
    void defaultNameNeedsNoUserVariable();
};

void SettingsTest::defaultsWhenEmpty()
{
    TempFolder folder;
    Settings settings(folder.filePath(QStringLiteral("s.ini")));
    QCOMPARE(settings.editorOptions(), EditorOptions::defaults());
    QCOMPARE(settings.theme(), Theme::System);
    QCOMPARE(settings.interfaceLanguage(), QString());
    QVERIFY(settings.recentFiles().isEmpty());
    QVERIFY(settings.windowGeometry().isEmpty());
}

void SettingsTest::valuesPersist()
{
    TempFolder folder;
    const QString ini = folder.filePath(QStringLiteral("s.ini"));
    EditorOptions options = EditorOptions::defaults();
    options.font = QFont(QStringLiteral("DejaVu Sans Mono"), 13);
    options.tabWidth = 8;
    options.indentWithSpaces = false;
    options.showWhitespace = true;
    options.wordWrap = true;
    options.showIndentGuides = false;
    {
        Settings settings(ini);
        settings.setEditorOptions(options);
        settings.setTheme(Theme::Dark);
        settings.setInterfaceLanguage(QStringLiteral("pt_BR"));
        settings.setWindowGeometry("geometry");
        settings.setLastDirectory(folder.path());
    }
    Settings reread(ini);
    QCOMPARE(reread.editorOptions(), options);
    QCOMPARE(reread.theme(), Theme::Dark);
    QCOMPARE(reread.interfaceLanguage(), QStringLiteral("pt_BR"));
    QCOMPARE(reread.windowGeometry(), QByteArray("geometry"));
    QCOMPARE(reread.lastDirectory(), folder.path());
}

void SettingsTest::invalidValuesReadAsDefaults_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addRow("tab width zero") << QByteArray("[editor]\ntabWidth=0\n");
    QTest::addRow("tab width huge") << QByteArray("[editor]\ntabWidth=4000\n");
    QTest::addRow("tab width text") << QByteArray("[editor]\ntabWidth=wide\n");
    QTest::addRow("font garbage") << QByteArray("[editor]\nfont=@@@\n");
    QTest::addRow("unknown theme") << QByteArray("[appearance]\ntheme=purple\n");
    QTest::addRow("language without a catalogue") << QByteArray("[ui]\nlanguage=tlh\n");
    QTest::addRow("language path") << QByteArray("[ui]\nlanguage=../de\n");
    QTest::addRow("missing folder") << QByteArray("[files]\nlastDirectory=/no/such/folder\n");
}

void SettingsTest::invalidValuesReadAsDefaults()
{
    QFETCH(QByteArray, ini);
    TempFolder folder;
    Settings settings(folder.write(QStringLiteral("s.ini"), ini));
    const EditorOptions defaults = EditorOptions::defaults();
    QCOMPARE(settings.editorOptions().tabWidth, defaults.tabWidth);
    QCOMPARE(settings.editorOptions().font.family(), defaults.font.family());
    QCOMPARE(settings.theme(), Theme::System);
    QCOMPARE(settings.interfaceLanguage(), QString());
    QCOMPARE(settings.lastDirectory(), QDir::homePath());
}

void SettingsTest::changesAreSignalledOnce()
{
    TempFolder folder;
    Settings settings(folder.filePath(QStringLiteral("s.ini")));
    QSignalSpy options(&settings, &Settings::editorOptionsChanged);
    QSignalSpy theme(&settings, &Settings::themeChanged);
    EditorOptions changed = settings.editorOptions();
    changed.tabWidth = 3;
    settings.setEditorOptions(changed);
    settings.setEditorOptions(changed);
    settings.setTheme(Theme::Light);
    settings.setTheme(Theme::Light);
    QCOMPARE(options.count(), 1);
    QCOMPARE(theme.count(), 1);
}

void SettingsTest::recentFiles_data()
{
    QTest::addColumn<QStringList>("added");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("newest first") << QStringList {"/a", "/b", "/c"}
                                  << QStringList {"/c", "/b", "/a"};
    QTest::addRow("reopening moves to front")
        << QStringList {"/a", "/b", "/a"} << QStringList {"/a", "/b"};
    QTest::addRow("relative paths made absolute")
        << QStringList {"rel.txt"} << QStringList {QDir::current().absoluteFilePath("rel.txt")};
}

void SettingsTest::recentFiles()
{
    QFETCH(QStringList, added);
    QFETCH(QStringList, expected);
    TempFolder folder;
    Settings settings(folder.filePath(QStringLiteral("s.ini")));
    RecentFiles recent(settings);
    QSignalSpy changed(&recent, &RecentFiles::changed);
    for (const QString &path : added)
        recent.add(path);
    QCOMPARE(recent.files(), expected);
    QVERIFY(changed.count() >= 1);
}

void SettingsTest::recentFilesPersistAndAreCapped()
{
    TempFolder folder;
    const QString ini = folder.filePath(QStringLiteral("s.ini"));
    {
        Settings settings(ini);
        RecentFiles recent(settings);
        for (int i = 0; i < RecentFiles::maximumCount + 5; ++i)
            recent.add(QStringLiteral("/file%1").arg(i));
        QCOMPARE(recent.files().size(), RecentFiles::maximumCount);
        recent.remove(QStringLiteral("/file14"));
    }
    Settings settings(ini);
    RecentFiles recent(settings);
    QCOMPARE(recent.files().size(), RecentFiles::maximumCount - 1);
    QCOMPARE(recent.files().first(), QStringLiteral("/file13"));
    recent.clear();
    QVERIFY(RecentFiles(settings).files().isEmpty());
}

void SettingsTest::lastSeenRevisions_data()
{
    QTest::addColumn<QByteArray>("stored"); // the INI file before
    QTest::addRow("none") << QByteArray();
    QTest::addRow("not a map") << QByteArray("[session]\nlastSeen=12\n");
    QTest::addRow("empty") << QByteArray("[session]\nlastSeen=\n");
}

void SettingsTest::lastSeenRevisions()
{
    QFETCH(QByteArray, stored);
    TempFolder folder;
    const QString ini = folder.filePath(QStringLiteral("s.ini"));
    QFile file(ini);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(stored);
    file.close();
    const QString room = QStringLiteral("example.org:7717/room");
    QCOMPARE(Settings(ini).lastSeenRevision(room), std::pair(QString(), qint64(-1)));
    {
        Settings settings(ini);
        settings.setLastSeenRevision(room, QStringLiteral("e1"), 41);
        settings.setLastSeenRevision(room, QStringLiteral("e1"), 42);
        QCOMPARE(settings.lastSeenRevision(room), std::pair(QStringLiteral("e1"), qint64(42)));
        // A shared folder's documents are kept under the room's key and their id.
        settings.setLastSeenRevision(room + QStringLiteral("#d2"), QStringLiteral("e2"), 7);
        settings.setLastSeenRevision(room + QStringLiteral("x#d3"), QStringLiteral("e3"), 8);
        QCOMPARE(settings.lastSeenDocuments(room), QStringList {QStringLiteral("d2")});
        // Only the last 500 are kept: the first is gone.
        for (int i = 0; i < 499; ++i)
            settings.setLastSeenRevision(QStringLiteral("other:1/%1").arg(i), QStringLiteral("e"),
                                         i);
    }
    Settings settings(ini);
    QCOMPARE(settings.lastSeenRevision(room), std::pair(QString(), qint64(-1)));
    QCOMPARE(settings.lastSeenRevision(QStringLiteral("other:1/498")),
             std::pair(QStringLiteral("e"), qint64(498)));
}

void SettingsTest::defaultNameIsTheAccounts_data()
{
    QTest::addColumn<AccountNames>("names");
    QTest::addColumn<QString>("expected");
    const QString ana = QStringLiteral("Ana Lima");
    QTest::addRow("full name") << AccountNames {"Ana Lima,,,", "ana", "ana", "ana"} << ana;
    QTest::addRow("full name alone") << AccountNames {ana, {}, {}, {}} << ana;
    QTest::addRow("login") << AccountNames {",,,", "ana", "root", {}} << QStringLiteral("ana");
    QTest::addRow("USER") << AccountNames {{}, {}, "ana", "bo"} << QStringLiteral("ana");
    QTest::addRow("LOGNAME") << AccountNames {" ", {}, {}, "bo"} << QStringLiteral("bo");
    QTest::addRow("nothing") << AccountNames {} << QString();
}

void SettingsTest::defaultNameIsTheAccounts()
{
    QFETCH(AccountNames, names);
    QFETCH(QString, expected);
    QCOMPARE(names.preferredName(), expected);
}

void SettingsTest::defaultNameNeedsNoUserVariable()
{
    // Two people in a room as "Guest" get the same colour: the account's name is known even
    // where $USER is not (su, containers).
    const passwd *entry = getpwuid(getuid());
    if (!entry)
        QSKIP("this process's user has no passwd entry");
    QString expected = QString::fromLocal8Bit(entry->pw_gecos).section(u',', 0, 0).simplified();
    if (expected.isEmpty())
        expected = QString::fromLocal8Bit(entry->pw_name);
    QList<std::pair<const char *, std::optional<QByteArray>>> saved;
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        saved.append({variable,
                      qEnvironmentVariableIsSet(variable) ? std::optional(qgetenv(variable))
                                                          : std::nullopt});
        qunsetenv(variable);
    }
    TempFolder folder;
    const QString name = Settings(folder.filePath(QStringLiteral("s.ini"))).displayName();
    for (const auto &[variable, value] : saved) {
        if (value)
            qputenv(variable, *value);
    }
    QCOMPARE(name, expected);
}

QTEST_MAIN(SettingsTest)
#include "tst_settings.moc"
