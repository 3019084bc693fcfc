// Protocol 2 over real sockets: a session of several documents, each its own OT stream, opened
// and closed per connection; a tree that participants change (create, rename, delete) with named
// errors for conflicts; protocol 1 clients kept to one-document sessions; and a folder session
// that survives a server restart.
#include "AccessFixtures.h"
#include "RawClient.h"
#include "client/SessionClient.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ensemble;
using namespace ensemble::test;

namespace {

QJsonObject frame(const QString &type, const QJsonObject &fields = {})
{
    QJsonObject o = fields;
    o.insert(QStringLiteral("type"), type);
    return o;
}

QJsonObject hello2(RawClient &raw, const QString &name, const QJsonObject &extra = {})
{
    QJsonObject fields = extra;
    fields.insert(QStringLiteral("protocol"), 2);
    return raw.hello(name, fields);
}

QJsonObject create(const QString &path, const QString &kind = QStringLiteral("file"),
                   const QString &text = {})
{
    return frame(QStringLiteral("create"),
                 {{QStringLiteral("path"), path},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("text"), text}});
}

QJsonObject rename(const QString &path, const QString &to)
{
    return frame(QStringLiteral("rename"),
                 {{QStringLiteral("path"), path}, {QStringLiteral("to"), to}});
}

QJsonObject remove(const QString &path)
{
    return frame(QStringLiteral("delete"), {{QStringLiteral("path"), path}});
}

QJsonObject open(const QString &doc)
{
    return frame(QStringLiteral("open"), {{QStringLiteral("doc"), doc}});
}

QJsonObject insertAt(const QString &doc, qint64 revision, quint64 seq, qsizetype at,
                     qsizetype length, const QString &text)
{
    QJsonArray op;
    if (at > 0)
        op.append(at);
    op.append(text);
    if (length - at > 0)
        op.append(length - at);
    return frame(QStringLiteral("op"),
                 {{QStringLiteral("doc"), doc},
                  {QStringLiteral("revision"), revision},
                  {QStringLiteral("seq"), qint64(seq)},
                  {QStringLiteral("op"), op}});
}

// The tree's paths (files and folders), as a fresh protocol 2 participant sees them.
QStringList treePaths(const RoomServer &server, const QString &room)
{
    RawClient raw;
    if (!raw.open(roomUrl(server, room)))
        return {QStringLiteral("(no connection)")};
    QStringList paths;
    const QJsonObject welcome = hello2(raw, QStringLiteral("reader"));
    for (const QJsonValue &entry : welcome.value(QStringLiteral("tree"))
                                       .toObject()
                                       .value(QStringLiteral("entries"))
                                       .toArray())
        paths.append(entry.toObject().value(QStringLiteral("path")).toString());
    paths.sort();
    return paths;
}

// Whether a newcomer's welcome marks document doc as deleted on the host's disk.
bool deletedOnDiskInWelcome(const RoomServer &server, const QString &room, const QString &doc)
{
    RawClient raw;
    if (!raw.open(roomUrl(server, room)))
        return false;
    const QJsonObject welcome = hello2(raw, QStringLiteral("reader"));
    for (const QJsonValue &entry : welcome.value(QStringLiteral("tree"))
                                       .toObject()
                                       .value(QStringLiteral("entries"))
                                       .toArray()) {
        if (entry.toObject().value(QStringLiteral("doc")).toString() == doc)
            return entry.toObject().value(QStringLiteral("deletedOnDisk")).toBool();
    }
    return false;
}

// The text of document doc as opening it shows.
QString documentText(const RoomServer &server, const QString &room, const QString &doc)
{
    RawClient raw;
    if (!raw.open(roomUrl(server, room)))
        return QStringLiteral("(no connection)");
    hello2(raw, QStringLiteral("reader"));
    raw.send(open(doc));
    return raw.next(QStringLiteral("opened")).value(QStringLiteral("text")).toString();
}

QString errorCode(const QJsonObject &frame)
{
    return frame.value(QStringLiteral("code")).toString();
}

// The text of one open document as its editor would hold it.
struct Mirror
{
    explicit Mirror(DocumentSync *sync)
        : sync(sync)
    {
        QObject::connect(sync, &DocumentSync::documentReset, sync,
                         [this](const QString &reset) { text = reset; });
        QObject::connect(sync, &DocumentSync::remoteOperation, sync,
                         [this](const TextOperation &op) { text = op.apply(text).value(); });
    }
    void insert(qsizetype at, const QString &what)
    {
        TextOperation op;
        op.retain(at).insert(what).retain(text.size() - at);
        QVERIFY(sync->applyLocal(op));
        text = op.apply(text).value();
    }
    DocumentSync *sync;
    QString text;
};

} // namespace

