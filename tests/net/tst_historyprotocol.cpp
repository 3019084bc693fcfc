// History over the protocol (`history`, `history_text`, `history_error`): a client reads the
// entries of any kept range with their authors and times and the text at any kept revision,
// through HistoryClient and over real sockets; ranges out of the history get no_such_revision,
// a room without files history_unavailable, too many waiting requests rate_limited, and answers
// stay within their bounds, the server's retention applies to every room's history; in protocol
// 2, each document's history by its `doc`.
#include "AccessFixtures.h"
#include "RawClient.h"
#include "TestPeer.h"
#include "client/HistoryClient.h"
#include "client/SessionClient.h"
#include "server/RoomServer.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ensemble;
using namespace ensemble::test;

namespace {

constexpr int edits = 6;

struct Answer
{
    QString code; // empty when the request succeeded
    QList<HistoryRecord> entries;
    QString text;
    qint64 oldest = -1;
    qint64 latest = -1;
};

// Waits for the answer to request @p id of @p history.
Answer answerTo(HistoryClient &history, quint64 id)
{
    Answer answer;
    bool done = false;
    QObject context;
    QObject::connect(
        &history, &HistoryClient::entriesReceived, &context,
        [&](quint64 request, const QList<HistoryRecord> &entries, qint64 oldest, qint64 latest) {
            if (request != id)
                return;
            answer.entries = entries;
            answer.oldest = oldest;
            answer.latest = latest;
            done = true;
        });
    QObject::connect(&history, &HistoryClient::textReceived, &context,
                     [&](quint64 request, qint64, const QString &text) {
                         answer.text = text;
                         done = done || request == id;
                     });
    QObject::connect(&history, &HistoryClient::requestFailed, &context,
                     [&](quint64 request, const QString &code, const QString &) {
                         answer.code = code;
                         done = done || request == id;
                     });
    QElapsedTimer timer;
    timer.start();
    while (!done && timer.elapsed() < 10000)
        QTest::qWait(5);
    if (!done)
        answer.code = QStringLiteral("(no answer)");
    return answer;
}

} // namespace

class TestHistoryProtocol : public QObject
{
    Q_OBJECT

