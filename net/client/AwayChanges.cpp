#include "AwayChanges.h"

#include "ot/Diff.h"
#include "ot/Selection.h"

#include <QJsonArray>

#include <algorithm>

namespace ensemble {

bool HistoryWalk::apply(const TextOperation &op, quint32 number)
{
    if (!written.apply(op, number))
        return false;
    for (auto &deletion : deletions)
        deletion.first = transformIndex(deletion.first, op);
    return true;
}

std::optional<HistoryWalk> walkHistory(const QList<HistoryRecord> &entries, quint32 first)
{
    HistoryWalk walk;
    walk.first = first;
    if (entries.isEmpty())
        return walk;
    walk.written = AuthorshipMap(entries.first().op.baseLength());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const TextOperation &op = entries.at(i).op;
        const quint32 number = first + quint32(i);
        if (!walk.apply(op, number))
            return std::nullopt;
        // Where this entry's deletions are in the text it made.
        qsizetype at = 0;
        op.forEachComponent([&](TextOperation::Kind kind, qsizetype length, QStringView) {
            if (kind == TextOperation::Kind::Delete)
                walk.deletions.append({at, number});
            else
                at += length;
        });
    }
    return walk;
}

HistoryWalk compareTexts(const QString &seen, const QString &now, quint32 number)
{
    HistoryRecord change;
    change.op = diff(seen, now);
    // A diff always fits the text it was made from.
    return *walkHistory({change}, number);
}

bool splitByAuthor(HistoryWalk &walk, quint32 number, const AuthorshipMap &authorship)
{
    if (authorship.length() != walk.written.length())
        return false;
    const QList<AuthorshipMap::Run> authors = authorship.runs();
    QJsonArray runs;
    const auto append = [&runs](qsizetype length, quint32 author) {
        if (!runs.isEmpty() && runs.last().toInteger() == author)
            runs[runs.size() - 2] = runs.at(runs.size() - 2).toInteger() + length;
        else
            runs << qint64(length) << qint64(author);
    };
    qsizetype at = 0;
    auto next = authors.cbegin();
    qsizetype nextStart = 0; // where *next starts
    for (const AuthorshipMap::Run &run : walk.written.runs()) {
        if (run.author != number) {
            append(run.length, run.author);
        } else {
            // The author runs overlapping [at, at + run.length).
            for (qsizetype from = at; from < at + run.length;) {
                while (nextStart + next->length <= from)
                    nextStart += (next++)->length;
                const qsizetype to = std::min(at + run.length, nextStart + next->length);
                append(to - from, number + 1 + next->author);
                from = to;
            }
        }
        at += run.length;
    }
    // Runs of positive lengths always read.
    walk.written = AuthorshipMap::fromJson(runs).value();
    return true;
}

namespace {

void addAuthor(AwayChange &change, const HistoryRecord &entry)
{
    if (!entry.name.isEmpty() && !change.authors.contains(entry.name))
        change.authors.append(entry.name);
    change.time = std::max(change.time, entry.time);
}

} // namespace

QList<AwayChange> awayChanges(const HistoryWalk &walk, const QList<HistoryRecord> &entries,
                              const std::function<bool(quint32)> &isAway)
{
    QList<AwayChange> changes;
    qsizetype at = 0;
    for (const AuthorshipMap::Run &run : walk.written.runs()) {
        if (run.author >= walk.first && isAway(run.author)) {
            if (changes.isEmpty() || changes.last().to != at)
                changes.append(AwayChange {at, at, {}, 0});
            changes.last().to = at + run.length;
            addAuthor(changes.last(), entries.at(run.author - walk.first));
        }
        at += run.length;
    }
    for (const auto &[position, number] : walk.deletions) {
        if (!isAway(number))
            continue;
        // The first stretch ending at or after the gap holds it, when it starts at or before it.
        auto it = std::lower_bound(changes.begin(), changes.end(), position,
                                   [](const AwayChange &c, qsizetype p) { return c.to < p; });
        if (it == changes.end() || it->from > position)
            it = changes.insert(it, AwayChange {position, position, {}, 0});
        addAuthor(*it, entries.at(number - walk.first));
    }
    return changes;
}

} // namespace ensemble
