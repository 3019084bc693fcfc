// Who wrote what in a document: the author ids, the replay after a restart, and the authorship a
// joining member is sent (docs/PROTOCOL.md 4.1).
#include "Connection.h"
#include "RoomDocument.h"

#include <QMessageAuthenticationCode>

namespace ensemble {

QString RoomDocument::authorIdOf(const QString &clientId) const
{
    // The history's ids, so that its entries and the authorship name one person alike; a
    // document without one (in memory) salts them with a secret of its own.
    if (m_history)
        return m_history->authorId(clientId);
    const QByteArray mac = QMessageAuthenticationCode::hash(clientId.toUtf8(), m_authorSalt,
                                                            QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.left(16).toHex());
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
