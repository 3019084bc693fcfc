#pragma once

#include "ot/AuthorshipMap.h"
#include "ot/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace ensemble {

/// At most this many runs go out with `welcome` or `opened` (docs/PROTOCOL.md 4.1); a document
/// cut finer than that is sent without its authorship.
inline constexpr qsizetype maxAuthorshipRuns = 100000;
/// At most this many authors in one document's table.
inline constexpr qsizetype maxAuthorshipAuthors = 10000;

/// One author of a document's authorship table.
struct AuthorRecord
{
    QString id; ///< The stable, non-secret author id (the history's), never the client id.
    QString name; ///< The name they last edited or joined with.
    QString color; ///< Their colour then, "#rrggbb".
    std::optional<int> user = {}; ///< Their participant id, while they are in the document.
    bool operator==(const AuthorRecord &) const = default;
};

/// `authorship` of `welcome` and `opened`: who wrote each unit of the text at the message's
/// revision, as runs whose author k >= 1 is authors[k - 1] (0: nobody known).
struct AuthorshipInfo
{
    AuthorshipMap map;
    QList<AuthorRecord> authors;
    bool operator==(const AuthorshipInfo &) const = default;
};

/// {"runs": [[length, author], ...], "authors": [{"id", "name", "color", "user"?}, ...]}.
QJsonObject authorshipToJson(const AuthorshipInfo &info);
/// The object authorshipToJson() wrote; "bad_message" for anything else (a run of no length, an
/// author past the table, more runs or authors than the caps).
Result<AuthorshipInfo> authorshipFromJson(const QJsonValue &json);

} // namespace ensemble
