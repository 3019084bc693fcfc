#pragma once

#include <QList>
#include <QString>

namespace ensemble {

/// The colour a joining participant gets: @p wanted ("#rrggbb"), unless it is the same as or
/// hard to tell from one of @p taken (the colours of those already in the room); then the
/// palette colour nearest to @p wanted that is far from all of @p taken, or @p wanted when a
/// crowded room has no such colour left.
QString distinctColor(const QString &wanted, const QList<QString> &taken);

} // namespace ensemble
