#include "HttpRequest.h"

namespace ensemble {

HttpRequest HttpRequest::parse(const QByteArray &received)
{
    HttpRequest request;
    // Not HTTP at all (a TLS hello to a plain server, say): known from the first bytes, so the
    // connection need not wait for its timeout.
    for (qsizetype i = 0; i < received.size() && received[i] != ' '; ++i) {
        if (received[i] < 'A' || received[i] > 'Z' || i >= 16) {
            request.m_state = State::Invalid;
            return request;
        }
    }
    const qsizetype end = received.indexOf("\r\n\r\n");
    if (end < 0 || end + 4 > maxBytes) {
        if (received.size() >= maxBytes || (end >= 0 && end + 4 > maxBytes)) {
            request.m_state = State::Invalid;
            request.m_errorStatus = 431;
        }
        return request;
    }
    request.m_state = State::Invalid;
    request.m_errorStatus = 400;
    // Every line, the last header's too, ends with CRLF; the blank line is left out.
    QList<QByteArray> lines = received.left(end + 2).split('\n');
    lines.removeLast();
    if (!lines.constFirst().endsWith('\r'))
        return request;
    const QList<QByteArray> first = lines.constFirst().chopped(1).split(' ');
    if (first.size() != 3 || first[0].isEmpty() || !first[1].startsWith('/'))
        return request;
    if (first[2] != "HTTP/1.1" && first[2] != "HTTP/1.0") {
        request.m_errorStatus = 505;
        return request;
    }
    if (lines.size() - 1 > maxHeaders) {
        request.m_errorStatus = 431;
        return request;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        const qsizetype colon = line.indexOf(':');
        // Folded lines (obsolete) and lines without a name are refused, not guessed at.
        if (!line.endsWith('\r') || colon <= 0 || line.front() == ' ' || line.front() == '\t')
            return request;
        request.m_headers.append(
            {line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    request.m_method = first[0];
    const qsizetype query = first[1].indexOf('?');
    request.m_path = query < 0 ? first[1] : first[1].left(query);
    request.m_state = State::Complete;
    request.m_errorStatus = 0;
    return request;
}

QByteArray HttpRequest::header(const QByteArray &name) const
{
    const QByteArray wanted = name.toLower();
    for (const auto &[key, value] : m_headers) {
        if (key == wanted)
            return value;
    }
    return {};
}

bool HttpRequest::isWebSocketUpgrade() const
{
    return header("upgrade").toLower() == "websocket";
}

bool HttpRequest::isFromOwnOrigin(bool encrypted) const
{
    const QByteArray origin = header("origin");
    if (origin.isEmpty())
        return true;
    const QByteArray host = header("host");
    if (host.isEmpty())
        return false;
    // Scheme and host are case-insensitive; both sides leave out a default port alike.
    return origin.toLower() == (encrypted ? "https://" : "http://") + host.toLower();
}

bool HttpRequest::acceptsGzip() const
{
    for (const QByteArray &coding : header("accept-encoding").split(',')) {
        const QList<QByteArray> parts = coding.split(';');
        const bool refused = parts.size() > 1 && parts[1].trimmed().startsWith("q=0")
            && !parts[1].contains(QByteArrayView("0."));
        if (parts[0].trimmed().toLower() == "gzip" && !refused)
            return true;
    }
    return false;
}

} // namespace ensemble
