#include "Announcement.h"

#include "protocol/RoomId.h"
#include "tls/Fingerprint.h"

namespace ensemble {

namespace {

// DNS labels hold 63 bytes and TXT strings 255 (RFC 6763, 6.1 and 7.2).
constexpr qsizetype maxNameBytes = 63;
constexpr qsizetype maxTxtBytes = 255;

// The longest prefix of text whose UTF-8 fits in bytes, never cutting a surrogate pair.
QByteArray truncatedUtf8(const QString &text, qsizetype bytes)
{
    QString prefix = text;
    while (prefix.toUtf8().size() > bytes) {
        prefix.chop(1);
        if (!prefix.isEmpty() && prefix.back().isHighSurrogate())
            prefix.chop(1);
    }
    return prefix.toUtf8();
}

QByteArray entry(const char *key, const QString &value)
{
    const QByteArray prefix = QByteArray(key) + '=';
    return prefix + truncatedUtf8(value, maxTxtBytes - prefix.size());
}

} // namespace

QString Announcement::serviceName() const
{
    const QString what = title.isEmpty() ? QStringLiteral("Ensemble") : title;
    const QString name = hostName.isEmpty() ? what : QStringLiteral("%1 (%2)").arg(what, hostName);
    return QString::fromUtf8(truncatedUtf8(name, maxNameBytes));
}

QList<QByteArray> Announcement::toTxt() const
{
    QList<QByteArray> txt {"txtvers=1", entry("title", title), entry("host", hostName),
                           encrypted ? QByteArray("scheme=wss") : QByteArray("scheme=ws"),
                           hasPassword ? QByteArray("password=yes") : QByteArray("password=no")};
    if (!fingerprint.isEmpty())
        txt.append("fp=" + fingerprint.toHex());
    if (!roomId.isEmpty())
        txt.append(entry("room", roomId));
    return txt;
}

Announcement Announcement::fromTxt(const QList<QByteArray> &txt)
{
    Announcement announcement;
    for (const QByteArray &item : txt) {
        const qsizetype equals = item.indexOf('=');
        if (equals <= 0)
            continue;
        const QByteArray key = item.left(equals).toLower();
        const QString value = QString::fromUtf8(item.mid(equals + 1));
        if (key == "title")
            announcement.title = value;
        else if (key == "host")
            announcement.hostName = value;
        else if (key == "scheme")
            announcement.encrypted = value == QLatin1String("wss");
        else if (key == "password")
            announcement.hasPassword = value == QLatin1String("yes");
        else if (key == "fp")
            announcement.fingerprint = parseFingerprint(value);
        else if (key == "room" && isValidRoomId(value))
            announcement.roomId = value;
    }
    return announcement;
}

} // namespace ensemble
