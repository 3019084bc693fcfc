// The Chat panel: lines with their authors' names, markup shown as typed, an unread count while
// the panel is hidden, sending with Enter, and links to lines of open files.
#include "SessionPeers.h"
#include "session/ChatLinks.h"
#include "session/ChatPanel.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTextBrowser>

using namespace ensemble;
using namespace ensemble::test;

class TestChatPanel : public QObject
{
    Q_OBJECT

private slots:
    void linesUnreadAndLinks()
    {
        Room room;
        const QString file
            = room.host.folder.write(QStringLiteral("notes.txt"), "one\ntwo\nthree\nfour\nfive\n");
        room.host.tab = room.host.window.workspace().open(file);
        QVERIFY(room.host.tab);
        room.start(QStringLiteral("one\ntwo\nthree\nfour\nfive\n"));
        if (QTest::currentTestFailed())
            return;
        auto *anaChat = room.ana.window.findChild<ChatPanel *>();
        auto *hostChat = room.host.window.findChild<ChatPanel *>();
        QVERIFY(anaChat && hostChat);
        QTRY_VERIFY(anaChat->isVisible()); // shown with the session
        QCOMPARE(anaChat->windowTitle(), tr("Chat"));

        // Hidden: lines from others count as unread in the title.
        anaChat->hide();
        const QString markup = QStringLiteral("<b>bold</b> &amp; see notes.txt:4");
        QVERIFY(room.bo.session()->client().sendChat(markup));
        QVERIFY(room.bo.session()->client().sendChat(QStringLiteral("second")));
        QTRY_COMPARE(anaChat->unreadCount(), 2);
        QCOMPARE(anaChat->windowTitle(), tr("Chat (%1)").arg(2));
        const QString shown = anaChat->view()->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("Bo ") + markup), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("Bo second")));
        QVERIFY(!anaChat->view()->toHtml().contains(QStringLiteral("<b>bold</b>")));
        QVERIFY(anaChat->view()->toHtml().contains(QStringLiteral("ensemble-line:notes.txt#4")));
        anaChat->show();
        QTRY_COMPARE(anaChat->unreadCount(), 0);
        QCOMPARE(anaChat->windowTitle(), tr("Chat"));

        // Enter sends; the author's own line is not unread anywhere it is theirs.
        room.ana.window.activateWindow();
        anaChat->input()->setFocus();
        QTest::keyClicks(anaChat->input(), QStringLiteral("hello <i>all</i>"));
        QTest::keyClick(anaChat->input(), Qt::Key_Return);
        QTRY_VERIFY(
            hostChat->view()->toPlainText().contains(QStringLiteral("Ana hello <i>all</i>")));
        QTRY_VERIFY(anaChat->view()->toPlainText().contains(QStringLiteral("Ana hello")));
        QVERIFY(anaChat->input()->text().isEmpty());

        // The panel follows the current tab: a document that is not shared has no chat.
        DocumentTab *plain = room.ana.window.workspace().newDocument();
        room.ana.window.workspace().setCurrent(plain);
        QTRY_VERIFY(anaChat->view()->toPlainText().isEmpty());
        QVERIFY(!anaChat->input()->isEnabled());
        room.ana.window.workspace().setCurrent(room.ana.tab);
        QTRY_VERIFY(anaChat->input()->isEnabled());
        QCOMPARE(anaChat->view()->toPlainText().count(QStringLiteral("Bo second")), 1);
        QCOMPARE(anaChat->view()->toPlainText().count(QStringLiteral("Ana hello")), 1);

        // A link opens its line in the tab of that file; an unknown file is a notice.
        anaChat->openLink(ChatLinks::url(ChatLink {0, 0, QStringLiteral("notes.txt"), 4}));
        int line = -1;
        int index = -1;
        room.ana.editor()->getCursorPosition(&line, &index);
        QCOMPARE(line, 3);
        QSignalSpy notices(anaChat, &ChatPanel::notice);
        anaChat->openLink(ChatLinks::url(ChatLink {0, 0, QStringLiteral("nothere.cpp"), 1}));
        QCOMPARE(notices.size(), 1);
        QVERIFY(notices.first().first().toString().contains(QStringLiteral("nothere.cpp")));
    }
};

QTEST_MAIN(TestChatPanel)
#include "tst_chatpanel.moc"
