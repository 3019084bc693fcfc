#pragma once

#include "ClusterJournal.h"
#include "server/DurableJournal.h"

namespace ensemble {

/// The rooms' DurableJournal on PostgreSQL: ClusterJournal's leases and fenced writes, with the
/// rooms' operations and texts turned into the JSON the store keeps.
class ClusterRoomJournal : public DurableJournal
{
    Q_OBJECT

public:
    /// A journal for server @p server, whose clients reach it at @p address, taking leases of
    /// @p leaseMs; start() connects.
    ClusterRoomJournal(QByteArray conninfo, QString server, QString address, qint64 leaseMs,
                       QObject *parent = nullptr);

    /// A journal as @p options say, for `ensemble --serve --store postgresql`.
    static DurableJournal *make(const JournalOptions &options, QObject *parent);

    /// Connects and creates the schema.
    void start() override { m_journal.start(); }

    void claim(const QString &session) override;
    void create(const QString &session, const JournalDocument &document) override;
    void append(const QString &session, const QString &doc, const LoggedOperation &op,
                const QString &author) override;
    void saveSession(const QString &session, const QByteArray &record) override;
    void saveChat(const QString &session, const QByteArray &chat) override;
    void release(const QString &session) override;

    /// The JSON string the store keeps @p text as (NUL and lone surrogates intact).
    static QByteArray encodeText(const QString &text);
    /// A document as the store keeps it, as a room rebuilds it; an error for broken JSON.
    static Result<JournalDocument> decode(const StoredDocument &stored);

private:
    void onClaimed(const Lease &lease, const StoredSession &stored);

    ClusterJournal m_journal;
    QHash<QString, Lease> m_leases;
};

} // namespace ensemble
