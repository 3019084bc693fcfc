#include "ClusterRoomJournal.h"

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
                           document.authorSalt.toHex()};
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
                              QByteArray::fromHex(stored.salt)};
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
