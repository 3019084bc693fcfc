#pragma once

#include "ot/Result.h"
#include "ot/TextOperation.h"

#include <QList>

#include <optional>

namespace ensemble {

// One participant's undo and redo steps in a shared document, as in Gobby and ot.js's
// UndoManager. Each step is the operation that reverses one of the participant's own edits; the
// top of each stack applies to the document as it is now, every step below it to the document
// the step above leaves. Others' edits are folded in by transform() so that undoing reverses only
// one's own edit, moved to wherever it is now, and never anybody else's.
class UndoHistory
{
public:
    // Oldest steps are forgotten beyond this; each remote edit costs a transform per step.
    static constexpr qsizetype maxSteps = 1000;

    bool canUndo() const { return !m_undo.isEmpty(); }
    bool canRedo() const { return !m_redo.isEmpty(); }
    qsizetype undoCount() const { return m_undo.size(); }
    qsizetype redoCount() const { return m_redo.size(); }

    // A new own edit, given by its inverse: a new undo step, or part of the top one (a burst of
    // typing). Forgets the redo steps, as any editor does after a new edit.
    void record(const TextOperation &inverse, bool mergeWithTop);
    std::optional<TextOperation> takeUndo();
    std::optional<TextOperation> takeRedo();
    // Undoing a step gives a redo step and redoing one an undo step; neither forgets anything.
    void pushUndo(const TextOperation &step);
    void pushRedo(const TextOperation &step);

    // Someone else's edit was applied to the document. Steps it made empty (their text was
    // deleted by the other) disappear. An error means the history did not fit the document and
    // has been cleared.
    Result<std::monostate> transform(const TextOperation &other);
    void clear();

private:
    static Result<QList<TextOperation>> transformStack(const QList<TextOperation> &stack,
                                                       TextOperation other);
    static void push(QList<TextOperation> &stack, const TextOperation &step);

    QList<TextOperation> m_undo; // last element on top
    QList<TextOperation> m_redo;
};

} // namespace ensemble
