// The Chat and Participants panels of a shared folder, host and guests over real sockets: the
// session's chat with names in their colours and times, the history for whoever joins later, an
// unread count while the panel is hidden, `file:line` links that open the folder's file at that
// line; the participants with the file each one is in, and following one from the list.
#include "FolderPeers.h"
#include "session/ChatLinks.h"
#include "session/ChatPanel.h"
#include "session/ParticipantsPanel.h"

#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTextBrowser>

using namespace ensemble;
using namespace ensemble::test;

namespace {

const QMap<QString, QString> project = {
    {QStringLiteral("README.md"), QStringLiteral("readme\n")},
    {QStringLiteral("src/a.cpp"), QStringLiteral("a1\na2\na3\na4\na5\n")},
    {QStringLiteral("src/b.h"), QStringLiteral("b1\nb2\nb3\n")},
};

ChatPanel *chat(Peer &peer)
{
    return peer.window.findChild<ChatPanel *>();
}

ParticipantsPanel *participants(Peer &peer)
{
    return peer.window.findChild<ParticipantsPanel *>();
}

// The rows of peer's Participants panel.
QStringList rows(Peer &peer)
{
    QStringList texts;
    QListWidget *list = participants(peer)->list();
    for (int row = 0; row < list->count(); ++row)
        texts.append(list->item(row)->text());
    return texts;
}

QListWidgetItem *rowOf(Peer &peer, const QString &name)
{
    QListWidget *list = participants(peer)->list();
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().startsWith(name + u' '))
            return list->item(row);
    }
    return nullptr;
}

QString currentTabName(Peer &peer)
{
    const DocumentTab *tab = peer.window.workspace().current();
    return tab ? tab->displayName() : QString();
}

} // namespace

class FolderPanelsTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void chatOfTheSession();
    void chatLinksOpenTheFoldersFiles_data();
    void chatLinksOpenTheFoldersFiles();
    void participantsShowTheirFilesAndAreFollowed();

private:
    // The host shares the folder and the guest joins it; QVERIFY-style failures.
    void share();
    // A guest joins the host's folder session.
    void join(Peer &guest);

    std::unique_ptr<TempFolder> m_root;
    std::unique_ptr<Peer> m_host;
    std::unique_ptr<Peer> m_guest;
    Invite m_invite;
};

void FolderPanelsTest::init()
{
    m_root = std::make_unique<TempFolder>();
    for (auto it = project.cbegin(); it != project.cend(); ++it) {
        QDir(m_root->path()).mkpath(QFileInfo(it.key()).path());
        m_root->write(it.key(), it.value().toUtf8());
    }
    m_host = std::make_unique<Peer>(QStringLiteral("Hana"), QStringLiteral("#d81b60"));
    m_guest = std::make_unique<Peer>(QStringLiteral("Ana"), QStringLiteral("#1e88e5"));
}

void FolderPanelsTest::cleanup()
{
    m_guest.reset();
    m_host.reset();
    m_root.reset();
}

void FolderPanelsTest::share()
{
    const Result<Invite> invite = folders(*m_host).share(m_root->path(), folderHostOptions(),
                                                         m_host->collaboration().identity());
    QVERIFY2(invite.ok(), qPrintable(invite ? QString() : invite.error().message));
    m_invite = invite.value();
    join(*m_guest);
}

void FolderPanelsTest::join(Peer &guest)
{
    QVERIFY(joinFolder(guest, m_invite, project.size()));
}

void FolderPanelsTest::chatOfTheSession()
{
    share();
    if (QTest::currentTestFailed())
        return;
    ChatPanel *hostChat = chat(*m_host);
    ChatPanel *anaChat = chat(*m_guest);
    QVERIFY(hostChat && anaChat);
    // Shown with the folder session, whose chat it is, before any tab is open.
    QTRY_VERIFY(anaChat->isVisible() && hostChat->isVisible());
    QVERIFY(anaChat->input()->isEnabled());

    // Ana writes; the host reads it with her name in her colour and the time.
    anaChat->input()->setText(QStringLiteral("look at src/b.h:2"));
    QTest::keyClick(anaChat->input(), Qt::Key_Return);
    QTRY_VERIFY(hostChat->view()->toPlainText().contains(QStringLiteral("Ana look at src/b.h:2")));
    const QString html = hostChat->view()->toHtml();
    QVERIFY2(html.contains(QStringLiteral("#1e88e5")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("ensemble-line:src/b.h#2")));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d Ana "))
                .match(hostChat->view()->toPlainText())
                .hasMatch());
    QVERIFY(anaChat->input()->text().isEmpty());

    // Hidden, the host's panel counts what others write; its own lines never count. Shown, it
    // has nothing unread.
    hostChat->hide();
    hostChat->show();
    QTRY_COMPARE(hostChat->unreadCount(), 0);
    hostChat->hide();
    QVERIFY(folders(*m_guest).session()->client().sendChat(QStringLiteral("two")));
    QTRY_COMPARE(hostChat->unreadCount(), 1);
    QVERIFY(folders(*m_host).session()->client().sendChat(QStringLiteral("mine")));
    QTRY_VERIFY(hostChat->view()->toPlainText().contains(QStringLiteral("Hana mine")));
    QCOMPARE(hostChat->unreadCount(), 1);
    QCOMPARE(hostChat->windowTitle(), tr("Chat (%1)").arg(1));
    hostChat->show();
    QTRY_COMPARE(hostChat->unreadCount(), 0);

    // Bo joins later: the session's history is there, in order, and none of it is unread.
    Peer bo(QStringLiteral("Bo"), QStringLiteral("#43a047"));
    join(bo);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(chat(bo)->view()->toPlainText().contains(QStringLiteral("Hana mine")));
    const QString history = chat(bo)->view()->toPlainText();
    QVERIFY2(history.indexOf(QStringLiteral("Ana look"))
                     < history.indexOf(QStringLiteral("Ana two"))
                 && history.indexOf(QStringLiteral("Ana two"))
                     < history.indexOf(QStringLiteral("Hana mine")),
             qPrintable(history));
    QCOMPARE(chat(bo)->unreadCount(), 0);
}

