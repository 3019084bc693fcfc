#pragma once

#include <QString>

namespace ensemble {

// The changes that turn one text into another as the History view shows them: a line per line
// of either, "- " before a removed one, "+ " before an added one and "  " before an unchanged
// one, long unchanged stretches folded to a line that counts them ("No changes." when none).
struct HistoryDiff
{
    QString text;
    int added = 0;
    int removed = 0;
};

// Works out the changes from @p from to @p to. Touches nothing but its arguments, so the History
// view runs it on the thread pool: on a long document it is tens of milliseconds of work.
HistoryDiff historyDiff(const QString &from, const QString &to);

} // namespace ensemble
