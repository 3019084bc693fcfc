#include "RawClient.h"

#include "protocol/ParseJson.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace ensemble::test {

RawClient::RawClient(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &frame) {
        m_frames.append(frame);
        m_received.append(parseJson(frame.toUtf8()).object());
    });
}

bool RawClient::open(const QUrl &url)
{
    QSignalSpy connected(&m_socket, &QWebSocket::connected);
    m_socket.open(url);
    if (connected.wait(5000))
        return true;
    qWarning("RawClient: cannot open %s: %s", qPrintable(url.toString()),
             qPrintable(m_socket.errorString()));
    return false;
}

QJsonObject RawClient::hello(const QString &clientId, const QJsonObject &extra)
{
    QJsonObject hello {{QStringLiteral("type"), QStringLiteral("hello")},
                       {QStringLiteral("protocol"), 1},
                       {QStringLiteral("name"), clientId},
                       {QStringLiteral("color"), QStringLiteral("#102030")},
                       {QStringLiteral("client"), clientId}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        hello.insert(it.key(), it.value());
    send(hello);
    return nextAny();
}

void RawClient::send(const QByteArray &frame)
{
    m_socket.sendTextMessage(QString::fromUtf8(frame));
}

void RawClient::send(const QJsonObject &object)
{
    send(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject RawClient::nextAny()
{
    QElapsedTimer timer;
    timer.start();
    while (m_received.isEmpty() && timer.elapsed() < 5000)
        QTest::qWait(5);
    return m_received.isEmpty() ? QJsonObject() : m_received.takeFirst();
}

QJsonObject RawClient::next(const QString &type)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 5000) {
        while (!m_received.isEmpty()) {
            QJsonObject frame = m_received.takeFirst();
            if (frame.value(QStringLiteral("type")).toString() == type)
                return frame;
        }
        QTest::qWait(5);
    }
    return {};
}

int RawClient::waitForClose()
{
    QElapsedTimer timer;
    timer.start();
    while (m_socket.state() != QAbstractSocket::UnconnectedState && timer.elapsed() < 5000)
        QTest::qWait(5);
    return m_socket.state() == QAbstractSocket::UnconnectedState ? int(m_socket.closeCode()) : -1;
}

} // namespace ensemble::test
