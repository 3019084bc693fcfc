// The HTTP side of the server's port (WebFront): a browser gets the web client's page and files,
// WebSocket upgrades from the server's own pages and from native clients (no Origin) go through,
// and everything else is answered with an error status (or, when it is not HTTP at all, closed
// unanswered) without ever listing or reading a file: oversized requests, too many headers,
// methods other than GET and HEAD, unknown paths, path traversal, other origins, slow clients.
#include "server/HttpRequest.h"
#include "server/RoomServer.h"
#include "server/WebAssets.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace ensemble;

namespace {

const QByteArray room = "3f2b8c1e-9a4d-4e6f-8b1a-0c2d3e4f5a6b";
const QByteArray upgradeHeaders = "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                                  "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                  "Sec-WebSocket-Version: 13\r\n";

QByteArray get(const QByteArray &path, const QByteArray &headers = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\n" + headers + "\r\n";
}

// What the server answered: everything up to its close, or the head of a 101 (which stays open).
// The server runs in this thread, so the test waits with the event loop running (qWait).
QByteArray exchange(quint16 port, QByteArray request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QElapsedTimer timer;
    timer.start();
    while (socket.state() != QAbstractSocket::ConnectedState && timer.elapsed() < 5000)
        QTest::qWait(5);
    socket.write(request.replace("PORT", QByteArray::number(port)));
    QByteArray answer;
    while (timer.elapsed() < 10000 && socket.state() == QAbstractSocket::ConnectedState
           && !(answer.startsWith("HTTP/1.1 101") && answer.contains("\r\n\r\n"))) {
        QTest::qWait(5);
        answer += socket.readAll();
    }
    return answer + socket.readAll();
}

QByteArray headerOf(const QByteArray &answer, const QByteArray &name)
{
    for (const QByteArray &line : answer.left(answer.indexOf("\r\n\r\n")).split('\n')) {
        if (line.toLower().startsWith(name.toLower() + ':'))
            return line.mid(name.size() + 1).trimmed();
    }
    return {};
}

QByteArray bodyOf(const QByteArray &answer)
{
    return answer.mid(answer.indexOf("\r\n\r\n") + 4);
}

} // namespace

class TestWebFront : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RoomServer> m_server;

