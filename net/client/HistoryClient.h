#pragma once

#include "protocol/HistoryMessages.h"
#include "protocol/Messages.h"

#include <QObject>
#include <QSet>

namespace ensemble {

class SessionClient;

/// Reads a document's history through a SessionClient (docs/PROTOCOL.md 3.1): asks for the
/// entries of a range of revisions or the text at one, and reports each answer under the id the
/// request returned. Requests not answered when the connection drops fail with
/// `history_unavailable`.
class HistoryClient : public QObject
{
    Q_OBJECT

public:
    /// Reads through @p session, which also becomes the parent: the history of its one document
    /// (protocol 1) or, in protocol 2, of open document @p doc.
    explicit HistoryClient(SessionClient *session, const QString &doc = {});

    /// Asks for the entries of revisions @p from to @p to (the first ones, as many as the
    /// server's bounds allow); returns the request's id, or 0 when not in the room.
    quint64 requestEntries(qint64 from, qint64 to);
    /// Asks for the text at @p revision; returns the request's id, or 0 when not in the room.
    quint64 requestText(qint64 revision);
    /// Whether the session is connected (requests failing otherwise lost their connection).
    bool isConnected() const;
    /// Requests sent and not answered yet.
    qsizetype pendingCount() const { return m_pending.size(); }

signals:
    /// The entries of request @p request; @p oldest and @p latest bound the history's revisions.
    void entriesReceived(quint64 request, const QList<ensemble::HistoryRecord> &entries,
                         qint64 oldest, qint64 latest);
    /// The text at @p revision, for request @p request.
    void textReceived(quint64 request, qint64 revision, const QString &text);
    /// Request @p request failed with the protocol's @p code; @p oldest: the oldest revision the
    /// server keeps, when it said (no_such_revision), else -1.
    void requestFailed(quint64 request, const QString &code, const QString &message,
                       qint64 oldest = -1);

private:
    quint64 send(const ClientMessage &request, quint64 id);
    void onAnswer(const ServerMessage &answer);
    void failPending();

    SessionClient *m_session;
    QString m_doc;
    QSet<quint64> m_pending;
};

} // namespace ensemble
