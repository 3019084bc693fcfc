#pragma once

#include "session/SharedDocument.h"

#include <QObject>
#include <QPointer>

namespace ensemble {

class CollaborationController;
class DocumentTab;
class FolderSession;
class FolderSessionController;
class Workspace;

// The session the Participants and Chat panels show, whichever kind it is: the current tab's
// one-file session, or else the window's shared folder (the current tab is one of its
// documents, or takes part in no one-file session). The panels read and act through here, so
// neither needs to know which kind it shows.
class CurrentSession : public QObject
{
    Q_OBJECT

public:
    CurrentSession(CollaborationController &collaboration, Workspace &workspace,
                   QObject *parent = nullptr);

    CollaborationController &collaboration() const { return m_collaboration; }
    // The current tab's one-file session, or null.
    SharedDocument *document() const;
    // The shared folder the panels show, or null (when a one-file session is current).
    FolderSession *folder() const;
    // The connection of either, or null when there is no session to show.
    SessionClient *client() const;

    // Who is in it (SharedDocument::members()).
    QList<SharedDocument::Member> members() const;
    bool isConnectionLost() const;
    // The path of the shared folder's file user works in (empty for a one-file session, or
    // when they said none).
    QString fileOf(int user) const;

    // Following user: in the tab of a one-file session, across the files of a shared folder.
    void follow(int user);
    void stopFollowing();
    bool isFollowing(int user) const;

    // Shows line (from 1) of the file a chat names as path ("main.cpp", "src/main.cpp"): in the
    // tab that holds it, or in the shared folder's document of that path, opened for it (the
    // line is shown once its text is there). False when neither exists.
    bool openAt(const QString &path, int line);
    // The tab that holds path, or null.
    DocumentTab *findTab(const QString &path) const;

signals:
    // Another session became current, or the current one changed: its state, who is in it,
    // where they are, whom this user follows.
    void changed();

private:
    void watchFolder();
    // The shared folder's document at path (exactly, or a path ending in it), or empty.
    QString folderDocument(const QString &path) const;

    CollaborationController &m_collaboration;
    FolderSessionController &m_folders;
    Workspace &m_workspace;
};

} // namespace ensemble
