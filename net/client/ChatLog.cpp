#include "ChatLog.h"

#include <algorithm>

namespace ensemble {

ChatLog::ChatLog(qsizetype capacity)
    : m_capacity(std::max<qsizetype>(capacity, 1))
{
}

bool ChatLog::contains(const ChatLine &line) const
{
    // Newest first: resent history overlaps the end of what is held.
    return std::any_of(m_lines.crbegin(), m_lines.crend(), [&line](const ChatLine &held) {
        return held.time == line.time && held.userId == line.userId && held.text == line.text;
    });
}

bool ChatLog::add(const ChatLine &line)
{
    // Only history is compared: a live line is new by definition, even one that repeats.
    if (line.history && contains(line))
        return false;
    if (m_lines.size() >= m_capacity)
        m_lines.removeFirst();
    m_lines.append(line);
    return true;
}

} // namespace ensemble
