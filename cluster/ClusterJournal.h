#pragma once

#include "ClusterStore.h"

#include <QObject>
#include <QThread>

namespace ensemble {

class JournalWorker;

/// The cluster store on a thread of its own, so the rooms' thread never waits for the database:
/// operations handed to append() are written in batches (what arrives for a session while a
/// write is in flight goes into the next statement), held leases are renewed on time, and every
/// outcome comes back as a signal on the thread that made the journal.
class ClusterJournal : public QObject
{
    Q_OBJECT

public:
    /// A journal for server @p server, reachable at @p address, taking leases of @p leaseMs.
    ClusterJournal(QByteArray conninfo, QString server, QString address, qint64 leaseMs,
                   QObject *parent = nullptr);
    ~ClusterJournal() override;

    /// Connects; answers with ready() or failed().
    void start();
    /// Takes @p session's lease; answers with acquired(), heldBy() or unavailable().
    void acquire(const QString &session);
    /// Takes @p session's lease and loads it; answers with claimed(), heldBy() or
    /// unavailable().
    void claim(const QString &session);
    /// Queues @p document's snapshot under @p lease, written before the operations queued after.
    void saveSnapshot(const Lease &lease, const StoredDocument &document);
    /// Queues @p record, the session's title, access and tree, under @p lease: written after
    /// the snapshots queued before it and before the operations queued after it.
    void saveRecord(const Lease &lease, const QByteArray &record);
    /// Queues @p chat, the session's chat, under @p lease.
    void saveChat(const Lease &lease, const QByteArray &chat);
    /// Queues @p op of document @p doc under @p lease; answers with written() once it is in the
    /// database, or lost().
    void append(const Lease &lease, const QString &doc, const StoredOp &op);
    /// Gives @p lease up; its unwritten operations are dropped.
    void release(const Lease &lease);

signals:
    void ready();
    void failed(const QString &message);
    void acquired(const ensemble::Lease &lease);
    void claimed(const ensemble::Lease &lease, const ensemble::StoredSession &stored);
    void heldBy(const QString &session, const ensemble::LeaseHolder &holder);
    /// Every queued operation of @p doc up to @p revision is in the database.
    void written(const QString &session, const QString &doc, qint64 revision);
    /// The session's lease ran out or was taken over: its server must drop it.
    void lost(const QString &session);
    /// The database cannot be reached; queued operations wait and are tried again.
    void unavailable(const QString &session, const QString &message);

private:
    QThread m_thread;
    JournalWorker *m_worker;
};

} // namespace ensemble

Q_DECLARE_METATYPE(ensemble::Lease)
Q_DECLARE_METATYPE(ensemble::LeaseHolder)
Q_DECLARE_METATYPE(ensemble::StoredOp)
Q_DECLARE_METATYPE(ensemble::StoredDocument)
Q_DECLARE_METATYPE(ensemble::StoredSession)
