#include "CodeEditor.h"
#include "CollabTestSupport.h"
#include "collab/LocalUndo.h"
#include "collab/SessionBinding.h"
#include "ot/ClientState.h"
#include "ot/ServerDocument.h"

#include <QQueue>
#include <QRandomGenerator>
#include <QSignalSpy>

#include <memory>

using namespace ensemble;
using namespace ensemble::test;

namespace {
const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80");

// What the server sends a client: an acknowledgement or someone else's operation.
struct Message
{
    bool ack = false;
    TextOperation op;
};

// One participant: an editor bound to a session, its client state machine and its inbox.
struct Participant
{
    QString id;
    std::unique_ptr<CodeEditor> editor;
    SessionBinding *binding = nullptr;
    ClientState client;
    QQueue<Message> inbox;
};
} // namespace

// Editors wired as the app will wire them (SessionBinding + ClientState), exchanging operations
// through a ServerDocument with messages delivered only when a step says so: every interleaving
// of typing, undo and delivery ends with every editor showing the server's text.
class TestCollabSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void converges_data();
    void converges();
    void randomSessionsConverge_data();
    void randomSessionsConverge();
    void resynchronisesFromTheServersText();
    void tracksModificationThroughTheSession();

private:
    Participant &participant(QChar name);
    bool send(Participant &from);
    bool deliver();
    bool run(const QString &step);

    ServerDocument m_server;
    std::vector<std::unique_ptr<Participant>> m_participants;
};

void TestCollabSession::init()
{
    m_server = ServerDocument(QStringLiteral("--"));
    for (const char *id : {"A", "B", "C"}) {
        auto p = std::make_unique<Participant>();
        p->id = QString::fromLatin1(id);
        p->editor = std::make_unique<CodeEditor>();
        p->editor->setText(m_server.text());
        p->editor->show();
        p->binding = new SessionBinding(p->editor.get());
        p->binding->setActive(true);
        p->client = ClientState(p->id, m_server.text(), m_server.revision());
        Participant *raw = p.get();
        connect(p->binding, &SessionBinding::localOperation, this,
                [raw](const TextOperation &op) { QVERIFY(raw->client.applyLocal(op).ok()); });
        m_participants.push_back(std::move(p));
    }
}

void TestCollabSession::cleanup()
{
    m_participants.clear();
}

Participant &TestCollabSession::participant(QChar name)
{
    return *m_participants.at(name.unicode() - 'A');
}

bool TestCollabSession::send(Participant &from)
{
    const std::optional<Outgoing> outgoing = from.client.takeOutgoing();
    if (!outgoing)
        return true;
    Result<Applied> applied
        = m_server.receive(outgoing->op, outgoing->baseRevision, from.id, outgoing->seq);
    if (!applied)
        return false;
    for (const std::unique_ptr<Participant> &p : m_participants) {
        if (p.get() == &from)
            p->inbox.enqueue({true, {}});
        else
            p->inbox.enqueue({false, applied.value().op});
    }
    return true;
}

bool TestCollabSession::deliver()
{
    for (const std::unique_ptr<Participant> &p : m_participants) {
        while (!p->inbox.isEmpty()) {
            const Message message = p->inbox.dequeue();
            if (message.ack) {
                if (!p->client.serverAck().ok() || !send(*p))
                    return false;
                continue;
            }
            Result<TextOperation> local = p->client.applyServer(message.op);
            if (!local || !p->binding->applyRemote(local.value()))
                return false;
        }
    }
    return true;
}

// Steps: "X:type:text", "X:caret:n", "X:undo", "X:redo", "X:send" (the debounce fires) and
// "deliver" (every message in flight arrives).
bool TestCollabSession::run(const QString &step)
{
    if (step == QLatin1String("deliver"))
        return deliver();
    const QStringList parts = step.split(QLatin1Char(':'));
    Participant &p = participant(parts[0][0]);
    if (parts[1] == QLatin1String("type"))
        typeText(p.editor.get(), parts.value(2));
    else if (parts[1] == QLatin1String("caret"))
        moveCaret(*p.editor, parts.value(2).toInt());
    else if (parts[1] == QLatin1String("undo"))
        p.binding->undo()->undo();
    else if (parts[1] == QLatin1String("redo"))
        p.binding->undo()->redo();
    else if (parts[1] == QLatin1String("send"))
        return send(p);
    else
        return false;
    return true;
}

void TestCollabSession::converges_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QString>("expected");

    QTest::addRow("three editors type at once")
        << QStringList {"A:type:hello", "B:caret:1", "B:type:world", "C:caret:2",
                        "C:type:!",     "A:send",    "B:send",       "C:send"}
        << "hello-world-!";
    QTest::addRow("typing continues while the first burst is in flight")
        << QStringList {"A:type:ab", "A:send", "B:caret:2", "B:type:xy", "B:send",
                        "A:type:cd", "A:send", "deliver",   "B:type:z",  "B:send"}
        << "abcd--xyz";
    QTest::addRow("undo removes only that editor's typing")
        << QStringList {"A:type:abc", "A:send", "deliver", "B:caret:1", "B:type:X", "B:send",
                        "A:type:d",   "A:send", "deliver", "A:undo",    "A:send"}
        << "X--";
    QTest::addRow("undo while the edit is still in flight")
        << QStringList {"A:type:mine", "A:send", "B:caret:2", "B:type:theirs",
                        "A:undo",      "B:send", "A:send"}
        << "--theirs";
    QTest::addRow("undo and redo across others' edits")
        << QStringList {"A:caret:1", "A:type:ab", "A:send",    "deliver",  "C:caret:0",
                        "C:type:<",  "C:send",    "A:undo",    "A:send",   "deliver",
                        "A:redo",    "A:send",    "C:caret:6", "C:type:>", "C:send"}
        << "<-ab->";
    QTest::addRow("non-ASCII and emoji on both sides")
        << QStringList {"A:type:é" + emoji, "B:caret:2", "B:type:" + emoji + "ü",
                        "A:send",           "B:send",    "deliver",
                        "C:caret:4",        "C:type:€",  "C:send"}
        << "é" + emoji + "-€-" + emoji + "ü";
}

