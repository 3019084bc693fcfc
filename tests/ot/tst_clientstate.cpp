#include "OtJson.h"
#include "ot/ClientState.h"

#include <QtTest>

using namespace ensemble;
using ensemble::test::compactJson;

namespace {

TextOperation op(const QByteArray &json)
{
    Result<TextOperation> parsed = test::parseOperation(json);
    if (!parsed)
        qFatal("bad test table entry %s", json.constData());
    return std::move(parsed).value();
}

// An editor: its text plus the state machine, applying what the state machine hands back.
struct Editor
{
    Editor(const QString &id, const ServerDocument &server)
        : state(id, server.text(), server.revision())
        , text(server.text())
    {
    }

    bool type(const TextOperation &edit)
    {
        if (!state.applyLocal(edit))
            return false;
        text = edit.apply(text).value();
        return true;
    }

    bool apply(const Result<TextOperation> &fromServer)
    {
        if (!fromServer)
            return false;
        Result<QString> next = fromServer.value().apply(text);
        if (next)
            text = next.value();
        return next.ok();
    }

    ClientState state;
    QString text;
};

} // namespace

class TestClientState : public QObject
{
    Q_OBJECT

private slots:
    void walksOtJsStates();
    void debounceComposesEditsIntoOneMessage();
    void cancellingEditsSendNothing();
    void transformsServerOperationOverLocalWork();
    void rejectsBadInput();
    void rejoinKeepsEveryEditExactlyOnce_data();
    void rejoinKeepsEveryEditExactlyOnce();
    void rejoinWithInconsistentOperationsChangesNothing();
    void discardingLocalWorkReturnsToTheServerText();
};

void TestClientState::walksOtJsStates()
{
    ClientState client(QStringLiteral("a"), QStringLiteral("ab"), 3);
    QCOMPARE(client.state(), ClientState::State::Synchronized);
    QVERIFY(!client.hasUnsent());
    QVERIFY(client.applyLocal(op(R"(["x",2])")).ok());
    QCOMPARE(client.state(), ClientState::State::Synchronized); // waiting for the debounce
    QVERIFY(client.hasUnsent());
    const std::optional<Outgoing> sent = client.takeOutgoing();
    QVERIFY(sent);
    QCOMPARE(sent->baseRevision, 3);
    QCOMPARE(sent->seq, 1u);
    QCOMPARE(client.state(), ClientState::State::AwaitingConfirm);
    QVERIFY(client.applyLocal(op(R"([3,"y"])")).ok());
    QCOMPARE(client.state(), ClientState::State::AwaitingWithBuffer);
    QVERIFY(!client.takeOutgoing()); // one operation in flight at most
    QCOMPARE(client.unsentOperationCount(), 2);
    QVERIFY(client.serverAck().ok());
    QCOMPARE(client.revision(), 4);
    QCOMPARE(client.serverText(), QStringLiteral("xab"));
    const std::optional<Outgoing> next = client.takeOutgoing();
    QVERIFY(next);
    QCOMPARE(next->seq, 2u);
    QCOMPARE(next->baseRevision, 4);
    QVERIFY(client.serverAck().ok());
    QCOMPARE(client.state(), ClientState::State::Synchronized);
    QVERIFY(!client.hasUnsent());
    QCOMPARE(client.serverText(), QStringLiteral("xaby"));
}

void TestClientState::debounceComposesEditsIntoOneMessage()
{
    ClientState client(QStringLiteral("a"));
    QVERIFY(client.applyLocal(op(R"(["h"])")).ok());
    QVERIFY(client.applyLocal(op(R"([1,"e"])")).ok());
    QVERIFY(client.applyLocal(op(R"([2,"y"])")).ok());
    QCOMPARE(client.unsentOperationCount(), 3);
    QCOMPARE(client.documentLength(), 3);
    QCOMPARE(compactJson(client.takeOutgoing()->op), QByteArray(R"(["hey"])"));
}

