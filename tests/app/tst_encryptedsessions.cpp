// Encrypted sessions from the app's side: hosting makes (once) and uses the installation's own
// certificate, whose fingerprint the invite carries; guests join by that invite; an invite
// without a pin goes through trust on first use, answered here by faked prompts.
#include "SessionPeers.h"
#include "dialogs/FingerprintLabel.h"
#include "dialogs/HostSessionDialog.h"
#include "dialogs/JoinSessionDialog.h"
#include "hosting/HostCertificate.h"
#include "session/SessionStatusController.h"
#include "tls/Fingerprint.h"
#include "tls/TlsCredentials.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSslSocket>

using namespace ensemble;
using namespace ensemble::test;

namespace {

const QString seed = QStringLiteral("encrypted\n");

// The room's invite as someone would write it without the fingerprint: wss://HOST:PORT/ROOM.
Invite unpinned(const Invite &invite)
{
    Invite bare(invite.host(), invite.port(), invite.roomId());
    bare.setEncrypted(true);
    return bare;
}

} // namespace

class EncryptedSessionsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hostingEncryptsWithItsOwnCertificate();
    void certificateIsKeptUntilRenewed();
    void existingDirectoryKeepsItsMode();
    void unencryptedHostingIsAChoice();
    void hostDialogShowsAndRenewsTheCertificate();
    void joinByAddressIsEncryptedByDefault();
    void firstUseAsksAndRemembers();
    void firstUseRefusedEndsTheSession();
    void changedCertificateWarns_data();
    void changedCertificateWarns();
    void wrongPinIsRefusedWithoutAsking();
    void cleanupTestCase();
};

void EncryptedSessionsTest::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
}

void EncryptedSessionsTest::hostingEncryptsWithItsOwnCertificate()
{
    Room room;
    room.start(seed);
    if (QTest::currentTestFailed())
        return;
    // The invite pins the certificate the app made and keeps in its data directory.
    const HostCertificate certificate(room.host.settings.certificateDirectory());
    const Result<TlsCredentials> files
        = TlsCredentials::load(certificate.certificateFile(), certificate.privateKeyFile());
    QVERIFY2(files.ok(), qPrintable(files ? QString() : files.error().message));
    QVERIFY(room.invite.isEncrypted());
    QCOMPARE(room.invite.fingerprint(), files.value().fingerprint());
    QVERIFY(room.invite.toString().endsWith(
        QStringLiteral("?fp=") + QString::fromLatin1(files.value().fingerprint().toHex())));
    // Nobody else may read the key, or even look into its directory.
    const QFile::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    QCOMPARE(QFileInfo(certificate.privateKeyFile()).permissions() & others, QFile::Permissions());
    QVERIFY(QFileInfo(certificate.privateKeyFile()).permissions() & QFileDevice::ReadOwner);
    QCOMPARE(QFileInfo(room.host.settings.certificateDirectory()).permissions() & others,
             QFile::Permissions());

    // Everyone, the host's own loopback client included, saw that very certificate.
    for (Peer *peer : {&room.host, &room.ana, &room.bo}) {
        QVERIFY(peer->session()->client().isEncrypted());
        QCOMPARE(peer->session()->client().serverCertificate(), room.invite.fingerprint());
        QVERIFY(peer->prompts.certificateQuestions.isEmpty());
    }
    room.ana.typeAt(0, QStringLiteral("A"));
    room.bo.typeAt(10, QStringLiteral("B"));
    room.expectEveryoneHas(QStringLiteral("Aencrypted\nB"));

    auto *status = room.ana.window.findChild<SessionStatusController *>();
    QTRY_COMPARE(status->encryptionLabel()->text(), tr("Encrypted"));
    QVERIFY(status->encryptionLabel()->toolTip().contains(
        displayFingerprint(room.invite.fingerprint())));
}

void EncryptedSessionsTest::certificateIsKeptUntilRenewed()
{
    Peer host(QStringLiteral("Hana"), QStringLiteral("#d81b60"));
    host.window.openStartupFiles({});
    host.tab = host.window.workspace().current();
    const Result<Invite> first = host.collaboration().host(host.tab, {QHostAddress::LocalHost, 0});
    QVERIFY(first.ok());
    host.collaboration().leave(host.tab);
    const Result<Invite> second = host.collaboration().host(host.tab, {QHostAddress::LocalHost, 0});
    QVERIFY(second.ok());
    QCOMPARE(second.value().fingerprint(), first.value().fingerprint());
    host.collaboration().leave(host.tab);

    const Result<QByteArray> renewed
        = HostCertificate(host.settings.certificateDirectory()).regenerate();
    QVERIFY(renewed.ok());
    QVERIFY(renewed.value() != first.value().fingerprint());
    const Result<Invite> third = host.collaboration().host(host.tab, {QHostAddress::LocalHost, 0});
    QVERIFY(third.ok());
    QCOMPARE(third.value().fingerprint(), renewed.value());
}

