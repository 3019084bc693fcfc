#pragma once

#include <QJsonObject>
#include <QList>
#include <QUrl>
#include <QWebSocket>

namespace ensemble::test {

/// A bare WebSocket peer that sends exactly the frames a test writes and records every frame the
/// server sends, for tests of the server's handling of hostile or unusual input.
class RawClient : public QObject
{
    Q_OBJECT

public:
    explicit RawClient(QObject *parent = nullptr);

    /// Opens @p url and waits (up to 5 s) for the connection.
    bool open(const QUrl &url);
    /// Sends a hello as "name" with client id @p clientId and waits for the answer.
    QJsonObject hello(const QString &clientId, const QJsonObject &extra = {});
    /// Sends one text frame.
    void send(const QByteArray &frame);
    /// Sends one JSON object.
    void send(const QJsonObject &object);
    /// Waits (up to 5 s) for the next frame of @p type, dropping others; empty on timeout.
    QJsonObject next(const QString &type);
    /// Waits (up to 5 s) for the next frame of any type.
    QJsonObject nextAny();
    /// Every frame received and not taken yet, without waiting.
    QList<QJsonObject> takeAll() { return std::exchange(m_received, {}); }
    /// Whether the socket is still open.
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    /// Waits (up to 5 s) for the server to close; returns the close code (-1 if still open).
    int waitForClose();
    QWebSocket &socket() { return m_socket; }
    /// Every text frame received so far, exactly as it arrived.
    const QStringList &frames() const { return m_frames; }

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_received;
    QStringList m_frames;
};

} // namespace ensemble::test
