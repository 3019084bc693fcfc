#pragma once

#include "Result.h"
#include "TextOperation.h"

#include <QJsonArray>
#include <QList>
#include <variant>

namespace ensemble {

/// Who wrote each UTF-16 unit of a document, kept as runs of one author each (never per
/// character). Authors are small numbers a table elsewhere names (0: nobody known, e.g. the text
/// a room was created with). It follows the text through every operation: apply each operation
/// the document applies, in the same order and transformed the same way, and both stay in step,
/// so concurrent edits keep every surviving unit with its typist.
class AuthorshipMap
{
public:
    /// A stretch of @p length units written by @p author.
    struct Run
    {
        qsizetype length = 0;
        quint32 author = 0;
        bool operator==(const Run &) const = default;
    };

    AuthorshipMap() = default;
    /// A text of @p length units, all by @p author.
    explicit AuthorshipMap(qsizetype length, quint32 author = 0);

    /// The document length it covers.
    qsizetype length() const { return m_length; }
    /// The runs, first to last; neighbours always have different authors and no run is empty.
    const QList<Run> &runs() const { return m_runs; }
    /// The author of unit @p index (0 <= index < length()).
    quint32 authorAt(qsizetype index) const;

    /// Applies @p op, made by @p author: what it inserts is theirs, what it retains keeps its
    /// author, what it deletes goes. "bad_operation" (and nothing changed) when @p op does not
    /// fit length().
    Result<std::monostate> apply(const TextOperation &op, quint32 author);

    /// The runs as [length, author, length, author, ...].
    QJsonArray toJson() const;
    /// The map toJson() wrote; "bad_message" for anything else (odd count, a length below 1, an
    /// author that is not a non-negative integer).
    static Result<AuthorshipMap> fromJson(const QJsonValue &json);

    /// Equal runs (where the last edit was does not count).
    bool operator==(const AuthorshipMap &other) const
    {
        return m_runs == other.m_runs && m_length == other.m_length;
    }

private:
    void append(QList<Run> &runs, qsizetype length, quint32 author) const;

    QList<Run> m_runs;
    qsizetype m_length = 0;
    qsizetype m_fingerRun = 0; ///< The run where the last operation ended...
    qsizetype m_fingerStart = 0; ///< ...and where it starts in the text.
};

} // namespace ensemble
