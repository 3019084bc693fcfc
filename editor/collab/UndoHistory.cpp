#include "UndoHistory.h"

namespace ensemble {

void UndoHistory::record(const TextOperation &inverse, bool mergeWithTop)
{
    m_redo.clear();
    if (mergeWithTop && !m_undo.isEmpty()) {
        // The new inverse runs first: it leads back to where the top step starts.
        Result<TextOperation> merged = TextOperation::compose(inverse, m_undo.last());
        if (merged) {
            m_undo.last() = std::move(merged).value();
            return;
        }
    }
    push(m_undo, inverse);
}

std::optional<TextOperation> UndoHistory::takeUndo()
{
    if (m_undo.isEmpty())
        return std::nullopt;
    return m_undo.takeLast();
}

std::optional<TextOperation> UndoHistory::takeRedo()
{
    if (m_redo.isEmpty())
        return std::nullopt;
    return m_redo.takeLast();
}

void UndoHistory::pushUndo(const TextOperation &step)
{
    push(m_undo, step);
}

void UndoHistory::pushRedo(const TextOperation &step)
{
    push(m_redo, step);
}

void UndoHistory::push(QList<TextOperation> &stack, const TextOperation &step)
{
    if (step.isNoop())
        return;
    if (stack.size() >= maxSteps)
        stack.removeFirst();
    stack.append(step);
}

Result<std::monostate> UndoHistory::transform(const TextOperation &other)
{
    Result<QList<TextOperation>> undo = transformStack(m_undo, other);
    Result<QList<TextOperation>> redo = transformStack(m_redo, other);
    if (!undo || !redo) {
        clear();
        return undo ? redo.error() : undo.error();
    }
    m_undo = std::move(undo).value();
    m_redo = std::move(redo).value();
    return success();
}

Result<QList<TextOperation>> UndoHistory::transformStack(const QList<TextOperation> &stack,
                                                         TextOperation other)
{
    // From the top down: each step's base is the document the step above it leaves, so the other
    // edit is carried past every step on the way.
    QList<TextOperation> result(stack.size());
    qsizetype kept = stack.size();
    for (qsizetype i = stack.size() - 1; i >= 0; --i) {
        Result<std::pair<TextOperation, TextOperation>> pair
            = TextOperation::transform(stack[i], other);
        if (!pair)
            return pair.error();
        other = std::move(pair.value().second);
        if (!pair.value().first.isNoop())
            result[--kept] = std::move(pair.value().first);
    }
    result.remove(0, kept);
    return result;
}

void UndoHistory::clear()
{
    m_undo.clear();
    m_redo.clear();
}

} // namespace ensemble
