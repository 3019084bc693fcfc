#include "LanguageRegistry.h"
#include "NoticeBar.h"
#include "SessionPeers.h"
#include "collab/RemoteCaret.h"
#include "collab/RemoteCursors.h"
#include "collab/SessionBinding.h"
#include "session/ParticipantsPanel.h"
#include "session/SessionStatusController.h"

#include <QInputMethodEvent>
#include <QLabel>
#include <QListWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUuid>
#include <QWebSocket>

using namespace ensemble;
using namespace ensemble::test;

namespace {

const QString seed = QStringLiteral("line one\nline two\n");

} // namespace

class CollaborationTest : public QObject
{
    Q_OBJECT

private slots:
    void typingAppearsEverywhere_data();
    void typingAppearsEverywhere();
    void panelAndStatusShowTheRoom();
    void panelShowsALostConnection_data();
    void panelShowsALostConnection();
    void remoteCaretFollowsConcurrentEdits();
    void undoRemovesOnlyOwnTyping();
    void leavingKeepsTheText();
    void sharedEditsAreUnsavedWork();
    void stoppingHostingEndsTheGuestsSessions();
    void languageFollowsTheRoom();
    void unknownRoomIsExplained();
    void joiningTakesThePlaceOfTheUntouchedTab();
    void joiningARoomAgainShowsItsTab();
    void failedFirstJoinIsExplainedAndStops_data();
    void failedFirstJoinIsExplainedAndStops();
    void aTakenPortFallsBackOnlyWhenAllowed_data();
    void aTakenPortFallsBackOnlyWhenAllowed();
    void endingHostingWithGuestsAsksFirst_data();
    void endingHostingWithGuestsAsksFirst();
};

void CollaborationTest::typingAppearsEverywhere_data()
{
    // Each peer types at its own place in the same instant; the texts must converge.
    QTest::addColumn<qsizetype>("hostAt");
    QTest::addColumn<QString>("hostKeys");
    QTest::addColumn<qsizetype>("anaAt");
    QTest::addColumn<QString>("anaKeys");
    QTest::addColumn<qsizetype>("boAt");
    QTest::addColumn<QString>("boKeys");
    QTest::addColumn<QString>("expected");
    QTest::addRow("three places") << qsizetype(18) << "H1" << qsizetype(0) << "A1" << qsizetype(8)
                                  << "B1"
                                  << "A1line oneB1\nline two\nH1";
    QTest::addRow("one line, far apart")
        << qsizetype(4) << "hhh" << qsizetype(13) << "aaa" << qsizetype(0) << "bbb"
        << "bbblinehhh one\nlineaaa two\n";
    QTest::addRow("non-ASCII") << qsizetype(0) << "café " << qsizetype(18) << "ñandú"
                               << qsizetype(9) << "Größe "
                               << "café line one\nGröße line two\nñandú";
}

void CollaborationTest::typingAppearsEverywhere()
{
    QFETCH(qsizetype, hostAt);
    QFETCH(QString, hostKeys);
    QFETCH(qsizetype, anaAt);
    QFETCH(QString, anaKeys);
    QFETCH(qsizetype, boAt);
    QFETCH(QString, boKeys);
    QFETCH(QString, expected);
    Room room;
    room.start(seed);
    if (QTest::currentTestFailed())
        return;
    room.host.typeAt(hostAt, hostKeys);
    room.ana.typeAt(anaAt, anaKeys);
    room.bo.typeAt(boAt, boKeys);
    room.expectEveryoneHas(expected);
}

void CollaborationTest::panelAndStatusShowTheRoom()
{
    Room room;
    room.start(seed);
    if (QTest::currentTestFailed())
        return;
    // Emoji arrive through the input method (one commit of a surrogate pair), as people type them.
    room.ana.moveTo(0);
    QInputMethodEvent emoji;
    emoji.setCommitString(QStringLiteral("😀ü"));
    QCoreApplication::sendEvent(room.ana.editor(), &emoji);
    room.bo.typeAt(18, QStringLiteral("é"));
    room.expectEveryoneHas(QStringLiteral("😀üline one\nline two\né"));

    auto *list = room.host.window.findChild<ParticipantsPanel *>()->list();
    QTRY_COMPARE(list->count(), 3);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("Hana")));
    QVERIFY(list->item(0)->text().contains(tr("host")));
    auto *status = room.host.window.findChild<SessionStatusController *>();
    QVERIFY(status->stateLabel()->text().contains(QString::number(room.invite.port())));
    QCOMPARE(status->participantsLabel()->text(), tr("%n participant(s)", nullptr, 3));
    auto *guestList = room.ana.window.findChild<ParticipantsPanel *>()->list();
    QTRY_COMPARE(guestList->count(), 3);
    QVERIFY(guestList->item(0)->text().contains(QStringLiteral("Ana")));

    // Someone who left is not listed: the panel shows who is there, as the count does.
    room.bo.collaboration().leave(room.bo.tab);
    QTRY_COMPARE(list->count(), 2);
    QVERIFY(list->item(1)->text().contains(QStringLiteral("Ana")));
    QTRY_COMPARE(status->participantsLabel()->text(), tr("%n participant(s)", nullptr, 2));
}

