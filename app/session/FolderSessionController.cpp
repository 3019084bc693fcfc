#include "session/FolderSessionController.h"

#include "AppContext.h"
#include "CodeEditor.h"
#include "DocumentTab.h"
#include "NoticeBar.h"
#include "Settings.h"
#include "UserPrompts.h"
#include "collab/FollowView.h"
#include "collab/SessionBinding.h"
#include "hosting/SessionAnnouncer.h"
#include "hosting/SharedFolder.h"
#include "session/FolderDiskChanges.h"
#include "session/FolderDocumentLink.h"
#include "session/LastSeenRevisions.h"
#include "window/Workspace.h"

#include <QDir>
#include <QFile>

namespace ensemble {

FolderSessionController::FolderSessionController(const AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    connect(&context.workspace, &Workspace::currentChanged, this,
            &FolderSessionController::onCurrentTab);
}

FolderSessionController::~FolderSessionController()
{
    // The tabs outlive this controller only when the window closes; their links go with them.
    for (FolderDocumentLink *link : std::as_const(m_links))
        link->detach();
}

Result<Invite> FolderSessionController::share(const QString &root, const HostOptions &options,
                                              const Identity &identity)
{
    if (m_session)
        return Error {QStringLiteral("already_shared"),
                      tr("This window already takes part in a shared folder.")};
    const std::optional<SharedFolder> folder = SharedFolder::read(root);
    if (!folder)
        return Error {
            QStringLiteral("no_folder"),
            tr("%1 is not a folder that can be read.").arg(QDir::toNativeSeparators(root))};
    const QString title = QDir(folder->root).dirName();
    QStringList refused;
    const auto launch = [&](const HostOptions &chosen) -> Result<std::unique_ptr<SessionHost>> {
        auto host = std::make_unique<SessionHost>(m_context.settings.certificateDirectory(),
                                                  m_context.settings.hostedRoomsDirectory());
        Result<QStringList> started = host->startFolder(chosen, folder->root, title, folder->files);
        if (!started)
            return started.error();
        refused = started.value();
        return host;
    };
    auto host = launch(options);
    if (!host && host.error().code == QLatin1String("listen_failed") && options.freePortIfTaken
        && options.port != 0) {
        HostOptions anyPort = options;
        anyPort.port = 0;
        host = launch(anyPort);
    }
    if (!host)
        return host.error();
    SharedFolder reported = *folder;
    reported.leftOut.append(refused);
    m_leftOut = reported.leftOutMessage();
    const Invite local = host.value()->localInvite();
    const Invite invite = host.value()->shareableInvite();
    const SessionHost &server = *host.value();
    auto *session = new FolderSession(std::move(host.value()), folder->root, this);
    session->setInvite(invite);
    // A child of the session: ending it withdraws the announcement.
    new SessionAnnouncer(server, options, title, identity.name, session);
    start(session, local, identity, {});
    m_context.settings.addRecentSession(invite.toString());
    if (!m_leftOut.isEmpty())
        emit notice(m_leftOut);
    return invite;
}

Result<Invite> FolderSessionController::resume(const HostedRoom &room, quint16 port,
                                               const Identity &identity)
{
    if (m_session)
        return Error {QStringLiteral("already_shared"),
                      tr("This window already takes part in a shared folder.")};
    auto host = std::make_unique<SessionHost>(m_context.settings.certificateDirectory(),
                                              m_context.settings.hostedRoomsDirectory());
    if (Result<std::monostate> resumed = host->resume(room, port); !resumed)
        return resumed.error();
    m_leftOut.clear();
    const Invite local = host->localInvite();
    const Invite invite = host->shareableInvite();
    auto *session = new FolderSession(std::move(host), room.folder, this);
    session->setInvite(invite);
    start(session, local, identity, {});
    //: Status bar, after a shared folder's session was resumed following a crash.
    emit notice(tr("Sharing %1 again: Save Shared Folder writes what the session holds into it.")
                    .arg(QDir::toNativeSeparators(room.folder)));
    return invite;
}

void FolderSessionController::join(const Invite &invite, const Identity &identity,
                                   const QString &password)
{
    leave();
    start(new FolderSession(nullptr, {}, this), invite, identity, password);
}

void FolderSessionController::start(FolderSession *session, const Invite &invite,
                                    const Identity &identity, const QString &password)
{
    m_session = session;
    connect(session, &FolderSession::notice, this, &FolderSessionController::notice);
    connect(session, &FolderSession::refused, this, [this](const QString &message) {
        m_context.prompts.showError(tr("The Session Refused the Change"), message);
    });
    connect(session, &FolderSession::treeChanged, this, &FolderSessionController::onTreeChanged);
    connect(session, &FolderSession::ended, this, &FolderSessionController::onEnded);
    connect(&session->client(), &SessionClient::participantFocused, this,
            &FolderSessionController::onFocused);
    connect(&session->client(), &SessionClient::participantLeft, this, [this](int user) {
        if (user == m_followed)
            stopFollowing();
    });
    if (session->disk())
        watchDisk(session);
    connect(session, &FolderSession::entered, this, [this, invite] {
        if (!m_session->isHost())
            m_context.settings.addRecentSession(invite.toString());
        emit sessionChanged();
    });
    new LastSeenRevisions(m_context.settings, session->client(), invite, session);
    session->join(invite, identity, password);
    emit sessionChanged();
}

void FolderSessionController::leave()
{
    if (!m_session)
        return;
    stopFollowing();
    for (const QString &doc : m_links.keys())
        release(doc);
    // Not from inside the session's own signal: it is deleted once that returns.
    m_session->deleteLater();
    m_session = nullptr;
    emit sessionChanged();
}

DocumentTab *FolderSessionController::tab(const QString &doc) const
{
    return m_tabs.value(doc);
}

FolderDocumentLink *FolderSessionController::link(const QString &doc) const
{
    return m_links.value(doc);
}

QString FolderSessionController::document(const DocumentTab *tab) const
{
    for (auto open = m_tabs.cbegin(); open != m_tabs.cend(); ++open) {
        if (tab && open.value() == tab)
            return open.key();
    }
    return {};
}

DocumentTab *FolderSessionController::openDocument(const QString &doc)
{
    if (!m_session)
        return nullptr;
    if (DocumentTab *open = tab(doc)) {
        m_context.workspace.setCurrent(open);
        return open;
    }
    const QString path = m_session->pathOf(doc);
    if (path.isEmpty())
        return nullptr;
    QPointer<DocumentTab> pristine = m_context.workspace.pristineUntitled();
    DocumentTab *opened = m_context.workspace.newDocument();
    m_context.workspace.replacePristineUntitled(opened, pristine);
    nameTab(opened, path);
    // Until the document's text arrives, typing would be lost: there is no base to record it on.
    opened->editor()->setReadOnly(true);
    SessionBinding *binding = opened->sessionBinding();
    auto *link = new FolderDocumentLink(binding, *m_session, doc);
    m_tabs.insert(doc, opened);
    m_links.insert(doc, link);
    connect(link, &FolderDocumentLink::textArrived, opened, [this, opened, binding, doc] {
        const bool readOnly = !m_session->canEdit();
        opened->editor()->setReadOnly(readOnly);
        opened->setSessionReadOnly(readOnly);
        // The host's tab is unsaved when it differs from the file; a guest's never is: the
        // session holds it.
        QFile file(opened->filePath());
        if (!m_session->isHost()
            || (file.open(QIODevice::ReadOnly)
                && QString::fromUtf8(file.readAll()) == opened->editor()->text()))
            binding->markSaved();
    });
    if (m_session->isHost()) {
        // A save of the tab is the application's own write, not a change from outside.
        connect(opened, &DocumentTab::modificationChanged, this, [this, opened](bool modified) {
            if (!modified && !opened->changedOnDisk() && m_session && m_session->disk())
                m_session->disk()->noteSaved(
                    QDir(m_session->root()).relativeFilePath(opened->filePath()),
                    opened->editor()->documentText());
        });
    } else {
        connect(binding, &SessionBinding::modifiedChanged, opened,
                [this, binding, doc](bool modified) {
                    if (modified && m_links.contains(doc))
                        binding->markSaved();
                });
    }
    connect(link, &FolderDocumentLink::outOfStep, this, [this, path](const Error &error) {
        emit notice(tr("%1: %2").arg(path, error.message));
    });
    connect(opened, &QObject::destroyed, this, [this, doc] { release(doc); });
    m_session->setCurrent(doc);
    return opened;
}

bool FolderSessionController::saveAll()
{
    return save(true);
}

bool FolderSessionController::autosave()
{
    return save(false);
}

bool FolderSessionController::save(bool interactive)
{
    if (!m_session || !m_session->isHost())
        return false;
    QSet<QString> skip;
    for (auto it = m_tabs.cbegin(); it != m_tabs.cend(); ++it) {
        skip.insert(it.key());
        if (it.value() && it.value()->isModified() && !m_context.workspace.save(it.value()))
            return false;
    }
    // A tab still holding a file the session deleted keeps it on disk.
    QSet<QString> keep;
    const QDir root(m_session->root());
    for (const DocumentTab *open : m_context.workspace.documents()) {
        if (!open->isUntitled())
            keep.insert(root.relativeFilePath(open->filePath()));
    }
    const QStringList problems = m_session->saveAll(skip, keep);
    if (!problems.isEmpty()) {
        if (interactive)
            m_context.prompts.showError(tr("Cannot Save the Shared Folder"),
                                        problems.join(QLatin1Char('\n')));
        else
            emit notice(tr("Autosave could not write: %1").arg(problems.join(tr("; "))));
        return false;
    }
    if (interactive)
        emit notice(tr("Saved the shared folder"));
    return true;
}

void FolderSessionController::watchDisk(FolderSession *session)
{
    FolderDiskChanges *disk = session->disk();
    disk->setEditorMerge([this](const QString &doc, const QString &base, const QString &changed) {
        FolderDocumentLink *link = m_links.value(doc);
        if (!link || !link->hasText())
            return false;
        // Taken by the tab even when it fails: its editor and sync are one, and it says why.
        link->takeOutsideChange(base, changed);
        return true;
    });
    connect(disk, &FolderDiskChanges::merged, this, &FolderSessionController::onMergedFromDisk);
    connect(disk, &FolderDiskChanges::notice, this, &FolderSessionController::notice);
    connect(disk, &FolderDiskChanges::problem, this, &FolderSessionController::diskProblem);
    connect(disk, &FolderDiskChanges::problem, this, &FolderSessionController::notice);
}

void FolderSessionController::onMergedFromDisk(const QString &doc)
{
    emit notice(tr("%1 changed on disk; the change is in the session").arg(m_session->pathOf(doc)));
    DocumentTab *open = tab(doc);
    if (!open)
        return;
    // The tab holds the file's change now: no "changed by another program" notice, and no
    // unsaved changes when the file holds all of its text.
    open->rememberDiskState();
    QFile file(open->filePath());
    if (file.open(QIODevice::ReadOnly)
        && QString::fromUtf8(file.readAll()) == open->editor()->documentText())
        open->sessionBinding()->markSaved();
}

void FolderSessionController::onCurrentTab(DocumentTab *current)
{
    if (!m_session)
        return;
    for (auto it = m_tabs.cbegin(); it != m_tabs.cend(); ++it) {
        if (it.value() == current) {
            m_session->setCurrent(it.key());
            return;
        }
    }
}

void FolderSessionController::onTreeChanged(const TreeMsg &change)
{
    const QStringList docs = m_tabs.keys();
    for (const QString &doc : docs) {
        DocumentTab *open = m_tabs.value(doc);
        const QString path = m_session->pathOf(doc);
        if (!open)
            continue;
        if (!path.isEmpty()) {
            nameTab(open, path);
            continue;
        }
        // Deleted while open here: the text stays in the tab, unsaved, so no typing is lost.
        release(doc);
        open->editor()->setModified(true);
        open->noticeBar()->showNotice(
            tr("%1 was deleted from the shared folder; this tab keeps its text.").arg(change.path));
    }
}

void FolderSessionController::onEnded(const SessionError &error)
{
    // Asked once the client is done with the refused connection, not from inside its signal.
    QMetaObject::invokeMethod(
        this,
        [this, guarded = m_session, error] {
            if (!guarded || guarded != m_session)
                return;
            if (error.kind == SessionError::Kind::WrongPassword && !m_session->isHost()) {
                if (const std::optional<QString> password
                    = m_context.prompts.askPassword(error.message)) {
                    m_session->client().setPassword(*password);
                    m_session->client().join(m_session->invite());
                    return;
                }
            } else {
                m_context.prompts.showError(tr("The Shared Folder Session Ended"), error.message);
            }
            leave();
        },
        Qt::QueuedConnection);
}

void FolderSessionController::follow(int user)
{
    if (!m_session || user == m_session->client().self().id)
        return;
    stopFollowing();
    m_followed = user;
    for (const Participant &participant : m_session->client().participants()) {
        if (participant.id == user)
            emit followingChanged(participant.name);
    }
    followInto(m_session->focusOf(user));
}

void FolderSessionController::stopFollowing()
{
    if (!m_followed)
        return;
    m_followed = 0;
    if (DocumentTab *tab = m_followTab.data()) {
        m_followTab = nullptr;
        tab->sessionBinding()->follow()->stop();
    }
    emit followingChanged(QString());
}

void FolderSessionController::onFocused(int user, const QString &doc)
{
    if (user == m_followed)
        followInto(doc);
}

void FolderSessionController::followInto(const QString &doc)
{
    DocumentTab *tab = doc.isEmpty() ? nullptr : openDocument(doc);
    if (!tab)
        return;
    if (DocumentTab *previous = m_followTab.data(); previous && previous != tab) {
        m_followTab = nullptr; // its stopping is this move, not the user's
        previous->sessionBinding()->follow()->stop();
    }
    m_context.workspace.setCurrent(tab);
    m_followTab = tab;
    FollowView *view = tab->sessionBinding()->follow();
    view->follow(QString::number(m_followed));
    // A key or click of this user's ends it (FollowView stops itself).
    disconnect(view, &FollowView::followingChanged, this, nullptr);
    connect(view, &FollowView::followingChanged, this, [this, tab](const QString &id) {
        if (id.isEmpty() && m_followTab == tab)
            stopFollowing();
    });
}

void FolderSessionController::release(const QString &doc)
{
    m_tabs.remove(doc);
    if (FolderDocumentLink *link = m_links.take(doc))
        link->detach();
    if (m_session)
        m_session->close(doc);
}

void FolderSessionController::nameTab(DocumentTab *named, const QString &path)
{
    // The host's tab is the file in the folder; a guest's is named by its path in the session.
    if (m_session->isHost()) {
        const QString file = QDir(m_session->root()).filePath(path);
        if (named->filePath() != file)
            named->setNewFilePath(file);
    } else {
        named->setUntitledName(path);
    }
}

} // namespace ensemble
