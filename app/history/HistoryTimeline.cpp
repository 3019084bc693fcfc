#include "history/HistoryTimeline.h"

#include "client/DocumentSync.h"
#include "client/HistoryClient.h"
#include "client/SessionClient.h"

namespace ensemble {

namespace {

// Pages start at revisions 1, 1 + pageSize, ... so each entry is asked for once. Small, since each
// answer is read on the window's thread: pages of the server's most entries (1000), asked for on
// every page a drag passed, kept the window busy reading for minutes on a long history.
constexpr qint64 pageSize = 100;

qint64 pageStart(qint64 revision)
{
    return (revision - 1) / pageSize * pageSize + 1;
}

} // namespace

HistoryTimeline::HistoryTimeline(SessionClient &client, const QString &doc, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_doc(doc)
    , m_history(new HistoryClient(&client, doc))
{
    // Owned by this timeline although parented to the client, so it goes with the timeline.
    connect(this, &QObject::destroyed, m_history, &QObject::deleteLater);
    m_settle.setSingleShot(true);
    m_settle.setInterval(settleMs);
    connect(&m_settle, &QTimer::timeout, this, &HistoryTimeline::settled);
    connect(m_history, &HistoryClient::entriesReceived, this, &HistoryTimeline::onEntries);
    connect(m_history, &HistoryClient::textReceived, this, &HistoryTimeline::onText);
    connect(m_history, &HistoryClient::requestFailed, this, &HistoryTimeline::onFailed);
}

qint64 HistoryTimeline::documentRevision() const
{
    if (m_doc.isEmpty())
        return m_client.revision();
    const DocumentSync *sync = m_client.document(m_doc);
    return sync ? sync->revision() : -1;
}

void HistoryTimeline::refresh()
{
    // The entry of the document's own revision tells the range; a revision without one (the
    // oldest kept) answers no_such_revision, and then the range is that revision alone.
    const qint64 revision = std::max<qint64>(documentRevision(), 0);
    if (!m_history)
        return;
    m_rangeRequest = m_history->requestEntries(std::max<qint64>(revision, 1), revision + 1);
    if (m_rangeRequest == 0)
        emit failed(tr("The history can be read only while connected."));
}

std::optional<HistoryRecord> HistoryTimeline::entry(qint64 revision) const
{
    const auto found = m_entries.constFind(revision);
    return found == m_entries.cend() ? std::nullopt : std::optional(*found);
}

void HistoryTimeline::select(qint64 revision)
{
    m_selected = std::clamp(revision, m_oldest, m_latest);
    m_settle.start();
    if (const std::optional<HistoryRecord> known = entry(m_selected))
        emit entryReady(*known);
}

void HistoryTimeline::settled()
{
    // Dragging over a long history passes a page every few moves: only where it rests is read.
    if (m_selected > m_oldest && !m_entries.contains(m_selected))
        requestPage(m_selected);
    requestText();
}

void HistoryTimeline::requestText()
{
    if (m_textRequest != 0 || m_selected < 0 || m_selected == m_textRevision)
        return; // the answer in flight asks again for the newest selection
    if (!m_history)
        return;
    m_textRevision = m_selected;
    m_textRequest = m_history->requestText(m_selected);
}

void HistoryTimeline::requestPage(qint64 revision)
{
    const qint64 start = pageStart(revision);
    for (const qint64 asked : std::as_const(m_pageRequests)) {
        if (asked == start)
            return;
    }
    if (!m_history)
        return;
    if (const quint64 id = m_history->requestEntries(start, start + pageSize - 1))
        m_pageRequests.insert(id, start);
}

void HistoryTimeline::onEntries(quint64 request, const QList<HistoryRecord> &entries, qint64 oldest,
                                qint64 latest)
{
    if (request == m_rangeRequest || oldest != m_oldest || latest > m_latest) {
        m_oldest = oldest;
        m_latest = latest;
        emit rangeChanged(oldest, latest);
    }
    const qint64 start = m_pageRequests.take(request);
    for (const HistoryRecord &e : entries) {
        m_entries.insert(e.revision, e);
        if (e.revision == m_selected)
            emit entryReady(e);
    }
    // An answer cut short by the server's bounds: the rest of the page, if it is looked at.
    if (start > 0 && !entries.isEmpty() && m_selected > entries.last().revision
        && pageStart(m_selected) == start)
        requestPage(m_selected);
}

void HistoryTimeline::onText(quint64 request, qint64 revision, const QString &text)
{
    if (request != m_textRequest)
        return;
    m_textRequest = 0;
    emit textReady(revision, text);
    if (m_selected != revision && !m_settle.isActive())
        requestText();
}

void HistoryTimeline::onFailed(quint64 request, const QString &code, const QString &message)
{
    if (request == m_rangeRequest && code == historyErrors::noSuchRevision) {
        m_oldest = m_latest = std::max<qint64>(documentRevision(), 0);
        emit rangeChanged(m_oldest, m_latest);
        return;
    }
    if (request == m_textRequest) {
        m_textRequest = 0;
        m_textRevision = -1;
    }
    m_pageRequests.remove(request);
    emit failed(message);
}

} // namespace ensemble