void CollaborationTest::panelShowsALostConnection_data()
{
    QTest::addColumn<QString>("who"); // whose connection drops
    QTest::addColumn<QStringList>("others"); // the others, in the order the panel lists them
    QTest::addRow("a guest") << QStringLiteral("Ana")
                             << QStringList {QStringLiteral("Hana"), QStringLiteral("Bo")};
    QTest::addRow("the host") << QStringLiteral("Hana")
                              << QStringList {QStringLiteral("Ana"), QStringLiteral("Bo")};
}

void CollaborationTest::panelShowsALostConnection()
{
    QFETCH(QString, who);
    QFETCH(QStringList, others);
    Room room;
    room.start(seed);
    if (QTest::currentTestFailed())
        return;
    Peer &peer = who == QStringLiteral("Hana") ? room.host : room.ana;
    SharedDocument *session = peer.session();
    auto *list = peer.window.findChild<ParticipantsPanel *>()->list();
    auto *status = peer.window.findChild<SessionStatusController *>();
    QTRY_COMPARE(list->count(), 3);

    // The connection dies without a word, and the next attempt is far off.
    session->client().setReconnectDelays(60000, 60000);
    session->client().findChild<QWebSocket *>()->abort();
    QTRY_COMPARE(session->client().state(), SessionClient::State::Reconnecting);
    // The panel says so, keeps this user's row, and claims nobody else is connected.
    QTRY_COMPARE(list->count(), 4);
    QVERIFY(list->item(0)->text().contains(tr("Connection lost")));
    QVERIFY(list->item(1)->text().startsWith(who));
    QVERIFY(list->item(1)->text().contains(tr("reconnecting")));
    for (int row = 2; row < 4; ++row) {
        QVERIFY(list->item(row)->text().startsWith(others.at(row - 2)));
        QVERIFY(list->item(row)->text().contains(tr("status unknown")));
        QVERIFY(!list->item(row)->text().contains(tr("connected")));
    }
    QCOMPARE(status->participantsLabel()->text(), tr("Participants unknown"));

    // Back in the room, its welcome says who is there.
    session->client().join(session->isHost() ? session->host()->localInvite() : session->invite());
    QTRY_VERIFY(peer.connected());
    QTRY_COMPARE(list->count(), 3);
    QVERIFY(list->item(0)->text().startsWith(who));
    for (int row = 0; row < 3; ++row)
        QVERIFY(list->item(row)->text().contains(tr("connected")));
    QCOMPARE(status->participantsLabel()->text(), tr("%n participant(s)", nullptr, 3));
}

void CollaborationTest::remoteCaretFollowsConcurrentEdits()
{
    Room room;
    room.start(seed);
    if (QTest::currentTestFailed())
        return;
    room.ana.typeAt(5, QStringLiteral("XY"));
    room.host.typeAt(0, QStringLiteral("123"));
    room.expectEveryoneHas(QStringLiteral("123line XYone\nline two\n"));

    // Ana's caret sits after "XY" for everyone, whatever arrived first.
    for (Peer *peer : {&room.host, &room.bo}) {
        const QString anaId = QString::number(peer->idOf(QStringLiteral("Ana")));
        RemoteCursors *cursors = peer->editor()->findChild<SessionBinding *>()->cursors();
        QTRY_COMPARE(cursors->selection(anaId).value(0).head, qsizetype(10));
        QTRY_COMPARE(cursors->carets(anaId).size(), 1);
        RemoteCaret *caret = cursors->carets(anaId).constFirst();
        QCOMPARE(caret->name(), QStringLiteral("Ana"));
        QCOMPARE(caret->color(), QColor(QStringLiteral("#1e88e5")));
        const int x = int(peer->editor()->SendScintilla(QsciScintillaBase::SCI_POINTXFROMPOSITION,
                                                        0UL, long(QString("123line XY").size())));
        QTRY_VERIFY(caret->isVisible());
        QVERIFY2(qAbs(caret->barGeometry().center().x() - x) <= 2,
                 qPrintable(QStringLiteral("caret at %1, text at %2")
                                .arg(caret->barGeometry().center().x())
                                .arg(x)));
    }
}

