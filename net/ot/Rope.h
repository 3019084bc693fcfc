#pragma once

#include "Result.h"

#include <QString>
#include <QStringView>

#include <variant>

namespace ensemble {

class TextOperation;

namespace detail {
struct RopeNode;
}

/// Document text as a B-tree of fixed-size UTF-16 chunks: inserting or removing k units costs
/// O(k + log n), reading the whole text O(n). Used wherever a document changes many times.
class Rope
{
public:
    /// An empty text.
    Rope();
    /// A text holding text, built in O(n).
    explicit Rope(QStringView text);
    ~Rope();
    /// A copy sharing the text with other until either changes, O(1); the two may then be used
    /// on different threads (each by one thread at a time).
    Rope(const Rope &other);
    Rope &operator=(const Rope &other);
    Rope(Rope &&other) noexcept;
    Rope &operator=(Rope &&other) noexcept;

    /// Length in UTF-16 units.
    qsizetype size() const { return m_size; }
    /// Inserts text before position (clamped to 0..size()).
    void insert(qsizetype position, QStringView text);
    /// Removes count units from position (clamped to the text); appends what was removed to
    /// *removed when it is given.
    void remove(qsizetype position, qsizetype count, QString *removed = nullptr);
    /// Applies op, appending the deleted units in order to *removed when given; fails with
    /// "bad_operation" (leaving the text unchanged) when op's base length is not size().
    Result<std::monostate> apply(const TextOperation &op, QString *removed = nullptr);

    /// The whole text, O(n).
    QString text() const;
    /// count units from position (clamped to the text).
    QString mid(qsizetype position, qsizetype count) const;

private:
    detail::RopeNode *m_root;
    qsizetype m_size = 0;
};

} // namespace ensemble