void TestClientState::cancellingEditsSendNothing()
{
    ClientState client(QStringLiteral("a"), QStringLiteral("abc"));
    QVERIFY(client.applyLocal(op(R"([1,"x",2])")).ok());
    QVERIFY(client.applyLocal(op("[1,-1,2]")).ok());
    QVERIFY(!client.takeOutgoing());
    QVERIFY(!client.hasUnsent());
    QCOMPARE(client.lastSeq(), 0u);
}

void TestClientState::transformsServerOperationOverLocalWork()
{
    ClientState client(QStringLiteral("a"), QStringLiteral("abc"));
    QVERIFY(client.applyLocal(op(R"(["1",3])")).ok());
    QVERIFY(client.takeOutgoing());
    QVERIFY(client.applyLocal(op(R"([4,"2"])")).ok());
    // Someone else inserted at the very end: it lands after both local inserts' shifts.
    const Result<TextOperation> toEditor = client.applyServer(op(R"([3,"Z"])"));
    QVERIFY(toEditor.ok());
    // Local inserts win ties, as they do on the server: "Z" goes after the buffered "2".
    QCOMPARE(compactJson(toEditor.value()), QByteArray(R"([5,"Z"])"));
    QCOMPARE(toEditor.value().apply(QStringLiteral("1abc2")).value(), QStringLiteral("1abc2Z"));
    QCOMPARE(client.revision(), 1);
    QCOMPARE(client.serverText(), QStringLiteral("abcZ"));
    QCOMPARE(compactJson(client.inFlight()->op), QByteArray(R"(["1",4])"));
    QCOMPARE(compactJson(*client.buffer()), QByteArray(R"([4,"2",1])"));
}

void TestClientState::rejectsBadInput()
{
    ClientState client(QStringLiteral("a"), QStringLiteral("abc"));
    QCOMPARE(client.applyLocal(op("[2]")).error().code, QStringLiteral("bad_operation"));
    QCOMPARE(client.applyServer(op("[4]")).error().code, QStringLiteral("bad_operation"));
    QCOMPARE(client.serverAck().error().code, QStringLiteral("unexpected_ack"));
    QCOMPARE(client.revision(), 0);
    QCOMPARE(client.serverText(), QStringLiteral("abc"));
}

// The matrix of rejoin situations: by operations or by text, whether the in-flight operation
// reached the server before the connection died (only its ack was lost), and whether someone
// else edited meanwhile. In every case each edit must end up in the text exactly once.
void TestClientState::rejoinKeepsEveryEditExactlyOnce_data()
{
    QTest::addColumn<bool>("byText");
    QTest::addColumn<bool>("inFlightArrived");
    QTest::addColumn<bool>("othersEdited");
    for (bool byText : {false, true}) {
        for (bool arrived : {false, true}) {
            for (bool others : {false, true}) {
                QTest::addRow("%s, in-flight %s, %s", byText ? "by text" : "by operations",
                              arrived ? "applied" : "lost", others ? "concurrent edit" : "alone")
                    << byText << arrived << others;
            }
        }
    }
}