void CollaborationTest::undoRemovesOnlyOwnTyping()
{
    Room room;
    room.start(seed);
    if (QTest::currentTestFailed())
        return;
    room.ana.typeAt(0, QStringLiteral("AAA"));
    room.host.typeAt(18, QStringLiteral("HHH"));
    room.bo.typeAt(9, QStringLiteral("BBB"));
    room.expectEveryoneHas(QStringLiteral("AAAline one\nBBBline two\nHHH"));

    room.ana.action(tr("Undo"))->trigger();
    room.expectEveryoneHas(QStringLiteral("line one\nBBBline two\nHHH"));
    room.host.action(tr("Undo"))->trigger();
    room.expectEveryoneHas(QStringLiteral("line one\nBBBline two\n"));
    room.ana.action(tr("Redo"))->trigger();
    room.expectEveryoneHas(QStringLiteral("AAAline one\nBBBline two\n"));
}

void CollaborationTest::leavingKeepsTheText()
{
    Room room;
    room.start(seed);
    if (QTest::currentTestFailed())
        return;
    room.bo.typeAt(0, QStringLiteral("bo was here "));
    const QString shared = QStringLiteral("bo was here line one\nline two\n");
    room.expectEveryoneHas(shared);

    room.bo.collaboration().leave(room.bo.tab);
    QCOMPARE(room.bo.session(), nullptr);
    QCOMPARE(room.bo.text(), shared);
    QTRY_COMPARE(room.host.session()->client().participants().size(), 1);
    QVERIFY(!room.bo.editor()->findChild<SessionBinding *>()->isActive());

    // From now on the two documents go their own ways, and Bo's undo is the usual one again.
    room.host.typeAt(0, QStringLiteral("host "));
    room.bo.typeAt(0, QStringLiteral("mine "));
    QTRY_COMPARE(room.ana.text(), QStringLiteral("host ") + shared);
    QCOMPARE(room.bo.text(), QStringLiteral("mine ") + shared);
    QCOMPARE(room.host.text(), QStringLiteral("host ") + shared);
    QVERIFY(room.bo.editor()->isUndoAvailable());
    QVERIFY(room.bo.prompts.errors.isEmpty());
}

void CollaborationTest::sharedEditsAreUnsavedWork()
{
    Room room;
    TempFolder folder;
    const QString path = folder.write(QStringLiteral("notes.txt"), seed.toUtf8());
    room.host.window.openStartupFiles({path});
    room.start(seed);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(room.host.window.workspace().save(room.host.tab));
    QVERIFY(!room.host.tab->isModified());

    // A guest's edit is an unsaved change to the host's file, marked and asked about.
    room.ana.typeAt(0, QStringLiteral("ana "));
    const QString edited = QStringLiteral("ana ") + seed;
    room.expectEveryoneHas(edited);
    QTRY_VERIFY(room.host.tab->isModified());
    QVERIFY(room.host.window.isWindowModified());
    room.host.prompts.saveChoices.append(UserPrompts::SaveChoice::Cancel);
    QVERIFY(!room.host.window.workspace().close(room.host.tab));
    QCOMPARE(room.host.prompts.askedToSave, QStringList {QStringLiteral("notes.txt")});
    QVERIFY(room.host.window.workspace().save(room.host.tab));
    QVERIFY(!room.host.tab->isModified());
    QCOMPARE(QString::fromUtf8(readBytes(path)), edited);
    room.host.typeAt(0, QStringLiteral("!"));
    QVERIFY(room.host.tab->isModified());

    // A guest who left holds text saved nowhere on this computer: closing asks first.
    QTRY_COMPARE(room.bo.text(), QStringLiteral("!") + edited);
    room.bo.collaboration().leave(room.bo.tab);
    QVERIFY(room.bo.tab->isModified());
    room.bo.prompts.saveChoices.append(UserPrompts::SaveChoice::Cancel);
    QVERIFY(!room.bo.window.workspace().close(room.bo.tab));
    QCOMPARE(room.bo.prompts.askedToSave, QStringList {QStringLiteral("notes.txt")});
}

