#pragma once

#include "ot/Result.h"

#include <variant>

class QsciScintillaBase;

namespace ensemble {

class TextOperation;
class Utf16Index;

// Applies op to the editor's document one component at a time (an insert or a deletion each),
// never by replacing the whole text, so markers, folds, styling and other carets survive and the
// cost is proportional to the change. Returns "bad_operation" without touching the document when
// op does not fit it (wrong base length, a position that splits a surrogate pair).
Result<std::monostate> applyToEditor(QsciScintillaBase *editor, const Utf16Index &index,
                                     const TextOperation &op);

} // namespace ensemble
