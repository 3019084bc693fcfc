#pragma once

#include "HistoryStore.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace ensemble {

// The forms of a history's files (docs/PROTOCOL.md section 11): segment lines and checkpoints.

/// One segment line for @p entry, its author left out unless @p withAuthor.
QByteArray entryLine(const HistoryEntry &entry, bool withAuthor);
/// The entry of one segment line, its author @p previous when the line leaves it out; nothing
/// when the line is incomplete or unreadable.
std::optional<HistoryEntry> parseEntry(const QByteArray &line,
                                       const std::optional<HistoryAuthor> &previous);
/// A checkpoint file holding @p text at @p revision.
QByteArray checkpointFile(qint64 revision, const QString &text);
/// The size of checkpointFile(@p revision, @p text), without hashing or converting the text.
qint64 checkpointFileBytes(qint64 revision, const QString &text);
/// The text of a checkpoint file, or nothing when it is damaged or not at @p expectedRevision.
std::optional<QString> parseCheckpoint(const QByteArray &file, qint64 expectedRevision);

} // namespace ensemble
