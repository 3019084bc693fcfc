// What a session is besides its texts, kept in PostgreSQL so that the server that takes it over
// after its owner died serves the same session (docs/DEPLOYMENT.md): its password, owner,
// read-only state, removed participants, title and chat; its tree of documents; and who typed
// which part of the text.
#include "ClusterDatabase.h"
#include "RawClient.h"
#include "ServerProcess.h"
#include "protocol/RoomId.h"

#include <QJsonArray>
#include <QTest>

using namespace ensemble;
using namespace ensemble::test;

namespace {

constexpr double leaseSeconds = 1.5;
// The servers snapshot a document every this many operations (--kept-operations).
constexpr int snapshotEvery = 20;
constexpr int servedWithinMs = 30000;
const QString ownerKey = QStringLiteral("0123456789abcdef-owner-key");

QJsonObject frame(const QString &type, const QJsonObject &fields)
{
    QJsonObject o = fields;
    o.insert(QStringLiteral("type"), type);
    return o;
}

QJsonObject insertAt(qint64 revision, quint64 seq, qsizetype at, qsizetype length,
                     const QString &text, const QString &doc = {})
{
    QJsonArray op;
    if (at > 0)
        op.append(at);
    op.append(text);
    if (length - at > 0)
        op.append(length - at);
    QJsonObject o {{QStringLiteral("revision"), revision},
                   {QStringLiteral("seq"), qint64(seq)},
                   {QStringLiteral("op"), op}};
    if (!doc.isEmpty())
        o.insert(QStringLiteral("doc"), doc);
    return frame(QStringLiteral("op"), o);
}

QString codeOf(const QJsonObject &answer)
{
    return answer.value(QStringLiteral("type")).toString() == QLatin1String("error")
        ? answer.value(QStringLiteral("code")).toString()
        : answer.value(QStringLiteral("type")).toString();
}

} // namespace

