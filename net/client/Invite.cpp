#include "Invite.h"

#include "protocol/RoomId.h"

namespace ensemble {

Invite::Invite(QString host, quint16 port, QString roomId)
    : m_host(std::move(host))
    , m_port(port)
    , m_roomId(std::move(roomId))
{
}

Result<Invite> Invite::parse(const QString &text)
{
    const auto fail = [](const QString &message) {
        return Error {QStringLiteral("bad_invite"), message};
    };
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(tr("“%1” is not an invite address.").arg(text.trimmed()));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("ensemble") && scheme != QLatin1String("ws"))
        return fail(tr("An invite starts with ensemble:// or ws://, not %1://.").arg(scheme));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return fail(tr("An invite has only a host, a port and a room ID."));
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    const QString roomId = path.mid(1).toLower();
    if (!path.startsWith(u'/') || !isValidRoomId(roomId))
        return fail(tr("The invite does not name a room (expected …/ROOM-ID)."));
    const int port = url.port(defaultPort);
    if (port <= 0)
        return fail(tr("The invite's port must be between 1 and 65535."));
    return Invite(url.host(), quint16(port), roomId);
}

QUrl Invite::webSocketUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(u'/' + m_roomId);
    return url;
}

QString Invite::toString() const
{
    QUrl url = webSocketUrl();
    url.setScheme(QStringLiteral("ensemble"));
    return url.toString();
}

} // namespace ensemble
