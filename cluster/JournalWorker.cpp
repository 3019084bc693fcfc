#include "JournalWorker.h"

namespace ensemble {

namespace {

// How long queued operations wait before the next try while the database cannot be reached.
constexpr int retryMs = 500;

} // namespace

JournalWorker::JournalWorker(QByteArray conninfo, QString server, QString address, qint64 leaseMs)
    : m_conninfo(std::move(conninfo))
    , m_server(std::move(server))
    , m_address(std::move(address))
    , m_leaseMs(leaseMs)
    , m_flush(this) // Children, so that they move to the database thread with the worker.
    , m_renew(this)
{
    m_flush.setSingleShot(true);
    connect(&m_flush, &QTimer::timeout, this, &JournalWorker::flush);
    // A third of the lease: two renewals may fail (a slow statement, a blip) before it runs out.
    m_renew.setInterval(int(std::max<qint64>(1, leaseMs / 3)));
    connect(&m_renew, &QTimer::timeout, this, &JournalWorker::renew);
}

void JournalWorker::start()
{
    auto store = ClusterStore::open(m_conninfo, m_server, m_address);
    if (!store) {
        emit failed(store.error().message);
        return;
    }
    m_store = std::move(store).value();
    m_renew.start();
    emit ready();
}

void JournalWorker::acquire(const QString &session)
{
    if (const std::optional<Lease> lease = take(session))
        emit acquired(*lease);
}

void JournalWorker::claim(const QString &session)
{
    const std::optional<Lease> lease = take(session);
    if (!lease)
        return;
    Result<QList<StoredDocument>> documents = load(session);
    if (!documents) {
        // Taken but not loaded: given back, so the next try (here or elsewhere) starts afresh.
        m_sessions.remove(session);
        (void)m_store->release(*lease);
        emit unavailable(session, documents.error().message);
        return;
    }
    emit claimed(*lease, documents.value());
}

std::optional<Lease> JournalWorker::take(const QString &session)
{
    auto taken = m_store->acquire(session, m_leaseMs);
    if (!taken) {
        emit unavailable(session, taken.error().message);
        return std::nullopt;
    }
    if (const Lease *lease = std::get_if<Lease>(&taken.value())) {
        m_sessions.insert(session, Session {*lease, {}, {}});
        return *lease;
    }
    emit heldBy(session, std::get<LeaseHolder>(taken.value()));
    return std::nullopt;
}

Result<QList<StoredDocument>> JournalWorker::load(const QString &session)
{
    Result<QStringList> ids = m_store->documents(session);
    if (!ids)
        return ids.error();
    QList<StoredDocument> documents;
    for (const QString &id : ids.value()) {
        auto loaded = m_store->load(session, id);
        if (!loaded)
            return loaded.error();
        if (loaded.value())
            documents.append(std::move(*loaded.value()));
    }
    return documents;
}

void JournalWorker::saveSnapshot(const Lease &lease, const StoredDocument &document)
{
    const auto found = m_sessions.find(lease.session);
    if (found == m_sessions.end() || found->lease.fence != lease.fence)
        return;
    found->snapshots.append(document);
    if (!m_flush.isActive())
        m_flush.start(0);
}

void JournalWorker::append(const Lease &lease, const QString &doc, const StoredOp &op)
{
    const auto found = m_sessions.find(lease.session);
    if (found == m_sessions.end() || found->lease.fence != lease.fence)
        return; // Dropped already; lost() has been said.
    found->queued[doc].append(op);
    // A zero timer fires after the calls already posted to this thread, so what arrived
    // meanwhile goes into the same statement.
    if (!m_flush.isActive())
        m_flush.start(0);
}

void JournalWorker::release(const Lease &lease)
{
    const auto found = m_sessions.find(lease.session);
    if (found == m_sessions.end() || found->lease.fence != lease.fence)
        return;
    m_sessions.erase(found);
    (void)m_store->release(lease); // A lease not given back runs out by itself.
}

void JournalWorker::flush()
{
    for (const QString &session : m_sessions.keys()) {
        if (!flushSession(session))
            return;
    }
}

bool JournalWorker::flushSession(const QString &session)
{
    // Signals go to another thread, so nothing changes m_sessions while a statement runs.
    const auto found = m_sessions.find(session);
    while (!found->snapshots.isEmpty()) {
        const StoredDocument &d = found->snapshots.constFirst();
        auto write
            = m_store->saveSnapshot(found->lease, d.doc, d.revision, d.text, d.language, d.epoch);
        if (!write) {
            emit unavailable(session, write.error().message);
            m_flush.start(retryMs);
            return false;
        }
        if (write.value() != ClusterStore::Write::Written) {
            drop(session);
            return true;
        }
        found->snapshots.removeFirst();
    }
    while (!found->queued.isEmpty()) {
        const auto queued = found->queued.begin();
        const QString doc = queued.key();
        const QList<StoredOp> ops = queued.value();
        auto write = m_store->append(found->lease, doc, ops);
        if (!write) {
            emit unavailable(session, write.error().message);
            m_flush.start(retryMs);
            return false;
        }
        if (write.value() != ClusterStore::Write::Written) {
            drop(session);
            return true;
        }
        found->queued.erase(queued);
        emit written(session, doc, ops.constLast().revision);
    }
    return true;
}

void JournalWorker::renew()
{
    const QStringList sessions = m_sessions.keys();
    for (const QString &session : sessions) {
        auto renewed = m_store->renew(m_sessions.value(session).lease, m_leaseMs);
        // While the database is away the lease cannot be renewed, nor can anyone else take it
        // or write; if it runs out meanwhile, the first renewal after says so.
        if (renewed && !renewed.value())
            drop(session);
    }
}

void JournalWorker::drop(const QString &session)
{
    m_sessions.remove(session);
    emit lost(session);
}

} // namespace ensemble
