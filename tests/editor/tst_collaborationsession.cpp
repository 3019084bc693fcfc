#include "CodeEditor.h"
#include "CollabTestSupport.h"
#include "client/SessionClient.h"
#include "collab/CollaborationSession.h"
#include "collab/LocalUndo.h"
#include "collab/RemoteCursors.h"
#include "collab/SessionBinding.h"
#include "server/RoomServer.h"

#include <memory>

using namespace ensemble;
using namespace ensemble::test;

namespace {
const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80");

// One window's worth: an editor in a room through a real SessionClient.
struct Window
{
    std::unique_ptr<CodeEditor> editor;
    SessionBinding *binding = nullptr;
    std::unique_ptr<SessionClient> client;
    CollaborationSession *session = nullptr;

    QString cursorId() const { return QString::number(client->self().id); }
};
} // namespace

// Editors joined to one room over loopback WebSockets, wired by CollaborationSession: what one
// types appears in the other, carets show where the others are, undo stays one's own.
class TestCollaborationSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void typingAppearsInTheOtherWindow();
    void remoteCaretSitsOnTheRightCharacter();
    void undoRemovesOnlyOwnTyping();
    void detachingKeepsTheText();

private:
    std::unique_ptr<Window> join(const QString &name, const QString &color);
    bool converged() const;

    std::unique_ptr<RoomServer> m_server;
    QString m_room;
    std::unique_ptr<Window> m_a;
    std::unique_ptr<Window> m_b;
};

std::unique_ptr<Window> TestCollaborationSession::join(const QString &name, const QString &color)
{
    auto window = std::make_unique<Window>();
    window->editor = std::make_unique<CodeEditor>();
    window->editor->resize(500, 300);
    window->editor->show();
    window->binding = new SessionBinding(window->editor.get());
    window->client = std::make_unique<SessionClient>();
    window->client->setIdentity(name, color, "client-" + name);
    window->client->setFlushInterval(10);
    window->session = new CollaborationSession(window->binding, window->client.get());
    window->client->join(Invite("127.0.0.1", m_server->port(), m_room));
    return window;
}

bool TestCollaborationSession::converged() const
{
    const QString text = m_server->roomText(m_room);
    return m_a->editor->text() == text && m_b->editor->text() == text
        && m_a->client->unsentEditCount() == 0 && m_b->client->unsentEditCount() == 0;
}

void TestCollaborationSession::init()
{
    m_server = std::make_unique<RoomServer>();
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0).ok());
    m_room = m_server->createRoom("hello world").value();
    m_a = join("Alice", "#1f77b4");
    m_b = join("Bob", "#ff7f0e");
    QTRY_VERIFY(m_a->binding->isActive() && m_b->binding->isActive());
    QTRY_COMPARE(m_b->binding->cursors()->participants(), QStringList {m_a->cursorId()});
    QTRY_COMPARE(m_a->binding->cursors()->participants(), QStringList {m_b->cursorId()});
    QCOMPARE(m_a->editor->text(), "hello world");
}

void TestCollaborationSession::cleanup()
{
    // Client sockets go before the server that accepted them.
    m_a.reset();
    m_b.reset();
    m_server.reset();
}

void TestCollaborationSession::typingAppearsInTheOtherWindow()
{
    moveCaret(*m_a->editor, 0);
    typeText(m_a->editor.get(), "Ça ");
    moveCaret(*m_b->editor, 11);
    typeText(m_b->editor.get(), " " + emoji + "!");
    QTRY_VERIFY(converged());
    QCOMPARE(m_a->editor->text(), "Ça hello world " + emoji + "!");
}

void TestCollaborationSession::remoteCaretSitsOnTheRightCharacter()
{
    moveCaret(*m_a->editor, 6); // before "world"
    const Selection atWorld {{6, 6}};
    QTRY_COMPARE(m_b->binding->cursors()->selection(m_a->cursorId()), atWorld);

    // Both type in front of Alice's caret at once.
    m_a->editor->insertAt(emoji, 0, 0);
    moveCaret(*m_b->editor, 5);
    typeText(m_b->editor.get(), ",");
    QTRY_VERIFY(converged());
    QCOMPARE(caret(*m_a->editor), 9);
    QCOMPARE(m_b->binding->cursors()->selection(m_a->cursorId()), (Selection {{9, 9}}));
    QCOMPARE(m_b->editor->text().mid(9), "world");
}

void TestCollaborationSession::undoRemovesOnlyOwnTyping()
{
    moveCaret(*m_a->editor, 5);
    typeText(m_a->editor.get(), " there");
    moveCaret(*m_b->editor, 11);
    typeText(m_b->editor.get(), "!!");
    QTRY_VERIFY(converged());
    QCOMPARE(m_a->editor->text(), "hello there world!!");
    pressKey(m_a->editor.get(), Qt::Key_Z, 1, Qt::ControlModifier);
    QTRY_VERIFY(converged());
    QCOMPARE(m_b->editor->text(), "hello world!!");
    QVERIFY(!m_b->binding->undo()->history().canRedo());
    m_b->binding->undo()->undo();
    QTRY_VERIFY(converged());
    QCOMPARE(m_a->editor->text(), "hello world");
}

void TestCollaborationSession::detachingKeepsTheText()
{
    typeText(m_a->editor.get(), ">");
    QTRY_VERIFY(converged());
    m_a->session->detach();
    QVERIFY(!m_a->binding->isActive());
    QVERIFY(m_a->binding->cursors()->participants().isEmpty());
    typeText(m_b->editor.get(), "<");
    QTRY_COMPARE(m_server->roomText(m_room), "><hello world");
    QTest::qWait(50);
    QCOMPARE(m_a->editor->text(), ">hello world");
    // An ordinary editor again: its own undo.
    typeText(m_a->editor.get(), "x");
    m_a->editor->undo();
    QCOMPARE(m_a->editor->text(), ">hello world");
}

QTEST_MAIN(TestCollaborationSession)
#include "tst_collaborationsession.moc"
