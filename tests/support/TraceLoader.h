#pragma once

#include "ot/TextOperation.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ensemble::test {

// One splice from an editing trace: delete deleteCount units at position, then insert text there.
struct TracePatch
{
    qsizetype position = 0;
    qsizetype deleteCount = 0;
    QString text;
};

// A recorded editing history from ../shared/traces (format in its README.md). Patches of all
// transactions are flattened in order; none of the traces has characters above U+FFFF, so their
// code-point positions are UTF-16 positions.
struct Trace
{
    QString name;
    QString startContent;
    QString endContent;
    qsizetype transactionCount = 0;
    QList<TracePatch> patches;
};

// The trace files (sorted paths of *.json.gz) in the shared traces folder; empty when it is
// missing, so callers can skip.
QStringList traceFiles();

// Reads and gunzips one trace; nothing, with *error set, when the file is unreadable or malformed.
std::optional<Trace> loadTrace(const QString &path, QString *error = nullptr);

// The patch as an operation on a document of documentLength units; nothing when it does not fit.
std::optional<TextOperation> patchOperation(const TracePatch &patch, qsizetype documentLength);

} // namespace ensemble::test
