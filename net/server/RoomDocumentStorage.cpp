// A document's files: its snapshot and log (RoomStore) and its history (HistoryStore).
#include "RoomDocument.h"

#include <QDateTime>
#include <QDir>

namespace ensemble {

namespace {

const QString historyName = QStringLiteral("history");

// The retention the server's operator chose (`--history-revisions`, `--history-storage`).
HistoryOptions historyOptions(const Limits &limits)
{
    HistoryOptions options;
    options.maxRevisions = limits.historyRevisions;
    options.maxBytes = limits.historyBytes;
    return options;
}

} // namespace

RoomSnapshot RoomDocument::snapshot() const
{
    return RoomSnapshot {m_session,
                         m_epoch,
                         m_document.revision(),
                         m_document.text(),
                         m_language,
                         m_document.clients(),
                         {},
                         {},
                         0,
                         false,
                         m_authors.toJson()};
}

void RoomDocument::record(const LoggedOperation &entry, const Participant &author)
{
    if (!m_store)
        return;
    recordHistory(entry, author);
    // After a failed write the log has a gap, so only a full snapshot can make the document
    // durable again; it is retried on every edit until it succeeds.
    Result<std::monostate> written
        = m_storageFailing || m_store->wantsCompaction(m_document.length())
        ? m_store->compact(snapshot())
        : m_store->append(entry);
    if (!written) {
        if (!m_storageFailing) {
            emit warning(
                tr("Room %1 is not being saved: %2").arg(m_session, written.error().message));
            broadcast(ErrorMsg {errorCodeName(ErrorCode::StorageFailed),
                                tr("The server cannot save this room; recent edits may be lost if "
                                   "it stops."),
                                {}},
                      nullptr);
        }
        m_storageFailing = true;
        return;
    }
    if (m_storageFailing)
        emit warning(tr("Room %1 is being saved again.").arg(m_session));
    m_storageFailing = false;
}

QString RoomDocument::openHistory(bool fresh)
{
    // The history continues the document's: it starts at the document's revision when it is new
    // (a new document, or one from before histories), and a gap marks revisions it missed (a
    // crash between the two appends, a failed write). One that cannot be read, or that is ahead
    // of the document (whose log was cut back), is kept aside and a new one starts.
    const QString dir = m_store->directory() + u'/' + historyName;
    const qint64 revision = m_document.revision();
    QString note;
    if (QDir(dir).exists()) {
        // A new document's directory holds no history of its own: anything there is left over.
        auto opened = fresh ? Result<std::unique_ptr<HistoryStore>>(
                          Error {QStringLiteral("storage_failed"),
                                 QStringLiteral("%1 was left over from another room").arg(dir)})
                            : HistoryStore::open(dir, historyOptions(m_limits), &note);
        if (opened && opened.value()->revision() <= revision) {
            m_history = std::move(opened).value();
            if (m_history->revision() < revision) {
                if (Result<std::monostate> restarted
                    = m_history->restart(revision, m_document.textSnapshot());
                    !restarted) {
                    m_history.reset();
                    return restarted.error().message;
                }
            }
            return note;
        }
        const QString aside = dir + QStringLiteral(".damaged-")
            + QString::number(QDateTime::currentMSecsSinceEpoch());
        note = opened ? QStringLiteral("%1 is past revision %2, so it was moved to %3")
                            .arg(dir)
                            .arg(revision)
                            .arg(aside)
                      : QStringLiteral("%1 (moved to %2)").arg(opened.error().message, aside);
        if (!QDir().rename(dir, aside))
            return note + QStringLiteral("; it could not be moved, so the room keeps no history");
    }
    auto created
        = HistoryStore::create(dir, revision, m_document.textSnapshot(), historyOptions(m_limits));
    if (!created)
        return created.error().message;
    m_history = std::move(created).value();
    return note;
}

void RoomDocument::recordHistory(const LoggedOperation &entry, const Participant &author)
{
    // Not part of the durability promise: a failed history write is reported to the operator,
    // not to the room, and the history goes on after a gap.
    if (!m_history) {
        // Opened or created at the current revision, which already holds this entry.
        const QString problem = openHistory(false);
        if (!m_history && !m_historyFailing)
            emit warning(tr("Room %1 does not keep its history: %2").arg(m_session, problem));
        m_historyFailing = !m_history;
        return;
    }
    Result<std::monostate> written = m_history->revision() == entry.revision - 1
        ? m_history->append(
            HistoryEntry {entry.revision, entry.op,
                          HistoryAuthor {authorIdOf(entry.client), author.name, author.color},
                          QDateTime::currentMSecsSinceEpoch()})
        : m_history->restart(m_document.revision(), m_document.textSnapshot());
    if (written && m_history->wantsCheckpoint(m_document.length()))
        written = m_history->checkpoint(m_document.textSnapshot());
    if (!written) {
        if (!m_historyFailing)
            emit warning(tr("Room %1 does not keep its history: %2")
                             .arg(m_session, written.error().message));
        m_historyFailing = true;
        return;
    }
    m_historyFailing = false;
}

void RoomDocument::persist()
{
    if (!m_store)
        return;
    Result<std::monostate> written = m_store->compact(snapshot());
    if (!written)
        emit warning(tr("Room %1 could not be saved: %2").arg(m_session, written.error().message));
}

qint64 RoomDocument::diskBytes() const
{
    return (m_store ? m_store->diskBytes() : 0) + (m_history ? m_history->diskBytes() : 0);
}

bool RoomDocument::removeFiles()
{
    m_history.reset();
    return !m_store || m_store->remove();
}

} // namespace ensemble
