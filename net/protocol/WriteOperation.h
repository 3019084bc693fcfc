#pragma once

#include "JsonWriter.h"
#include "ot/TextOperation.h"

namespace ensemble {

/// Writes @p op in ot.js's form, as frames and room files carry it: a positive number retains, a
/// string inserts, a negative number deletes.
template<class Text> void writeOperation(JsonWriter<Text> &w, const TextOperation &op)
{
    w.beginArray();
    op.forEachComponent([&](TextOperation::Kind kind, qsizetype length, QStringView inserted) {
        switch (kind) {
        case TextOperation::Kind::Retain:
            w.value(qint64(length));
            break;
        case TextOperation::Kind::Insert:
            w.value(inserted);
            break;
        case TextOperation::Kind::Delete:
            w.value(-qint64(length));
            break;
        }
    });
    w.endArray();
}

} // namespace ensemble
