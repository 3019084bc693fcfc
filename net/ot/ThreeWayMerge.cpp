#include "ThreeWayMerge.h"

#include "Diff.h"

#include <algorithm>
#include <vector>

namespace ensemble {

namespace {

// Where a server diff touches its base text: the ranges it deletes and the points it inserts at.
class Touches
{
public:
    explicit Touches(const TextOperation &serverDiff)
    {
        qsizetype position = 0;
        serverDiff.forEachComponent([&](TextOperation::Kind kind, qsizetype length, QStringView) {
            if (kind == TextOperation::Kind::Insert) {
                m_inserts.push_back(position);
            } else {
                if (kind == TextOperation::Kind::Delete)
                    m_deletes.push_back({position, position + length});
                position += length;
            }
        });
    }

    // Whether the server changed anything inside [from, to) of the base.
    bool within(qsizetype from, qsizetype to) const
    {
        const auto insert = std::upper_bound(m_inserts.begin(), m_inserts.end(), from);
        if (insert != m_inserts.end() && *insert < to)
            return true;
        // Deleted ranges are disjoint and sorted: the first one ending after `from` decides.
        const auto deleted
            = std::upper_bound(m_deletes.begin(), m_deletes.end(), from,
                               [](qsizetype value, const std::pair<qsizetype, qsizetype> &range) {
                                   return value < range.second;
                               });
        return deleted != m_deletes.end() && deleted->first < to;
    }

private:
    std::vector<qsizetype> m_inserts;
    std::vector<std::pair<qsizetype, qsizetype>> m_deletes;
};

} // namespace

Result<ThreeWayMerge> mergeThreeWay(const QString &base,
                                    const std::optional<TextOperation> &pending,
                                    const QString &serverText)
{
    TextOperation serverDiff = lineDiff(base, serverText);
    if (!pending)
        return ThreeWayMerge {std::nullopt, std::move(serverDiff)};

    // kept: pending without the conflicting deletions; restore: from the local text (pending
    // applied) back to kept applied, re-inserting what those deletions removed.
    const Touches touches(serverDiff);
    TextOperation kept;
    TextOperation restore;
    qsizetype position = 0;
    pending->forEachComponent([&](TextOperation::Kind kind, qsizetype length, QStringView text) {
        switch (kind) {
        case TextOperation::Kind::Retain:
            kept.retain(length);
            restore.retain(length);
            position += length;
            break;
        case TextOperation::Kind::Insert:
            kept.insert(text);
            restore.retain(length);
            break;
        case TextOperation::Kind::Delete:
            if (touches.within(position, position + length)) {
                kept.retain(length);
                restore.insert(QStringView(base).mid(position, length));
            } else {
                kept.remove(length);
            }
            position += length;
            break;
        }
    });

    auto pair = TextOperation::transform(kept, serverDiff);
    if (!pair)
        return pair.error();
    Result<TextOperation> toEditor = TextOperation::compose(restore, pair.value().second);
    if (!toEditor)
        return toEditor.error();
    return ThreeWayMerge {std::move(pair.value().first), std::move(toEditor).value()};
}

} // namespace ensemble
