#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

class QAction;

namespace ensemble {

class DocumentTab;

// Notices when another program changes, replaces or deletes a document's file and says so in
// the document's notice bar, offering to reload. Nothing is reloaded without the user asking,
// so neither their edits nor the other program's are lost silently.
class DiskChangeWatcher : public QObject
{
    Q_OBJECT

public:
    explicit DiskChangeWatcher(DocumentTab &document);

    // Compares the file with what the document last loaded or saved; normally called by the
    // file system watcher, public for tests and for checking when the window regains focus.
    void check();

signals:
    // Reloading failed; the message says why.
    void reloadFailed(const QString &message);

private:
    void watch(const QString &path);
    void reload();

    DocumentTab &m_document;
    QFileSystemWatcher m_watcher;
    // Programs save in several steps (write, rename); look once they are done.
    QTimer m_settle;
    QAction *m_reload;
    bool m_reported = false;
};

} // namespace ensemble
