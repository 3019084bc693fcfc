// wss:// end to end over real sockets: certificates and keys checked before the server listens,
// pinned certificates accepted or refused before anything is sent, trust on first use, a
// CA-verified certificate accepted, and readable errors when one side encrypts and the other does
// not. The certificates are committed in tests/net/tls (made by make-certificates.sh there).
#include "TcpProxy.h"
#include "TestPeer.h"
#include "server/RoomServer.h"
#include "tls/Fingerprint.h"
#include "tls/TlsCredentials.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocketServer>

using namespace ensemble;
using ensemble::test::TcpProxy;
using ensemble::test::TestPeer;

namespace {

QString tlsFile(const QString &name)
{
    return QStringLiteral(ENSEMBLE_TEST_TLS_DIR "/") + name;
}

// A server presenting tests/net/tls/NAME.pem with NAME-key.pem.
ServerConfig tlsConfig(const QString &name)
{
    ServerConfig config;
    config.certificateFile = tlsFile(name + QStringLiteral(".pem"));
    config.privateKeyFile = tlsFile(name + QStringLiteral("-key.pem"));
    return config;
}

// SHA-256 fingerprints from `openssl x509 -noout -fingerprint -sha256 -in FILE`.
const QByteArray serverFingerprint
    = QByteArray::fromHex("d7ac304f3ca3567b5fdf27456cfc0e0d2266fe198610ceb7a84a28ae9e6ee0bd");
const QByteArray otherFingerprint
    = QByteArray::fromHex("2b4d55e7fb080cbdacb4793eb16266908cba1c5627b0a65a5e1d16f9848187c1");

Invite inviteTo(quint16 port, const QString &room, const QByteArray &pin = {})
{
    Invite invite(QStringLiteral("127.0.0.1"), port, room);
    invite.setEncrypted(true);
    invite.setFingerprint(pin);
    return invite;
}

SessionError lastError(const QSignalSpy &errors)
{
    return errors.isEmpty() ? SessionError {} : errors.last().first().value<SessionError>();
}

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend here");
    }

    void credentialsAreCheckedWhenLoaded_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("problem"); // a word of the message; empty: loads
        QTest::addRow("EC pair") << "server.pem"
                                 << "server-key.pem"
                                 << "";
        QTest::addRow("RSA pair") << "rsa.pem"
                                  << "rsa-key.pem"
                                  << "";
        QTest::addRow("CA-signed pair") << "ca-signed.pem"
                                        << "ca-signed-key.pem"
                                        << "";
        QTest::addRow("another EC key") << "server.pem"
                                        << "other-key.pem"
                                        << "does not belong";
        QTest::addRow("RSA key, EC certificate") << "server.pem"
                                                 << "rsa-key.pem"
                                                 << "does not belong";
        QTest::addRow("EC key, RSA certificate") << "rsa.pem"
                                                 << "server-key.pem"
                                                 << "does not belong";
        QTest::addRow("expired") << "expired.pem"
                                 << "expired-key.pem"
                                 << "expired on 2001";
        QTest::addRow("no certificate file") << "missing.pem"
                                             << "server-key.pem"
                                             << "Cannot read the certificate file";
        QTest::addRow("no key file") << "server.pem"
                                     << "missing.pem"
                                     << "Cannot read the private key file";
        QTest::addRow("key as certificate") << "server-key.pem"
                                            << "server-key.pem"
                                            << "no certificate";
        QTest::addRow("certificate as key") << "server.pem"
                                            << "server.pem"
                                            << "no private key";
        QTest::addRow("not PEM") << "make-certificates.sh"
                                 << "server-key.pem"
                                 << "no certificate";
    }
    void credentialsAreCheckedWhenLoaded()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        QFETCH(QString, problem);
        const Result<TlsCredentials> loaded
            = TlsCredentials::load(tlsFile(certificate), tlsFile(key));
        if (problem.isEmpty()) {
            QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().message));
            QCOMPARE(loaded.value().fingerprint().size(), 32);
            return;
        }
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, QStringLiteral("tls_failed"));
        QVERIFY2(loaded.error().message.contains(problem), qPrintable(loaded.error().message));
    }

    void fingerprintIsTheCertificatesSha256()
    {
        const Result<TlsCredentials> loaded = TlsCredentials::load(
            tlsFile(QStringLiteral("server.pem")), tlsFile(QStringLiteral("server-key.pem")));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().fingerprint(), serverFingerprint);
        QCOMPARE(parseFingerprint(QString::fromLatin1(serverFingerprint.toHex().toUpper())),
                 serverFingerprint);
        QCOMPARE(parseFingerprint(displayFingerprint(serverFingerprint)), serverFingerprint);
        QVERIFY(displayFingerprint(serverFingerprint).startsWith(QStringLiteral("D7:AC:30:")));
        QVERIFY(parseFingerprint(QStringLiteral("d7ac")).isEmpty());
        QVERIFY(parseFingerprint(QString(64, u'g')).isEmpty());
    }

    void listenRefusesBadCredentials()
    {
        QTemporaryDir dir;
        ServerConfig config = tlsConfig(QStringLiteral("server"));
        config.privateKeyFile = tlsFile(QStringLiteral("other-key.pem"));
        config.dataDir = dir.path();
        {
            RoomServer server(config);
            QVERIFY(server.isEncrypted());
            const Result<std::monostate> listening = server.listen(QHostAddress::LocalHost, 0);
            QVERIFY(!listening.ok());
            QCOMPARE(listening.error().code, QStringLiteral("tls_failed"));
            QVERIFY2(listening.error().message.contains(QStringLiteral("other-key.pem")),
                     qPrintable(listening.error().message));
            QVERIFY(!server.isListening());
            QVERIFY(server.certificateFingerprint().isEmpty());
        }
        // Nothing was left locked or half-started: the right pair starts on the same directory.
        config.privateKeyFile = tlsFile(QStringLiteral("server-key.pem"));
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        QCOMPARE(server.certificateFingerprint(), serverFingerprint);
    }

    void pinnedRoundTripConverges()
    {
        auto server = std::make_unique<RoomServer>(tlsConfig(QStringLiteral("server")));
        QVERIFY(server->listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server->createRoom(QStringLiteral("start\n")).value();
        const Invite invite = inviteTo(server->port(), room, server->certificateFingerprint());
        QCOMPARE(invite.webSocketUrl().scheme(), QStringLiteral("wss"));
        TestPeer ada(QStringLiteral("ada"));
        TestPeer bob(QStringLiteral("bob"));
        ada.client().join(invite);
        bob.client().join(invite);
        QTRY_VERIFY(ada.ready() && bob.ready());
        QCOMPARE(ada.text(), QStringLiteral("start\n"));
        QVERIFY(ada.client().isEncrypted());
        QCOMPARE(ada.client().serverCertificate(), serverFingerprint);

        QRandomGenerator random(7);
        for (int i = 0; i < 40; ++i) {
            ada.randomEdit(random);
            bob.randomEdit(random);
            if (i % 8 == 0)
                QTest::qWait(5);
        }
        QTRY_COMPARE(ada.client().unsentEditCount(), 0);
        QTRY_COMPARE(bob.client().unsentEditCount(), 0);
        const QString text = server->roomText(room);
        QTRY_COMPARE(ada.text(), text);
        QTRY_COMPARE(bob.text(), text);
        QVERIFY(ada.errors().isEmpty() && bob.errors().isEmpty());

        // Destroying the server under live TLS connections (its sockets go after the clients').
        server.reset();
        QTRY_COMPARE(ada.client().state(), SessionClient::State::Reconnecting);
    }

    void longWelcomeArrivesWhole()
    {
        // Long enough for the welcome to be written off the server's thread and handed to the
        // TLS socket as bytes; the session goes on over the same socket afterwards.
        ServerConfig config = tlsConfig(QStringLiteral("server"));
        config.limits.maxDocumentLength = 4 * 1024 * 1024;
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString text = QStringLiteral("é \"x\"\t😀\n").repeated(200000);
        const QString room = server.createRoom(text).value();
        const Invite invite = inviteTo(server.port(), room, server.certificateFingerprint());
        TestPeer ada(QStringLiteral("ada"));
        TestPeer bob(QStringLiteral("bob"));
        ada.client().join(invite);
        bob.client().join(invite);
        QTRY_VERIFY_WITH_TIMEOUT(ada.ready() && bob.ready(), 20000);
        QCOMPARE(ada.text(), text);
        ada.insert(0, QStringLiteral("first "));
        QTRY_COMPARE(bob.text(), QStringLiteral("first ") + text);
        QVERIFY(ada.errors().isEmpty() && bob.errors().isEmpty());
    }

    void readerThatKeepsUpIsNeverTakenForSlow_data()
    {
        QTest::addColumn<bool>("encrypted");
        QTest::addRow("ws") << false;
        QTest::addRow("wss") << true;
    }
    void readerThatKeepsUpIsNeverTakenForSlow()
    {
        // The send queue learns that frames left from the sockets' signals (with TLS, both
        // sockets'); if it missed them, eight frames in all would close the reader.
        QFETCH(bool, encrypted);
        ServerConfig config = encrypted ? tlsConfig(QStringLiteral("server")) : ServerConfig {};
        config.limits.maxSendQueueFrames = 8;
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QString()).value();
        Invite invite = inviteTo(server.port(), room, server.certificateFingerprint());
        invite.setEncrypted(encrypted);
        TestPeer ada(QStringLiteral("ada"));
        TestPeer bob(QStringLiteral("bob"));
        ada.client().join(invite);
        bob.client().join(invite);
        QTRY_VERIFY(ada.ready() && bob.ready());
        // Each edit its own relay: one that reached bob before the next is typed.
        for (int i = 1; i <= 40; ++i) {
            ada.insert(0, QStringLiteral("x"));
            QTRY_COMPARE(bob.text().size(), i);
        }
        QVERIFY(bob.errors().isEmpty());
        QCOMPARE(bob.client().state(), SessionClient::State::Connected);
    }

    void acceptedSocketsHaveNoDelay_data()
    {
        QTest::addColumn<bool>("encrypted");
        QTest::addRow("ws") << false;
        QTest::addRow("wss") << true;
    }
    void acceptedSocketsHaveNoDelay()
    {
        QFETCH(bool, encrypted);
        RoomServer server(encrypted ? tlsConfig(QStringLiteral("server")) : ServerConfig());
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QString()).value();
        TestPeer ada(QStringLiteral("ada"));
        Invite invite(QStringLiteral("127.0.0.1"), server.port(), room);
        invite.setFingerprint(server.certificateFingerprint());
        ada.client().join(invite);
        QTRY_VERIFY(ada.ready());
        // The accepted socket (a QSslSocket with TLS) somewhere below the server.
        QTcpSocket *accepted = nullptr;
        for (QTcpSocket *socket : server.findChildren<QTcpSocket *>()) {
            if (socket->state() == QAbstractSocket::ConnectedState
                && bool(qobject_cast<QSslSocket *>(socket)) == encrypted)
                accepted = socket;
        }
        QVERIFY(accepted);
        QCOMPARE(accepted->socketOption(QAbstractSocket::LowDelayOption).toInt(), 1);
    }

    void pinMismatchIsRefusedBeforeJoining_data()
    {
        QTest::addColumn<QString>("serverPair");
        QTest::addColumn<QByteArray>("pin");
        QTest::addColumn<bool>("trustTestCa");
        QTest::addRow("another self-signed certificate") << "other" << serverFingerprint << false;
        // A certificate a trusted CA vouches for is refused too when it is not the pinned one.
        QTest::addRow("CA-verified certificate") << "ca-signed" << serverFingerprint << true;
    }
    void pinMismatchIsRefusedBeforeJoining()
    {
        QFETCH(QString, serverPair);
        QFETCH(QByteArray, pin);
        QFETCH(bool, trustTestCa);
        const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
        if (trustTestCa) {
            QSslConfiguration withCa = original;
            withCa.addCaCertificates(tlsFile(QStringLiteral("ca.pem")));
            QSslConfiguration::setDefaultConfiguration(withCa);
        }
        const auto restore
            = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(original); });
        RoomServer server(tlsConfig(serverPair));
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("secret\n")).value();
        QSignalSpy joined(&server, &RoomServer::participantJoined);
        TestPeer ada(QStringLiteral("ada"));
        QSignalSpy errors(&ada.client(), &SessionClient::errorOccurred);
        ada.client().join(inviteTo(server.port(), room, pin));
        QTRY_COMPARE(ada.client().state(), SessionClient::State::Failed);
        QCOMPARE(errors.size(), 1);
        const SessionError error = lastError(errors);
        QCOMPARE(error.kind, SessionError::Kind::CertificateMismatch);
        QVERIFY(error.fatal);
        QVERIFY2(error.message.contains(QStringLiteral("127.0.0.1:%1").arg(server.port())),
                 qPrintable(error.message));
        QCOMPARE(ada.client().serverCertificate(), server.certificateFingerprint());
        QVERIFY(!ada.ready());
        QCOMPARE(joined.size(), 0);
        // It stays stopped: no retry reaches the server later.
        QTest::qWait(300);
        QCOMPARE(ada.client().state(), SessionClient::State::Failed);
        QCOMPARE(errors.size(), 1);
    }

    void verifiedCertificateNeedsNoPin()
    {
        QSslConfiguration withCa = QSslConfiguration::defaultConfiguration();
        const QSslConfiguration original = withCa;
        withCa.addCaCertificates(tlsFile(QStringLiteral("ca.pem")));
        QSslConfiguration::setDefaultConfiguration(withCa);
        const auto restore
            = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(original); });
        RoomServer server(tlsConfig(QStringLiteral("ca-signed")));
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("verified\n")).value();
        TestPeer ada(QStringLiteral("ada"));
        ada.client().join(inviteTo(server.port(), room));
        QTRY_VERIFY(ada.ready());
        QCOMPARE(ada.text(), QStringLiteral("verified\n"));
        QVERIFY(ada.errors().isEmpty());
    }

    void unverifiableCertificateIsTrustedOnFirstUse()
    {
        RoomServer server(tlsConfig(QStringLiteral("server")));
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("tofu\n")).value();
        TestPeer ada(QStringLiteral("ada"));
        QSignalSpy errors(&ada.client(), &SessionClient::errorOccurred);
        ada.client().join(inviteTo(server.port(), room));
        QTRY_COMPARE(ada.client().state(), SessionClient::State::Failed);
        QCOMPARE(lastError(errors).kind, SessionError::Kind::UntrustedCertificate);
        QVERIFY(lastError(errors).fatal);
        QVERIFY2(lastError(errors).message.contains(QStringLiteral("self-signed")),
                 qPrintable(lastError(errors).message));
        QCOMPARE(ada.client().serverCertificate(), serverFingerprint);
        QVERIFY(!ada.ready());

        // The user compared the fingerprint and trusts it.
        ada.client().trustCertificate(ada.client().serverCertificate());
        QTRY_VERIFY(ada.ready());
        QCOMPARE(ada.text(), QStringLiteral("tofu\n"));
        QCOMPARE(errors.size(), 1);
    }

    void changedCertificateIsRefusedUntilAccepted()
    {
        // Ada trusted the "other" certificate before; the server now presents "server".
        RoomServer first(tlsConfig(QStringLiteral("other")));
        QVERIFY(first.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = first.createRoom(QStringLiteral("abc\n")).value();
        TcpProxy proxy(first.port());
        TestPeer ada(QStringLiteral("ada"));
        TestPeer bob(QStringLiteral("bob"));
        QSignalSpy errors(&ada.client(), &SessionClient::errorOccurred);
        ada.client().trustCertificate(otherFingerprint);
        ada.client().join(inviteTo(proxy.port(), room));
        QTRY_VERIFY(ada.ready());
        QCOMPARE(errors.size(), 0);

        // The room moves to a server with another certificate while Ada is offline and typing.
        proxy.setOffline(true);
        proxy.cutAll();
        QTRY_COMPARE(ada.client().state(), SessionClient::State::Reconnecting);
        for (int i = 0; i < 5; ++i)
            ada.insert(0, QStringLiteral("a"));
        RoomServer second(tlsConfig(QStringLiteral("server")));
        QVERIFY(second.listen(QHostAddress::LocalHost, 0).ok());
        QVERIFY(second.createRoom(first.roomText(room), {}, room).ok());
        proxy.setTargetPort(second.port());
        proxy.setOffline(false);
        QTRY_COMPARE(ada.client().state(), SessionClient::State::Failed);
        QCOMPARE(lastError(errors).kind, SessionError::Kind::CertificateChanged);
        QCOMPARE(ada.client().serverCertificate(), serverFingerprint);
        QCOMPARE(second.roomText(room), QStringLiteral("abc\n"));
        QCOMPARE(ada.client().unsentEditCount(), 5);

        // Accepting the new certificate resumes the session with the offline edits.
        ada.client().trustCertificate(serverFingerprint);
        QTRY_COMPARE(ada.client().state(), SessionClient::State::Connected);
        QTRY_COMPARE(second.roomText(room), QStringLiteral("aaaaaabc\n"));
        QTRY_COMPARE(ada.client().unsentEditCount(), 0);
        QCOMPARE(ada.text(), second.roomText(room));
    }

    void plainClientMeetsTlsServer()
    {
        RoomServer server(tlsConfig(QStringLiteral("server")));
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("x")).value();
        TestPeer ada(QStringLiteral("ada"));
        QSignalSpy errors(&ada.client(), &SessionClient::errorOccurred);
        ada.client().join(Invite(QStringLiteral("127.0.0.1"), server.port(), room));
        QTRY_VERIFY(!errors.isEmpty());
        const SessionError error = lastError(errors);
        QCOMPARE(error.kind, SessionError::Kind::EncryptionMismatch);
        QVERIFY2(error.message.contains(QStringLiteral("encrypted")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("?fp=")), qPrintable(error.message));
        // Indistinguishable from a network that drops connections, so it keeps trying.
        QVERIFY(!error.fatal);
        QCOMPARE(ada.client().state(), SessionClient::State::Reconnecting);
    }

    void tlsClientMeetsPlainServer()
    {
        RoomServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        // The server waits this long for a WebSocket handshake that a TLS hello never completes.
        server.findChild<QWebSocketServer *>()->setHandshakeTimeout(300);
        const QString room = server.createRoom(QStringLiteral("x")).value();
        TestPeer ada(QStringLiteral("ada"));
        QSignalSpy errors(&ada.client(), &SessionClient::errorOccurred);
        ada.client().join(inviteTo(server.port(), room, serverFingerprint));
        QTRY_VERIFY(!errors.isEmpty());
        const SessionError error = lastError(errors);
        QCOMPARE(error.kind, SessionError::Kind::EncryptionMismatch);
        QVERIFY2(error.message.contains(QStringLiteral("may not offer encryption")),
                 qPrintable(error.message));
        QVERIFY(!error.fatal);
        QVERIFY(ada.client().serverCertificate().isEmpty());
    }

    void tlsClientMeetsSomethingElse()
    {
        // A server that answers, in plain text, whatever it is sent: not TLS, certainly.
        QTcpServer plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
        connect(&plain, &QTcpServer::newConnection, this, [&plain] {
            QTcpSocket *socket = plain.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
                socket->disconnectFromHost();
            });
        });
        TestPeer ada(QStringLiteral("ada"));
        QSignalSpy errors(&ada.client(), &SessionClient::errorOccurred);
        ada.client().join(inviteTo(plain.serverPort(),
                                   QStringLiteral("3f2b8c1e-9a4d-4e6f-8b1a-0c2d3e4f5a6b"),
                                   serverFingerprint));
        QTRY_COMPARE(ada.client().state(), SessionClient::State::Failed);
        QCOMPARE(lastError(errors).kind, SessionError::Kind::EncryptionMismatch);
        QVERIFY(lastError(errors).fatal);
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
