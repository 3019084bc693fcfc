#pragma once

#include "protocol/HistoryMessages.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <optional>

namespace ensemble {

class HistoryClient;
class SessionClient;

// What the History view shows of a shared document's history, read from the server through a
// HistoryClient: the range of revisions, the author and time of each (fetched in small pages, as
// they are looked at) and the text at the selected one. Selecting is cheap: the page and the text
// are asked for once the selection rests for a moment, with one text request in flight at a time,
// so dragging the slider over many revisions never floods the server or stalls the window.
class HistoryTimeline : public QObject
{
    Q_OBJECT

public:
    // How long the selection must rest before its text is asked for.
    static constexpr int settleMs = 80;

    // Reads the history of @p client's one document (protocol 1) or, with @p doc, of that open
    // document of its shared folder (protocol 2).
    HistoryTimeline(SessionClient &client, const QString &doc, QObject *parent = nullptr);

    // Asks the server which revisions it keeps (rangeChanged() follows).
    void refresh();
    qint64 oldest() const { return m_oldest; }
    qint64 latest() const { return m_latest; }
    // Shows @p revision: its text arrives with textReady(), its entry with entryReady().
    void select(qint64 revision);
    qint64 selected() const { return m_selected; }
    // The author, time and operation of @p revision, when fetched already.
    std::optional<HistoryRecord> entry(qint64 revision) const;

signals:
    void rangeChanged(qint64 oldest, qint64 latest);
    void textReady(qint64 revision, const QString &text);
    void entryReady(const ensemble::HistoryRecord &entry);
    // The server could not answer (no history kept, connection lost...).
    void failed(const QString &message);

private:
    // The server revision the document is at here.
    qint64 documentRevision() const;
    void settled();
    void requestText();
    void requestPage(qint64 revision);
    void onEntries(quint64 request, const QList<HistoryRecord> &entries, qint64 oldest,
                   qint64 latest);
    void onText(quint64 request, qint64 revision, const QString &text);
    void onFailed(quint64 request, const QString &code, const QString &message);

    SessionClient &m_client;
    QString m_doc;
    QPointer<HistoryClient> m_history; // the session client's child: gone when it is
    QTimer m_settle;
    qint64 m_oldest = 0;
    qint64 m_latest = 0;
    qint64 m_selected = -1;
    quint64 m_rangeRequest = 0;
    quint64 m_textRequest = 0; // in flight
    qint64 m_textRevision = -1; // what m_textRequest asked for
    QHash<quint64, qint64> m_pageRequests; // request -> first revision of the page
    QHash<qint64, HistoryRecord> m_entries;
};

} // namespace ensemble
