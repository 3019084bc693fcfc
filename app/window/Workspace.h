#pragma once

#include "DocumentTab.h"

#include <QList>
#include <QObject>

class QTabWidget;

namespace ensemble {

class RecentFiles;
class Settings;
class UserPrompts;

// The open documents, one per tab, and everything that creates, saves or closes them. Questions
// to the user go through UserPrompts, so the logic runs unattended in tests.
class Workspace : public QObject
{
    Q_OBJECT

public:
    Workspace(QTabWidget &tabs, UserPrompts &prompts, Settings &settings, RecentFiles &recent,
              QObject *parent = nullptr);

    QTabWidget &tabs() const { return m_tabs; }
    DocumentTab *current() const;
    void setCurrent(DocumentTab *document);
    QList<DocumentTab *> documents() const;
    DocumentTab *find(const QString &path) const;

    DocumentTab *newDocument();
    // Opens path, or shows its tab when it is open already; null (after telling the user) when
    // it cannot be read.
    DocumentTab *open(const QString &path);
    // As open(), but a path that does not exist yet becomes a new document with that name, the
    // way editors treat file names given on the command line.
    DocumentTab *openOrCreate(const QString &path);
    void openFiles(const QStringList &paths);
    // Shows text recovered for the file at path (or, without a path, for a new document called
    // name, "Untitled N" when that is empty too) as unsaved changes to it.
    DocumentTab *openRecovered(const QString &path, const QString &name, const QString &text);
    void openWithDialog();

    // False when the user cancelled or the file could not be written (the user was told).
    bool save(DocumentTab *document);
    bool saveAs(DocumentTab *document);
    bool saveAll();

    // Asks before discarding unsaved changes; false when the user keeps the document open.
    bool close(DocumentTab *document);
    // For quitting: settles every unsaved document (save or discard) without closing any tab;
    // false when the user cancels, and then nothing has been discarded.
    bool confirmCloseAll();

    // The empty "Untitled 1" a fresh window starts with, while it is the only tab and untouched.
    DocumentTab *pristineUntitled() const;
    // Closes pristine (from pristineUntitled()) if it is still untouched and not opened itself.
    void replacePristineUntitled(DocumentTab *opened, DocumentTab *pristine);

signals:
    // A new tab, before it is shown; the place to attach per-document features.
    void documentAdded(DocumentTab *document);
    void currentChanged(DocumentTab *document);
    // The current or another document's name, modified state, language or format changed.
    void documentChanged(DocumentTab *document);

private:
    DocumentTab *addDocument();
    void updateTab(DocumentTab *document);
    void updateTabs();
    bool write(DocumentTab *document, const QString &path);
    // Asks whether to save a modified document and does so; false when it stays unsaved
    // because the user cancelled or saving failed.
    bool settleUnsaved(DocumentTab *document);

    QTabWidget &m_tabs;
    UserPrompts &m_prompts;
    Settings &m_settings;
    RecentFiles &m_recent;
    int m_nextUntitled = 1;
};

} // namespace ensemble
