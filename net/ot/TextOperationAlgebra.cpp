// compose and transform, following ot.js's algorithms step by step so results match it exactly.
#include "TextOperation.h"

#include <QCoreApplication>

#include <algorithm>

namespace ensemble {

// Walks an operation's components, allowing a component to be consumed in parts as ot.js does
// when it slices a retain, delete or insert against the other operation.
class TextOperation::Cursor
{
public:
    explicit Cursor(const TextOperation &op)
        : m_op(op)
    {
        load();
    }

    bool done() const { return m_index >= m_op.m_components.size(); }
    Kind kind() const { return m_op.m_components[m_index].kind; }
    qsizetype remaining() const { return m_remaining; }
    // The first n units of the current insert's remaining text.
    QStringView text(qsizetype n) const { return QStringView(m_op.m_text).mid(m_textOffset, n); }
    QStringView text() const { return text(m_remaining); }

    void advance(qsizetype n)
    {
        if (kind() == Kind::Insert)
            m_textOffset += n;
        m_remaining -= n;
        if (m_remaining == 0) {
            ++m_index;
            load();
        }
    }
    void next() { advance(m_remaining); }

private:
    void load() { m_remaining = done() ? 0 : m_op.m_components[m_index].length; }

    const TextOperation &m_op;
    qsizetype m_index = 0;
    qsizetype m_remaining = 0;
    qsizetype m_textOffset = 0;
};

namespace {

Error lengthMismatch(const char *what)
{
    return Error {QStringLiteral("bad_operation"),
                  QCoreApplication::translate("TextOperation", what)};
}

} // namespace

Result<TextOperation> TextOperation::compose(const TextOperation &a, const TextOperation &b)
{
    if (a.m_targetLength != b.m_baseLength)
        return lengthMismatch(QT_TRANSLATE_NOOP("TextOperation",
                                                "The second operation's base length must be the "
                                                "first operation's target length."));
    TextOperation result;
    Cursor first(a);
    Cursor second(b);
    while (!first.done() || !second.done()) {
        if (!first.done() && first.kind() == Kind::Delete) {
            result.remove(first.remaining());
            first.next();
            continue;
        }
        if (!second.done() && second.kind() == Kind::Insert) {
            result.insert(second.text());
            second.next();
            continue;
        }
        if (first.done() || second.done())
            return lengthMismatch(
                QT_TRANSLATE_NOOP("TextOperation", "The operations cannot be composed."));
        const qsizetype n = std::min(first.remaining(), second.remaining());
        if (first.kind() == Kind::Retain && second.kind() == Kind::Retain)
            result.retain(n);
        else if (first.kind() == Kind::Insert && second.kind() == Kind::Retain)
            result.insert(first.text(n));
        else if (first.kind() == Kind::Retain && second.kind() == Kind::Delete)
            result.remove(n);
        // An insert deleted by the second operation vanishes from the composition.
        first.advance(n);
        second.advance(n);
    }
    return result;
}

Result<std::pair<TextOperation, TextOperation>> TextOperation::transform(const TextOperation &a,
                                                                         const TextOperation &b)
{
    if (a.m_baseLength != b.m_baseLength)
        return lengthMismatch(
            QT_TRANSLATE_NOOP("TextOperation", "Both operations must have the same base length."));
    std::pair<TextOperation, TextOperation> result;
    TextOperation &aPrime = result.first;
    TextOperation &bPrime = result.second;
    Cursor first(a);
    Cursor second(b);
    while (!first.done() || !second.done()) {
        // a's insert is handled first, which is what puts it before b's on ties.
        if (!first.done() && first.kind() == Kind::Insert) {
            aPrime.insertComponent(first.remaining());
            bPrime.retain(first.remaining());
            first.next();
            continue;
        }
        if (!second.done() && second.kind() == Kind::Insert) {
            aPrime.retain(second.remaining());
            bPrime.insertComponent(second.remaining());
            second.next();
            continue;
        }
        if (first.done() || second.done())
            return lengthMismatch(
                QT_TRANSLATE_NOOP("TextOperation", "The operations cannot be transformed."));
        const qsizetype n = std::min(first.remaining(), second.remaining());
        if (first.kind() == Kind::Retain && second.kind() == Kind::Retain) {
            aPrime.retain(n);
            bPrime.retain(n);
        } else if (first.kind() == Kind::Delete && second.kind() == Kind::Retain) {
            aPrime.remove(n);
        } else if (first.kind() == Kind::Retain && second.kind() == Kind::Delete) {
            bPrime.remove(n);
        }
        // Both deleting the same units: neither transformed operation deletes them again.
        first.advance(n);
        second.advance(n);
    }
    // Each side keeps every insert of its operation, whole and in order, so its text is the
    // original one, shared rather than copied: transforming costs time per component only, not
    // per inserted unit, which matters when the server moves a large paste over many operations.
    aPrime.m_text = a.m_text;
    bPrime.m_text = b.m_text;
    return result;
}

} // namespace ensemble
