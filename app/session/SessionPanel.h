#pragma once

#include "protocol/Messages.h"

#include <QDockWidget>
#include <QHash>
#include <QSet>

class QLabel;
class QListWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace ensemble {

class FolderSession;
class FolderSessionController;
class NoticeBar;

// The Session panel of a shared folder: its tree, with a coloured dot for each participant in
// the file they work in; double-clicking a file opens it in a tab; its context menu creates,
// renames and deletes files and folders (not for guests of a read-only session). Above it,
// everyone else and their file; clicking one follows them across files. Its notice bar says what
// the user must not miss: a file of the host's folder deleted on disk (also marked in the tree,
// for the guests too), someone asking everyone to follow them.
class SessionPanel : public QDockWidget
{
    Q_OBJECT

public:
    SessionPanel(FolderSessionController &folders, QWidget *parent = nullptr);

    // The tree as shown, for tests.
    QTreeWidget *tree() const { return m_tree; }
    QListWidget *people() const { return m_people; }
    NoticeBar *notice() const { return m_notice; }

public slots:
    void refresh();

private:
    void showContextMenu(const QPoint &position);
    void openItem(QTreeWidgetItem *item);
    void refreshPeople(const FolderSession &session);
    void rebuildTree(const FolderSession &session);
    void showPresence(const FolderSession &session);
    // Shows that the host's disk lost the file of item; the session keeps it.
    void markDeletedOnDisk(QTreeWidgetItem *item);
    // Why a file lost on the host's disk is kept: names work in it.
    static QString deletedOnDiskToolTip(const QStringList &names);
    void createEntry(const QString &folder, const QString &kind);
    void renameEntry(const QString &path);
    void deleteEntry(const QString &path);
    QTreeWidgetItem *folderItem(const QString &path);

    FolderSessionController &m_folders;
    QLabel *m_title;
    NoticeBar *m_notice;
    QListWidget *m_people;
    QTreeWidget *m_tree;
    QSet<QString> m_collapsed; // folders the user closed, kept across refreshes
    QList<TreeEntry> m_shown; // the tree the items show
    QHash<QString, QTreeWidgetItem *> m_items; // path -> its item (files and folders)
    QHash<QString, QTreeWidgetItem *> m_files; // document id -> its item
    QList<QTreeWidgetItem *> m_dotted; // the files showing someone's dot
};

} // namespace ensemble
