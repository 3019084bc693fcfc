#pragma once

#include "protocol/Messages.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ensemble {

/// The last lines of a room's chat, oldest first, each with its author's user id, name and colour
/// and the server time it was written. Holds at most capacity() lines: adding one more drops the
/// oldest. Its file form is `chat.json` (docs/PROTOCOL.md section 11).
class ChatHistory
{
public:
    explicit ChatHistory(qsizetype capacity = Limits().keptChatLines);

    /// Appends @p line (its `history` flag cleared), dropping the oldest line when full.
    void add(PeerChatMsg line);
    const QList<PeerChatMsg> &lines() const { return m_lines; }
    qsizetype capacity() const { return m_capacity; }

    /// The history as `chat.json` holds it, UTF-8.
    QByteArray toJson() const;
    /// Reads `chat.json` bytes; what cannot be read gives an empty history and a @p warning.
    /// Keeps the newest capacity() lines of a longer file.
    static ChatHistory fromJson(const QByteArray &json, qsizetype capacity, QString *warning);

private:
    QList<PeerChatMsg> m_lines;
    qsizetype m_capacity;
};

} // namespace ensemble
