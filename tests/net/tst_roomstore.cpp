// A room's store on disk: the snapshot + log files survive crashes at any moment, every unit of
// text keeps, and damaged files are repaired without losing what is readable.
#include "StoredOperations.h"
#include "TempFiles.h"
#include "server/RoomStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ensemble;
using namespace ensemble::test;

namespace {

void appendRaw(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write(bytes);
}

} // namespace

class TestRoomStore : public QObject
{
    Q_OBJECT

private slots:
    void logReplaysAfterSnapshot()
    {
        QTemporaryDir dir;
        const RoomSnapshot seed {
            QStringLiteral("r"),  QStringLiteral("e"),   0,
            QStringLiteral("ab"), QStringLiteral("cpp"), {{QStringLiteral("c"), {0, 0}}}};
        {
            auto store = RoomStore::create(dir.path(), seed);
            QVERIFY(store.ok());
            QVERIFY(store.value()->append(loggedInsert(1, 2, QStringLiteral("c"))).ok());
            QVERIFY(store.value()->append(loggedInsert(2, 3, QStringLiteral("d"))).ok());
        }
        auto opened = RoomStore::open(dir.path());
        QVERIFY(opened.ok());
        const StoredRoom &stored = opened.value().second;
        QCOMPARE(stored.snapshot.text, QStringLiteral("ab"));
        QCOMPARE(stored.snapshot.language, QStringLiteral("cpp"));
        QCOMPARE(stored.log.size(), 2);
        QCOMPARE(stored.log.last(), loggedInsert(2, 3, QStringLiteral("d")));
        QVERIFY(stored.warning.isEmpty());
    }

    void everyUnitSurvivesTheStore_data()
    {
        QTest::addColumn<QString>("text");
        const char16_t units[] = {0xfeff, 0xfffe, 0xffff, 0x2028, 0x2029, 0x0000, 0xd800, 0xdfff};
        for (const char16_t unit : units) {
            const QString x {QChar(unit)};
            const QByteArray name = QByteArray::number(unit, 16).rightJustified(4, '0');
            QTest::addRow("U+%s alone", name.constData()) << x;
            QTest::addRow("U+%s leading", name.constData()) << x + QStringLiteral("ab");
            QTest::addRow("U+%s in the middle", name.constData())
                << QStringLiteral("a") + x + QStringLiteral("b");
            QTest::addRow("U+%s twice leading", name.constData()) << x + x + QStringLiteral("ab");
        }
    }
    void everyUnitSurvivesTheStore()
    {
        QFETCH(QString, text);
        QTemporaryDir dir;
        RoomSnapshot seed {QStringLiteral("r"),   QStringLiteral("e"), 0, text,
                           QStringLiteral("cpp"), {{text, {0, 0}}}};
        seed.title = text;
        const LoggedOperation logged {1, TextOperation().retain(text.size()).insert(text), text, 1};
        {
            auto store = RoomStore::create(dir.path(), seed);
            QVERIFY(store.ok());
            QVERIFY(store.value()->append(logged).ok());
        }
        auto opened = RoomStore::open(dir.path());
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        const StoredRoom &stored = opened.value().second;
        QVERIFY(stored.warning.isEmpty());
        QCOMPARE(stored.snapshot.text, text);
        QCOMPARE(stored.snapshot.title, text);
        QCOMPARE(stored.snapshot.clients.keys(), QList<QString> {text});
        QCOMPARE(stored.log.size(), 1);
        QCOMPARE(stored.log.first().client, text);
        QCOMPARE(stored.log.first().op, logged.op);
    }

    void damagedLogIsCutBackToWhatReplays_data()
    {
        QTest::addColumn<QByteArray>("tail");
        QTest::addColumn<int>("expectedEntries");
        QTest::addRow("torn last line") << QByteArray("{\"revision\":3,\"client\":\"c\",\"se") << 2;
        QTest::addRow("garbage line") << QByteArray("not json\n") << 2;
        QTest::addRow("gap in revisions")
            << QByteArray("{\"revision\":9,\"client\":\"c\",\"seq\":9,\"op\":[4,\"z\"]}\n") << 2;
        QTest::addRow("bad operation")
            << QByteArray("{\"revision\":3,\"client\":\"c\",\"seq\":3,\"op\":[0]}\n") << 2;
    }
    void damagedLogIsCutBackToWhatReplays()
    {
        QFETCH(QByteArray, tail);
        QFETCH(int, expectedEntries);
        QTemporaryDir dir;
        {
            auto store = RoomStore::create(
                dir.path(),
                RoomSnapshot {
                    QStringLiteral("r"), QStringLiteral("e"), 0, QStringLiteral("ab"), {}, {}});
            QVERIFY(store.value()->append(loggedInsert(1, 2, QStringLiteral("c"))).ok());
            QVERIFY(store.value()->append(loggedInsert(2, 3, QStringLiteral("d"))).ok());
        }
        appendRaw(dir.filePath(QStringLiteral("ops.jsonl")), tail);
        {
            auto opened = RoomStore::open(dir.path());
            QVERIFY(opened.ok());
            QCOMPARE(opened.value().second.log.size(), expectedEntries);
            QVERIFY(!opened.value().second.warning.isEmpty());
            QVERIFY(QFile::exists(dir.filePath(QStringLiteral("ops.jsonl.damaged"))));
            // Appending after the repair produces a log that replays completely.
            QVERIFY(opened.value().first->append(loggedInsert(3, 4, QStringLiteral("e"))).ok());
        }
        auto reopened = RoomStore::open(dir.path());
        QCOMPARE(reopened.value().second.log.size(), expectedEntries + 1);
        QVERIFY(reopened.value().second.warning.isEmpty());
    }

    void linesBeforeTheSnapshotAreSkipped()
    {
        // A crash after a compaction's snapshot but before it emptied the log.
        QTemporaryDir dir;
        {
            auto store = RoomStore::create(
                dir.path(),
                RoomSnapshot {
                    QStringLiteral("r"), QStringLiteral("e"), 0, QStringLiteral("ab"), {}, {}});
            QVERIFY(store.value()->append(loggedInsert(1, 2, QStringLiteral("c"))).ok());
            QVERIFY(store.value()->append(loggedInsert(2, 3, QStringLiteral("d"))).ok());
        }
        const QByteArray log = [&] {
            QFile f(dir.filePath(QStringLiteral("ops.jsonl")));
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        {
            auto store = RoomStore::open(dir.path());
            QVERIFY(
                store.value()
                    .first
                    ->compact(RoomSnapshot {
                        QStringLiteral("r"), QStringLiteral("e"), 1, QStringLiteral("abc"), {}, {}})
                    .ok());
        }
        appendRaw(dir.filePath(QStringLiteral("ops.jsonl")), log);
        auto opened = RoomStore::open(dir.path());
        QCOMPARE(opened.value().second.log.size(), 1);
        QCOMPARE(opened.value().second.log.first().revision, qint64(2));
    }

    void damagedSnapshotIsAnError()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("snapshot.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\":1,\"room\":");
        file.close();
        auto opened = RoomStore::open(dir.path());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("storage_failed"));
    }
};

QTEST_GUILESS_MAIN(TestRoomStore)
#include "tst_roomstore.moc"