void CollaborationTest::stoppingHostingEndsTheGuestsSessions()
{
    Room room;
    room.start(seed);
    if (QTest::currentTestFailed())
        return;
    room.ana.typeAt(0, QStringLiteral("last words "));
    const QString last = QStringLiteral("last words ") + seed;
    room.expectEveryoneHas(last);
    room.host.collaboration().leave(room.host.tab);
    // Ana is typing when the session ends: a bar says so, no message box takes her keys.
    room.ana.editor()->setFocus();
    QTRY_COMPARE(room.ana.session(), nullptr);
    QVERIFY(room.ana.tab->noticeBar()->isVisible());
    QVERIFY(room.ana.tab->noticeBar()->message().contains(
        SessionError::fromCode(QStringLiteral("room_closed"), {}).message));
    QVERIFY(room.ana.prompts.errors.isEmpty());
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    QCOMPARE(room.ana.text(), last);
    room.ana.typeAt(0, QStringLiteral("kept "));
    QCOMPARE(room.ana.text(), QStringLiteral("kept ") + last);
    QCOMPARE(room.host.text(), last);
    QVERIFY(room.host.prompts.errors.isEmpty());
}

void CollaborationTest::languageFollowsTheRoom()
{
    Room room;
    room.host.window.openStartupFiles({});
    room.host.window.workspace().current()->setLanguage(*LanguageRegistry::byId(u"python"));
    room.start(seed);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(QString::fromLatin1(room.ana.tab->language().id), QStringLiteral("python"));
    room.ana.tab->setLanguage(*LanguageRegistry::byId(u"cpp"));
    QTRY_COMPARE(QString::fromLatin1(room.host.tab->language().id), QStringLiteral("cpp"));
    QTRY_COMPARE(QString::fromLatin1(room.bo.tab->language().id), QStringLiteral("cpp"));
}

void CollaborationTest::unknownRoomIsExplained()
{
    Room room;
    room.start(seed);
    if (QTest::currentTestFailed())
        return;
    Peer carl(QStringLiteral("Carl"), QStringLiteral("#000000"));
    const int tabsBefore = int(carl.window.workspace().documents().size());
    Invite elsewhere(room.invite.host(), room.invite.port(),
                     QUuid::createUuid().toString(QUuid::WithoutBraces));
    elsewhere.setFingerprint(room.invite.fingerprint());
    carl.collaboration().join(elsewhere);
    QTRY_COMPARE(carl.prompts.errors.size(), 1);
    QVERIFY(carl.prompts.errors.constFirst().contains(
        SessionError::fromCode(QStringLiteral("no_such_room"), {}).message));
    // The empty tab the join opened goes away again.
    QTRY_COMPARE(int(carl.window.workspace().documents().size()), tabsBefore);
    // An invite that never got anyone in is not offered again.
    QVERIFY(carl.settings.recentSessions().isEmpty());
}

void CollaborationTest::joiningTakesThePlaceOfTheUntouchedTab()
{
    Room room;
    room.start(seed);
    if (QTest::currentTestFailed())
        return;
    Peer carl(QStringLiteral("Carl"), QStringLiteral("#000000"));
    carl.window.openStartupFiles({});
    QCOMPARE(carl.window.workspace().documents().size(), 1);
    carl.tab = carl.collaboration().join(room.invite);
    QTRY_VERIFY(carl.connected());
    QTRY_COMPARE(carl.window.workspace().documents().size(), 1);
    QCOMPARE(carl.window.workspace().documents().constFirst(), carl.tab);
    QCOMPARE(carl.settings.recentSessions(), QStringList {room.invite.toString()});
}

void CollaborationTest::joiningARoomAgainShowsItsTab()
{
    Room room;
    room.start(seed);
    if (QTest::currentTestFailed())
        return;
    room.ana.window.workspace().newDocument();
    QCOMPARE(room.ana.collaboration().join(room.invite), room.ana.tab);
    QCOMPARE(room.ana.window.workspace().current(), room.ana.tab);
    QCOMPARE(room.ana.window.workspace().documents().size(), 2);
}

void CollaborationTest::failedFirstJoinIsExplainedAndStops_data()
{
    QTest::addColumn<bool>("listening");
    QTest::addColumn<QString>("expected");
    // A port nobody listens on.
    QTest::addRow("refused") << false << QStringLiteral("Nothing answers at 127.0.0.1:%1.");
    // Something accepts the connection and never answers, as a dead path looks from here.
    QTest::addRow("no answer") << true << QStringLiteral("No answer from 127.0.0.1:%1.");
}