private slots:
    void init()
    {
        ServerConfig config;
        config.limits.handshakeTimeoutMs = 1000;
        m_server = std::make_unique<RoomServer>(config);
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0).ok());
    }

    void cleanup() { m_server.reset(); }

    void answersEachRequest_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("status"); // the status line's code; "" for no answer
        QTest::addColumn<QByteArray>("contentType");

        const QByteArray html = "text/html; charset=utf-8";
        const QByteArray text = "text/plain; charset=utf-8";
        QTest::addRow("the page at a room's address")
            << get("/" + room) << QByteArray("200") << html;
        QTest::addRow("the page at a room's address, with a query")
            << get("/" + room + "?x=1") << QByteArray("200") << html;
        QTest::addRow("the page at the root") << get("/") << QByteArray("200") << html;
        QTest::addRow("the script") << get("/assets/app.js") << QByteArray("200")
                                    << QByteArray("text/javascript; charset=utf-8");
        QTest::addRow("the style sheet")
            << get("/assets/app.css") << QByteArray("200") << QByteArray("text/css; charset=utf-8");
        QTest::addRow("HEAD") << QByteArray("HEAD / HTTP/1.1\r\nHost: x\r\n\r\n")
                              << QByteArray("200") << html;
        QTest::addRow("HTTP/1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << QByteArray("200")
                                  << html;
        QTest::addRow("unknown path") << get("/etc/passwd") << QByteArray("404") << text;
        QTest::addRow("an upper-case room id")
            << get("/" + room.toUpper()) << QByteArray("404") << text;
        QTest::addRow("no file listing") << get("/assets/") << QByteArray("404") << text;
        QTest::addRow("path traversal")
            << get("/assets/../index.html") << QByteArray("404") << text;
        QTest::addRow("encoded path traversal")
            << get("/assets/%2e%2e/%2e%2e/etc/passwd") << QByteArray("404") << text;
        QTest::addRow("a resource path") << get("/:/web/index.html") << QByteArray("404") << text;
        QTest::addRow("bad method")
            << QByteArray("POST / HTTP/1.1\r\nHost: x\r\n\r\n") << QByteArray("405") << text;
        QTest::addRow("lower-case method")
            << QByteArray("get / HTTP/1.1\r\n\r\n") << QByteArray() << QByteArray();
        QTest::addRow("oversize request")
            << get("/", "X-Big: " + QByteArray(HttpRequest::maxBytes, 'a') + "\r\n")
            << QByteArray("431") << text;
        QByteArray many;
        for (int i = 0; i <= HttpRequest::maxHeaders; ++i)
            many += "X-" + QByteArray::number(i) + ": 1\r\n";
        QTest::addRow("too many headers") << get("/", many) << QByteArray("431") << text;
        QTest::addRow("a header without a name")
            << get("/", ": x\r\n") << QByteArray("400") << text;
        QTest::addRow("a folded header")
            << get("/", "X-A: 1\r\n 2\r\n") << QByteArray("400") << text;
        QTest::addRow("a bare LF")
            << QByteArray("GET / HTTP/1.1\nHost: x\r\n\r\n") << QByteArray("400") << text;
        QTest::addRow("HTTP/2 preface")
            << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << QByteArray("400") << text;
        QTest::addRow("another version")
            << QByteArray("GET / HTTP/3.0\r\n\r\n") << QByteArray("505") << text;
        QTest::addRow("not HTTP (a TLS hello)")
            << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11) << QByteArray()
            << QByteArray();
        QTest::addRow("cross-origin upgrade refused")
            << get("/" + room, upgradeHeaders + "Origin: http://evil.example\r\n")
            << QByteArray("403") << text;
        QTest::addRow("an origin with another port refused")
            << get("/" + room, upgradeHeaders + "Origin: http://127.0.0.1:1\r\n")
            << QByteArray("403") << text;
        QTest::addRow("an https origin refused on http")
            << get("/" + room, upgradeHeaders + "Origin: https://127.0.0.1:PORT\r\n")
            << QByteArray("403") << text;
        QTest::addRow("a null origin refused")
            << get("/" + room, upgradeHeaders + "Origin: null\r\n") << QByteArray("403") << text;
        QTest::addRow("same-origin upgrade accepted")
            << get("/" + room, upgradeHeaders + "Origin: http://127.0.0.1:PORT\r\n")
            << QByteArray("101") << QByteArray();
        QTest::addRow("no-origin upgrade accepted")
            << get("/" + room, upgradeHeaders) << QByteArray("101") << QByteArray();
    }

    void answersEachRequest()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, status);
        QFETCH(QByteArray, contentType);
        const QByteArray answer = exchange(m_server->port(), request);
        if (status.isEmpty()) {
            QVERIFY2(answer.isEmpty(), answer.constData());
            return;
        }
        QVERIFY2(answer.startsWith("HTTP/1.1 " + status + ' '), answer.left(200).constData());
        if (status == "101")
            return;
        QCOMPARE(headerOf(answer, "Content-Type"), contentType);
        QCOMPARE(headerOf(answer, "X-Content-Type-Options"), QByteArray("nosniff"));
        QCOMPARE(headerOf(answer, "Referrer-Policy"), QByteArray("no-referrer"));
        const QByteArray policy = headerOf(answer, "Content-Security-Policy");
        QVERIFY2(policy.contains("script-src 'self';"), policy.constData());
        QVERIFY2(policy.contains("default-src 'none';"), policy.constData());
        const bool head = request.startsWith("HEAD");
        QCOMPARE(bodyOf(answer).size(), head ? 0 : headerOf(answer, "Content-Length").toLongLong());
        if (status == "405")
            QCOMPARE(headerOf(answer, "Allow"), QByteArray("GET, HEAD"));
        // An error says its status and nothing else (no listing, no path).
        if (status != "200") {
            QVERIFY(bodyOf(answer).startsWith(status + ' '));
            QVERIFY(bodyOf(answer).size() < 40);
        }
    }

    void servesTheEmbeddedFiles()
    {
        const QByteArray page = bodyOf(exchange(m_server->port(), get("/" + room)));
        QVERIFY(page.contains("/assets/app.js"));
        // No inline script anywhere: every script is a file of this server.
        QVERIFY(!page.contains("<script>"));
        QVERIFY(!page.contains("<script type=\"module\">"));
        const QByteArray gzipped
            = exchange(m_server->port(), get("/assets/app.js", "Accept-Encoding: gzip, br\r\n"));
        QCOMPARE(headerOf(gzipped, "Content-Encoding"), QByteArray("gzip"));
        QCOMPARE(bodyOf(gzipped), WebAssets::instance().find("/assets/app.js")->gzipped);
        QVERIFY(bodyOf(gzipped).size() < WebAssets::instance().find("/assets/app.js")->body.size());
        const QByteArray plain = exchange(m_server->port(), get("/assets/app.js"));
        QCOMPARE(headerOf(plain, "Content-Encoding"), QByteArray());
        QCOMPARE(bodyOf(plain), WebAssets::instance().find("/assets/app.js")->body);
    }

    void gzipIsGzip()
    {
        // RFC 1952's member: magic and deflate method, then the data, then its CRC-32 and length
        // (little-endian). The browser tests read it through Chromium as well.
        const QByteArray gz = gzipCompress("123456789");
        QCOMPARE(gz.left(3), QByteArray("\x1f\x8b\x08", 3));
        QCOMPARE(gz.right(8), QByteArray("\x26\x39\xf4\xcb\x09\x00\x00\x00", 8));
    }

    void slowClientsAreCut_data()
    {
        QTest::addColumn<QByteArray>("trickle"); // sent one byte every 100 ms
        QTest::addRow("slowloris request") << get("/", "X-Slow: " + QByteArray(200, 'a') + "\r\n");
        QTest::addRow("silent connection") << QByteArray();
        QTest::addRow("never ends its head") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n");
    }

    void slowClientsAreCut()
    {
        QFETCH(QByteArray, trickle);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
        QElapsedTimer timer;
        timer.start();
        qsizetype sent = 0;
        QByteArray answer;
        // The handshake time is 1 s: far longer, and the connection must be gone.
        while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 8000) {
            if (sent < trickle.size() && trickle.left(sent).count("\r\n\r\n") == 0)
                socket.write(trickle.mid(sent++, 1));
            QTest::qWait(100);
            answer += socket.readAll();
        }
        QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
        QVERIFY2(answer.isEmpty(), answer.constData());
        QVERIFY(timer.elapsed() >= 900);
    }

    void requestHeadsAreParsedStrictly_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("ownOrigin");
        const int complete = int(HttpRequest::State::Complete);
        QTest::addRow("incomplete") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n")
                                    << int(HttpRequest::State::Incomplete) << true;
        QTest::addRow("origin in another case") << QByteArray(
            "GET / HTTP/1.1\r\nHost: Example.org:80\r\nOrigin: HTTP://example.ORG:80\r\n\r\n")
                                                << complete << true;
        QTest::addRow("origin without a host header")
            << QByteArray("GET / HTTP/1.1\r\nOrigin: http://a\r\n\r\n") << complete << false;
        QTest::addRow("origin that only starts like the host")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nOrigin: http://a.evil\r\n\r\n") << complete
            << false;
    }

    void requestHeadsAreParsedStrictly()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, state);
        QFETCH(bool, ownOrigin);
        const HttpRequest request = HttpRequest::parse(bytes);
        QCOMPARE(int(request.state()), state);
        if (request.state() == HttpRequest::State::Complete)
            QCOMPARE(request.isFromOwnOrigin(false), ownOrigin);
    }
};

QTEST_GUILESS_MAIN(TestWebFront)
#include "tst_webfront.moc"