class TestClusterTakeOver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_db.start(), qPrintable(m_db.error())); }

    void init()
    {
        for (int i = 0; i < 2; ++i) {
            auto &server = m_servers.emplace_back(std::make_unique<ServerProcess>());
            QVERIFY2(server->start(
                         m_db.conninfo(), QStringLiteral("s%1").arg(i), leaseSeconds, 0,
                         {QStringLiteral("--kept-operations"), QString::number(snapshotEvery)}),
                     qPrintable(server->log()));
        }
        m_room = newRoomId();
    }

    void cleanup()
    {
        m_clients.clear();
        m_servers.clear();
    }

    void accessAndChatSurvive()
    {
        const QJsonObject created
            = hello(0, QStringLiteral("owner-client"),
                    {{QStringLiteral("owner"), ownerKey},
                     {QStringLiteral("create"),
                      QJsonObject {{QStringLiteral("text"), QStringLiteral("shared\n")},
                                   {QStringLiteral("title"), QStringLiteral("notes.txt")},
                                   {QStringLiteral("password"), QStringLiteral("tulip")}}}});
        QCOMPARE(codeOf(created), QStringLiteral("welcome"));
        RawClient &owner = *m_clients.back();
        const QJsonObject bob
            = hello(0, QStringLiteral("bob-client"), {{QStringLiteral("password"), "tulip"}});
        QCOMPARE(codeOf(bob), QStringLiteral("welcome"));
        RawClient &bobClient = *m_clients.back();
        owner.send(frame(QStringLiteral("settings"), {{QStringLiteral("readOnly"), true}}));
        QVERIFY(!owner.next(QStringLiteral("settings")).isEmpty());
        const int bobId = bob.value(QStringLiteral("you")).toObject().value("id").toInt();
        owner.send(frame(QStringLiteral("remove"), {{QStringLiteral("user"), bobId}}));
        QCOMPARE(codeOf(bobClient.next(QStringLiteral("error"))), QStringLiteral("removed"));
        owner.send(frame(QStringLiteral("chat"), {{QStringLiteral("text"), "remember this"}}));
        QVERIFY(!owner.next(QStringLiteral("chat")).isEmpty());
        // The chat is written a second after its last line, after the access changes before it.
        QTRY_VERIFY_WITH_TIMEOUT(stored("chat").contains("remember this"), servedWithinMs);
        m_servers[0]->kill();

        const QJsonObject back
            = hello(1, QStringLiteral("owner-client"), {{QStringLiteral("owner"), ownerKey}});
        QCOMPARE(codeOf(back), QStringLiteral("welcome"));
        QVERIFY(
            back.value(QStringLiteral("you")).toObject().value(QStringLiteral("host")).toBool());
        QVERIFY(back.value(QStringLiteral("readOnly")).toBool());
        QCOMPARE(back.value(QStringLiteral("title")).toString(), QStringLiteral("notes.txt"));
        const QJsonObject line = m_clients.back()->next(QStringLiteral("chat"));
        QCOMPARE(line.value(QStringLiteral("text")).toString(), QStringLiteral("remember this"));
        QVERIFY(line.value(QStringLiteral("history")).toBool());

        QCOMPARE(codeOf(hello(1, QStringLiteral("eve-client"), {{"password", "tulp"}})),
                 QStringLiteral("wrong_password"));
        QCOMPARE(codeOf(hello(1, QStringLiteral("eve-client"), {})),
                 QStringLiteral("wrong_password"));
        QCOMPARE(codeOf(hello(1, QStringLiteral("bob-client"), {{"password", "tulip"}})),
                 QStringLiteral("removed"));
        const QJsonObject ada = hello(1, QStringLiteral("ada-client"), {{"password", "tulip"}});
        QCOMPARE(codeOf(ada), QStringLiteral("welcome"));
        QVERIFY(
            !ada.value(QStringLiteral("you")).toObject().value(QStringLiteral("host")).toBool());
        m_clients.back()->send(insertAt(ada.value(QStringLiteral("revision")).toInteger(), 1, 0, 7,
                                        QStringLiteral("x")));
        QCOMPARE(codeOf(m_clients.back()->next(QStringLiteral("error"))),
                 QStringLiteral("read_only"));
    }

    void folderTreeSurvives()
    {
        const QJsonObject created
            = hello(0, QStringLiteral("a-client"),
                    {{QStringLiteral("protocol"), 2},
                     {QStringLiteral("create"),
                      QJsonObject {{QStringLiteral("text"), QStringLiteral("first\n")},
                                   {QStringLiteral("title"), QStringLiteral("readme.md")}}}});
        QCOMPARE(codeOf(created), QStringLiteral("welcome"));
        RawClient &a = *m_clients.back();
        const QList<QJsonObject> changes {
            create(QStringLiteral("src/a.txt"), QStringLiteral("alpha\n")),
            create(QStringLiteral("src/b.txt"), QStringLiteral("beta\n")),
            create(QStringLiteral("docs"), {}, QStringLiteral("dir")),
            create(QStringLiteral("tmp.txt"), QStringLiteral("gone\n")),
            frame(QStringLiteral("delete"), {{QStringLiteral("path"), "tmp.txt"}}),
            frame(QStringLiteral("rename"),
                  {{QStringLiteral("path"), "src/b.txt"}, {QStringLiteral("to"), "lib/b.txt"}}),
        };
        for (const QJsonObject &change : changes) {
            a.send(change);
            QVERIFY2(!a.next(QStringLiteral("tree")).isEmpty(), qPrintable(codeOf(change)));
        }
        a.send(frame(QStringLiteral("open"), {{QStringLiteral("doc"), "d2"}}));
        QCOMPARE(codeOf(a.next(QStringLiteral("opened"))), QStringLiteral("opened"));
        // Acknowledged once stored, after the tree it was typed in.
        a.send(insertAt(0, 1, 0, 6, QStringLiteral("edited "), QStringLiteral("d2")));
        QCOMPARE(codeOf(a.next(QStringLiteral("ack"))), QStringLiteral("ack"));
        m_servers[0]->kill();

        const QJsonObject back = hello(1, QStringLiteral("a-client"), {{"protocol", 2}});
        QCOMPARE(codeOf(back), QStringLiteral("welcome"));
        QStringList tree;
        for (const QJsonValue &value : back.value(QStringLiteral("tree"))
                                           .toObject()
                                           .value(QStringLiteral("entries"))
                                           .toArray()) {
            const QJsonObject entry = value.toObject();
            tree.append(entry.value(QStringLiteral("path")).toString() + u' '
                        + entry.value(QStringLiteral("kind")).toString() + u' '
                        + entry.value(QStringLiteral("doc")).toString());
        }
        tree.sort();
        QCOMPARE(tree,
                 QStringList({QStringLiteral("docs dir "), QStringLiteral("lib/b.txt file d3"),
                              QStringLiteral("readme.md file d1"),
                              QStringLiteral("src/a.txt file d2")}));
        RawClient &again = *m_clients.back();
        for (const auto &[doc, text] :
             {std::pair {"d1", "first\n"}, std::pair {"d2", "edited alpha\n"},
              std::pair {"d3", "beta\n"}}) {
            again.send(frame(QStringLiteral("open"), {{QStringLiteral("doc"), doc}}));
            QCOMPARE(again.next(QStringLiteral("opened")).value(QStringLiteral("text")).toString(),
                     QString::fromLatin1(text));
        }
        // Ids are never reused: the deleted d4 stays taken.
        again.send(create(QStringLiteral("new.txt"), {}));
        const QJsonObject added = again.next(QStringLiteral("tree"));
        QCOMPARE(added.value(QStringLiteral("entry")).toObject().value("doc").toString(),
                 QStringLiteral("d5"));
    }

    void authorsKeepTheirIds()
    {
        QCOMPARE(codeOf(hello(0, QStringLiteral("ana"),
                              {{QStringLiteral("create"),
                                QJsonObject {{QStringLiteral("text"), QString()}}}})),
                 QStringLiteral("welcome"));
        RawClient &ana = *m_clients.back();
        ana.send(insertAt(0, 1, 0, 0, QStringLiteral("alpha")));
        QCOMPARE(codeOf(ana.next(QStringLiteral("ack"))), QStringLiteral("ack"));
        QCOMPARE(codeOf(hello(0, QStringLiteral("bo"), {})), QStringLiteral("welcome"));
        m_clients.back()->send(insertAt(1, 1, 5, 5, QStringLiteral(" beta")));
        QCOMPARE(codeOf(m_clients.back()->next(QStringLiteral("ack"))), QStringLiteral("ack"));
        m_servers[0]->kill();

        const QJsonObject back = hello(1, QStringLiteral("ana"), {});
        QCOMPARE(codeOf(back), QStringLiteral("welcome"));
        const QJsonObject authorship = back.value(QStringLiteral("authorship")).toObject();
        QCOMPARE(authorship.value(QStringLiteral("runs")).toArray(),
                 QJsonArray({QJsonArray {5, 1}, QJsonArray {5, 2}}));
        const QJsonArray authors = authorship.value(QStringLiteral("authors")).toArray();
        QCOMPARE(authors.size(), 2);
        // Ana's author id is the one she had: the new owner marks her as its participant.
        QCOMPARE(authors[0].toObject().value(QStringLiteral("user")).toInt(-1),
                 back.value(QStringLiteral("you")).toObject().value(QStringLiteral("id")).toInt());
        QCOMPARE(authors[0].toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("ana"));
        QCOMPARE(authors[1].toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("bo"));
        QVERIFY(!authors[1].toObject().contains(QStringLiteral("user")));
    }

    void longSessionLoadsFromASnapshot()
    {
        QCOMPARE(codeOf(hello(0, QStringLiteral("ana"),
                              {{QStringLiteral("create"),
                                QJsonObject {{QStringLiteral("text"), QString()}}}})),
                 QStringLiteral("welcome"));
        RawClient &ana = *m_clients.back();
        constexpr int edits = 2 * snapshotEvery + 5;
        for (int i = 0; i < edits; ++i) {
            ana.send(insertAt(i, quint64(i + 1), i, i, QStringLiteral("x")));
            QCOMPARE(codeOf(ana.next(QStringLiteral("ack"))), QStringLiteral("ack"));
        }
        QCOMPARE(storedSnapshotRevision(), 2 * snapshotEvery);
        // A language change makes a snapshot due at once: the new owner has the language too.
        ana.send(frame(QStringLiteral("language"), {{QStringLiteral("language"), "go"}}));
        QTRY_COMPARE_WITH_TIMEOUT(storedSnapshotRevision(), edits, servedWithinMs);
        m_servers[0]->kill();

        const QJsonObject back = hello(1, QStringLiteral("ana"), {});
        QCOMPARE(codeOf(back), QStringLiteral("welcome"));
        QCOMPARE(back.value(QStringLiteral("text")).toString(), QString(edits, u'x'));
        QCOMPARE(back.value(QStringLiteral("revision")).toInteger(), edits);
        QCOMPARE(back.value(QStringLiteral("language")).toString(), QStringLiteral("go"));
        QCOMPARE(back.value(QStringLiteral("lastSeq")).toInteger(), edits);
        // The snapshot's authorship: every unit is Ana's.
        QCOMPARE(back.value(QStringLiteral("authorship")).toObject().value("runs").toArray(),
                 QJsonArray({QJsonArray {edits, 1}}));
        // The snapshot knows Ana's last seq: her resend of it is recognised, not applied again.
        m_clients.back()->send(
            insertAt(edits - 1, quint64(edits), edits - 1, edits - 1, QStringLiteral("x")));
        const QJsonObject ack = m_clients.back()->next(QStringLiteral("ack"));
        QCOMPARE(ack.value(QStringLiteral("revision")).toInteger(), edits);
        QCOMPARE(codeOf(hello(1, QStringLiteral("reader"), {})), QStringLiteral("welcome"));
    }

