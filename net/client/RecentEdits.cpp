#include "RecentEdits.h"

#include "HistoryClient.h"
#include "protocol/HistoryMessages.h"

#include <QDateTime>
#include <QTimer>
#include <algorithm>

namespace ensemble {

namespace {
// m_request between a start and its first request.
constexpr quint64 waitingToAsk = ~quint64(0);
// m_awaySince until the entries say when this client's author last wrote.
constexpr qint64 lastOwnEdit = -1;
} // namespace

RecentEdits::RecentEdits(ClientAuthorship *authorship, HistoryClient *history)
    : QObject(history)
    , m_authorship(authorship)
    , m_history(history)
{
    connect(authorship, &ClientAuthorship::started, this, &RecentEdits::onStarted);
    connect(authorship, &ClientAuthorship::operationApplied, this, &RecentEdits::onApplied);
    connect(history, &HistoryClient::entriesReceived, this, &RecentEdits::onEntries);
    connect(history, &HistoryClient::requestFailed, this,
            [this](quint64 request, const QString &code, const QString &, qint64 oldest) {
                onFailed(request, code, oldest);
            });
}

qint64 RecentEdits::timeAt(qsizetype position) const
{
    if (position < 0 || position >= m_written.length())
        return 0;
    const quint32 stamp = m_written.authorAt(position);
    return stamp == 0 ? 0 : m_times.at(stamp - 1);
}

void RecentEdits::onStarted(qint64 previous, qint64 revision, qsizetype serverLength,
                            const QList<TextOperation> &unconfirmed, const StartTexts &texts)
{
    stopReading();
    m_texts = texts;
    m_written = AuthorshipMap(serverLength);
    m_times.clear();
    for (const TextOperation &op : unconfirmed) {
        m_held.append({op, 0});
        if (!m_written.apply(op, 0))
            m_written = AuthorshipMap(op.targetLength());
    }
    m_until = revision;
    m_self = m_authorship ? m_authorship->authorId(m_authorship->self()) : QString();
    // A first start knows no revision seen: one who wrote here before (the same author id)
    // was last here at their last edit, if it is among the revisions read.
    m_awaySince = previous >= 0 ? previous : (m_self.isEmpty() ? revision : lastOwnEdit);
    const qint64 span
        = std::clamp(revision - std::max<qint64>(m_awaySince, 0), minRevisions, maxRevisions);
    m_next = std::max<qint64>(1, revision - span + 1);
    if (m_next > revision) {
        finish();
        return;
    }
    // The start is handled inside the server's answer, before the session may send: ask next.
    m_request = waitingToAsk;
    QTimer::singleShot(0, this, [this] {
        if (m_request == waitingToAsk)
            requestNext();
    });
}

void RecentEdits::onApplied(const TextOperation &op)
{
    const quint32 stamp = stampNow();
    if (isReading()) {
        m_held.append({op, stamp});
        if (m_held.size() > maxHeldEdits)
            stopReading();
    }
    if (!m_written.apply(op, stamp))
        m_written = AuthorshipMap(op.targetLength());
}

quint32 RecentEdits::stampNow()
{
    // One stamp per second of typing keeps the table short.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_times.isEmpty() || now - m_times.last() >= 1000)
        m_times.append(now);
    return quint32(m_times.size());
}

void RecentEdits::requestNext()
{
    m_request = m_history->requestEntries(m_next, m_until);
    if (m_request == 0)
        stopReading();
}

void RecentEdits::onEntries(quint64 request, const QList<HistoryRecord> &entries, qint64, qint64)
{
    if (request != m_request)
        return;
    for (const HistoryRecord &entry : entries) {
        if (entry.revision != m_next || entry.revision > m_until)
            break;
        m_entries.append(entry);
        ++m_next;
    }
    if (m_next > m_until)
        finish();
    else if (entries.isEmpty() || entries.last().revision + 1 != m_next)
        stopReading(); // a gap, or nothing more to read
    else
        requestNext();
}

void RecentEdits::onFailed(quint64 request, const QString &code, qint64 oldest)
{
    if (request != m_request)
        return;
    // A lost connection: the rejoin starts over. Too many requests: nothing known either way.
    if (!m_history->isConnected()
        || (code != historyErrors::noSuchRevision && code != historyErrors::unavailable)) {
        stopReading();
        return;
    }
    const bool kept = code == historyErrors::noSuchRevision && oldest >= m_next;
    // More was asked for than the changes made while away, to know when text was written: read
    // what is kept.
    if (kept && oldest < m_until && !(wasAway() && oldest > m_awaySince)) {
        m_entries.clear();
        m_next = oldest + 1;
        requestNext();
        return;
    }
    compare(kept ? oldest + 1 : -1);
}

void RecentEdits::compare(qint64 keptFrom)
{
    if (!wasAway() || !m_authorship) {
        stopReading();
        return;
    }
    if (!m_texts.seen) {
        stopReading();
        emit awayChangesUnavailable(keptFrom);
        return;
    }
    // Entry `number` is the comparison's deletions, by nobody known; number + 1 + k the text
    // author k of the authorship wrote. None has a time.
    const quint32 number = quint32(m_times.size()) + 1;
    HistoryWalk walk = compareTexts(*m_texts.seen, m_texts.server, number);
    for (const auto &[op, stamp] : std::as_const(m_held)) {
        if (!walk.apply(op, stamp)) {
            stopReading();
            return;
        }
    }
    if (!splitByAuthor(walk, number, m_authorship->map())) {
        stopReading();
        return;
    }
    QList<HistoryRecord> entries {HistoryRecord {}};
    for (const AuthorshipMap::Run &run : walk.written.runs()) {
        while (run.author > number && quint32(entries.size()) <= run.author - number) {
            const AuthorRecord author = m_authorship->author(quint32(entries.size()) - 1);
            entries.append(HistoryRecord {m_until, {}, author.id, author.name, author.color, 0});
        }
    }
    const QList<AwayChange> changes = awayChanges(walk, entries, [&](quint32 n) {
        return n >= number
            && (entries.at(n - number).author.isEmpty() || entries.at(n - number).author != m_self);
    });
    stopReading();
    if (!changes.isEmpty())
        emit awayChangesFound(changes, true);
}

void RecentEdits::finish()
{
    // The history's entries get stamps of their own, after the live ones given meanwhile.
    const quint32 base = quint32(m_times.size());
    std::optional<HistoryWalk> walk = walkHistory(m_entries, base + 1);
    if (!walk || m_entries.isEmpty()) {
        stopReading();
        return;
    }
    for (const auto &[op, stamp] : std::as_const(m_held)) {
        if (!walk->apply(op, stamp)) {
            stopReading();
            return;
        }
    }
    for (const HistoryRecord &entry : std::as_const(m_entries))
        m_times.append(entry.time);
    m_written = walk->written;
    if (m_awaySince == lastOwnEdit) {
        const auto own
            = std::find_if(m_entries.crbegin(), m_entries.crend(),
                           [this](const HistoryRecord &e) { return e.author == m_self; });
        m_awaySince = own == m_entries.crend() ? m_until : own->revision;
    }
    const QList<AwayChange> changes = awayChanges(*walk, m_entries, [this, base](quint32 number) {
        if (number <= base)
            return false;
        const HistoryRecord &entry = m_entries.at(number - base - 1);
        return entry.revision > m_awaySince && entry.author != m_self;
    });
    stopReading();
    if (!changes.isEmpty())
        emit awayChangesFound(changes, false);
}

void RecentEdits::stopReading()
{
    m_request = 0;
    m_held.clear();
    m_entries.clear();
    m_texts = {};
}

} // namespace ensemble
