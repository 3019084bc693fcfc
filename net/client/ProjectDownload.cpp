// Save a Copy of the Project: a session's documents, opened in batches, written under a folder.
#include "ProjectDownload.h"

#include "SessionClient.h"
#include "protocol/DocumentPath.h"

#include <QFileInfo>
#include <QSaveFile>

namespace ensemble {

ProjectDownload::ProjectDownload(SessionClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

ProjectDownload::~ProjectDownload()
{
    for (const QString &doc : m_opened + m_borrowed)
        release(doc);
}

bool ProjectDownload::start(const QString &folder, bool intoNonEmpty)
{
    if (m_running || !m_client || m_client->protocol() != 2
        || m_client->state() != SessionClient::State::Connected) {
        m_error = tr("Not connected to a session that shares a folder.");
        return false;
    }
    const QDir target(folder);
    if (!target.mkpath(QStringLiteral("."))) {
        m_error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    if (!intoNonEmpty
        && !target.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        m_error = tr("The folder %1 is not empty.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    m_target = target;
    m_canonicalTarget = QFileInfo(target.absolutePath()).canonicalFilePath();
    m_queue.clear();
    m_awaiting.clear();
    m_opened.clear();
    m_borrowed.clear();
    m_written = m_failed = 0;
    m_stalled = false;
    for (const TreeEntry &entry : m_client->tree().entries) {
        if (!entry.doc.isEmpty())
            m_queue.append(entry.doc);
        else if (DocumentPath::validate(entry.path) == DocumentPath::Error::None)
            m_target.mkpath(entry.path); // An empty folder of the tree.
    }
    m_total = int(m_queue.size());
    m_running = true;
    connect(m_client, &SessionClient::treeChanged, this, &ProjectDownload::onTreeChanged);
    connect(m_client, &SessionClient::errorOccurred, this, &ProjectDownload::onError);
    emit progress(0, m_total);
    openMore();
    finishIfDone();
    return true;
}

void ProjectDownload::cancel()
{
    if (!m_running)
        return;
    for (const QString &doc : m_opened + m_borrowed)
        release(doc);
    m_queue.clear();
    m_awaiting.clear();
    m_running = false;
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    emit finished(false);
}

void ProjectDownload::openMore()
{
    while (m_running && m_client && !m_queue.isEmpty() && m_opened.size() < m_batchSize) {
        const QString doc = m_queue.takeFirst();
        if (DocumentSync *open = m_client->document(doc)) {
            // The user has it open: its confirmed text, once it has one, and it stays open.
            if (open->hasText()) {
                write(doc, open->serverText());
                continue;
            }
            // Held until its text is here, so that the user's closing it does not lose it.
            m_client->openDocument(doc);
            m_borrowed.insert(doc);
            connect(open, &DocumentSync::documentReset, this,
                    [this, doc](const QString &text) { onText(doc, text); });
            continue;
        }
        DocumentSync *sync = m_client->openDocument(doc);
        m_opened.insert(doc);
        m_awaiting.append(doc);
        connect(sync, &DocumentSync::documentReset, this,
                [this, doc](const QString &text) { onText(doc, text); });
    }
}

void ProjectDownload::onText(const QString &doc, const QString &text)
{
    // A document of the user's that starts again (after a resync) was written already.
    if (!m_running || (!m_opened.contains(doc) && !m_borrowed.contains(doc)))
        return;
    m_awaiting.removeOne(doc);
    m_stalled = false;
    write(doc, text);
    release(doc);
    openMore();
    finishIfDone();
}

void ProjectDownload::onTreeChanged(const TreeMsg &change)
{
    if (change.change != QLatin1String("delete"))
        return; // A rename changes the path it is written to, looked up when its text comes.
    // The client dropped the deleted documents' syncs: whatever of ours was among them is gone.
    for (const QString &doc : m_opened + m_borrowed) {
        if (!m_client->document(doc)) {
            m_opened.remove(doc);
            m_borrowed.remove(doc);
            m_awaiting.removeOne(doc);
            fail(doc, tr("deleted from the session meanwhile"));
        }
    }
    for (qsizetype i = m_queue.size() - 1; i >= 0; --i) {
        if (pathOf(m_queue.at(i)).isEmpty())
            fail(m_queue.takeAt(i), tr("deleted from the session meanwhile"));
    }
    openMore();
    finishIfDone();
}

void ProjectDownload::onError(const SessionError &error)
{
    if (error.fatal) {
        cancel();
        return;
    }
    // The server answers opens in order: the oldest unanswered one was refused. Ask again, with
    // fewer at a time; refusals of opens sent before one of ours closed are stale, so only a
    // refusal of a lone open with no text in between means the user's own documents fill the
    // server's limit.
    if (error.code != QLatin1String("too_many_open") || m_awaiting.isEmpty())
        return;
    const QString refused = m_awaiting.takeFirst();
    release(refused);
    m_queue.prepend(refused);
    m_batchSize = qMax(1, int(m_opened.size()));
    if (!m_opened.isEmpty())
        return;
    if (m_stalled) {
        while (!m_queue.isEmpty())
            fail(m_queue.takeFirst(), error.message);
        finishIfDone();
        return;
    }
    m_stalled = true;
    openMore();
}

void ProjectDownload::write(const QString &doc, const QString &text)
{
    const QString path = pathOf(doc);
    if (path.isEmpty()) {
        fail(doc, tr("deleted from the session meanwhile"));
        return;
    }
    if (DocumentPath::validate(path) != DocumentPath::Error::None) {
        fail(doc, tr("not a path this computer can hold"));
        return;
    }
    const QString folder = QFileInfo(m_target.filePath(path)).path();
    // A link inside a folder that was not empty must not lead the file out of the target.
    if (!m_target.mkpath(QFileInfo(path).path())
        || !(QFileInfo(folder).canonicalFilePath() + u'/').startsWith(m_canonicalTarget + u'/')) {
        fail(doc, tr("cannot create its folder"));
        return;
    }
    QSaveFile file(m_target.filePath(path));
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        fail(doc, file.errorString());
        return;
    }
    ++m_written;
    emit progress(m_written, m_total);
}

void ProjectDownload::fail(const QString &doc, const QString &reason)
{
    ++m_failed;
    const QString path = pathOf(doc);
    emit fileFailed(path.isEmpty() ? doc : path, reason);
}

void ProjectDownload::release(const QString &doc)
{
    // One hold of the client's each: a tab the user opened meanwhile keeps the document open.
    const bool opened = m_opened.remove(doc);
    const bool borrowed = m_borrowed.remove(doc);
    if ((opened || borrowed) && m_client)
        m_client->closeDocument(doc);
}

void ProjectDownload::finishIfDone()
{
    if (!m_running || !m_queue.isEmpty() || !m_opened.isEmpty() || !m_borrowed.isEmpty())
        return;
    m_running = false;
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    emit finished(m_failed == 0);
}

QString ProjectDownload::pathOf(const QString &doc) const
{
    if (!m_client)
        return {};
    for (const TreeEntry &entry : m_client->tree().entries) {
        if (entry.doc == doc)
            return entry.path;
    }
    return {};
}

} // namespace ensemble
