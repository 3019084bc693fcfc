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
    Result<StoredSession> stored = load(session);
    if (!stored) {
        // Taken but not loaded: given back, so the next try (here or elsewhere) starts afresh.
        m_sessions.remove(session);
        (void)m_store->release(*lease);
        emit unavailable(session, stored.error().message);
        return;
    }
    emit claimed(*lease, stored.value());
}

std::optional<Lease> JournalWorker::take(const QString &session)
{
    auto taken = m_store->acquire(session, m_leaseMs);
    if (!taken) {
        emit unavailable(session, taken.error().message);
        return std::nullopt;
    }
    if (const Lease *lease = std::get_if<Lease>(&taken.value())) {
        m_sessions.insert(session, Session {*lease, {}, {}, {}, {}});
        return *lease;
    }
    emit heldBy(session, std::get<LeaseHolder>(taken.value()));
    return std::nullopt;
}

Result<StoredSession> JournalWorker::load(const QString &session)
{
    Result<StoredSession> stored = m_store->loadSession(session);
    if (!stored)
        return stored.error();
    Result<QStringList> ids = m_store->documents(session);
    if (!ids)
        return ids.error();
    for (const QString &id : ids.value()) {
        auto loaded = m_store->load(session, id);
        if (!loaded)
            return loaded.error();
        if (loaded.value())
            stored.value().documents.append(std::move(*loaded.value()));
    }
    return stored;
}

JournalWorker::Session *JournalWorker::held(const Lease &lease)
{
    const auto found = m_sessions.find(lease.session);
    // Not held: dropped already, and lost() has been said.
    return found == m_sessions.end() || found->lease.fence != lease.fence ? nullptr : &*found;
}

void JournalWorker::scheduleFlush()
{
    // A zero timer fires after the calls already posted to this thread, so what arrived
    // meanwhile goes into the same statement.
    if (!m_flush.isActive())
        m_flush.start(0);
}

void JournalWorker::saveSnapshot(const Lease &lease, const StoredDocument &document)
{
    if (Session *session = held(lease)) {
        // Only a document's latest counts: it is queued once the operations before it are stored.
        session->snapshots.removeIf(
            [&document](const StoredDocument &queued) { return queued.doc == document.doc; });
        session->snapshots.append(document);
        scheduleFlush();
    }
}

void JournalWorker::saveRecord(const Lease &lease, const QByteArray &record)
{
    // Only the latest counts: one waiting is replaced.
    if (Session *session = held(lease)) {
        session->record = record;
        scheduleFlush();
    }
}

void JournalWorker::saveChat(const Lease &lease, const QByteArray &chat)
{
    if (Session *session = held(lease)) {
        session->chat = chat;
        scheduleFlush();
    }
}

void JournalWorker::append(const Lease &lease, const QString &doc, const StoredOp &op)
{
    if (Session *session = held(lease)) {
        session->queued[doc].append(op);
        scheduleFlush();
    }
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
    // Snapshots first, then the record that may name their documents, then the operations, whose
    // acknowledgements thereby also mean the tree they were typed in is stored.
    while (!found->snapshots.isEmpty()) {
        const StoredDocument &d = found->snapshots.constFirst();
        const Next next = after(session, m_store->saveSnapshot(found->lease, d));
        if (next != Next::Go)
            return next == Next::Stop;
        found->snapshots.removeFirst();
    }
    using Save = Result<ClusterStore::Write> (ClusterStore::*)(const Lease &, const QByteArray &);
    for (const auto &[pending, save] : {std::pair<std::optional<QByteArray> Session::*, Save> {
                                            &Session::record, &ClusterStore::saveRecord},
                                        std::pair<std::optional<QByteArray> Session::*, Save> {
                                            &Session::chat, &ClusterStore::saveChat}}) {
        std::optional<QByteArray> &value = (*found).*pending;
        if (!value)
            continue;
        const Next next = after(session, (m_store.get()->*save)(found->lease, *value));
        if (next != Next::Go)
            return next == Next::Stop;
        value.reset();
    }
    while (!found->queued.isEmpty()) {
        const auto queued = found->queued.begin();
        const QString doc = queued.key();
        const QList<StoredOp> ops = queued.value();
        const Next next = after(session, m_store->append(found->lease, doc, ops));
        if (next != Next::Go)
            return next == Next::Stop;
        found->queued.erase(queued);
        emit written(session, doc, ops.constLast().revision);
    }
    return true;
}

JournalWorker::Next JournalWorker::after(const QString &session,
                                         const Result<ClusterStore::Write> &write)
{
    if (!write) {
        emit unavailable(session, write.error().message);
        m_flush.start(retryMs);
        return Next::Retry;
    }
    if (write.value() != ClusterStore::Write::Written) {
        drop(session);
        return Next::Stop;
    }
    return Next::Go;
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
