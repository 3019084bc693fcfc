// Following a participant in the application: the Participants panel starts it (double-click or
// "Follow"), the view then keeps their caret in sight, the status bar and the panel say whom the
// view follows, and it stops with "Stop Following", typing, or the participant leaving.
#include "SessionPeers.h"
#include "session/ParticipantsPanel.h"
#include "session/SessionStatusController.h"

#include <QLabel>
#include <QListWidget>

using namespace ensemble;
using namespace ensemble::test;

namespace {

using S = QsciScintillaBase;

QString longText()
{
    QStringList lines;
    for (int i = 0; i < 300; ++i)
        lines.append(QStringLiteral("line %1").arg(i));
    return lines.join('\n') + '\n';
}

ParticipantsPanel *panel(Peer &peer)
{
    return peer.window.findChild<ParticipantsPanel *>();
}

QListWidgetItem *itemFor(Peer &peer, const QString &name)
{
    QListWidget *list = panel(peer)->list();
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().startsWith(name + QStringLiteral(" (")))
            return list->item(row);
    }
    return nullptr;
}

QLabel *followingLabel(Peer &peer)
{
    return peer.window.findChild<SessionStatusController *>()->followingLabel();
}

// The panel's context menu action named text for the row of name, triggered; false if missing.
bool trigger(Peer &peer, const QString &name, const QString &text)
{
    QObject owner;
    for (QAction *action : panel(peer)->actionsFor(itemFor(peer, name), &owner)) {
        if (action->text() == text) {
            action->trigger();
            return true;
        }
    }
    return false;
}

} // namespace

class FollowTest : public QObject
{
    Q_OBJECT

private slots:
    void panelStartsFollowing_data();
    void panelStartsFollowing();
    void followingYourselfIsNotOffered();
    void cleanupTestCase();
};

void FollowTest::panelStartsFollowing_data()
{
    QTest::addColumn<bool>("doubleClick"); // or the context menu's "Follow"
    QTest::addColumn<QString>("stop");

    QTest::addRow("menu, then Stop Following") << false << "menu";
    QTest::addRow("double-click, then typing") << true << "type";
    QTest::addRow("menu, then Escape") << false << "escape";
    QTest::addRow("double-click, then Bo leaves") << true << "leave";
}

void FollowTest::panelStartsFollowing()
{
    QFETCH(bool, doubleClick);
    QFETCH(QString, stop);

    Room room;
    const QString text = longText();
    room.start(text);
    if (QTest::currentTestFailed())
        return;
    Peer &ana = room.ana;
    QTRY_VERIFY(itemFor(ana, QStringLiteral("Bo")));
    QVERIFY(!followingLabel(ana)->isVisible());
    ana.moveTo(text.indexOf(QStringLiteral("line 3\n")));
    const long anaCaret = ana.editor()->SendScintilla(S::SCI_GETCURRENTPOS);

    if (doubleClick)
        emit panel(ana)->list()->itemDoubleClicked(itemFor(ana, QStringLiteral("Bo")));
    else
        QVERIFY(trigger(ana, QStringLiteral("Bo"), tr("Follow")));
    QVERIFY(ana.session()->isFollowing(ana.idOf(QStringLiteral("Bo"))));
    QCOMPARE(followingLabel(ana)->text(), tr("Following %1").arg(QStringLiteral("Bo")));
    QVERIFY(followingLabel(ana)->isVisible());
    QTRY_VERIFY(itemFor(ana, QStringLiteral("Bo")));
    QVERIFY(itemFor(ana, QStringLiteral("Bo"))->text().contains(tr("following")));
    QVERIFY(itemFor(ana, QStringLiteral("Bo"))->font().bold());
    QVERIFY(!itemFor(ana, QStringLiteral("Hana"))->text().contains(tr("following")));
    // Hana sees nothing of it.
    QVERIFY(!followingLabel(room.host)->isVisible());

    // Bo goes far down: Ana's view goes with him, her caret stays.
    const long firstBefore = ana.editor()->SendScintilla(S::SCI_GETFIRSTVISIBLELINE);
    room.bo.moveTo(text.indexOf(QStringLiteral("line 250\n")));
    QTRY_VERIFY(ana.editor()->SendScintilla(S::SCI_GETFIRSTVISIBLELINE) > firstBefore + 100);
    const long first = ana.editor()->SendScintilla(S::SCI_GETFIRSTVISIBLELINE);
    QVERIFY(first <= 250 && 250 < first + ana.editor()->SendScintilla(S::SCI_LINESONSCREEN));
    QCOMPARE(ana.editor()->SendScintilla(S::SCI_GETCURRENTPOS), anaCaret);
    // He types there: still in view, and Ana still follows.
    room.bo.typeAt(text.indexOf(QStringLiteral("line 280\n")), QStringLiteral("bo"));
    QTRY_VERIFY(ana.text().contains(QStringLiteral("boline 280")));
    QTRY_VERIFY(ana.editor()->SendScintilla(S::SCI_GETFIRSTVISIBLELINE) > first);
    QCOMPARE(followingLabel(ana)->text(), tr("Following %1").arg(QStringLiteral("Bo")));

    if (stop == QLatin1String("menu")) {
        QVERIFY(trigger(ana, QStringLiteral("Bo"), tr("Stop Following")));
    } else if (stop == QLatin1String("type")) {
        QTest::keyClick(ana.editor(), 'a');
    } else if (stop == QLatin1String("escape")) {
        QTest::keyClick(ana.editor(), Qt::Key_Escape);
    } else {
        room.bo.collaboration().leave(room.bo.tab);
        QTRY_VERIFY(!itemFor(ana, QStringLiteral("Bo")));
    }
    QTRY_VERIFY(!followingLabel(ana)->isVisible());
    QVERIFY(!ana.session()->isFollowing(ana.idOf(QStringLiteral("Bo"))));
    for (int row = 0; row < panel(ana)->list()->count(); ++row)
        QVERIFY(!panel(ana)->list()->item(row)->text().contains(tr("following")));
    if (stop != QLatin1String("leave")) {
        QObject owner;
        const QList<QAction *> actions
            = panel(ana)->actionsFor(itemFor(ana, QStringLiteral("Bo")), &owner);
        QVERIFY(!actions.isEmpty());
        QCOMPARE(actions.first()->text(), tr("Follow"));
    }
}

void FollowTest::followingYourselfIsNotOffered()
{
    Room room;
    room.start(longText());
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(itemFor(room.ana, QStringLiteral("Ana")));
    QObject owner;
    QVERIFY(
        panel(room.ana)->actionsFor(itemFor(room.ana, QStringLiteral("Ana")), &owner).isEmpty());
    emit panel(room.ana)->list()->itemDoubleClicked(itemFor(room.ana, QStringLiteral("Ana")));
    QVERIFY(!followingLabel(room.ana)->isVisible());
    room.ana.session()->follow(room.ana.session()->client().self().id);
    QVERIFY(!followingLabel(room.ana)->isVisible());
}

void FollowTest::cleanupTestCase()
{
    // A stopped host keeps its server for a second so the guests hear the room close; let the
    // last ones go before the process ends, or LeakSanitizer reports them.
    QTest::qWait(1500);
}

QTEST_MAIN(FollowTest)
#include "tst_follow.moc"
