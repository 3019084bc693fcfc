#pragma once

#include "EditorOptions.h"

#include <QObject>
#include <QStringList>
#include <memory>

class QSettings;

namespace ensemble {

enum class Theme { System, Light, Dark };

// Every persisted preference behind typed accessors, so keys and value checks live in one place.
// Invalid or missing values read as the defaults.
class Settings : public QObject
{
    Q_OBJECT

public:
    // The application's usual settings store (organisation and application name).
    explicit Settings(QObject *parent = nullptr);
    // An INI file, for tests and portable setups.
    explicit Settings(const QString &iniFile, QObject *parent = nullptr);
    ~Settings() override;

    EditorOptions editorOptions() const;
    void setEditorOptions(const EditorOptions &options);

    Theme theme() const;
    void setTheme(Theme theme);

    // The interface language chosen in Preferences: "en" or a language with a catalogue ("de",
    // "pt_BR", ...), empty for the system's. Translations reads it at the next start.
    QString interfaceLanguage() const;
    void setInterfaceLanguage(const QString &language);

    QStringList recentFiles() const;
    void setRecentFiles(const QStringList &files);

    QString lastDirectory() const;
    void setLastDirectory(const QString &directory);

    // Who this user is in a shared session: display name and "#rrggbb" colour (empty until
    // the user picks one).
    QString displayName() const;
    void setDisplayName(const QString &name);
    QString participantColor() const;
    void setParticipantColor(const QString &color);
    // Invites joined or hosted before, most recent first.
    QStringList recentSessions() const;
    void addRecentSession(const QString &invite);
    // The room's epoch and the last revision this user saw of room @p room ("HOST:PORT/ID", or
    // "HOST:PORT/ID#DOC" for a shared folder's document), for "while you were away" at the next
    // join (empty and -1 when not known).
    std::pair<QString, qint64> lastSeenRevision(const QString &room) const;
    void setLastSeenRevision(const QString &room, const QString &epoch, qint64 revision);
    // The documents of shared folder @p room with a last seen revision ("DOC" of each key).
    QStringList lastSeenDocuments(const QString &room) const;
    // The SHA-256 fingerprint of the certificate the user chose to trust for a server
    // ("HOST:PORT") that cannot be verified otherwise (trust on first use); empty when none.
    QByteArray trustedCertificate(const QString &server) const;
    void setTrustedCertificate(const QString &server, const QByteArray &fingerprint);
    // Whether the host of a shared folder saves it by itself (off by default): once nothing has
    // changed in the session for folderAutosaveDelay() ms, and when the window loses focus.
    bool folderAutosave() const;
    void setFolderAutosave(bool on);
    // 1000 ms unless the settings file says otherwise (sharing/autosaveDelay, 100 to 600000).
    int folderAutosaveDelay() const;
    // Where the certificate for hosting encrypted sessions is kept: tls/ in the application's
    // data directory, or beside the INI file.
    QString certificateDirectory() const { return m_dataDirectory + QStringLiteral("/tls"); }
    // Where the rooms this user hosts are kept while hosted (HostedRoom), in the same place.
    QString hostedRoomsDirectory() const { return m_dataDirectory + QStringLiteral("/hosted"); }
    // Where the texts last seen of shared documents are kept (SeenTexts), in the same place.
    QString seenTextsDirectory() const { return m_dataDirectory + QStringLiteral("/seen"); }

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    void sync();

signals:
    void editorOptionsChanged(const EditorOptions &options);
    void themeChanged(Theme theme);

private:
    std::unique_ptr<QSettings> m_store;
    QString m_dataDirectory;
};

} // namespace ensemble
