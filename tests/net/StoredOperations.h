// Operations as a room's store logs them, for the tests of rooms on disk.
#pragma once

#include "protocol/Messages.h"

namespace ensemble::test {

/// The operation that appends @p insert to a text of @p baseLength, logged at @p revision by
/// client "c" with seq @p revision.
inline LoggedOperation loggedInsert(qint64 revision, qsizetype baseLength, const QString &insert)
{
    TextOperation op;
    op.retain(baseLength).insert(insert);
    return LoggedOperation {revision, op, QStringLiteral("c"), quint64(revision)};
}

} // namespace ensemble::test
