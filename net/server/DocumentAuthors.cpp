#include "DocumentAuthors.h"

namespace ensemble {

DocumentAuthors::DocumentAuthors(qsizetype length)
    : m_info {AuthorshipMap(length), {}}
{
}

quint32 DocumentAuthors::author(const QString &id, const QString &name, const QString &color)
{
    const auto found = m_numbers.constFind(id);
    if (found != m_numbers.cend()) {
        update(*found, name, color);
        return *found;
    }
    // A table at its cap gives newcomers to nobody known rather than growing without end.
    if (m_info.authors.size() >= maxAuthorshipAuthors)
        return 0;
    m_info.authors.append(AuthorRecord {id, name, color});
    return *m_numbers.insert(id, quint32(m_info.authors.size()));
}

void DocumentAuthors::rename(const QString &id, const QString &name, const QString &color)
{
    if (const quint32 number = m_numbers.value(id))
        update(number, name, color);
}

void DocumentAuthors::update(quint32 number, const QString &name, const QString &color)
{
    // Every edit names its author, nearly always as before: comparing costs less than assigning.
    const AuthorRecord &current = std::as_const(m_info.authors)[number - 1];
    if (name.isEmpty() || (current.name == name && current.color == color))
        return;
    AuthorRecord &record = m_info.authors[number - 1];
    record.name = name;
    record.color = color;
}

void DocumentAuthors::apply(const TextOperation &op, quint32 author)
{
    if (!m_info.map.apply(op, author))
        m_info.map = AuthorshipMap(op.targetLength());
}

AuthorshipInfo DocumentAuthors::info(const QHash<QString, int> &users) const
{
    AuthorshipInfo info = m_info;
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        if (const quint32 number = m_numbers.value(it.key()))
            info.authors[number - 1].user = it.value();
    }
    return info;
}

DocumentAuthors DocumentAuthors::fromJson(const QJsonValue &json, qsizetype length)
{
    DocumentAuthors authors(length);
    Result<AuthorshipInfo> info = authorshipFromJson(json);
    if (!info || info.value().map.length() != length)
        return authors;
    authors.m_info = std::move(info).value();
    for (qsizetype i = 0; i < authors.m_info.authors.size(); ++i)
        authors.m_numbers.insert(authors.m_info.authors.at(i).id, quint32(i + 1));
    return authors;
}

} // namespace ensemble
