#pragma once

#include "ChatLine.h"

#include <QList>

namespace ensemble {

/// The chat lines one session has received, oldest first, at most capacity() of them. A room
/// resends its history on every join, so a history line already held (same time, author id and
/// text) is not added again.
class ChatLog
{
public:
    explicit ChatLog(qsizetype capacity = 1000);

    /// Adds @p line unless it is history this log already holds; true when added.
    bool add(const ChatLine &line);
    /// Whether a line with the time, author id and text of @p line is held.
    bool contains(const ChatLine &line) const;
    const QList<ChatLine> &lines() const { return m_lines; }

private:
    QList<ChatLine> m_lines;
    qsizetype m_capacity;
};

} // namespace ensemble
