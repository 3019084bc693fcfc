#include "ClusterJournal.h"

#include "JournalWorker.h"

namespace ensemble {

ClusterJournal::ClusterJournal(QByteArray conninfo, QString server, QString address, qint64 leaseMs,
                               QObject *parent)
    : QObject(parent)
    , m_worker(
          new JournalWorker(std::move(conninfo), std::move(server), std::move(address), leaseMs))
{
    qRegisterMetaType<Lease>();
    qRegisterMetaType<LeaseHolder>();
    qRegisterMetaType<StoredOp>();
    qRegisterMetaType<StoredDocument>();
    qRegisterMetaType<StoredSession>();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &JournalWorker::ready, this, &ClusterJournal::ready);
    connect(m_worker, &JournalWorker::failed, this, &ClusterJournal::failed);
    connect(m_worker, &JournalWorker::acquired, this, &ClusterJournal::acquired);
    connect(m_worker, &JournalWorker::claimed, this, &ClusterJournal::claimed);
    connect(m_worker, &JournalWorker::heldBy, this, &ClusterJournal::heldBy);
    connect(m_worker, &JournalWorker::written, this, &ClusterJournal::written);
    connect(m_worker, &JournalWorker::lost, this, &ClusterJournal::lost);
    connect(m_worker, &JournalWorker::unavailable, this, &ClusterJournal::unavailable);
    m_thread.setObjectName(QStringLiteral("cluster journal"));
    m_thread.start();
}

ClusterJournal::~ClusterJournal()
{
    m_thread.quit();
    m_thread.wait();
}

void ClusterJournal::start()
{
    QMetaObject::invokeMethod(m_worker, &JournalWorker::start, Qt::QueuedConnection);
}

void ClusterJournal::acquire(const QString &session)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, session] { worker->acquire(session); }, Qt::QueuedConnection);
}

void ClusterJournal::claim(const QString &session)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, session] { worker->claim(session); }, Qt::QueuedConnection);
}

void ClusterJournal::saveSnapshot(const Lease &lease, const StoredDocument &document)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, lease, document] { worker->saveSnapshot(lease, document); },
        Qt::QueuedConnection);
}

void ClusterJournal::saveRecord(const Lease &lease, const QByteArray &record)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, lease, record] { worker->saveRecord(lease, record); },
        Qt::QueuedConnection);
}

void ClusterJournal::saveChat(const Lease &lease, const QByteArray &chat)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, lease, chat] { worker->saveChat(lease, chat); },
        Qt::QueuedConnection);
}

void ClusterJournal::append(const Lease &lease, const QString &doc, const StoredOp &op)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, lease, doc, op] { worker->append(lease, doc, op); },
        Qt::QueuedConnection);
}

void ClusterJournal::release(const Lease &lease)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, lease] { worker->release(lease); }, Qt::QueuedConnection);
}

} // namespace ensemble
