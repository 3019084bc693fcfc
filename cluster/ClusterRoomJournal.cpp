#include "ClusterRoomJournal.h"

#include "protocol/JsonReader.h"
#include "protocol/JsonWriter.h"
#include "protocol/ParseJson.h"
#include "protocol/WriteOperation.h"

#include <QJsonArray>

namespace ensemble {

namespace {

QByteArray encodeOperation(const TextOperation &op)
{
    JsonWriter<QByteArray> w;
    writeOperation(w, op);
    return w.take();
}

// The snapshot's clients and authorship; JsonWriter keeps lone surrogates in names as escapes,
// which PostgreSQL's text could not hold as UTF-8.
QByteArray encodeState(const JournalDocument &document)
{
    QJsonObject clients;
    for (auto it = document.clients.cbegin(); it != document.clients.cend(); ++it) {
        clients.insert(it.key(),
                       QJsonObject {{QStringLiteral("seq"), qint64(it.value().seq)},
                                    {QStringLiteral("revision"), it.value().revision}});
    }
    JsonWriter<QByteArray> w;
    w.beginObject();
    w.key(QLatin1StringView("clients")).jsonValue(clients);
    w.key(QLatin1StringView("authorship")).jsonValue(document.authorship);
    w.endObject();
    return w.take();
}

bool decodeState(const QByteArray &state, JournalDocument &document)
{
    if (state.isEmpty())
        return true; // A snapshot from before the state was kept: its first text, no clients.
    const QJsonObject o = parseJson(state).object();
    JsonReader in(o, QStringLiteral("snapshot"));
    const QJsonObject clients = in.value(QLatin1String("clients")).toObject();
    for (auto it = clients.begin(); it != clients.end(); ++it) {
        JsonReader client(it.value().toObject(), QStringLiteral("snapshot.clients"));
        const auto seq = quint64(client.integer(QLatin1String("seq"), 0, maxJsonInteger));
        // Not newer than the snapshot: a duplicate would be acknowledged with a revision the
        // document has not reached.
        const qint64 revision = client.integer(QLatin1String("revision"), 0, document.revision);
        if (client.failed())
            return false;
        document.clients.insert(it.key(), ClientProgress {seq, revision, 0});
    }
    document.authorship = in.value(QLatin1String("authorship")).toObject();
    return !in.failed();
}

} // namespace

ClusterRoomJournal::ClusterRoomJournal(QByteArray conninfo, QString server, QString address,
                                       qint64 leaseMs, QObject *parent)
    : DurableJournal(parent)
    , m_journal(std::move(conninfo), std::move(server), std::move(address), leaseMs)
{
    connect(&m_journal, &ClusterJournal::ready, this, &ClusterRoomJournal::ready);
    connect(&m_journal, &ClusterJournal::failed, this, &ClusterRoomJournal::failed);
    connect(&m_journal, &ClusterJournal::claimed, this, &ClusterRoomJournal::onClaimed);
    connect(&m_journal, &ClusterJournal::heldBy, this,
            [this](const QString &session, const LeaseHolder &holder) {
                emit ownedBy(session, holder.address);
            });
    connect(&m_journal, &ClusterJournal::written, this, &ClusterRoomJournal::written);
    connect(&m_journal, &ClusterJournal::unavailable, this, &ClusterRoomJournal::unavailable);
    connect(&m_journal, &ClusterJournal::lost, this, [this](const QString &session) {
        m_leases.remove(session);
        emit lost(session);
    });
}

DurableJournal *ClusterRoomJournal::make(const JournalOptions &options, QObject *parent)
{
    return new ClusterRoomJournal(options.conninfo, options.serverName, options.publicAddress,
                                  options.leaseMs, parent);
}

void ClusterRoomJournal::claim(const QString &session)
{
    m_journal.claim(session);
}

void ClusterRoomJournal::onClaimed(const Lease &lease, const StoredSession &stored)
{
    m_leases.insert(lease.session, lease);
    if (stored.isEmpty()) {
        emit claimed(lease.session, std::nullopt);
        return;
    }
    JournalSession session {lease.session, stored.record, stored.chat, {}};
    for (const StoredDocument &entry : stored.documents) {
        Result<JournalDocument> document = decode(entry);
        if (!document) {
            release(lease.session);
            emit unavailable(lease.session, document.error().message);
            return;
        }
        session.documents.append(std::move(document).value());
    }
    emit claimed(lease.session, session);
}

void ClusterRoomJournal::create(const QString &session, const JournalDocument &document)
{
    const auto lease = m_leases.constFind(session);
    if (lease == m_leases.cend())
        return; // Lost already; lost() has been said.
    StoredDocument stored {document.id,
                           document.epoch,
                           document.revision,
                           encodeText(document.text),
                           document.language,
                           {},
                           document.authorSalt.toHex(),
                           encodeState(document)};
    m_journal.saveSnapshot(*lease, stored);
}

void ClusterRoomJournal::saveSession(const QString &session, const QByteArray &record)
{
    if (const auto lease = m_leases.constFind(session); lease != m_leases.cend())
        m_journal.saveRecord(*lease, record);
}

void ClusterRoomJournal::saveChat(const QString &session, const QByteArray &chat)
{
    if (const auto lease = m_leases.constFind(session); lease != m_leases.cend())
        m_journal.saveChat(*lease, chat);
}

void ClusterRoomJournal::append(const QString &session, const QString &doc,
                                const LoggedOperation &op, const QString &author)
{
    const auto lease = m_leases.constFind(session);
    if (lease == m_leases.cend())
        return;
    m_journal.append(
        *lease, doc,
        StoredOp {op.revision, encodeOperation(op.op), op.client, qint64(op.seq), author});
}

void ClusterRoomJournal::release(const QString &session)
{
    if (const auto lease = m_leases.constFind(session); lease != m_leases.cend()) {
        m_journal.release(*lease);
        m_leases.erase(lease);
    }
}

QByteArray ClusterRoomJournal::encodeText(const QString &text)
{
    JsonWriter<QByteArray> w;
    w.value(text);
    return w.take();
}

Result<JournalDocument> ClusterRoomJournal::decode(const StoredDocument &stored)
{
    const auto broken = [&stored](qint64 revision) {
        return Error {QStringLiteral("storage_failed"),
                      QStringLiteral("document %1 has a broken entry at revision %2")
                          .arg(stored.doc)
                          .arg(revision)};
    };
    JournalDocument document {stored.doc,
                              stored.epoch,
                              stored.revision,
                              {},
                              stored.language,
                              {},
                              {},
                              QByteArray::fromHex(stored.salt),
                              {},
                              {}};
    if (!decodeState(stored.state, document))
        return broken(stored.revision);
    if (!stored.text.isEmpty()) {
        const QJsonArray text = parseJson('[' + stored.text + ']').array();
        if (text.size() != 1 || !text.at(0).isString())
            return broken(stored.revision);
        document.text = text.at(0).toString();
    }
    for (const StoredOp &op : stored.ops) {
        Result<TextOperation> parsed = TextOperation::fromJson(parseJson(op.op).array());
        if (!parsed)
            return broken(op.revision);
        document.ops.append(
            LoggedOperation {op.revision, std::move(parsed).value(), op.client, quint64(op.seq)});
        document.authors.append(op.author);
    }
    return document;
}

} // namespace ensemble