void CollaborationTest::failedFirstJoinIsExplainedAndStops()
{
    QFETCH(bool, listening);
    QFETCH(QString, expected);
    QTcpServer silent;
    // Bound but never listening: connections are refused, and no other test running meanwhile
    // can take the port (a port freed here could be).
    QTcpSocket refusing;
    QVERIFY(refusing.bind(QHostAddress::LocalHost, 0, QAbstractSocket::DontShareAddress));
    quint16 port = refusing.localPort();
    if (listening) {
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        port = silent.serverPort();
    }
    Peer carl(QStringLiteral("Carl"), QStringLiteral("#000000"));
    const int tabsBefore = int(carl.window.workspace().documents().size());
    carl.tab = carl.collaboration().join(Invite(
        QStringLiteral("127.0.0.1"), port, QUuid::createUuid().toString(QUuid::WithoutBraces)));
    carl.session()->client().setPingInterval(200);
    QTRY_COMPARE(carl.prompts.errors.size(), 1);
    QVERIFY2(carl.prompts.errors.constFirst().contains(expected.arg(port)),
             qPrintable(carl.prompts.errors.constFirst()));
    // No empty tab is left pretending to reconnect to a session there never was.
    QTRY_COMPARE(int(carl.window.workspace().documents().size()), tabsBefore);
    QVERIFY(carl.settings.recentSessions().isEmpty());
    QTest::qWait(600);
    QCOMPARE(carl.prompts.errors.size(), 1);
}

void CollaborationTest::aTakenPortFallsBackOnlyWhenAllowed_data()
{
    QTest::addColumn<bool>("freePortIfTaken");
    // The Host dialog's default port, held by the room of another tab or another program.
    QTest::addRow("the default port") << true;
    // A port the user asked for on purpose.
    QTest::addRow("a chosen port") << false;
}

void CollaborationTest::aTakenPortFallsBackOnlyWhenAllowed()
{
    QFETCH(bool, freePortIfTaken);
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    Peer hana(QStringLiteral("Hana"), QStringLiteral("#d81b60"));
    hana.window.openStartupFiles({});
    hana.tab = hana.window.workspace().current();
    hana.editor()->setText(seed);
    HostOptions options;
    options.bindAddress = QHostAddress::LocalHost;
    options.port = squatter.serverPort();
    options.freePortIfTaken = freePortIfTaken;
    const Result<Invite> hosted = hana.collaboration().host(hana.tab, options);
    QCOMPARE(hosted.ok(), freePortIfTaken);
    if (!freePortIfTaken) {
        QCOMPARE(hosted.error().code, QStringLiteral("listen_failed"));
        QCOMPARE(hana.session(), nullptr);
        return;
    }
    QVERIFY(hosted.value().port() != squatter.serverPort());
    QTRY_VERIFY(hana.connected());
    QCOMPARE(hana.text(), seed);
}

void CollaborationTest::endingHostingWithGuestsAsksFirst_data()
{
    QTest::addColumn<bool>("quitting"); // or Stop Hosting
    QTest::addColumn<bool>("agreed");
    QTest::addRow("quit, cancelled") << true << false;
    QTest::addRow("quit, agreed") << true << true;
    QTest::addRow("stop hosting, cancelled") << false << false;
    QTest::addRow("stop hosting, agreed") << false << true;
}

void CollaborationTest::endingHostingWithGuestsAsksFirst()
{
    QFETCH(bool, quitting);
    QFETCH(bool, agreed);
    Room room;
    room.start(seed);
    if (QTest::currentTestFailed())
        return;
    room.host.prompts.endHostedSessions = {agreed};
    room.host.prompts.saveChoices = {UserPrompts::SaveChoice::Discard};
    if (quitting) {
        QCOMPARE(room.host.window.close(), agreed);
    } else {
        QAction *stop = room.host.action(QStringLiteral("Stop Hosting"));
        QVERIFY(stop);
        stop->trigger();
    }
    QCOMPARE(room.host.prompts.guestsAskedAbout, QList<int> {2});
    if (agreed) {
        // Closing the window only hides it; the sessions end when the application does.
        if (!quitting)
            QTRY_COMPARE(room.ana.session(), nullptr);
        return;
    }
    QVERIFY(room.host.session());
    room.ana.typeAt(0, QStringLiteral("still here "));
    room.expectEveryoneHas(QStringLiteral("still here ") + seed);
}

QTEST_MAIN(CollaborationTest)
#include "tst_collaboration.moc"
