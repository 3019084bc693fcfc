// Who wrote what in a document: the author ids, the replay after a restart, and the authorship a
// joining member is sent (docs/PROTOCOL.md 4.1).
#include "Connection.h"
#include "RoomDocument.h"

#include <QMessageAuthenticationCode>

namespace ensemble {

QString RoomDocument::authorIdOf(const QString &clientId) const
{
    // Asked for every operation: the HMAC took a fifth of the server's time per edit, so the ids
    // are kept, for the history they were derived with (the few participants of a document;
    // a stream of new client ids only starts the table afresh now and then).
    constexpr qsizetype keptAuthorIds = 1024;
    if (m_authorIdsFrom != m_history.get() || m_authorIds.size() >= keptAuthorIds) {
        m_authorIds.clear();
        m_authorIdsFrom = m_history.get();
        m_lastAuthor = {};
    }
    // Edits come in runs from one client: comparing with the last one costs less than hashing.
    if (m_lastAuthor.first == clientId && !m_lastAuthor.second.isEmpty())
        return m_lastAuthor.second;
    if (const auto found = m_authorIds.constFind(clientId); found != m_authorIds.cend()) {
        m_lastAuthor = {clientId, *found};
        return *found;
    }
    // The history's ids, so that its entries and the authorship name one person alike; a
    // document without one (in memory) salts them with a secret of its own.
    QString id = m_history
        ? m_history->authorId(clientId)
        : QString::fromLatin1(QMessageAuthenticationCode::hash(clientId.toUtf8(), m_authorSalt,
                                                               QCryptographicHash::Sha256)
                                  .left(16)
                                  .toHex());
    m_authorIds.insert(clientId, id);
    m_lastAuthor = {clientId, id};
    return id;
}

void RoomDocument::replayAuthors(const QList<LoggedOperation> &applied, const QStringList &names)
{
    // The snapshot's authorship is at its revision; the log after it is replayed as the text
    // was, with the names and colours the history recorded (an author it lacks is named again
    // on their next join or edit).
    QHash<qint64, HistoryAuthor> recorded;
    if (m_history && !applied.isEmpty()) {
        const auto entries
            = m_history->entries(applied.constFirst().revision, applied.constLast().revision);
        for (const HistoryEntry &entry : entries ? entries.value() : QList<HistoryEntry>())
            recorded.insert(entry.revision, entry.author);
    }
    for (qsizetype i = 0; i < applied.size(); ++i) {
        const LoggedOperation &entry = applied[i];
        HistoryAuthor who = recorded.value(entry.revision);
        if (who.name.isEmpty() && i < names.size()) // a durable journal's name for the typist
            who.name = names[i];
        m_authors.apply(entry.op, m_authors.author(authorIdOf(entry.client), who.name, who.color));
    }
}

std::optional<AuthorshipInfo> RoomDocument::authorshipFor(const Connection *joining) const
{
    if (m_authors.map().runCount() > maxAuthorshipRuns)
        return std::nullopt;
    QHash<QString, int> users;
    for (const Connection *member : m_subscribers)
        users.insert(authorIdOf(member->clientId()), member->participant().id);
    users.insert(authorIdOf(joining->clientId()), joining->participant().id);
    return m_authors.info(users);
}

} // namespace ensemble
