#pragma once

#include "TextOperation.h"

#include <QString>

namespace ensemble {

/// An operation turning from into to, found with Myers' linear-space diff over code points (so it
/// never splits a surrogate pair). Very different large texts fall back to coarser edits once the
/// search exceeds a fixed budget, so the cost stays bounded; the result is always exact.
TextOperation diff(const QString &from, const QString &to);

/// The same over whole lines (each with its line feed): only unchanged lines are kept, changed
/// ones are deleted and inserted whole. Coarser, but its edits never cut into a line, which makes
/// it the safer basis for merging concurrent work.
TextOperation lineDiff(const QString &from, const QString &to);

} // namespace ensemble