class TestFolderSession : public QObject
{
    Q_OBJECT

private slots:
    // A guest's tree operations, in order, on a session holding untitled (d1) and src/a.cpp
    // (d2): the answer to the last one, and the tree afterwards.
    void treeOperations_data()
    {
        QTest::addColumn<QList<QJsonObject>>("frames");
        QTest::addColumn<QString>("answer"); // "tree", or the error's code
        QTest::addColumn<QStringList>("paths");
        const QStringList start {QStringLiteral("src/a.cpp"), QStringLiteral("untitled")};
        QTest::addRow("create a file")
            << QList {create(QStringLiteral("src/b.cpp"), QStringLiteral("file"), u"b"_qs)}
            << u"tree"_qs << QStringList {u"src/a.cpp"_qs, u"src/b.cpp"_qs, u"untitled"_qs};
        QTest::addRow("create an empty folder")
            << QList {create(u"docs"_qs, u"dir"_qs)} << u"tree"_qs
            << QStringList {u"docs"_qs, u"src/a.cpp"_qs, u"untitled"_qs};
        QTest::addRow("create over a file")
            << QList {create(u"src/a.cpp"_qs)} << u"path_exists"_qs << start;
        QTest::addRow("create inside a file")
            << QList {create(u"src/a.cpp/x"_qs)} << u"path_exists"_qs << start;
        QTest::addRow("climb out") << QList {create(u"../x"_qs)} << u"bad_path"_qs << start;
        QTest::addRow("absolute path")
            << QList {create(u"/etc/passwd"_qs)} << u"bad_path"_qs << start;
        QTest::addRow("Windows device")
            << QList {create(u"src/con.txt"_qs)} << u"bad_path"_qs << start;
        QTest::addRow("rename a folder") << QList {rename(u"src"_qs, u"lib"_qs)} << u"tree"_qs
                                         << QStringList {u"lib/a.cpp"_qs, u"untitled"_qs};
        QTest::addRow("rename onto a file")
            << QList {rename(u"src/a.cpp"_qs, u"untitled"_qs)} << u"path_exists"_qs << start;
        QTest::addRow("rename into itself")
            << QList {rename(u"src"_qs, u"src/deeper"_qs)} << u"bad_path"_qs << start;
        QTest::addRow("second rename of one file")
            << QList {rename(u"src/a.cpp"_qs, u"a.cpp"_qs), rename(u"src/a.cpp"_qs, u"b.cpp"_qs)}
            << u"no_such_path"_qs << QStringList {u"a.cpp"_qs, u"untitled"_qs};
        QTest::addRow("delete a folder")
            << QList {remove(u"src"_qs)} << u"tree"_qs << QStringList {u"untitled"_qs};
        QTest::addRow("delete what is not there")
            << QList {remove(u"nothing"_qs)} << u"no_such_path"_qs << start;
        QTest::addRow("one file too many")
            << QList {create(u"b"_qs), create(u"c"_qs)} << u"too_many_documents"_qs
            << QStringList {u"b"_qs, u"src/a.cpp"_qs, u"untitled"_qs};
        QTest::addRow("a file over a folder")
            << QList {create(u"src"_qs)} << u"path_exists"_qs << start;
        QTest::addRow("a file where a renamed one was")
            << QList {rename(u"src/a.cpp"_qs, u"a.cpp"_qs), create(u"src/a.cpp"_qs)} << u"tree"_qs
            << QStringList {u"a.cpp"_qs, u"src/a.cpp"_qs, u"untitled"_qs};
        QTest::addRow("a file in a renamed folder's place")
            << QList {rename(u"src"_qs, u"lib"_qs), create(u"lib/a.cpp"_qs)} << u"path_exists"_qs
            << QStringList {u"lib/a.cpp"_qs, u"untitled"_qs};
        QTest::addRow("a file where a deleted folder was")
            << QList {remove(u"src"_qs), create(u"src"_qs)} << u"tree"_qs
            << QStringList {u"src"_qs, u"untitled"_qs};
    }
    // The session's text limit (10 here) holds the documents' texts as they are now: "one" (d1)
    // and "a" (src/a.cpp, d2) at the start, then grown by edits or freed by deletions.
    void sessionTextLimit_data()
    {
        QTest::addColumn<QList<QJsonObject>>("frames");
        QTest::addColumn<QString>("answer"); // of the last frame: "tree", or the error's code
        QTest::addRow("a file that fits")
            << QList {create(u"b"_qs, u"file"_qs, u"123456"_qs)} << u"tree"_qs;
        QTest::addRow("a file over the limit")
            << QList {create(u"b"_qs, u"file"_qs, u"1234567"_qs)} << u"too_many_documents"_qs;
        QTest::addRow("after an edit grew a document")
            << QList {open(u"d2"_qs), insertAt(u"d2"_qs, 0, 1, 0, 1, u"xxxx"_qs),
                      create(u"b"_qs, u"file"_qs, u"123"_qs)}
            << u"too_many_documents"_qs;
        QTest::addRow("after a deletion freed text")
            << QList {create(u"b"_qs, u"file"_qs, u"123456"_qs), remove(u"b"_qs),
                      create(u"c"_qs, u"file"_qs, u"123456"_qs)}
            << u"tree"_qs;
    }
    void sessionTextLimit()
    {
        QFETCH(QList<QJsonObject>, frames);
        QFETCH(QString, answer);
        ServerConfig config;
        config.limits.maxSessionTextLength = 10;
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("one")).value();
        QVERIFY(server.addDocument(room, QStringLiteral("src/a.cpp"), QStringLiteral("a")));
        RawClient guest;
        QVERIFY(guest.open(roomUrl(server, room)));
        QCOMPARE(type(hello2(guest, QStringLiteral("guest"))), QStringLiteral("welcome"));
        QJsonObject last;
        for (const QJsonObject &f : std::as_const(frames)) {
            guest.send(f);
            last = guest.nextAny();
            while (type(last) == QLatin1String("chat"))
                last = guest.nextAny();
        }
        QCOMPARE(type(last) == QLatin1String("error") ? errorCode(last) : type(last), answer);
    }
    void treeOperations()
    {
        QFETCH(QList<QJsonObject>, frames);
        QFETCH(QString, answer);
        QFETCH(QStringList, paths);
        ServerConfig config;
        config.limits.maxDocuments = 3;
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("one")).value();
        QVERIFY(server.addDocument(room, QStringLiteral("src/a.cpp"), QStringLiteral("a")));
        RawClient guest;
        QVERIFY(guest.open(roomUrl(server, room)));
        QCOMPARE(type(hello2(guest, QStringLiteral("guest"))), QStringLiteral("welcome"));
        QJsonObject last;
        for (const QJsonObject &f : std::as_const(frames)) {
            guest.send(f);
            last = guest.nextAny();
            while (type(last) == QLatin1String("chat"))
                last = guest.nextAny();
        }
        QCOMPARE(type(last) == QLatin1String("error") ? errorCode(last) : type(last), answer);
        if (answer == QLatin1String("no_such_path") && frames.size() == 2)
            QVERIFY(last.value(QStringLiteral("message")).toString().contains(u"a.cpp"_qs));
        QCOMPARE(treePaths(server, room), paths);
    }

    // Two participants edit two documents at once, each opened by both; every document
    // converges on its own, and a third participant with only one open hears only of that one.
    void editsInTwoDocumentsConverge()
    {
        RoomServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("one")).value();
        const QString second
            = server.addDocument(room, QStringLiteral("two.txt"), QStringLiteral("two"))
                  .value()
                  .doc;
        QCOMPARE(second, QStringLiteral("d2"));
        RawClient ana;
        RawClient bob;
        RawClient eve;
        for (RawClient *raw : {&ana, &bob, &eve})
            QVERIFY(raw->open(roomUrl(server, room)));
        hello2(ana, QStringLiteral("ana"));
        hello2(bob, QStringLiteral("bob"));
        hello2(eve, QStringLiteral("eve"));
        for (RawClient *raw : {&ana, &bob}) {
            for (const QString &doc : {QStringLiteral("d1"), second}) {
                raw->send(open(doc));
                const QJsonObject opened = raw->next(QStringLiteral("opened"));
                QCOMPARE(opened.value(QStringLiteral("doc")).toString(), doc);
                QCOMPARE(opened.value(QStringLiteral("revision")).toInt(), 0);
            }
        }
        eve.send(open(QStringLiteral("d1")));
        QCOMPARE(eve.next(QStringLiteral("opened")).value(QStringLiteral("text")).toString(),
                 QStringLiteral("one"));
        // Both based on revision 0 of each document: the server orders them.
        ana.send(insertAt(QStringLiteral("d1"), 0, 1, 0, 3, QStringLiteral("A")));
        bob.send(insertAt(QStringLiteral("d1"), 0, 1, 3, 3, QStringLiteral("B")));
        ana.send(insertAt(second, 0, 2, 3, 3, QStringLiteral("!")));
        bob.send(insertAt(second, 0, 2, 0, 3, QStringLiteral("?")));
        for (RawClient *raw : {&ana, &bob}) {
            QSet<QString> acked;
            for (int i = 0; i < 2; ++i) {
                const QJsonObject ack = raw->next(QStringLiteral("ack"));
                acked.insert(ack.value(QStringLiteral("doc")).toString());
            }
            QCOMPARE(acked, (QSet<QString> {QStringLiteral("d1"), second}));
        }
        QCOMPARE(documentText(server, room, QStringLiteral("d1")), QStringLiteral("AoneB"));
        QCOMPARE(documentText(server, room, second), QStringLiteral("?two!"));
        // Eve has only d1 open: its two edits and nothing of d2.
        ana.send(frame(QStringLiteral("chat"), {{QStringLiteral("text"), QStringLiteral("end")}}));
        QVERIFY(!eve.next(QStringLiteral("chat")).isEmpty());
        int ops = 0;
        for (const QJsonObject &f : eve.takeAll())
            QVERIFY(type(f) != QLatin1String("op"));
        for (const QString &f : eve.frames()) {
            if (f.contains(u"\"type\":\"op\""_qs)) {
                ++ops;
                QVERIFY(f.contains(u"\"doc\":\"d1\""_qs));
            }
        }
        QCOMPARE(ops, 2);
    }

    // The client side: two SessionClients speaking protocol 2 open both documents of a session
    // and type in both at once; every document converges, and the tree's changes reach both.
    void clientsEditTwoDocuments()
    {
        RoomServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("one")).value();
        QVERIFY(server.addDocument(room, QStringLiteral("two"), QStringLiteral("two")));
        SessionClient ana;
        SessionClient bob;
        for (SessionClient *client : {&ana, &bob}) {
            const QString name = client == &ana ? u"ana"_qs : u"bob"_qs;
            client->setIdentity(name, QStringLiteral("#102030"), name + QStringLiteral("-client"));
            client->setProtocol(2);
            client->setFlushInterval(5);
            client->join(inviteTo(server, room));
        }
        QTRY_VERIFY(ana.state() == SessionClient::State::Connected
                    && bob.state() == SessionClient::State::Connected);
        QCOMPARE(ana.tree().entries.size(), 2);
        Mirror a1(ana.openDocument(QStringLiteral("d1")));
        Mirror a2(ana.openDocument(QStringLiteral("d2")));
        Mirror b1(bob.openDocument(QStringLiteral("d1")));
        Mirror b2(bob.openDocument(QStringLiteral("d2")));
        QTRY_VERIFY(a1.text == u"one" && a2.text == u"two" && b1.text == u"one"
                    && b2.text == u"two");
        a1.insert(0, QStringLiteral("A"));
        b1.insert(3, QStringLiteral("B"));
        a2.insert(3, QStringLiteral("!"));
        b2.insert(0, QStringLiteral("?"));
        QTRY_VERIFY(a1.text == b1.text && a2.text == b2.text && ana.unsentEditCount() == 0
                    && a1.sync->unsentEditCount() + a2.sync->unsentEditCount()
                            + b1.sync->unsentEditCount() + b2.sync->unsentEditCount()
                        == 0);
        QCOMPARE(a1.text, QStringLiteral("AoneB"));
        QCOMPARE(a2.text, QStringLiteral("?two!"));
        QCOMPARE(documentText(server, room, QStringLiteral("d2")), QStringLiteral("?two!"));
        QSignalSpy changes(&bob, &SessionClient::treeChanged);
        QVERIFY(ana.renameEntry(QStringLiteral("two"), QStringLiteral("src/two")));
        QTRY_COMPARE(changes.size(), 1);
        QCOMPARE(bob.tree().entries.at(1).path, QStringLiteral("src/two"));
    }

    // After close (or a delete) a participant hears no more of the document, and an edit of it
    // is answered with no_such_path naming it.
    void closedOrDeletedDocumentsGoQuiet_data()
    {
        QTest::addColumn<bool>("deleted");
        QTest::addRow("closed") << false;
        QTest::addRow("deleted by another") << true;
    }
    void closedOrDeletedDocumentsGoQuiet()
    {
        QFETCH(bool, deleted);
        RoomServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("one")).value();
        QVERIFY(server.addDocument(room, QStringLiteral("two"), QStringLiteral("two")));
        RawClient ana;
        RawClient bob;
        for (RawClient *raw : {&ana, &bob}) {
            QVERIFY(raw->open(roomUrl(server, room)));
            hello2(*raw, raw == &ana ? u"ana"_qs : u"bob"_qs);
            raw->send(open(QStringLiteral("d2")));
            QVERIFY(!raw->next(QStringLiteral("opened")).isEmpty());
        }
        if (deleted) {
            bob.send(remove(QStringLiteral("two")));
            const QJsonObject change = ana.next(QStringLiteral("tree"));
            QCOMPARE(change.value(QStringLiteral("change")).toString(), QStringLiteral("delete"));
            QCOMPARE(change.value(QStringLiteral("path")).toString(), QStringLiteral("two"));
        } else {
            ana.send(
                frame(QStringLiteral("close"), {{QStringLiteral("doc"), QStringLiteral("d2")}}));
            bob.send(insertAt(QStringLiteral("d2"), 0, 1, 0, 3, QStringLiteral("x")));
            QVERIFY(!bob.next(QStringLiteral("ack")).isEmpty());
        }
        ana.send(insertAt(QStringLiteral("d2"), 0, 1, 0, 3, QStringLiteral("y")));
        const QJsonObject refused = ana.next(QStringLiteral("error"));
        QCOMPARE(errorCode(refused), QStringLiteral("no_such_path"));
        QCOMPARE(refused.value(QStringLiteral("doc")).toString(), QStringLiteral("d2"));
        QCOMPARE(refused.value(QStringLiteral("seq")).toInt(), 1);
        for (const QString &f : ana.frames())
            QVERIFY2(!f.contains(u"\"type\":\"op\""_qs), qPrintable(f));
    }

    // Protocol 1 clients keep one-document sessions exactly as before, and are turned away
    // from (or out of) a session that shares several.
    void protocol1Clients_data()
    {
        QTest::addColumn<int>("documents");
        QTest::addColumn<bool>("welcomed");
        QTest::addRow("one document") << 1 << true;
        QTest::addRow("a folder") << 2 << false;
    }
    void protocol1Clients()
    {
        QFETCH(int, documents);
        QFETCH(bool, welcomed);
        RoomServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("one")).value();
        if (documents > 1)
            QVERIFY(server.addDocument(room, QStringLiteral("two"), QStringLiteral("two")));
        RawClient old;
        QVERIFY(old.open(roomUrl(server, room)));
        const QJsonObject answer = old.hello(QStringLiteral("old"));
        if (!welcomed) {
            QCOMPARE(errorCode(answer), QStringLiteral("incompatible_version"));
            QVERIFY(answer.value(QStringLiteral("message")).toString().contains(u"protocol 2"_qs));
            QCOMPARE(old.waitForClose(), 4001);
            return;
        }
        QCOMPARE(answer.value(QStringLiteral("text")).toString(), QStringLiteral("one"));
        QVERIFY(!answer.contains(QStringLiteral("tree")));
        RawClient guest;
        QVERIFY(guest.open(roomUrl(server, room)));
        hello2(guest, QStringLiteral("guest"));
        guest.send(open(QStringLiteral("d1")));
        QVERIFY(!guest.next(QStringLiteral("opened")).isEmpty());
        // The protocol 1 client's edit reaches the protocol 2 one, named; its own frames name
        // no document.
        old.send(frame(QStringLiteral("op"),
                       {{QStringLiteral("revision"), 0},
                        {QStringLiteral("seq"), 1},
                        {QStringLiteral("op"), QJsonArray {3, u"!"_qs}}}));
        QVERIFY(!old.next(QStringLiteral("ack")).contains(QStringLiteral("doc")));
        QCOMPARE(guest.next(QStringLiteral("op")).value(QStringLiteral("doc")).toString(),
                 QStringLiteral("d1"));
        // A second document makes it a folder: the protocol 1 client must go.
        guest.send(create(QStringLiteral("two")));
        QCOMPARE(guest.next(QStringLiteral("tree")).value(QStringLiteral("change")).toString(),
                 QStringLiteral("create"));
        QCOMPARE(errorCode(old.next(QStringLiteral("error"))),
                 QStringLiteral("incompatible_version"));
        QCOMPARE(old.waitForClose(), 4001);
    }

    // A folder session, its edits and tree changes come back after a restart from the data
    // directory (and open a document by operations when the epoch still holds).
    // Only the host's application, through the server's API, marks a file deleted on its disk;
    // everyone in the session hears it, and so does a newcomer's welcome.
    void deletedOnDiskComesFromTheHostOnly_data()
    {
        QTest::addColumn<bool>("byGuest");
        QTest::addColumn<QString>("doc");
        QTest::addColumn<bool>("marked");
        QTest::addRow("the host's application marks a file") << false << u"d2"_qs << true;
        QTest::addRow("a guest's disk message is refused") << true << u"d2"_qs << false;
        QTest::addRow("an unknown document is not marked") << false << u"d9"_qs << false;
    }
    void deletedOnDiskComesFromTheHostOnly()
    {
        QFETCH(bool, byGuest);
        QFETCH(QString, doc);
        QFETCH(bool, marked);
        RoomServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("one")).value();
        QVERIFY(server.addDocument(room, QStringLiteral("two.txt"), QStringLiteral("two")));
        RawClient ana;
        QVERIFY(ana.open(roomUrl(server, room)));
        hello2(ana, QStringLiteral("ana"));
        if (byGuest) {
            ana.send(frame(u"disk"_qs, {{u"doc"_qs, doc}, {u"deleted"_qs, true}}));
            QCOMPARE(ana.next(u"error"_qs).value(u"code"_qs).toString(), u"unknown_type"_qs);
        } else {
            QCOMPARE(server.setDeletedOnDisk(room, doc, true), marked);
        }
        if (marked) {
            const QJsonObject disk = ana.next(u"disk"_qs);
            QCOMPARE(disk.value(u"doc"_qs).toString(), doc);
            QVERIFY(disk.value(u"deleted"_qs).toBool());
        }
        QCOMPARE(deletedOnDiskInWelcome(server, room, doc), marked);
        if (!marked)
            return;
        QVERIFY(server.setDeletedOnDisk(room, doc, false));
        QVERIFY(!ana.next(u"disk"_qs).value(u"deleted"_qs).toBool());
        QVERIFY(!deletedOnDiskInWelcome(server, room, doc));
    }

    void folderSurvivesARestart()
    {
        QTemporaryDir dir;
        ServerConfig config;
        config.dataDir = dir.path();
        QString room;
        {
            RoomServer server(config);
            QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
            room = server.createRoom(QStringLiteral("one")).value();
            QVERIFY(server.addDocument(room, QStringLiteral("src/two.txt"), QStringLiteral("two")));
            QVERIFY(server.addDocument(room, QStringLiteral("empty"), {}, {}, u"dir"_qs));
            RawClient ana;
            QVERIFY(ana.open(roomUrl(server, room)));
            hello2(ana, QStringLiteral("ana"));
            ana.send(open(QStringLiteral("d2")));
            QVERIFY(!ana.next(QStringLiteral("opened")).isEmpty());
            ana.send(insertAt(QStringLiteral("d2"), 0, 1, 3, 3, QStringLiteral("!")));
            QVERIFY(!ana.next(QStringLiteral("ack")).isEmpty());
            ana.send(rename(QStringLiteral("src"), QStringLiteral("lib")));
            QVERIFY(!ana.next(QStringLiteral("tree")).isEmpty());
        }
        RoomServer server(config);
        QSignalSpy warnings(&server, &RoomServer::warning);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        QCOMPARE(warnings.size(), 0);
        QCOMPARE(treePaths(server, room),
                 (QStringList {u"empty"_qs, u"lib/two.txt"_qs, u"untitled"_qs}));
        QCOMPARE(documentText(server, room, QStringLiteral("d2")), QStringLiteral("two!"));
        QCOMPARE(documentText(server, room, QStringLiteral("d1")), QStringLiteral("one"));
        // Ids are never handed out again.
        QCOMPARE(server.addDocument(room, QStringLiteral("three"), {}).value().doc,
                 QStringLiteral("d3"));
    }
};

QTEST_GUILESS_MAIN(TestFolderSession)
#include "tst_foldersession.moc"
