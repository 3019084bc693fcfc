#pragma once

#include <QDir>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace ensemble {

class SessionClient;
struct SessionError;
struct TreeMsg;

/// "Save a Copy of the Project…": writes the files of a protocol 2 session, as the server has
/// them now, under a local folder. Opens the tree's documents a batch at a time through a
/// connected SessionClient (only opened documents travel), writes each text to its path (making
/// folders, never outside the target), and closes what it opened; documents the session had
/// open already are written from their confirmed text and stay open. It holds documents through
/// the client's count of holds (SessionClient::openDocument()), so a tab opened on a document
/// meanwhile keeps it open after the download closes it, and the other way round. Knows no
/// widgets.
class ProjectDownload : public QObject
{
    Q_OBJECT

public:
    /// A download through @p client, which must outlive it.
    explicit ProjectDownload(SessionClient *client, QObject *parent = nullptr);
    ~ProjectDownload() override;

    /// How many documents it keeps open at once besides those open already (default 8; the
    /// server's `too_many_open` makes it use fewer).
    void setBatchSize(int documents) { m_batchSize = qMax(1, documents); }
    /// Starts writing into @p folder (made if missing). A folder holding anything is refused
    /// unless @p intoNonEmpty. False, with errorString(), when the client is not in a protocol 2
    /// session or the folder cannot be used; otherwise progress() and then finished() follow.
    bool start(const QString &folder, bool intoNonEmpty = false);
    /// Stops: closes what it opened; finished(false) follows.
    void cancel();
    /// Why start() failed.
    QString errorString() const { return m_error; }
    /// Files of the tree when it started, and how many of them are written.
    int total() const { return m_total; }
    int written() const { return m_written; }
    /// Whether it started and has not finished.
    bool isRunning() const { return m_running; }

signals:
    /// @p written of @p total files are on disk.
    void progress(int written, int total);
    /// The file at @p path was not written (deleted meanwhile, refused, or a disk error).
    void fileFailed(const QString &path, const QString &reason);
    /// Done; @p complete when every file of the tree was written.
    void finished(bool complete);

private:
    void openMore();
    void onText(const QString &doc, const QString &text);
    void onTreeChanged(const TreeMsg &change);
    void onError(const SessionError &error);
    void write(const QString &doc, const QString &text);
    void fail(const QString &doc, const QString &reason);
    void release(const QString &doc);
    void finishIfDone();
    QString pathOf(const QString &doc) const;

    QPointer<SessionClient> m_client;
    QDir m_target;
    QString m_canonicalTarget;
    QString m_error;
    QStringList m_queue; ///< Documents still to open, in tree order.
    QStringList m_awaiting; ///< Opened by this download, text not yet here, in the order asked.
    QSet<QString> m_opened; ///< Opened by this download and not closed yet.
    QSet<QString> m_borrowed; ///< Open already, their first text not here yet; held too.
    int m_batchSize = 8;
    int m_total = 0;
    int m_written = 0;
    int m_failed = 0;
    bool m_running = false;
    bool m_stalled = false; ///< A lone open was refused and no text came since.
};

} // namespace ensemble
