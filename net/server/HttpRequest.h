#pragma once

#include <QByteArray>
#include <QList>
#include <utility>

namespace ensemble {

/// The head of one HTTP/1.x request (request line and headers; a body is never read), parsed
/// strictly from what a socket received so far.
class HttpRequest
{
public:
    /// Longest request head accepted, in bytes (browsers send under 2 KiB).
    static constexpr qsizetype maxBytes = 8192;
    /// Most header lines accepted (browsers send about 15).
    static constexpr int maxHeaders = 64;

    enum class State { Incomplete, Complete, Invalid };

    /// Parses @p received, the bytes of a connection so far; Incomplete until the blank line.
    static HttpRequest parse(const QByteArray &received);

    State state() const { return m_state; }
    /// The HTTP status an Invalid request is answered with (400, 431 or 505), or 0 for bytes
    /// that are not HTTP at all, which get no answer.
    int errorStatus() const { return m_errorStatus; }
    /// The request method, e.g. "GET".
    QByteArray method() const { return m_method; }
    /// The path of the request target, without its query.
    QByteArray path() const { return m_path; }
    /// The value of the first header named @p name (case-insensitive), trimmed; empty if none.
    QByteArray header(const QByteArray &name) const;
    /// Whether the request asks for a WebSocket (`Upgrade: websocket`).
    bool isWebSocketUpgrade() const;
    /// Whether a browser sent it from a page of this server (`Origin` is the scheme and `Host`
    /// of the request) or no browser did (no `Origin`, as native clients send).
    bool isFromOwnOrigin(bool encrypted) const;
    /// Whether the client accepts a gzip body.
    bool acceptsGzip() const;

private:
    State m_state = State::Incomplete;
    int m_errorStatus = 0;
    QByteArray m_method;
    QByteArray m_path;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
};

} // namespace ensemble
