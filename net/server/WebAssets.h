#pragma once

#include <QByteArray>
#include <QHash>

namespace ensemble {

/// One file of the embedded web client, ready to send.
struct WebAsset
{
    QByteArray contentType;
    QByteArray body;
    QByteArray gzipped; ///< The body gzip-compressed (RFC 1952).
};

/// The web client's files, embedded in the binary as the Qt resource `:/web` (built from web/
/// into web/dist). The page answers `/` and every `/ROOM-ID` (a well-formed id, whether the room
/// exists or not, so the page tells no one which rooms exist); its scripts and styles are at
/// `/assets/NAME`. Nothing else is served: paths are looked up, never mapped to files.
class WebAssets
{
public:
    /// The files, read from the resource once.
    static const WebAssets &instance();

    /// The file served at @p path (without query), or nullptr: the caller answers 404.
    const WebAsset *find(const QByteArray &path) const;

private:
    WebAssets();

    WebAsset m_page;
    QHash<QByteArray, WebAsset> m_assets; // by name under /assets/
};

/// @p data compressed as a gzip member (what `Content-Encoding: gzip` carries).
QByteArray gzipCompress(const QByteArray &data);

} // namespace ensemble
