#pragma once

#include "ot/AuthorshipMap.h"
#include "protocol/HistoryMessages.h"

#include <QList>
#include <QStringList>
#include <functional>
#include <optional>

namespace ensemble {

/// One stretch of text others changed while this client was away: [from, to) in UTF-16 units
/// of the text it describes; from == to where they only deleted.
struct AwayChange
{
    qsizetype from = 0;
    qsizetype to = 0;
    QStringList authors; ///< Their names, in the order they first changed it (none: not known).
    qint64 time = 0; ///< The newest change in it, ms since 1970 UTC (0: not known).
    bool operator==(const AwayChange &) const = default;
};

/// A run of history entries replayed over the text they end with: which entry inserted each unit
/// that is still there, and where each entry's deletions left a gap.
struct HistoryWalk
{
    /// Entry i is number first + i.
    quint32 first = 1;
    /// Over the text after the last entry: the number of the entry that inserted each unit, 0
    /// for older text.
    AuthorshipMap written;
    /// (position in that text, number) for each deletion, moved through the entries after it.
    QList<std::pair<qsizetype, quint32>> deletions;

    /// Moves the walk on through a later edit @p op, whose insertions get @p number; false (and
    /// nothing changed) when it does not fit.
    bool apply(const TextOperation &op, quint32 number);
};

/// Replays @p entries (consecutive revisions, oldest first), numbering them from @p first;
/// nullopt when one does not fit the text the one before left (a gap in the history).
std::optional<HistoryWalk> walkHistory(const QList<HistoryRecord> &entries, quint32 first = 1);

/// The walk of the one change from @p seen to @p now (their diff), numbered @p number: what a
/// comparison of the texts tells when the history cannot (docs/PROTOCOL.md 3.2).
HistoryWalk compareTexts(const QString &seen, const QString &now, quint32 number);

/// Splits the units of @p walk's entry @p number by who wrote them in @p authorship (a map of the
/// same text): author k's become entry number + 1 + k. False, and nothing changed, when the
/// lengths differ.
bool splitByAuthor(HistoryWalk &walk, quint32 number, const AuthorshipMap &authorship);

/// The changes of the entries of @p walk that @p isAway(number) picks, as disjoint stretches in
/// position order: the units they wrote that still exist, touching ones merged, and where they
/// deleted (within a stretch or at its edge, that stretch; else a stretch of no length). An
/// entry without a name adds no author.
QList<AwayChange> awayChanges(const HistoryWalk &walk, const QList<HistoryRecord> &entries,
                              const std::function<bool(quint32)> &isAway);

} // namespace ensemble
