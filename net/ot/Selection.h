#pragma once

#include "Result.h"

#include <QJsonArray>
#include <QList>

class QJsonValue;

namespace ensemble {

class TextOperation;

/// One selected range in UTF-16 units; anchor == head is a plain caret.
struct SelectionRange
{
    qsizetype anchor = 0;
    qsizetype head = 0;

    friend bool operator==(const SelectionRange &, const SelectionRange &) = default;
};

/// A (multi-)selection, as carried by `selection` messages.
using Selection = QList<SelectionRange>;

/// Most ranges a parsed selection may have.
constexpr qsizetype maxSelectionRanges = 1000;

/// Where index ends up after op, as in ot.js: text inserted exactly at index pushes it forward.
qsizetype transformIndex(qsizetype index, const TextOperation &op);

/// Every anchor and head moved through op.
Selection transformSelection(const Selection &selection, const TextOperation &op);

/// The wire form: [{"anchor": a, "head": h}, ...].
QJsonArray selectionToJson(const Selection &selection);

/// Parses the wire form, validating types and ranges; when documentLength >= 0 every position
/// must lie within [0, documentLength].
Result<Selection> selectionFromJson(const QJsonValue &json, qsizetype documentLength = -1);

} // namespace ensemble