void EncryptedSessionsTest::existingDirectoryKeepsItsMode()
{
    // ensemble --generate-certificate . must not lock others out of the current directory.
    TempFolder folder;
    const QFile::Permissions shared = QFileDevice::ReadOwner | QFileDevice::WriteOwner
        | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(folder.path(), shared));
    const Result<QByteArray> written = HostCertificate::write(folder.path());
    QVERIFY(written.ok());
    QCOMPARE(QFileInfo(folder.path()).permissions() & ~QFile::Permissions(0x0f00), shared);
    const HostCertificate pair(folder.path());
    QCOMPARE(QFileInfo(pair.privateKeyFile()).permissions()
                 & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFile::Permissions());
}

void EncryptedSessionsTest::unencryptedHostingIsAChoice()
{
    Room room;
    room.host.window.openStartupFiles({});
    room.host.tab = room.host.window.workspace().current();
    room.host.editor()->setText(seed);
    HostOptions options {QHostAddress::LocalHost, 0};
    options.encrypted = false;
    const Result<Invite> hosted = room.host.collaboration().host(room.host.tab, options);
    QVERIFY(hosted.ok());
    QVERIFY(!hosted.value().isEncrypted());
    QVERIFY(!hosted.value().toString().contains(QStringLiteral("fp=")));
    room.ana.tab = room.ana.collaboration().join(hosted.value());
    QTRY_VERIFY(room.ana.connected());
    QCOMPARE(room.ana.text(), seed);
    auto *status = room.ana.window.findChild<SessionStatusController *>();
    QTRY_COMPARE(status->encryptionLabel()->text(), tr("Not encrypted"));
}

void EncryptedSessionsTest::hostDialogShowsAndRenewsTheCertificate()
{
    TempFolder folder;
    HostSessionDialog dialog({QStringLiteral("Hana"), QStringLiteral("#d81b60")}, folder.path());
    QVERIFY(dialog.encryptBox()->isChecked());
    QVERIFY(dialog.options().encrypted);
    const Result<QByteArray> made = HostCertificate(folder.path()).ensure();
    QVERIFY(made.ok());
    // Two lines of 16 pairs, as people compare them.
    const QString shown = dialog.fingerprintLabel()->text();
    QCOMPARE(shown.count(u'\n'), 1);
    QVERIFY2(QString(shown).replace(u'\n', u':') == displayFingerprint(made.value()),
             qPrintable(shown));

    dialog.newCertificateButton()->click();
    const Result<QByteArray> renewed = HostCertificate(folder.path()).ensure();
    QVERIFY(renewed.ok());
    QVERIFY(renewed.value() != made.value());
    QCOMPARE(dialog.fingerprintLabel()->text().replace(u'\n', u':'),
             displayFingerprint(renewed.value()));

    dialog.encryptBox()->setChecked(false);
    QVERIFY(!dialog.options().encrypted);
    QVERIFY(!dialog.newCertificateButton()->isEnabled());
}

void EncryptedSessionsTest::joinByAddressIsEncryptedByDefault()
{
    const QString room = QStringLiteral("3f2b8c1e-9a4d-4e6f-8b1a-0c2d3e4f5a6b");
    JoinSessionDialog dialog({QStringLiteral("Carl"), QStringLiteral("#000000")}, {});
    dialog.findChild<QLineEdit *>(QStringLiteral("address"))->setText(QStringLiteral("h:9"));
    dialog.findChild<QLineEdit *>(QStringLiteral("room"))->setText(room);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.invite().isEncrypted());
    QVERIFY(dialog.invite().fingerprint().isEmpty());
    QCOMPARE(dialog.invite().webSocketUrl().toString(), QStringLiteral("wss://h:9/") + room);

    dialog.findChild<QCheckBox *>(QStringLiteral("encrypted"))->setChecked(false);
    dialog.accept();
    QVERIFY(!dialog.invite().isEncrypted());
}

