#pragma once

#include <QMetaType>
#include <QString>

namespace ensemble {

/// One line of a room's chat as a client shows it.
struct ChatLine
{
    int userId = 0; ///< The author's user id when they wrote it (ids change on every join).
    QString name; ///< The author's name when they wrote it.
    QString color; ///< The author's colour, "#rrggbb".
    QString text;
    qint64 time = 0; ///< When the server took it, ms since 1970 UTC (the local clock for servers
                     ///< that do not say).
    bool history = false; ///< Written before this session joined: sent with the welcome.
    bool operator==(const ChatLine &) const = default;
};

} // namespace ensemble

Q_DECLARE_METATYPE(ensemble::ChatLine)
