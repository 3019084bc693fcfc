#pragma once

#include "protocol/AuthorshipMessages.h"

#include <QHash>

namespace ensemble {

/// A document's authorship on the server: an AuthorshipMap kept in step with every applied
/// operation, and the table of authors its numbers stand for, by their stable author ids.
class DocumentAuthors
{
public:
    /// A text of @p length units by nobody known.
    explicit DocumentAuthors(qsizetype length = 0);

    /// The number of author @p id, added to the table if new; a non-empty @p name and @p color
    /// replace the ones it had.
    quint32 author(const QString &id, const QString &name = {}, const QString &color = {});
    /// Gives author @p id, if it is in the table, its current name and colour.
    void rename(const QString &id, const QString &name, const QString &color);
    /// Applies an operation the document applied, by author @p author. An operation that does
    /// not fit (never, while the two stay in step) leaves the text to nobody known.
    void apply(const TextOperation &op, quint32 author);

    const AuthorshipMap &map() const { return m_info.map; }
    /// The map and table, with @p users (author id -> participant id) marked on their authors.
    AuthorshipInfo info(const QHash<QString, int> &users = {}) const;

    /// As kept in the document's snapshot: authorshipToJson() without users.
    QJsonObject toJson() const { return authorshipToJson(m_info); }
    /// Reads toJson() back for a text of @p length units; a map of another length, or a damaged
    /// one, gives nobody known for the whole text.
    static DocumentAuthors fromJson(const QJsonValue &json, qsizetype length);

private:
    void update(quint32 number, const QString &name, const QString &color);

    AuthorshipInfo m_info;
    QHash<QString, quint32> m_numbers; ///< Author id -> number (index in the table + 1).
};

} // namespace ensemble