    // Ada and Bob take turns: revision r is ada's when r is odd.
    void edit(TestPeer &peer, const QString &s)
    {
        const qint64 before = m_server->roomRevision(m_room);
        peer.insert(peer.text().size(), s);
        QTRY_VERIFY(m_server->roomRevision(m_room) == before + 1);
        m_texts.append(m_server->roomText(m_room));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        ServerConfig config;
        config.dataDir = m_data.path();
        m_server = std::make_unique<RoomServer>(config);
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0).ok());
        m_room = m_server->createRoom(QStringLiteral("start\n")).value();
        m_ada = std::make_unique<TestPeer>(QStringLiteral("ada"));
        m_bob = std::make_unique<TestPeer>(QStringLiteral("bob"));
        m_ada->client().join(inviteTo(*m_server, m_room));
        m_bob->client().join(inviteTo(*m_server, m_room));
        QTRY_VERIFY(m_ada->ready() && m_bob->ready());
        m_texts.append(m_server->roomText(m_room));
        for (int i = 1; i <= edits; ++i) {
            TestPeer &peer = i % 2 == 1 ? *m_ada : *m_bob;
            edit(peer, QStringLiteral("%1%2 ").arg(i % 2 == 1 ? u'a' : u'b').arg(i));
        }
        QTRY_COMPARE(m_ada->text(), m_server->roomText(m_room));
        m_colors.insert(m_ada->name(), m_ada->client().self().color);
        m_colors.insert(m_bob->name(), m_bob->client().self().color);
        m_history = new HistoryClient(&m_ada->client());
        m_started = QDateTime::currentMSecsSinceEpoch();
    }

    void cleanupTestCase()
    {
        m_ada.reset();
        m_bob.reset();
        m_server.reset();
    }

    void entries_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<QString>("code");
        QTest::addColumn<qint64>("first");
        QTest::addColumn<int>("count");
        const QString ok;
        const QString noSuch = QStringLiteral("no_such_revision");
        QTest::addRow("all") << qint64(1) << qint64(edits) << ok << qint64(1) << edits;
        QTest::addRow("one") << qint64(3) << qint64(3) << ok << qint64(3) << 1;
        QTest::addRow("a middle range") << qint64(2) << qint64(4) << ok << qint64(2) << 3;
        QTest::addRow("to beyond the latest: up to it")
            << qint64(5) << qint64(1000) << ok << qint64(5) << edits - 4;
        QTest::addRow("after the latest: nothing yet")
            << qint64(edits + 1) << qint64(edits + 9) << ok << qint64(0) << 0;
        QTest::addRow("from the oldest revision, which has no entry")
            << qint64(0) << qint64(2) << noSuch << qint64(0) << 0;
    }
    void entries()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(QString, code);
        QFETCH(qint64, first);
        QFETCH(int, count);
        const quint64 id = m_history->requestEntries(from, to);
        QVERIFY(id > 0);
        const Answer answer = answerTo(*m_history, id);
        QCOMPARE(answer.code, code);
        QCOMPARE(answer.entries.size(), count);
        if (!code.isEmpty())
            return;
        QCOMPARE(answer.oldest, 0);
        QCOMPARE(answer.latest, edits);
        for (qsizetype i = 0; i < answer.entries.size(); ++i) {
            const HistoryRecord &e = answer.entries.at(i);
            const qint64 revision = first + i;
            QCOMPARE(e.revision, revision);
            // Each entry turns the text before it into its own.
            Result<QString> applied = e.op.apply(m_texts.at(revision - 1));
            QVERIFY(applied);
            QCOMPARE(applied.value(), m_texts.at(revision));
            // Their colours as the room gave them (Bob's differs: both asked for the same).
            const TestPeer &author = revision % 2 == 1 ? *m_ada : *m_bob;
            QCOMPARE(e.name, author.name());
            QCOMPARE(e.color, m_colors.value(author.name()));
            QVERIFY(e.time > 0 && e.time <= m_started);
        }
    }

    void authorsAreStableAndNotClientIds()
    {
        const Answer answer = answerTo(*m_history, m_history->requestEntries(1, edits));
        QCOMPARE(answer.entries.size(), edits);
        const QString ada = answer.entries.at(0).author;
        const QString bob = answer.entries.at(1).author;
        QCOMPARE(ada.size(), 32);
        QVERIFY(ada != bob);
        for (const HistoryRecord &e : answer.entries) {
            QCOMPARE(e.author, e.revision % 2 == 1 ? ada : bob);
            QVERIFY(!e.author.contains(QStringLiteral("client-")));
        }
    }

    void textAt_data()
    {
        QTest::addColumn<qint64>("revision");
        QTest::addColumn<QString>("code");
        for (qint64 r = 0; r <= edits; ++r)
            QTest::addRow("revision %lld", r) << r << QString();
        QTest::addRow("past the latest") << qint64(edits + 1) << QStringLiteral("no_such_revision");
        QTest::addRow("the largest revision")
            << (qint64(1) << 53) - 1 << QStringLiteral("no_such_revision");
    }
    void textAt()
    {
        QFETCH(qint64, revision);
        QFETCH(QString, code);
        const Answer answer = answerTo(*m_history, m_history->requestText(revision));
        QCOMPARE(answer.code, code);
        if (code.isEmpty())
            QCOMPARE(answer.text, m_texts.at(revision));
    }

    void tooManyWaitingRequestsAreRefused()
    {
        // A raw member fires requests without waiting: every one is answered exactly once, those
        // beyond the bound with rate_limited, and the connection stays.
        RawClient raw;
        QVERIFY(raw.open(roomUrl(*m_server, m_room)));
        QCOMPARE(type(raw.hello(QStringLiteral("raw-client"))), QStringLiteral("welcome"));
        constexpr int sent = 12;
        for (int id = 1; id <= sent; ++id) {
            raw.send(message(QStringLiteral("history_text"),
                             QJsonObject {{QStringLiteral("id"), id},
                                          {QStringLiteral("revision"), id % (edits + 1)}}));
        }
        QSet<int> answered;
        int refused = 0;
        while (answered.size() < sent) {
            const QJsonObject frame = raw.nextAny();
            QVERIFY2(!frame.isEmpty(), "an answer is missing");
            if (!type(frame).startsWith(QStringLiteral("history")))
                continue;
            const int id = frame.value(QStringLiteral("id")).toInt();
            QVERIFY(!answered.contains(id));
            answered.insert(id);
            if (type(frame) == QStringLiteral("history_error")) {
                QCOMPARE(code(frame), QStringLiteral("rate_limited"));
                ++refused;
            } else {
                QCOMPARE(frame.value(QStringLiteral("text")).toString(),
                         m_texts.at(id % (edits + 1)));
            }
        }
        QVERIFY(refused > 0);
        QVERIFY(refused <= sent - 1);
        QVERIFY(raw.isOpen());
    }

    void answersStopAtTheirBound()
    {
        // Four inserts of 300,000 units pass the answer's bound of 1 Mi units: it holds four of
        // the five, and the client asks again for the rest.
        QTemporaryDir data;
        ServerConfig config;
        config.dataDir = data.path();
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QString()).value();
        TestPeer carl(QStringLiteral("carl"));
        carl.client().join(inviteTo(server, room));
        QTRY_VERIFY(carl.ready());
        for (int i = 0; i < 5; ++i) {
            carl.insert(0, QString(300'000, QChar(u'a' + i)));
            QTRY_COMPARE_WITH_TIMEOUT(server.roomRevision(room), i + 1, 20000);
        }
        auto *history = new HistoryClient(&carl.client());
        const Answer first = answerTo(*history, history->requestEntries(1, 5));
        QCOMPARE(first.code, QString());
        QCOMPARE(first.entries.size(), 4);
        const Answer rest = answerTo(*history, history->requestEntries(5, 5));
        QCOMPARE(rest.entries.size(), 1);
        QCOMPARE(rest.entries.at(0).op.insertedLength(), 300'000);
    }

    // The server's retention (`--history-storage`) reaches every room's history: one insert
    // longer than a checkpoint interval's 256 KiB makes a checkpoint at revision 1, and a bound
    // of one byte then drops everything before it.
    void retentionComesFromTheServersLimits_data()
    {
        QTest::addColumn<qint64>("historyBytes");
        QTest::addColumn<QString>("code");
        QTest::addRow("no bound keeps revision 0") << qint64(0) << QString();
        QTest::addRow("a bound drops it") << qint64(1) << QStringLiteral("no_such_revision");
    }
    void retentionComesFromTheServersLimits()
    {
        QFETCH(qint64, historyBytes);
        QFETCH(QString, code);
        QTemporaryDir data;
        ServerConfig config;
        config.dataDir = data.path();
        config.limits.historyBytes = historyBytes;
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("x")).value();
        TestPeer fay(QStringLiteral("fay"));
        fay.client().join(inviteTo(server, room));
        QTRY_VERIFY(fay.ready());
        fay.insert(0, QString(300'000, u'f'));
        QTRY_COMPARE_WITH_TIMEOUT(server.roomRevision(room), 1, 20000);
        auto *history = new HistoryClient(&fay.client());
        const Answer first = answerTo(*history, history->requestText(0));
        QCOMPARE(first.code, code);
        if (code.isEmpty())
            QCOMPARE(first.text, QStringLiteral("x"));
        const Answer last = answerTo(*history, history->requestText(1));
        QCOMPARE(last.code, QString());
        QCOMPARE(last.text.size(), 300'001);
    }

    void roomWithoutFilesHasNoHistory()
    {
        RoomServer server {ServerConfig()};
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("x")).value();
        TestPeer dora(QStringLiteral("dora"));
        dora.client().join(inviteTo(server, room));
        QTRY_VERIFY(dora.ready());
        auto *history = new HistoryClient(&dora.client());
        QCOMPARE(answerTo(*history, history->requestText(0)).code,
                 QStringLiteral("history_unavailable"));
    }

    void requestsFailWhenTheConnectionDrops()
    {
        TestPeer eve(QStringLiteral("eve"));
        auto *history = new HistoryClient(&eve.client());
        QCOMPARE(history->requestText(0), quint64(0)); // not in the room yet
        eve.client().join(inviteTo(*m_server, m_room));
        QTRY_VERIFY(eve.ready());
        QSignalSpy failed(history, &HistoryClient::requestFailed);
        const quint64 id = history->requestText(edits);
        QVERIFY(id > 0);
        eve.client().leave();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<quint64>(), id);
        QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("history_unavailable"));
        QCOMPARE(history->pendingCount(), 0);
    }

    // Protocol 2: each document has its own history, read with its `doc`; every answer names
    // the request's document, so readers of two documents may number their requests alike. A
    // document not open gets no_such_path, as its edits would.
    void protocol2ReadsEachDocument_data()
    {
        QTest::addColumn<QString>("doc");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("text"); // at revision 1
        QTest::addRow("the first document") << u"d1"_qs << QString() << u"one!"_qs;
        QTest::addRow("the second document") << u"d2"_qs << QString() << u"two!"_qs;
        QTest::addRow("a document not open") << u"d3"_qs << u"no_such_path"_qs << QString();
        QTest::addRow("no document of that id") << u"d9"_qs << u"no_such_path"_qs << QString();
    }
    void protocol2ReadsEachDocument()
    {
        QFETCH(QString, doc);
        QFETCH(QString, code);
        QFETCH(QString, text);
        QTemporaryDir data;
        ServerConfig config;
        config.dataDir = data.path();
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("one")).value();
        QVERIFY(server.addDocument(room, QStringLiteral("two"), QStringLiteral("two")));
        QVERIFY(server.addDocument(room, QStringLiteral("three"), QStringLiteral("three")));
        SessionClient ana;
        ana.setIdentity(QStringLiteral("ana"), QStringLiteral("#102030"), u"ana-client"_qs);
        ana.setProtocol(2);
        ana.setFlushInterval(5);
        ana.join(inviteTo(server, room));
        QTRY_VERIFY(ana.state() == SessionClient::State::Connected);
        for (const QString &open : {u"d1"_qs, u"d2"_qs}) {
            DocumentSync *sync = ana.openDocument(open);
            QTRY_VERIFY(sync->hasText());
            TextOperation op;
            op.retain(3).insert(QStringLiteral("!"));
            QVERIFY(sync->applyLocal(op));
            QTRY_COMPARE(sync->revision(), 1);
        }
        // The other reader asks first, under the same id: its answer must not be taken for this.
        auto *other = new HistoryClient(&ana, doc == u"d1" ? u"d2"_qs : u"d1"_qs);
        auto *history = new HistoryClient(&ana, doc);
        const quint64 otherId = other->requestText(0);
        const quint64 id = history->requestText(1);
        QCOMPARE(id, otherId);
        const Answer answer = answerTo(*history, id);
        QCOMPARE(answer.code, code);
        QCOMPARE(answer.text, text);
        QTRY_COMPARE(other->pendingCount(), 0);
    }

private:
    QTemporaryDir m_data;
    std::unique_ptr<RoomServer> m_server;
    QString m_room;
    std::unique_ptr<TestPeer> m_ada;
    std::unique_ptr<TestPeer> m_bob;
    HistoryClient *m_history = nullptr;
    QStringList m_texts; // m_texts[r]: the room's text at revision r
    qint64 m_started = 0;
    QHash<QString, QString> m_colors; // by name
};

QTEST_GUILESS_MAIN(TestHistoryProtocol)
#include "tst_historyprotocol.moc"
