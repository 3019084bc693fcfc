#pragma once

namespace ensemble {

class CodeEditor;

// Comments out the lines of the selection (or the caret's line) with the language's line
// comment, or uncomments them when every non-blank one is commented already. The comment goes
// at the smallest indentation of the lines, so the block keeps its shape. One undo step.
// False (and nothing changed) when the language has no line comment.
bool toggleLineComments(CodeEditor &editor);

} // namespace ensemble
