#include "ClientAuthorship.h"

namespace ensemble {

ClientAuthorship::ClientAuthorship(QObject *parent)
    : QObject(parent)
{
}

void ClientAuthorship::adopt(const std::optional<AuthorshipInfo> &info, qsizetype serverLength,
                             const QList<TextOperation> &unconfirmed, int self)
{
    m_self = self;
    m_byUser.clear();
    if (info && info->map.length() == serverLength) {
        m_map = info->map;
        m_authors = info->authors;
        for (qsizetype i = 0; i < m_authors.size(); ++i) {
            if (const std::optional<int> user = m_authors.at(i).user) {
                m_byUser.insert(*user, quint32(i + 1));
                if (m_participants.contains(*user))
                    learn(m_participants.value(*user));
            }
        }
    } else {
        m_map = AuthorshipMap(serverLength);
    }
    const quint32 own = numberOf(m_self);
    for (const TextOperation &op : unconfirmed) {
        if (!m_map.apply(op, own))
            m_map = AuthorshipMap(op.targetLength());
    }
    emit changed();
}

void ClientAuthorship::learn(const Participant &who)
{
    m_participants.insert(who.id, who);
    if (const quint32 number = m_byUser.value(who.id)) {
        AuthorRecord &record = m_authors[number - 1];
        if (record.name.isEmpty()) {
            record.name = who.name;
            record.color = who.color;
        }
    }
}

void ClientAuthorship::applyLocal(const TextOperation &op)
{
    apply(op, numberOf(m_self));
}

void ClientAuthorship::applyRemote(const TextOperation &op, int user)
{
    apply(op, numberOf(user));
}

void ClientAuthorship::apply(const TextOperation &op, quint32 author)
{
    // Never out of step while the editor applies what the sync hands it; if it were, nobody
    // known is better than colours on the wrong text.
    if (!m_map.apply(op, author))
        m_map = AuthorshipMap(op.targetLength());
    emit operationApplied(op);
    emit changed();
}

QString ClientAuthorship::authorId(int user) const
{
    const quint32 number = m_byUser.value(user);
    return number ? m_authors.at(number - 1).id : QString();
}

void ClientAuthorship::markStart(qint64 previous, qint64 revision, qsizetype serverLength,
                                 const QList<TextOperation> &unconfirmed, const StartTexts &texts)
{
    emit started(previous, revision, serverLength, unconfirmed, texts);
}

quint32 ClientAuthorship::numberOf(int user)
{
    if (user == 0)
        return 0;
    if (const quint32 number = m_byUser.value(user))
        return number;
    if (m_authors.size() >= maxAuthorshipAuthors)
        return 0;
    const Participant who = m_participants.value(user);
    m_authors.append(AuthorRecord {{}, who.name, who.color, user});
    m_byUser.insert(user, quint32(m_authors.size()));
    return quint32(m_authors.size());
}

AuthorRecord ClientAuthorship::author(quint32 number) const
{
    return number >= 1 && number <= quint32(m_authors.size()) ? m_authors.at(number - 1)
                                                              : AuthorRecord {};
}

} // namespace ensemble
