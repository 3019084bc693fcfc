#pragma once

#include <QString>

namespace ensemble {

class CodeEditor;

// Restoring from an old revision as a new edit of this user's own: made in the shared editor as
// typing would be (so it reaches everyone through the session and Undo takes it back), by the
// smallest changes, never by rewriting the history.

// Makes the editor's whole text @p old; false when the editor is not in a session.
bool restoreDocument(CodeEditor &editor, const QString &old);
// Puts back @p old's units from @p from to @p to where that part of the text is now (found
// through a diff of @p old against the current text); false when the editor is not in a session.
bool restoreRange(CodeEditor &editor, const QString &old, qsizetype from, qsizetype to);
// The editor's whole text, NUL characters included.
QString editorText(const CodeEditor &editor);

} // namespace ensemble
