#include "session/FolderDiskChanges.h"

#include "hosting/SessionHost.h"
#include "ot/Diff.h"
#include "ot/ThreeWayMerge.h"
#include "session/FolderDiskAdditions.h"
#include "session/FolderSession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <optional>

namespace ensemble {

namespace {

// The file's text, when it is UTF-8 text.
std::optional<QString> readText(const QString &file)
{
    QFile disk(file);
    if (!disk.open(QIODevice::ReadOnly))
        return std::nullopt;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(disk.readAll());
    if (utf8.hasError())
        return std::nullopt;
    return text;
}

} // namespace

FolderDiskChanges::FolderDiskChanges(FolderSession &session, const QString &root, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_watcher(root)
    , m_root(root)
    , m_additions(new FolderDiskAdditions(session, *this, m_watcher, root, this))
{
    connect(m_additions, &FolderDiskAdditions::leftOut, this, &FolderDiskChanges::notice);
    connect(m_additions, &FolderDiskAdditions::added, this, &FolderDiskChanges::appeared);
    connect(&m_watcher, &FolderWatcher::fileChanged, this, &FolderDiskChanges::onChanged);
    connect(&m_watcher, &FolderWatcher::fileDeleted, this, &FolderDiskChanges::onDeleted);
    connect(&m_watcher, &FolderWatcher::fileUnreadable, this, &FolderDiskChanges::onUnreadable);
    // A document deleted in the session takes its sync along: nothing is left to finish.
    connect(&session, &FolderSession::treeChanged, this, [this] {
        const QStringList held = m_held.keys();
        for (const QString &doc : held) {
            if (m_session.pathOf(doc).isEmpty())
                release(doc);
        }
    });
}

FolderDiskChanges::~FolderDiskChanges()
{
    const QStringList held = m_held.keys();
    for (const QString &doc : held)
        release(doc);
}

void FolderDiskChanges::watch(const FolderSnapshot &snapshot, const QSet<QString> &skipped)
{
    QSet<QString> paths;
    // Document -> path as the server has them: the host's own client may not have the tree yet.
    QHash<QString, QString> pathOf;
    for (const SessionDocument &entry : snapshot.tree) {
        if (entry.doc.isEmpty())
            continue;
        paths.insert(entry.path);
        pathOf.insert(entry.doc, entry.path);
        if (m_docs.contains(entry.path)) {
            m_docs.insert(entry.path, entry.doc); // two documents may have swapped paths
            continue;
        }
        if (skipped.contains(entry.doc))
            continue;
        // What the file holds now, whoever wrote it: the base of its next outside change.
        const std::optional<QString> text = readText(QDir(m_root).filePath(entry.path));
        if (!text || !m_watcher.watch(entry.path, *text))
            continue;
        m_docs.insert(entry.path, entry.doc);
        m_known.insert(entry.path, *text);
    }
    const QStringList watched = m_docs.keys();
    for (const QString &path : watched) {
        if (!paths.contains(path)) {
            m_watcher.unwatch(path);
            m_docs.remove(path);
            m_known.remove(path);
        }
    }
    for (auto it = m_kept.begin(); it != m_kept.end();) {
        // Forgotten once it is gone from the session, or on disk again (a save wrote it).
        const QString path = pathOf.value(it.key());
        if (path.isEmpty() || m_docs.contains(path)) {
            if (!path.isEmpty())
                m_session.host()->setDeletedOnDisk(it.key(), false);
            it = m_kept.erase(it);
        } else {
            ++it;
        }
    }
    m_additions->noteShared(paths);
}

void FolderDiskChanges::setLimits(const ProjectLimits &limits)
{
    m_additions->setLimits(limits);
}

void FolderDiskChanges::takeAppeared(const QString &path, const QString &doc, const QString &text)
{
    if (liveDocAt(path) == doc || !m_watcher.watch(path, text))
        return;
    m_docs.insert(path, doc);
    if (m_kept.contains(doc))
        m_session.host()->setDeletedOnDisk(doc, false);
    m_known.insert(path, m_kept.take(doc));
    onChanged(path, text);
}

void FolderDiskChanges::keepMissing(const FolderSnapshot &snapshot,
                                    const std::function<QString(const QString &doc)> &savedPath)
{
    for (const SessionDocument &entry : snapshot.tree) {
        if (entry.doc.isEmpty() || m_docs.contains(entry.path) || m_kept.contains(entry.doc)
            || savedPath(entry.doc) != entry.path
            || QFileInfo::exists(QDir(m_root).filePath(entry.path)))
            continue;
        m_kept.insert(entry.doc, snapshot.texts.value(entry.doc));
        m_session.host()->setDeletedOnDisk(entry.doc, true);
    }
}

void FolderDiskChanges::noteSaved(const QString &path, const QString &text)
{
    m_additions->noteWritten(path);
    if (!m_known.contains(path))
        return;
    m_known.insert(path, text);
    m_watcher.noteSaved(path, text);
}

QSet<QString> FolderDiskChanges::unsettled() const
{
    QSet<QString> docs = m_unreadable;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        docs.insert(it.key());
    for (auto it = m_held.cbegin(); it != m_held.cend(); ++it)
        docs.insert(it.key());
    return docs;
}

Result<TextOperation> FolderDiskChanges::rebase(const QString &base, const QString &changed,
                                                const QString &current)
{
    if (current == changed)
        return TextOperation();
    if (current == base)
        return diff(current, changed);
    // The outside change is an edit made offline on base; the session's changes since are known
    // only as its text, as after a client's reconnection.
    Result<ThreeWayMerge> merged = mergeThreeWay(base, diff(base, changed), current);
    if (!merged)
        return merged.error();
    return *merged.value().local;
}

void FolderDiskChanges::onChanged(const QString &path, const QString &text)
{
    const QString base = m_known.value(path);
    m_known.insert(path, text);
    const QString doc = liveDocAt(path);
    if (doc.isEmpty())
        return;
    m_unreadable.remove(doc);
    if (const auto pending = m_pending.find(doc); pending != m_pending.end()) {
        // Still waiting for the document's text: the latest change, from the first one's base.
        pending->changed = text;
        return;
    }
    if (m_editorMerge && m_editorMerge(doc, base, text)) {
        emit merged(doc, path);
        return;
    }
    m_pending.insert(doc, Pending {base, text});
    mergeWithoutEditor(doc);
}

void FolderDiskChanges::mergeWithoutEditor(const QString &doc)
{
    // Only the documents someone has open are in the host's client: the others are opened for
    // the merge and closed once the server has confirmed it.
    DocumentSync *sync = m_session.client().document(doc);
    if (!m_held.contains(doc)) {
        sync = m_session.open(doc);
        m_held.insert(doc,
                      {connect(sync, &DocumentSync::documentReset, this,
                               [this, doc] {
                                   // After the tab that may open on the same reset took it.
                                   QMetaObject::invokeMethod(
                                       this, [this, doc] { apply(doc); }, Qt::QueuedConnection);
                               }),
                       connect(sync, &DocumentSync::unsentEditCountChanged, this,
                               [this, doc](qsizetype unsent) {
                                   if (unsent == 0 && !m_pending.contains(doc))
                                       release(doc);
                               })});
    }
    if (sync && sync->hasText())
        apply(doc);
}

void FolderDiskChanges::apply(const QString &doc)
{
    const auto found = m_pending.find(doc);
    DocumentSync *sync = m_session.client().document(doc);
    if (found == m_pending.end() || !sync || !sync->hasText())
        return;
    const Pending pending = *found;
    m_pending.erase(found);
    const QString path = m_session.pathOf(doc);
    // A tab opened on the document meanwhile: its editor takes the change.
    if (m_editorMerge && m_editorMerge(doc, pending.base, pending.changed)) {
        emit merged(doc, path);
    } else if (const Result<TextOperation> op = rebase(pending.base, pending.changed, sync->text());
               !op || (!op.value().isNoop() && !sync->applyLocal(op.value()))) {
        emit problem(tr("%1 changed on disk, but the change could not be merged into the "
                        "session: %2")
                         .arg(path, op ? tr("the document is out of step") : op.error().message));
    } else {
        sync->flush();
        emit merged(doc, path);
    }
    if (sync->unsentEditCount() == 0)
        release(doc);
}

void FolderDiskChanges::release(const QString &doc)
{
    const auto held = m_held.find(doc);
    if (held == m_held.end())
        return;
    for (const QMetaObject::Connection &connection : std::as_const(*held))
        disconnect(connection);
    m_held.erase(held);
    m_pending.remove(doc);
    m_session.close(doc);
}

void FolderDiskChanges::onDeleted(const QString &path)
{
    const QString doc = liveDocAt(path);
    m_docs.remove(path);
    const QString known = m_known.take(path);
    if (doc.isEmpty())
        return;
    QStringList names;
    for (const Participant &participant : m_session.participantsIn(doc))
        names.append(participant.name);
    if (names.isEmpty() && !unsettled().contains(doc)) {
        // Nobody works in it: the folder's truth wins, as after a checkout that removed it.
        m_session.client().deleteEntry(path);
        emit notice(tr("%1 was deleted on disk and left the shared folder").arg(path));
        return;
    }
    m_kept.insert(doc, known);
    // The guests see it in their Session panels too.
    m_session.host()->setDeletedOnDisk(doc, true);
    //: %1: a file's path; %2: who works in it ("Ana, Bo").
    emit problem(tr("%1 was deleted on disk while %2 worked in it. The session keeps its text; "
                    "Save Shared Folder writes it again.")
                     .arg(path, names.isEmpty() ? tr("someone") : names.join(tr(", "))));
}

void FolderDiskChanges::onUnreadable(const QString &path, FolderWatcher::Unreadable why)
{
    const QString doc = liveDocAt(path);
    if (doc.isEmpty())
        return;
    m_unreadable.insert(doc);
    if (why == FolderWatcher::Unreadable::NotUtf8)
        emit problem(tr("%1 changed on disk and is no longer UTF-8 text. The session keeps its "
                        "text; saving leaves the file alone until it is text again.")
                         .arg(path));
    else
        emit problem(tr("%1 changed on disk but cannot be read. The session keeps its text; "
                        "saving leaves the file alone until it can be read.")
                         .arg(path));
}

QString FolderDiskChanges::liveDocAt(const QString &path) const
{
    const QString doc = m_docs.value(path);
    return !doc.isEmpty() && m_session.pathOf(doc) == path ? doc : QString();
}

} // namespace ensemble
