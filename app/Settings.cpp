#include "Settings.h"

#include "Translations.h"
#include "session/AccountNames.h"

#include <QColor>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <algorithm>

namespace ensemble {

namespace {

namespace Key {
const QString font = QStringLiteral("editor/font");
const QString tabWidth = QStringLiteral("editor/tabWidth");
const QString indentWithSpaces = QStringLiteral("editor/indentWithSpaces");
const QString showWhitespace = QStringLiteral("editor/showWhitespace");
const QString wordWrap = QStringLiteral("editor/wordWrap");
const QString indentGuides = QStringLiteral("editor/indentGuides");
const QString showAuthorship = QStringLiteral("editor/showAuthorship");
const QString showLastEditor = QStringLiteral("editor/showLastEditor");
const QString theme = QStringLiteral("appearance/theme");
const QString interfaceLanguage = QLatin1String(Translations::settingsKey);
const QString recentFiles = QStringLiteral("files/recent");
const QString lastDirectory = QStringLiteral("files/lastDirectory");
const QString geometry = QStringLiteral("window/geometry");
const QString displayName = QStringLiteral("session/displayName");
const QString participantColor = QStringLiteral("session/color");
const QString recentSessions = QStringLiteral("session/recent");
const QString lastSeen = QStringLiteral("session/lastSeen");
const QString trustedCertificates = QStringLiteral("trustedCertificates/");
const QString folderAutosave = QStringLiteral("sharing/autosave");
const QString folderAutosaveDelay = QStringLiteral("sharing/autosaveDelay");
const QString state = QStringLiteral("window/state");
} // namespace Key

const QString themeNames[]
    = {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};

} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<QSettings>())
    , m_dataDirectory(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
{
}

Settings::Settings(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
    , m_dataDirectory(QFileInfo(iniFile).absolutePath())
{
}

Settings::~Settings() = default;

EditorOptions Settings::editorOptions() const
{
    EditorOptions options = EditorOptions::defaults();
    // QFont::toString() writes "family,size,..."; a lone word is not something we stored.
    const QString fontDescription = m_store->value(Key::font).toString();
    QFont font;
    if (fontDescription.count(u',') >= 1 && font.fromString(fontDescription))
        options.font = font;
    bool ok = false;
    const int tabWidth = m_store->value(Key::tabWidth).toInt(&ok);
    if (ok && tabWidth >= EditorOptions::minimumTabWidth
        && tabWidth <= EditorOptions::maximumTabWidth)
        options.tabWidth = tabWidth;
    options.indentWithSpaces
        = m_store->value(Key::indentWithSpaces, options.indentWithSpaces).toBool();
    options.showWhitespace = m_store->value(Key::showWhitespace, options.showWhitespace).toBool();
    options.wordWrap = m_store->value(Key::wordWrap, options.wordWrap).toBool();
    options.showIndentGuides = m_store->value(Key::indentGuides, options.showIndentGuides).toBool();
    options.showAuthorship = m_store->value(Key::showAuthorship, options.showAuthorship).toBool();
    options.showLastEditor = m_store->value(Key::showLastEditor, options.showLastEditor).toBool();
    return options;
}

void Settings::setEditorOptions(const EditorOptions &options)
{
    if (options == editorOptions())
        return;
    m_store->setValue(Key::font, options.font.toString());
    m_store->setValue(Key::tabWidth, options.tabWidth);
    m_store->setValue(Key::indentWithSpaces, options.indentWithSpaces);
    m_store->setValue(Key::showWhitespace, options.showWhitespace);
    m_store->setValue(Key::wordWrap, options.wordWrap);
    m_store->setValue(Key::indentGuides, options.showIndentGuides);
    m_store->setValue(Key::showAuthorship, options.showAuthorship);
    m_store->setValue(Key::showLastEditor, options.showLastEditor);
    emit editorOptionsChanged(editorOptions());
}

Theme Settings::theme() const
{
    const QString name = m_store->value(Key::theme).toString();
    for (int i = 0; i < 3; ++i) {
        if (themeNames[i] == name)
            return Theme(i);
    }
    return Theme::System;
}

void Settings::setTheme(Theme theme)
{
    if (theme == this->theme())
        return;
    m_store->setValue(Key::theme, themeNames[int(theme)]);
    emit themeChanged(theme);
}

QString Settings::interfaceLanguage() const
{
    const QString language = m_store->value(Key::interfaceLanguage).toString();
    return language == QLatin1String(Translations::english)
            || Translations::availableLanguages().contains(language)
        ? language
        : QString();
}

void Settings::setInterfaceLanguage(const QString &language)
{
    if (language.isEmpty())
        m_store->remove(Key::interfaceLanguage);
    else
        m_store->setValue(Key::interfaceLanguage, language);
}

QStringList Settings::recentFiles() const
{
    return m_store->value(Key::recentFiles).toStringList();
}

void Settings::setRecentFiles(const QStringList &files)
{
    m_store->setValue(Key::recentFiles, files);
}

bool Settings::folderAutosave() const
{
    return m_store->value(Key::folderAutosave, false).toBool();
}

void Settings::setFolderAutosave(bool on)
{
    m_store->setValue(Key::folderAutosave, on);
}

int Settings::folderAutosaveDelay() const
{
    bool ok = false;
    const int delay = m_store->value(Key::folderAutosaveDelay).toInt(&ok);
    // A second after the last change, as Visual Studio Code's "afterDelay" autosave.
    return ok && delay >= 100 && delay <= 600000 ? delay : 1000;
}

QString Settings::lastDirectory() const
{
    const QString directory = m_store->value(Key::lastDirectory).toString();
    return !directory.isEmpty() && QDir(directory).exists() ? directory : QDir::homePath();
}

void Settings::setLastDirectory(const QString &directory)
{
    m_store->setValue(Key::lastDirectory, directory);
}

QString Settings::displayName() const
{
    const QString name = m_store->value(Key::displayName).toString().trimmed();
    if (!name.isEmpty())
        return name;
    const QString account = AccountNames::current().preferredName();
    //: Name shown to the others in a session when the user has none.
    return account.isEmpty() ? tr("Guest") : account;
}

void Settings::setDisplayName(const QString &name)
{
    m_store->setValue(Key::displayName, name.trimmed());
}

QString Settings::participantColor() const
{
    const QColor color(m_store->value(Key::participantColor).toString());
    return color.isValid() ? color.name() : QString();
}

void Settings::setParticipantColor(const QString &color)
{
    m_store->setValue(Key::participantColor, QColor(color).name());
}

QStringList Settings::recentSessions() const
{
    return m_store->value(Key::recentSessions).toStringList();
}

void Settings::addRecentSession(const QString &invite)
{
    QStringList sessions = recentSessions();
    sessions.removeAll(invite);
    sessions.prepend(invite);
    // A short list: invites to rooms that are gone soon stop being useful.
    m_store->setValue(Key::recentSessions, sessions.mid(0, 8));
}

std::pair<QString, qint64> Settings::lastSeenRevision(const QString &room) const
{
    // "EPOCH REVISION TIME", TIME being when it was written.
    const QStringList parts
        = m_store->value(Key::lastSeen).toMap().value(room).toString().split(u' ');
    bool ok = false;
    const qint64 revision = parts.size() == 3 ? parts.at(1).toLongLong(&ok) : -1;
    return ok && revision >= 0 ? std::pair(parts.at(0), revision)
                               : std::pair(QString(), qint64(-1));
}

void Settings::setLastSeenRevision(const QString &room, const QString &epoch, qint64 revision)
{
    QVariantMap rooms = m_store->value(Key::lastSeen).toMap();
    rooms.insert(room,
                 QStringLiteral("%1 %2 %3")
                     .arg(epoch)
                     .arg(revision)
                     .arg(QDateTime::currentMSecsSinceEpoch()));
    // The rooms (and folder documents) seen last are worth remembering; the list stays short.
    constexpr qsizetype kept = 500;
    while (rooms.size() > kept) {
        const auto oldest = std::min_element(rooms.cbegin(), rooms.cend(),
                                             [](const QVariant &a, const QVariant &b) {
                                                 return a.toString().section(u' ', 2).toLongLong()
                                                     < b.toString().section(u' ', 2).toLongLong();
                                             });
        rooms.remove(oldest.key());
    }
    m_store->setValue(Key::lastSeen, rooms);
}

QStringList Settings::lastSeenDocuments(const QString &room) const
{
    const QString prefix = room + u'#';
    QStringList documents;
    const QVariantMap rooms = m_store->value(Key::lastSeen).toMap();
    for (auto it = rooms.cbegin(); it != rooms.cend(); ++it) {
        if (it.key().startsWith(prefix))
            documents.append(it.key().mid(prefix.size()));
    }
    return documents;
}

QByteArray Settings::trustedCertificate(const QString &server) const
{
    const QByteArray hex = m_store->value(Key::trustedCertificates + server).toString().toLatin1();
    return QByteArray::fromHex(hex);
}

void Settings::setTrustedCertificate(const QString &server, const QByteArray &fingerprint)
{
    m_store->setValue(Key::trustedCertificates + server, QString::fromLatin1(fingerprint.toHex()));
}

QByteArray Settings::windowGeometry() const
{
    return m_store->value(Key::geometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_store->setValue(Key::geometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_store->value(Key::state).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_store->setValue(Key::state, state);
}

void Settings::sync()
{
    m_store->sync();
}

} // namespace ensemble
