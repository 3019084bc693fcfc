#include "Invite.h"

#include "protocol/RoomId.h"
#include "tls/Fingerprint.h"

#include <QUrlQuery>

namespace ensemble {

namespace {
const QString fingerprintKey = QStringLiteral("fp");
} // namespace

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
    if (scheme != QLatin1String("ensemble") && scheme != QLatin1String("ws")
        && scheme != QLatin1String("wss"))
        return fail(
            tr("An invite starts with ensemble://, ws:// or wss://, not %1://.").arg(scheme));
    const QUrlQuery query(url);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    const bool onlyFingerprint = items.size() == 1 && items.first().first == fingerprintKey;
    if (!url.userInfo().isEmpty() || url.hasFragment() || (url.hasQuery() && !onlyFingerprint))
        return fail(tr("An invite has only a host, a port, a room ID and a certificate "
                       "fingerprint (?fp=…)."));
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    const QString roomId = path.mid(1).toLower();
    if (!path.startsWith(u'/') || !isValidRoomId(roomId))
        return fail(tr("The invite does not name a room (expected …/ROOM-ID)."));
    const int port = url.port(defaultPort);
    if (port <= 0)
        return fail(tr("The invite's port must be between 1 and 65535."));
    Invite invite(url.host(), quint16(port), roomId);
    invite.setEncrypted(scheme == QLatin1String("wss"));
    if (onlyFingerprint) {
        if (scheme == QLatin1String("ws"))
            return fail(tr("A ws:// address is not encrypted, so it cannot carry a certificate "
                           "fingerprint; use ensemble:// or wss://."));
        const QByteArray fingerprint = parseFingerprint(items.first().second);
        if (fingerprint.isEmpty())
            return fail(tr("The invite's certificate fingerprint (fp=…) must be 64 hexadecimal "
                           "digits, a SHA-256 digest."));
        invite.setFingerprint(fingerprint);
    }
    return invite;
}

QString Invite::server() const
{
    const bool bareIpv6 = m_host.contains(u':') && !m_host.startsWith(u'[');
    const QString host = bareIpv6 ? u'[' + m_host + u']' : m_host;
    return host + u':' + QString::number(m_port);
}

void Invite::setEncrypted(bool encrypted)
{
    m_encrypted = encrypted;
    if (!encrypted)
        m_fingerprint.clear();
}

void Invite::setFingerprint(const QByteArray &sha256)
{
    m_fingerprint = sha256;
    m_encrypted = m_encrypted || !sha256.isEmpty();
}

QUrl Invite::webSocketUrl() const
{
    QUrl url;
    url.setScheme(m_encrypted ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(u'/' + m_roomId);
    return url;
}

QString Invite::toString() const
{
    QUrl url = webSocketUrl();
    if (m_encrypted && m_fingerprint.isEmpty())
        return url.toString();
    url.setScheme(QStringLiteral("ensemble"));
    if (!m_fingerprint.isEmpty())
        url.setQuery(fingerprintKey + u'=' + QString::fromLatin1(m_fingerprint.toHex()));
    return url.toString();
}

} // namespace ensemble
