#pragma once

#include "AwayChanges.h"
#include "ClientAuthorship.h"

#include <QObject>
#include <QPointer>

namespace ensemble {

class ClientAuthorship;
class HistoryClient;

/// When each unit of the editor's text was written, and what others changed while this client
/// was away (docs/PROTOCOL.md 3.2). At every (re)start of the document it reads the history of
/// the revisions before it: since the revision this client last saw, at least the last
/// minRevisions and at most maxRevisions. The entries say when their surviving text was written
/// (the server's clock), and those by others after the revision last seen are the changes made
/// while away. A first start has seen no revision: then this client's author id (the same client
/// id as before) was last here at its last edit among the entries read. Edits the editor makes
/// afterwards are timed by this machine's clock. When the server no longer keeps (or never kept)
/// the entries after the revision last seen, the text seen then, if known, is compared with the
/// server's: inserted text is attributed by the authorship, deletions to nobody known, no times.
class RecentEdits : public QObject
{
    Q_OBJECT

public:
    /// Revisions read at every start, to know when the recent text was written...
    static constexpr qint64 minRevisions = 1000;
    /// ...and at most this many (a longer absence shows the changes of the last ones).
    static constexpr qint64 maxRevisions = 10000;
    /// Edits held while the history is read; a longer wait gives up the catch-up.
    static constexpr qsizetype maxHeldEdits = 100000;

    /// Follows @p authorship (the editor's) and reads through @p history (its parent, which
    /// becomes this one's).
    RecentEdits(ClientAuthorship *authorship, HistoryClient *history);

    /// When unit @p position of the editor's text was written, ms since 1970 UTC (0: not known,
    /// it is older than what was read).
    qint64 timeAt(qsizetype position) const;
    /// Whether a catch-up is being read.
    bool isReading() const { return m_request != 0; }

signals:
    /// What others changed while this client was away, in the editor's text as it is now
    /// (emitted only when there is something); @p compared: found by comparing the text seen last
    /// with the server's (the history was gone), so deletions name nobody and nothing has a time.
    void awayChangesFound(const QList<ensemble::AwayChange> &changes, bool compared);
    /// Others changed the document while this client was away, but neither the history nor a
    /// text seen before can say what: the server keeps the changes from revision @p keptFrom on
    /// (-1: it keeps no history).
    void awayChangesUnavailable(qint64 keptFrom);

private:
    void onStarted(qint64 previous, qint64 revision, qsizetype serverLength,
                   const QList<TextOperation> &unconfirmed, const StartTexts &texts);
    void onApplied(const TextOperation &op);
    void requestNext();
    void onEntries(quint64 request, const QList<HistoryRecord> &entries, qint64 oldest,
                   qint64 latest);
    void onFailed(quint64 request, const QString &code, qint64 oldest);
    void finish();
    void compare(qint64 keptFrom);
    bool wasAway() const { return m_awaySince >= 0 && m_awaySince < m_until; }
    void stopReading();
    quint32 stampNow();

    QPointer<ClientAuthorship> m_authorship;
    HistoryClient *m_history;
    /// Over the editor's text: k >= 1 was written at m_times[k - 1], 0 when not known.
    AuthorshipMap m_written;
    QList<qint64> m_times;
    /// While reading: the edits since the start, in the editor's order, with their stamps.
    QList<std::pair<TextOperation, quint32>> m_held;
    QList<HistoryRecord> m_entries;
    qint64 m_next = 0; ///< The next revision to read.
    qint64 m_until = 0; ///< The revision of the start.
    qint64 m_awaySince = 0; ///< Revisions above this one were made while away (-1: not known yet).
    QString m_self; ///< This client's author id.
    StartTexts m_texts; ///< While reading: what compare() needs.
    quint64 m_request = 0;
};

} // namespace ensemble
