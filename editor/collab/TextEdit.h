#pragma once

#include "ot/TextOperation.h"

#include <QString>

namespace ensemble {

// One contiguous change to the document, as Scintilla reports it, in UTF-16 units. It carries the
// removed text as well so that it can be inverted without a copy of the whole document.
struct TextEdit
{
    qsizetype position = 0;
    QString removed;
    QString inserted;
    qsizetype baseLength = 0; // document length before the edit
    // Changes made before control went back to the event loop (one user action: typing over a
    // selection, a paste, a newline with its indentation) share this number; 0 when unknown.
    quint64 action = 0;

    bool isPureInsert() const { return removed.isEmpty() && !inserted.isEmpty(); }
    bool isPureRemoval() const { return inserted.isEmpty() && !removed.isEmpty(); }
    qsizetype targetLength() const { return baseLength - removed.size() + inserted.size(); }

    // The edit as an operation spanning the whole document.
    TextOperation operation() const;
    // The operation that undoes it, applying to the document right after it.
    TextOperation inverse() const;
};

} // namespace ensemble