private:
    qint64 storedSnapshotRevision() const
    {
        auto rows
            = m_db.sql().exec("SELECT revision FROM ensemble_snapshots WHERE session = $1 AND "
                              "doc = 'd1'",
                              {m_room.toUtf8()});
        return rows && !rows.value().rows.isEmpty() ? rows.value().rows[0][0].toLongLong() : -1;
    }

    static QJsonObject create(const QString &path, const QString &text,
                              const QString &kind = QStringLiteral("file"))
    {
        return frame(QStringLiteral("create"),
                     {{QStringLiteral("path"), path},
                      {QStringLiteral("kind"), kind},
                      {QStringLiteral("text"), text}});
    }

    /// A new client's hello to server @p server, tried again while the session is on its way
    /// to a server (`moved` to an owner that died, whose lease has not run out yet). The client
    /// stays in m_clients.
    QJsonObject hello(int server, const QString &client, const QJsonObject &extra)
    {
        const QUrl url(QStringLiteral("%1/%2").arg(m_servers[size_t(server)]->address(), m_room));
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            auto &raw = m_clients.emplace_back(std::make_unique<RawClient>());
            const QJsonObject answer = raw->open(url) ? raw->hello(client, extra) : QJsonObject();
            const QString code = codeOf(answer);
            if ((code != QLatin1String("moved") && code != QLatin1String("store_unavailable"))
                || waited.elapsed() > servedWithinMs)
                return answer;
            m_clients.pop_back();
            QTest::qWait(200);
        }
    }

    /// What the database holds in @p column of the session's row.
    QByteArray stored(const char *column) const
    {
        const QByteArray sql
            = QByteArray("SELECT ") + column + " FROM ensemble_sessions WHERE session = $1";
        auto rows = m_db.sql().exec(sql.constData(), {m_room.toUtf8()});
        return rows && !rows.value().rows.isEmpty() ? rows.value().rows[0][0] : QByteArray();
    }

    ClusterDatabase m_db;
    std::vector<std::unique_ptr<ServerProcess>> m_servers;
    std::vector<std::unique_ptr<RawClient>> m_clients;
    QString m_room;
};

QTEST_GUILESS_MAIN(TestClusterTakeOver)
#include "tst_clustertakeover.moc"
