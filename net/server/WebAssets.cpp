#include "WebAssets.h"

#include "protocol/RoomId.h"

#include <QDir>
#include <QFile>
#include <QtEndian>
#include <array>

namespace ensemble {

namespace {
const QString resourceDir = QStringLiteral(":/web");
const QByteArray assetPrefix = "/assets/";

QByteArray contentTypeOf(const QString &name)
{
    if (name.endsWith(u".html"))
        return "text/html; charset=utf-8";
    if (name.endsWith(u".js"))
        return "text/javascript; charset=utf-8";
    if (name.endsWith(u".css"))
        return "text/css; charset=utf-8";
    if (name.endsWith(u".svg"))
        return "image/svg+xml";
    if (name.endsWith(u".png"))
        return "image/png";
    return "application/octet-stream";
}

WebAsset load(const QString &name)
{
    QFile file(resourceDir + u'/' + name);
    WebAsset asset;
    if (file.open(QIODevice::ReadOnly))
        asset.body = file.readAll();
    asset.contentType = contentTypeOf(name);
    asset.gzipped = gzipCompress(asset.body);
    return asset;
}

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t {};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xffffffffu;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xffffffffu;
}
} // namespace

QByteArray gzipCompress(const QByteArray &data)
{
    // qCompress gives a 4-byte length, then a zlib stream: a 2-byte header, the deflate data
    // gzip wants, and a 4-byte Adler-32 trailer.
    const QByteArray zlib = qCompress(data, 9);
    if (zlib.size() < 10)
        return {};
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03", 10);
    out += zlib.mid(6, zlib.size() - 10);
    std::array<uchar, 8> trailer {};
    qToLittleEndian(crc32(data), trailer.data());
    qToLittleEndian(quint32(data.size()), trailer.data() + 4);
    out.append(reinterpret_cast<const char *>(trailer.data()), trailer.size());
    return out;
}

const WebAssets &WebAssets::instance()
{
    static const WebAssets assets;
    return assets;
}

WebAssets::WebAssets()
    : m_page(load(QStringLiteral("index.html")))
{
    const QDir dir(resourceDir + QStringLiteral("/assets"));
    for (const QString &name : dir.entryList(QDir::Files))
        m_assets.insert(name.toUtf8(), load(QStringLiteral("assets/") + name));
}

const WebAsset *WebAssets::find(const QByteArray &path) const
{
    if (path == "/" || isValidRoomId(QString::fromLatin1(path.mid(1))))
        return &m_page;
    if (!path.startsWith(assetPrefix))
        return nullptr;
    const auto it = m_assets.constFind(path.mid(assetPrefix.size()));
    return it == m_assets.cend() ? nullptr : &*it;
}

} // namespace ensemble