void TestClientState::rejoinKeepsEveryEditExactlyOnce()
{
    QFETCH(bool, byText);
    QFETCH(bool, inFlightArrived);
    QFETCH(bool, othersEdited);
    ServerDocument server(QStringLiteral("hello world"));
    Editor alice(QStringLiteral("alice"), server);

    QVERIFY(alice.type(op(R"([5,"[sent]",6])")));
    const Outgoing sent = *alice.state.takeOutgoing();
    if (inFlightArrived)
        QVERIFY(server.receive(sent.op, sent.baseRevision, QStringLiteral("alice"), sent.seq).ok());
    if (othersEdited)
        QVERIFY(server.receive(op(R"(["[bob]",11])"), 0, QStringLiteral("bob"), 1).ok());
    // Offline, Alice keeps typing.
    QVERIFY(alice.type(op(R"([17,"[offline]"])")));

    if (byText) {
        QVERIFY(alice.apply(alice.state.rejoinWithText(server.text(), server.revision(),
                                                       server.lastSeq(QStringLiteral("alice")))));
    } else {
        const qint64 since = alice.state.revision();
        QVERIFY(alice.apply(alice.state.rejoinWithOperations(server.operationsSince(since).value(),
                                                             server.revision())));
    }
    QCOMPARE(alice.state.revision(), server.revision());
    QVERIFY(alice.state.hasUnsent());
    const Outgoing resent = *alice.state.takeOutgoing();
    const Result<Applied> applied
        = server.receive(resent.op, resent.baseRevision, QStringLiteral("alice"), resent.seq);
    QVERIFY(applied.ok());
    QVERIFY(!applied.value().duplicate);
    QVERIFY(alice.state.serverAck().ok());

    QCOMPARE(alice.text, server.text());
    QCOMPARE(alice.state.serverText(), server.text());
    QCOMPARE(server.text().count(QStringLiteral("[sent]")), 1);
    QCOMPARE(server.text().count(QStringLiteral("[offline]")), 1);
    QCOMPARE(server.text().count(QStringLiteral("[bob]")), othersEdited ? 1 : 0);
    QVERIFY(server.text().contains(QStringLiteral("hello")));
}

void TestClientState::rejoinWithInconsistentOperationsChangesNothing()
{
    ServerDocument server(QStringLiteral("abc"));
    ClientState client(QStringLiteral("a"), server.text(), server.revision());
    QVERIFY(client.applyLocal(op(R"([3,"!"])")).ok());
    QVERIFY(server.receive(op(R"(["x",3])"), 0, QStringLiteral("b"), 1).ok());
    QVERIFY(server.receive(op(R"(["y",4])"), 1, QStringLiteral("b"), 2).ok());
    QList<LogEntry> entries = server.operationsSince(0).value();
    QCOMPARE(client.rejoinWithOperations(entries, 5).error().code, QStringLiteral("bad_revision"));
    entries.removeFirst();
    QCOMPARE(client.rejoinWithOperations(entries, 1).error().code, QStringLiteral("bad_revision"));
    entries = server.operationsSince(0).value();
    entries[1].op = op("[9]");
    QCOMPARE(client.rejoinWithOperations(entries, 2).error().code, QStringLiteral("bad_operation"));
    QCOMPARE(client.revision(), 0);
    QCOMPARE(client.serverText(), QStringLiteral("abc"));
    QCOMPARE(compactJson(*client.buffer()), QByteArray(R"([3,"!"])"));
}

void TestClientState::discardingLocalWorkReturnsToTheServerText()
{
    ServerDocument server(QStringLiteral("abc"));
    Editor guest(QStringLiteral("g"), server);
    QVERIFY(guest.type(op(R"(["1",3])")));
    const std::optional<Outgoing> sent = guest.state.takeOutgoing();
    QVERIFY(sent);
    QVERIFY(guest.type(op(R"([4,"2"])")));
    // Someone else's edit arrives while both are pending.
    QVERIFY(server.receive(op(R"([1,-1,1])"), 0, QStringLiteral("o"), 1).ok());
    QVERIFY(guest.apply(guest.state.applyServer(op(R"([1,-1,1])"))));
    QCOMPARE(guest.text, QStringLiteral("1ac2"));
    QCOMPARE(guest.state.localText().value(), guest.text);

    QVERIFY(guest.apply(guest.state.discardLocal()));
    QCOMPARE(guest.text, server.text());
    QCOMPARE(guest.state.localText().value(), server.text());
    QVERIFY(!guest.state.hasUnsent());
    QCOMPARE(guest.state.unsentOperationCount(), 0);
    QCOMPARE(guest.state.revision(), server.revision());
    // The refused seq stays used: the next edit gets a new one.
    QVERIFY(guest.type(op(R"([2,"z"])")));
    QCOMPARE(guest.state.takeOutgoing()->seq, sent->seq + 1);
}

QTEST_GUILESS_MAIN(TestClientState)
#include "tst_clientstate.moc"
