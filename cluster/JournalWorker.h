#pragma once

#include "ClusterStore.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace ensemble {

/// ClusterJournal's half on the database thread: the store, the queues and the timers.
class JournalWorker : public QObject
{
    Q_OBJECT

public:
    JournalWorker(QByteArray conninfo, QString server, QString address, qint64 leaseMs);

public slots:
    void start();
    void acquire(const QString &session);
    void claim(const QString &session);
    void saveSnapshot(const ensemble::Lease &lease, const ensemble::StoredDocument &document);
    void saveRecord(const ensemble::Lease &lease, const QByteArray &record);
    void saveChat(const ensemble::Lease &lease, const QByteArray &chat);
    void append(const ensemble::Lease &lease, const QString &doc, const ensemble::StoredOp &op);
    void release(const ensemble::Lease &lease);

signals:
    void ready();
    void failed(const QString &message);
    void acquired(const ensemble::Lease &lease);
    void claimed(const ensemble::Lease &lease, const ensemble::StoredSession &stored);
    void heldBy(const QString &session, const ensemble::LeaseHolder &holder);
    void written(const QString &session, const QString &doc, qint64 revision);
    void lost(const QString &session);
    void unavailable(const QString &session, const QString &message);

private:
    struct Session
    {
        Lease lease;
        QHash<QString, QList<StoredOp>> queued; ///< By document, oldest first.
        QList<StoredDocument> snapshots; ///< Written before the queued operations.
        std::optional<QByteArray> record; ///< Written after the snapshots, before the operations.
        std::optional<QByteArray> chat;
    };

    /// Takes @p session's lease into m_sessions; nothing when another server holds it.
    std::optional<Lease> take(const QString &session);
    Result<StoredSession> load(const QString &session);
    /// The session @p lease is for, while this server holds it under that lease; else null.
    Session *held(const Lease &lease);
    /// What a flush does after a write of a session: go on, stop (the session was dropped), or
    /// try again later (the database cannot be reached).
    enum class Next { Go, Stop, Retry };
    Next after(const QString &session, const Result<ClusterStore::Write> &write);
    void scheduleFlush();

    void flush();
    /// Writes @p session's queued operations; false when the database cannot be reached.
    bool flushSession(const QString &session);
    void renew();
    void drop(const QString &session);

    QByteArray m_conninfo;
    QString m_server;
    QString m_address;
    qint64 m_leaseMs;
    std::unique_ptr<ClusterStore> m_store;
    QHash<QString, Session> m_sessions;
    QTimer m_flush;
    QTimer m_renew;
};

} // namespace ensemble
