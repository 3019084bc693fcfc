#pragma once

#include "Result.h"
#include "TextOperation.h"

#include <QString>

#include <optional>

namespace ensemble {

/// The outcome of mergeThreeWay().
struct ThreeWayMerge
{
    std::optional<TextOperation> local; ///< the local edits rebased onto the server's text
    TextOperation toEditor; ///< turns the local text into the merged text
};

/// Merges local edits (pending, based on base, the last text both sides shared) with a server
/// whose changes since are known only as its current text: the server's changes are recovered as
/// a line diff from base (lineDiff(), so a merge never interleaves characters of different
/// lines) and the two sides are transformed. Where a local deletion overlaps lines the server
/// changed, the diff cannot say what the server really did there, so that deletion is dropped and
/// the server's version kept. Local text typed inside such lines lands after the server's version
/// of them. Nothing typed on either side is lost.
Result<ThreeWayMerge> mergeThreeWay(const QString &base,
                                    const std::optional<TextOperation> &pending,
                                    const QString &serverText);

} // namespace ensemble
