#pragma once

#include "Language.h"
#include "TextFile.h"
#include "TextFormat.h"

#include <QDateTime>
#include <QWidget>

class QAction;

namespace ensemble {

class CodeEditor;
class NoticeBar;
class SessionBinding;

// One open document: the editor, the file it belongs to and how that file is encoded. This is
// the unit a tab shows and the unit a collaboration session attaches to (through editor(),
// setLanguage() and the signals below).
class DocumentTab : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentTab(QWidget *parent = nullptr);

    CodeEditor *editor() const { return m_editor; }
    NoticeBar *noticeBar() const { return m_notice; }
    // The editor's collaboration features, made the first time a session needs them and kept
    // for later ones. Edits made through it, local or remote, are unsaved changes of this tab.
    SessionBinding *sessionBinding();

    // Absolute path, or empty for a document that was never saved.
    QString filePath() const { return m_filePath; }
    bool isUntitled() const { return m_filePath.isEmpty(); }
    // The file name, or for a new document its untitled name or "Untitled N".
    QString displayName() const;
    void setUntitledNumber(int number);
    // A name for a document without a file (a shared room's title, "main.cpp"): shown in place
    // of "Untitled N", proposed by Save As, and telling the language unless one was chosen.
    void setUntitledName(const QString &name);

    const TextFormat &format() const { return m_format; }
    const Language &language() const;
    // A user's (or the room's) choice; it sticks when the file is renamed by Save As.
    void setLanguage(const Language &language);
    // Back to the language detected from the file name and first line.
    void useDetectedLanguage();

    // Unsaved edits, or a pending format change (such as conversion to UTF-8).
    bool isModified() const;

    // Whether the tab's session lets this user only read (the host turned off guests' edits);
    // marked on the tab, which stays in view however narrow the window.
    bool isSessionReadOnly() const { return m_sessionReadOnly; }
    void setSessionReadOnly(bool readOnly);

    // Opens path. On failure the tab is unchanged and error says why.
    bool load(const QString &path, QString *error);
    // Reads the file again, discarding unsaved edits; a chosen language is kept.
    bool reload(QString *error);
    // Whether the file on disk is no longer the one last loaded or saved here (changed by
    // another program, replaced or deleted).
    bool changedOnDisk() const;
    // The file as it is on disk now counts as known (its change was taken in some other way, as
    // a shared folder's host merges it): no longer changedOnDisk().
    void rememberDiskState();
    // Names a file that does not exist yet: the first save creates it.
    void setNewFilePath(const QString &path);
    TextFile::WriteResult save();
    TextFile::WriteResult saveAs(const QString &path);

    // Future saves write UTF-8 (for a file opened as Latin-1).
    void convertToUtf8();
    void convertLineEndings(LineEnding lineEnding);

signals:
    void modificationChanged(bool modified);
    void filePathChanged(const QString &path);
    void untitledNameChanged(const QString &name);
    void languageChanged(const Language &language);
    void formatChanged(const TextFormat &format);
    void sessionReadOnlyChanged(bool readOnly);

private:
    TextFile::WriteResult writeTo(const QString &path);
    void setFormat(const TextFormat &format, bool changesFile);
    void setFilePath(const QString &path);
    void detectLanguage(QStringView firstLine);
    void showDecodingNotice();
    void emitModification();
    void markSaved();

    CodeEditor *m_editor;
    NoticeBar *m_notice;
    SessionBinding *m_binding = nullptr;
    QAction *m_convertToUtf8;
    QString m_filePath;
    TextFormat m_format;
    int m_untitledNumber = 1;
    QString m_untitledName;
    bool m_sessionReadOnly = false;
    bool m_languageChosen = false;
    bool m_formatChanged = false;
    bool m_lastModified = false;
    // What the file looked like when last loaded or saved, to notice changes by others.
    bool m_diskExists = false;
    qint64 m_diskSize = -1;
    QDateTime m_diskModified;
};

} // namespace ensemble