void FolderPanelsTest::chatLinksOpenTheFoldersFiles_data()
{
    QTest::addColumn<QString>("link"); // as written in the chat: path and line
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("tab"); // the tab it shows (empty: none, a notice instead)
    QTest::addColumn<int>("caretLine"); // from 0
    QTest::addRow("a path in the folder") << "src/b.h" << 2 << "src/b.h" << 1;
    QTest::addRow("a file name alone") << "a.cpp" << 4 << "src/a.cpp" << 3;
    QTest::addRow("past the last line") << "README.md" << 90 << "README.md" << 1;
    QTest::addRow("a file the folder does not have") << "nothere.cpp" << 1 << "" << -1;
}

void FolderPanelsTest::chatLinksOpenTheFoldersFiles()
{
    QFETCH(QString, link);
    QFETCH(int, line);
    QFETCH(QString, tab);
    QFETCH(int, caretLine);
    share();
    if (QTest::currentTestFailed())
        return;
    ChatPanel *anaChat = chat(*m_guest);
    QSignalSpy notices(anaChat, &ChatPanel::notice);
    // Not open yet: the link opens it, and the caret goes to the line once its text is there.
    anaChat->openLink(ChatLinks::url(ChatLink {0, 0, link, line}));
    if (tab.isEmpty()) {
        QCOMPARE(notices.size(), 1);
        QVERIFY(notices.first().first().toString().contains(link));
        QVERIFY(m_guest->window.workspace().current() == nullptr
                || !folders(*m_guest).holds(m_guest->window.workspace().current()));
        return;
    }
    QCOMPARE(notices.size(), 0);
    QTRY_COMPARE(currentTabName(*m_guest), tab);
    CodeEditor *editor = m_guest->window.workspace().current()->editor();
    QTRY_COMPARE(editor->text(), project.value(tab));
    int caret = -1;
    int index = -1;
    QTRY_VERIFY((editor->getCursorPosition(&caret, &index), caret == caretLine));
    // Once open, the same link goes to its tab at once.
    editor->setCursorPosition(0, 0);
    anaChat->openLink(ChatLinks::url(ChatLink {0, 0, link, line}));
    editor->getCursorPosition(&caret, &index);
    QCOMPARE(caret, caretLine);
}

void FolderPanelsTest::participantsShowTheirFilesAndAreFollowed()
{
    share();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(participants(*m_host) && participants(*m_guest));
    QTRY_VERIFY(participants(*m_guest)->isVisible());
    // Everyone, this user first, and the file each one is in once they are in one.
    QTRY_COMPARE(rows(*m_guest).size(), 2);
    QVERIFY(openFolderTab(*m_host, QStringLiteral("src/a.cpp")));
    QVERIFY(openFolderTab(*m_guest, QStringLiteral("README.md")));
    const QString hanaRow = tr("%1 (%2)").arg(QStringLiteral("Hana"),
                                              tr("host") + QStringLiteral(", ") + tr("connected"));
    const QString anaRow = tr("%1 (%2)").arg(QStringLiteral("Ana"),
                                             tr("you") + QStringLiteral(", ") + tr("connected"));
    QTRY_COMPARE(rows(*m_guest),
                 QStringList({anaRow + u'\n' + tr("in %1").arg(QStringLiteral("README.md")),
                              hanaRow + u'\n' + tr("in %1").arg(QStringLiteral("src/a.cpp"))}));
    QTRY_VERIFY(rows(*m_host).constLast().endsWith(tr("in %1").arg(QStringLiteral("README.md"))));

    // A double click on Hana follows her into her file, and on as she moves to another.
    emit participants(*m_guest)->list()->itemDoubleClicked(rowOf(*m_guest, QStringLiteral("Hana")));
    const int hana = folders(*m_host).session()->client().self().id;
    QCOMPARE(folders(*m_guest).followed(), hana);
    QTRY_COMPARE(currentTabName(*m_guest), QStringLiteral("src/a.cpp"));
    QTRY_VERIFY(rowOf(*m_guest, QStringLiteral("Hana"))->text().contains(tr("following")));
    QVERIFY(openFolderTab(*m_host, QStringLiteral("src/b.h")));
    QTRY_COMPARE(currentTabName(*m_guest), QStringLiteral("src/b.h"));
    // Stop Following from the context menu ends it.
    const QList<QAction *> actions
        = participants(*m_guest)->actionsFor(rowOf(*m_guest, QStringLiteral("Hana")), this);
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions.constFirst()->text(), tr("Stop Following"));
    actions.constFirst()->trigger();
    QCOMPARE(folders(*m_guest).followed(), 0);
    QTRY_VERIFY(!rowOf(*m_guest, QStringLiteral("Hana"))->text().contains(tr("following")));
    // The host owns the session: it may remove Ana, which a guest may not do to the host.
    QStringList hostActions;
    for (QAction *action :
         participants(*m_host)->actionsFor(rowOf(*m_host, QStringLiteral("Ana")), this))
        hostActions.append(action->text());
    QCOMPARE(hostActions, QStringList({tr("Follow"), tr("Remove from Session…")}));
}

QTEST_MAIN(FolderPanelsTest)
#include "tst_folderpanels.moc"