void EncryptedSessionsTest::firstUseAsksAndRemembers()
{
    Room room;
    room.start(seed);
    if (QTest::currentTestFailed())
        return;
    Peer carl(QStringLiteral("Carl"), QStringLiteral("#000000"));
    const Invite invite = unpinned(room.invite);
    carl.prompts.trustCertificate = {true};
    carl.tab = carl.collaboration().join(invite);
    QTRY_VERIFY(carl.connected());
    QCOMPARE(carl.text(), seed);
    QCOMPARE(carl.prompts.certificateQuestions,
             QStringList {invite.server() + u' ' + displayFingerprint(room.invite.fingerprint())});
    QCOMPARE(carl.settings.trustedCertificate(invite.server()), room.invite.fingerprint());
    QVERIFY(carl.prompts.errors.isEmpty());

    // Remembered: the next time nobody is asked.
    carl.collaboration().leave(carl.tab);
    carl.tab = carl.collaboration().join(invite);
    QTRY_VERIFY(carl.connected());
    QCOMPARE(carl.prompts.certificateQuestions.size(), 1);
    QVERIFY(carl.prompts.unanswered.isEmpty());
}

void EncryptedSessionsTest::firstUseRefusedEndsTheSession()
{
    Room room;
    room.start(seed);
    if (QTest::currentTestFailed())
        return;
    Peer carl(QStringLiteral("Carl"), QStringLiteral("#000000"));
    const int tabsBefore = int(carl.window.workspace().documents().size());
    const Invite invite = unpinned(room.invite);
    carl.prompts.trustCertificate = {false};
    carl.collaboration().join(invite);
    QTRY_COMPARE(carl.prompts.certificateQuestions.size(), 1);
    // Saying no ends the join quietly: the empty tab it opened goes away, nothing is stored.
    QTRY_COMPARE(int(carl.window.workspace().documents().size()), tabsBefore);
    QVERIFY(carl.prompts.errors.isEmpty());
    QVERIFY(carl.settings.trustedCertificate(invite.server()).isEmpty());
    QCOMPARE(room.host.session()->client().participants().size(), 2);
}

void EncryptedSessionsTest::changedCertificateWarns_data()
{
    QTest::addColumn<bool>("accept");
    QTest::addRow("accepted") << true;
    QTest::addRow("refused") << false;
}

void EncryptedSessionsTest::changedCertificateWarns()
{
    QFETCH(bool, accept);
    Room room;
    room.start(seed);
    if (QTest::currentTestFailed())
        return;
    Peer carl(QStringLiteral("Carl"), QStringLiteral("#000000"));
    const Invite invite = unpinned(room.invite);
    const int tabsBefore = int(carl.window.workspace().documents().size());
    const QByteArray before(32, '\x11'); // what Carl trusted for this address once
    carl.settings.setTrustedCertificate(invite.server(), before);
    carl.prompts.trustCertificate = {accept};
    carl.tab = carl.collaboration().join(invite);
    QTRY_COMPARE(carl.prompts.certificateQuestions.size(), 1);
    // The question is a warning: it names the certificate trusted before.
    QCOMPARE(carl.prompts.certificateQuestions.constFirst(),
             invite.server() + u' ' + displayFingerprint(room.invite.fingerprint()) + u' '
                 + displayFingerprint(before));
    if (accept) {
        QTRY_VERIFY(carl.connected());
        QCOMPARE(carl.text(), seed);
        QCOMPARE(carl.settings.trustedCertificate(invite.server()), room.invite.fingerprint());
    } else {
        QTRY_COMPARE(int(carl.window.workspace().documents().size()), tabsBefore);
        QCOMPARE(carl.settings.trustedCertificate(invite.server()), before);
    }
    QVERIFY(carl.prompts.errors.isEmpty());
}

void EncryptedSessionsTest::wrongPinIsRefusedWithoutAsking()
{
    Room room;
    room.start(seed);
    if (QTest::currentTestFailed())
        return;
    Peer carl(QStringLiteral("Carl"), QStringLiteral("#000000"));
    Invite invite = room.invite;
    invite.setFingerprint(QByteArray(32, '\x22'));
    carl.collaboration().join(invite);
    QTRY_COMPARE(carl.prompts.errors.size(), 1);
    QVERIFY2(
        carl.prompts.errors.constFirst().contains(QStringLiteral("not the one the invite names")),
        qPrintable(carl.prompts.errors.constFirst()));
    QVERIFY(carl.prompts.certificateQuestions.isEmpty());
    QCOMPARE(room.host.session()->client().participants().size(), 2);
}

void EncryptedSessionsTest::cleanupTestCase()
{
    // Stopped hosts keep their servers for a second so guests hear the room close.
    QTest::qWait(1500);
}

QTEST_MAIN(EncryptedSessionsTest)
#include "tst_encryptedsessions.moc"
