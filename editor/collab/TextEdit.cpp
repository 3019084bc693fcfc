#include "TextEdit.h"

namespace ensemble {

TextOperation TextEdit::operation() const
{
    TextOperation op;
    op.retain(position).remove(removed.size()).insert(inserted);
    op.retain(baseLength - position - removed.size());
    return op;
}

TextOperation TextEdit::inverse() const
{
    TextOperation op;
    op.retain(position).remove(inserted.size()).insert(removed);
    op.retain(baseLength - position - removed.size());
    return op;
}

} // namespace ensemble