void TestCollabSession::converges()
{
    QFETCH(QStringList, steps);
    QFETCH(QString, expected);

    for (const QString &step : std::as_const(steps))
        QVERIFY2(run(step), qPrintable(step));
    // Everything still queued goes out and arrives.
    for (int round = 0; round < 3; ++round) {
        for (const std::unique_ptr<Participant> &p : m_participants)
            QVERIFY(send(*p));
        QVERIFY(deliver());
    }
    QCOMPARE(m_server.text(), expected);
    for (const std::unique_ptr<Participant> &p : m_participants) {
        QCOMPARE(p->editor->text(), expected);
        QVERIFY(!p->client.hasUnsent());
    }
}

void TestCollabSession::randomSessionsConverge_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 12; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestCollabSession::randomSessionsConverge()
{
    // Typing (with non-ASCII, emoji and line breaks), deleting, replacing selections, undo and
    // redo in three editors, with sends and deliveries at random moments.
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    const QStringList pieces {"a", "bc", " ", "\n", "é", emoji, "€x"};
    for (int i = 0; i < 400; ++i) {
        const QChar who = QChar(u'A' + random.bounded(3));
        CodeEditor &editor = *participant(who).editor;
        const qsizetype length = editor.text().size();
        QString step;
        switch (random.bounded(9)) {
        case 0:
        case 1:
            step = QStringLiteral("%1:type:%2").arg(who, pieces[random.bounded(pieces.size())]);
            break;
        case 2:
            pressKey(&editor, random.bounded(2) ? Qt::Key_Backspace : Qt::Key_Delete);
            continue;
        case 3:
            editor.SendScintilla(QsciScintillaBase::SCI_SETSEL,
                                 bytePosition(editor.text(), random.bounded(length + 1)),
                                 bytePosition(editor.text(), random.bounded(length + 1)));
            continue;
        case 4:
            step = QStringLiteral("%1:undo").arg(who);
            break;
        case 5:
            step = QStringLiteral("%1:redo").arg(who);
            break;
        case 6:
        case 7:
            step = QStringLiteral("%1:send").arg(who);
            break;
        default:
            step = QStringLiteral("deliver");
        }
        QVERIFY2(run(step), qPrintable(QStringLiteral("step %1: %2").arg(i).arg(step)));
    }
    for (int round = 0; round < 3; ++round) {
        for (const std::unique_ptr<Participant> &p : m_participants)
            QVERIFY(send(*p));
        QVERIFY(deliver());
    }
    for (const std::unique_ptr<Participant> &p : m_participants) {
        QCOMPARE(p->editor->text(), m_server.text());
        QVERIFY(!p->client.hasUnsent());
    }
}

void TestCollabSession::resynchronisesFromTheServersText()
{
    Participant &a = participant('A');
    a.editor->setText("one two three");
    moveCaret(*a.editor, 8); // before "three"
    QCoreApplication::processEvents(); // the setText above is a finished user action
    QSignalSpy sent(a.binding, &SessionBinding::localOperation);
    QSignalSpy failed(a.binding, &SessionBinding::remoteFailed);
    const qsizetype undoSteps = a.binding->undo()->history().undoCount();
    QVERIFY(!a.binding->applyRemote(operation(R"(["x",99])")));
    QCOMPARE(failed.count(), 1);

    QVERIFY(a.binding->replaceText(QString("zero one 2 three").append(QChar(0)).append("!")));
    QCOMPARE(a.editor->documentText(), QString("zero one 2 three").append(QChar(0)).append("!"));
    QCOMPARE(caret(*a.editor), 11);
    QCOMPARE(sent.count(), 0);
    QCOMPARE(a.binding->undo()->history().undoCount(), undoSteps);
}

void TestCollabSession::tracksModificationThroughTheSession()
{
    CodeEditor editor;
    editor.loadDocumentText("saved");
    typeText(&editor, "unsaved ");
    QVERIFY(editor.isModified());
    SessionBinding binding(&editor);
    QSignalSpy changed(&binding, &SessionBinding::modifiedChanged);
    binding.setActive(true); // Scintilla forgets: its history is emptied
    QVERIFY(binding.isModified());
    binding.markSaved();
    QVERIFY(!binding.isModified());
    QVERIFY(binding.applyRemote(operation(R"([13,"!"])")));
    QVERIFY(binding.isModified());
    binding.markSaved();
    typeText(&editor, "x");
    QVERIFY(binding.isModified());
    binding.setActive(false);
    QVERIFY(binding.isModified());
    QCOMPARE(changed.count(), 5);
}

QTEST_MAIN(TestCollabSession)
#include "tst_collabsession.moc"
