#include "session/CurrentSession.h"

#include "CodeEditor.h"
#include "DocumentTab.h"
#include "session/CollaborationController.h"
#include "session/FolderDocumentLink.h"
#include "session/FolderSessionController.h"
#include "window/Workspace.h"

#include <QDir>
#include <QFileInfo>

namespace ensemble {

namespace {

void showLine(Workspace &workspace, DocumentTab *tab, int line)
{
    workspace.setCurrent(tab);
    CodeEditor *editor = tab->editor();
    const int shown = std::clamp(line, 1, std::max(editor->lines(), 1)) - 1;
    editor->setCursorPosition(shown, 0);
    editor->ensureLineVisible(shown);
    editor->setFocus();
}

} // namespace

CurrentSession::CurrentSession(CollaborationController &collaboration, Workspace &workspace,
                               QObject *parent)
    : QObject(parent)
    , m_collaboration(collaboration)
    , m_folders(collaboration.folders())
    , m_workspace(workspace)
{
    connect(&collaboration, &CollaborationController::sessionsChanged, this,
            &CurrentSession::changed);
    connect(&m_folders, &FolderSessionController::followingChanged, this, &CurrentSession::changed);
    connect(&m_folders, &FolderSessionController::sessionChanged, this, [this] {
        watchFolder();
        emit changed();
    });
    watchFolder();
}

void CurrentSession::watchFolder()
{
    if (FolderSession *session = m_folders.session())
        connect(session, &FolderSession::changed, this, &CurrentSession::changed,
                Qt::UniqueConnection);
}

SharedDocument *CurrentSession::document() const
{
    return m_collaboration.currentSession();
}

FolderSession *CurrentSession::folder() const
{
    return document() ? nullptr : m_folders.session();
}

SessionClient *CurrentSession::client() const
{
    if (SharedDocument *shared = document())
        return &shared->client();
    if (FolderSession *session = folder())
        return &session->client();
    return nullptr;
}

QList<SharedDocument::Member> CurrentSession::members() const
{
    if (const SharedDocument *shared = document())
        return shared->members();
    if (const FolderSession *session = folder())
        return SharedDocument::membersOf(session->client(), session->isConnectionLost());
    return {};
}

bool CurrentSession::isConnectionLost() const
{
    if (const SharedDocument *shared = document())
        return shared->isConnectionLost();
    const FolderSession *session = folder();
    return session && session->isConnectionLost();
}

QString CurrentSession::fileOf(int user) const
{
    const FolderSession *session = folder();
    return session ? session->pathOf(session->focusOf(user)) : QString();
}

void CurrentSession::follow(int user)
{
    if (SharedDocument *shared = document())
        shared->follow(user);
    else if (folder())
        m_folders.follow(user);
}

void CurrentSession::stopFollowing()
{
    if (SharedDocument *shared = document())
        shared->stopFollowing();
    else if (folder())
        m_folders.stopFollowing();
}

bool CurrentSession::isFollowing(int user) const
{
    if (const SharedDocument *shared = document())
        return shared->isFollowing(user);
    return folder() && user != 0 && m_folders.followed() == user;
}

bool CurrentSession::openAt(const QString &path, int line)
{
    const QString doc = folderDocument(path);
    if (!doc.isEmpty()) {
        DocumentTab *tab = m_folders.openDocument(doc);
        FolderDocumentLink *link = m_folders.link(doc);
        if (!tab || !link)
            return false;
        if (link->hasText()) {
            showLine(m_workspace, tab, line);
            return true;
        }
        // Opened just now: its text is on its way.
        QPointer<DocumentTab> guarded(tab);
        connect(
            link, &FolderDocumentLink::textArrived, this,
            [this, guarded, line] {
                if (guarded)
                    showLine(m_workspace, guarded, line);
            },
            Qt::SingleShotConnection);
        return true;
    }
    DocumentTab *tab = findTab(path);
    if (!tab)
        return false;
    showLine(m_workspace, tab, line);
    return true;
}

QString CurrentSession::folderDocument(const QString &path) const
{
    const FolderSession *session = folder();
    if (!session)
        return {};
    const QString clean = QDir::cleanPath(path);
    const QString suffix = u'/' + clean;
    QString ending;
    for (const TreeEntry &entry : session->tree().entries) {
        if (entry.doc.isEmpty())
            continue;
        if (entry.path == clean)
            return entry.doc;
        if (ending.isEmpty() && entry.path.endsWith(suffix))
            ending = entry.doc;
    }
    return ending;
}

DocumentTab *CurrentSession::findTab(const QString &path) const
{
    const QString fileName = QFileInfo(path).fileName();
    const QString suffix = u'/' + QDir::cleanPath(path);
    DocumentTab *byName = nullptr;
    for (DocumentTab *tab : m_workspace.documents()) {
        if (!tab->isUntitled() && tab->filePath().endsWith(suffix))
            return tab;
        const QString name
            = tab->isUntitled() ? tab->displayName() : QFileInfo(tab->filePath()).fileName();
        if (!byName && name == fileName)
            byName = tab;
    }
    return byName;
}

} // namespace ensemble
