#pragma once

#include "ClusterStore.h"

namespace ensemble::test {

/// The text the database holds of document @p doc of @p session: its snapshot with every
/// operation after it applied (ClusterStore::load refuses a gap); a description in parentheses
/// when there is none or it does not apply.
QString storedText(ClusterStore &store, const QString &session,
                   const QString &doc = QStringLiteral("d1"));

} // namespace ensemble::test
