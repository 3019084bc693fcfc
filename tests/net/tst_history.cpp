// A room's whole history on disk (HistoryStore): every revision of a random session rebuilds to
// the text replayed in memory, checkpoints land where the options say, the history survives a
// reopen, a torn last line, a damaged checkpoint and a missing segment, and retention drops old
// segments while every kept revision still rebuilds.
#include "TempFiles.h"
#include "server/HistoryStore.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTest>

using namespace ensemble;
using namespace ensemble::test;

namespace {

// A random editing session: texts[r] is the text at revision r, ops[r - 1] made it.
struct Session
{
    QStringList texts;
    QList<TextOperation> ops;
};

Session randomSession(quint32 seed, int edits)
{
    QRandomGenerator random(seed);
    Session s;
    QString text = QStringLiteral("int main() {}\n");
    s.texts.append(text);
    for (int i = 0; i < edits; ++i) {
        const qsizetype position = random.bounded(int(text.size() + 1));
        const qsizetype removed = random.bounded(3) == 0
            ? random.bounded(int(std::min<qsizetype>(text.size() - position, 8)) + 1)
            : 0;
        QString inserted;
        static const QString pieces = QStringLiteral("abc \n{}\"\\\té€");
        for (int n = random.bounded(6); n > 0; --n)
            inserted.append(pieces.at(random.bounded(int(pieces.size()))));
        TextOperation op;
        op.retain(position).remove(removed).insert(inserted).retain(text.size() - position
                                                                    - removed);
        text.replace(position, removed, inserted);
        s.ops.append(op);
        s.texts.append(text);
    }
    return s;
}

// Authors take turns in runs of five edits; one author id changes its name now and then.
HistoryEntry entryFor(const Session &s, qint64 revision)
{
    const qint64 run = revision / 5;
    return HistoryEntry {revision, s.ops.at(revision - 1),
                         HistoryAuthor {QStringLiteral("a%1").arg(run % 3),
                                        run % 4 == 1 ? QStringLiteral("Bo") : QStringLiteral("Ana"),
                                        QStringLiteral("#3366ff")},
                         1'700'000'000'000 + revision};
}

// Appends revisions from + 1 to to, with a checkpoint whenever the store wants one.
void record(HistoryStore &store, const Session &s, qint64 to)
{
    for (qint64 r = store.revision() + 1; r <= to; ++r) {
        const Result<std::monostate> appended = store.append(entryFor(s, r));
        QVERIFY2(appended, qPrintable(appended ? QString() : appended.error().message));
        if (store.wantsCheckpoint())
            QVERIFY(store.checkpoint(Rope(s.texts.at(r))));
    }
}

std::unique_ptr<HistoryStore> makeStore(const QString &dir, const Session &s,
                                        HistoryOptions options, qint64 to)
{
    auto created = HistoryStore::create(dir, 0, Rope(s.texts.at(0)), options);
    if (!created)
        return nullptr;
    std::unique_ptr<HistoryStore> store = std::move(created).value();
    record(*store, s, to);
    return store;
}

void verifyEntries(const HistoryStore &store, const Session &s, qint64 from)
{
    const auto all = store.entries(from, store.revision());
    QVERIFY(all);
    QCOMPARE(all.value().size(), qsizetype(store.revision() - from + 1));
    for (const HistoryEntry &e : all.value()) {
        QCOMPARE(e.op, s.ops.at(e.revision - 1));
        QCOMPARE(e.author, entryFor(s, e.revision).author);
        QCOMPARE(e.time, entryFor(s, e.revision).time);
    }
}

void verifyAll(const HistoryStore &store, const Session &s, qint64 from)
{
    for (qint64 r = from; r <= store.revision(); ++r) {
        const Result<QString> text = store.textAt(r);
        QVERIFY2(text,
                 qPrintable(QStringLiteral("revision %1: %2")
                                .arg(r)
                                .arg(text ? QString() : text.error().message)));
        QCOMPARE(text.value(), s.texts.at(r));
    }
}

HistoryOptions every(qint64 revisions)
{
    HistoryOptions options;
    options.checkpointRevisions = revisions;
    options.checkpointBytes = qint64(1) << 40;
    return options;
}

QString errorOf(const Result<QString> &r)
{
    return r ? QString() : r.error().message;
}

void writeBytes(const QString &path, const QByteArray &bytes, QIODevice::OpenMode mode)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | mode));
    QCOMPARE(file.write(bytes), bytes.size());
}

QString segment(const QString &dir, qint64 revision)
{
    return dir + QStringLiteral("/ops-%1.jsonl").arg(revision, 16, 10, QLatin1Char('0'));
}

QString checkpointFile(const QString &dir, qint64 revision)
{
    return dir + QStringLiteral("/checkpoint-%1.text").arg(revision, 16, 10, QLatin1Char('0'));
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private slots:
    void rebuildsEveryRevision_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("edits");
        QTest::addColumn<qint64>("checkpointRevisions");
        QTest::addColumn<qint64>("checkpointBytes");
        const qint64 never = qint64(1) << 40;
        QTest::addRow("few edits, one segment") << 1u << 20 << qint64(1000) << never;
        QTest::addRow("every 7 revisions") << 2u << 300 << qint64(7) << never;
        QTest::addRow("every 100 revisions") << 3u << 500 << qint64(100) << never;
        QTest::addRow("every 2 KiB") << 4u << 500 << qint64(1000) << qint64(2048);
        QTest::addRow("every revision") << 5u << 60 << qint64(1) << never;
    }
    void rebuildsEveryRevision()
    {
        QFETCH(quint32, seed);
        QFETCH(int, edits);
        QFETCH(qint64, checkpointRevisions);
        QFETCH(qint64, checkpointBytes);
        TempFolder folder;
        const Session s = randomSession(seed, edits);
        HistoryOptions options;
        options.checkpointRevisions = checkpointRevisions;
        options.checkpointBytes = checkpointBytes;
        const auto store = makeStore(folder.filePath("history"), s, options, edits);
        QVERIFY(store);
        QCOMPARE(store->revision(), qint64(edits));
        verifyAll(*store, s, 0);
        const auto all = store->entries(1, edits);
        QVERIFY(all);
        QCOMPARE(all.value().size(), qsizetype(edits));
        for (qint64 r = 1; r <= edits; ++r) {
            const HistoryEntry &e = all.value().at(r - 1);
            QCOMPARE(e.revision, r);
            QCOMPARE(e.op, s.ops.at(r - 1));
            QCOMPARE(e.author, entryFor(s, r).author);
            QCOMPARE(e.time, entryFor(s, r).time);
        }
    }

    void checkpointPlacement_data()
    {
        QTest::addColumn<qint64>("checkpointRevisions");
        QTest::addColumn<qint64>("checkpointBytes");
        QTest::addColumn<int>("edits");
        QTest::addColumn<QList<qint64>>("expected");
        const qint64 never = qint64(1) << 40;
        QTest::addRow("every 10") << qint64(10) << never << 35 << QList<qint64> {0, 10, 20, 30};
        QTest::addRow("exactly at the end")
            << qint64(10) << never << 30 << QList<qint64> {0, 10, 20, 30};
        QTest::addRow("never") << qint64(1000) << never << 50 << QList<qint64> {0};
        QTest::addRow("every line by bytes")
            << qint64(1000) << qint64(1) << 4 << QList<qint64> {0, 1, 2, 3, 4};
    }
    void checkpointPlacement()
    {
        QFETCH(qint64, checkpointRevisions);
        QFETCH(qint64, checkpointBytes);
        QFETCH(int, edits);
        QFETCH(QList<qint64>, expected);
        TempFolder folder;
        const Session s = randomSession(7, edits);
        HistoryOptions options;
        options.checkpointRevisions = checkpointRevisions;
        options.checkpointBytes = checkpointBytes;
        const auto store = makeStore(folder.filePath("history"), s, options, edits);
        QVERIFY(store);
        QCOMPARE(store->checkpoints(), expected);
        QCOMPARE(store->segmentCount(), expected.size());
        for (qint64 r : expected)
            QVERIFY(QFile::exists(checkpointFile(folder.filePath("history"), r)));
    }

    // A long text is written again only once the segment holds an eighth of its length.
    void aLongTextWaitsForALongerSegment_data()
    {
        QTest::addColumn<qsizetype>("textLength");
        QTest::addColumn<bool>("wanted");
        QTest::addRow("short text") << qsizetype(100) << true;
        QTest::addRow("empty text") << qsizetype(0) << true;
        QTest::addRow("ten megabytes") << qsizetype(10'000'000) << false;
    }
    void aLongTextWaitsForALongerSegment()
    {
        QFETCH(qsizetype, textLength);
        QFETCH(bool, wanted);
        TempFolder folder;
        const Session s = randomSession(8, 10);
        HistoryOptions options;
        options.checkpointRevisions = 10;
        options.checkpointBytes = qint64(1) << 40;
        auto created
            = HistoryStore::create(folder.filePath("history"), 0, Rope(s.texts.at(0)), options);
        QVERIFY(created);
        const std::unique_ptr<HistoryStore> store = std::move(created).value();
        for (qint64 r = 1; r <= 10; ++r)
            QVERIFY(store->append(entryFor(s, r)));
        QCOMPARE(store->wantsCheckpoint(textLength), wanted);
    }

    void reopens_data()
    {
        QTest::addColumn<int>("before");
        QTest::addColumn<int>("after");
        QTest::addRow("empty") << 0 << 25;
        QTest::addRow("mid-segment") << 15 << 25;
        QTest::addRow("at a checkpoint") << 20 << 25;
    }
    void reopens()
    {
        QFETCH(int, before);
        QFETCH(int, after);
        TempFolder folder;
        const QString dir = folder.filePath("history");
        const Session s = randomSession(11, before + after);
        QString authorBefore;
        {
            const auto store = makeStore(dir, s, every(10), before);
            QVERIFY(store);
            authorBefore = store->authorId(QStringLiteral("secret-client-id"));
        }
        QString warning;
        auto opened = HistoryStore::open(dir, every(10), &warning);
        QVERIFY(opened);
        const auto store = std::move(opened).value();
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        QCOMPARE(store->revision(), qint64(before));
        QCOMPARE(store->authorId(QStringLiteral("secret-client-id")), authorBefore);
        QVERIFY(!authorBefore.contains(QStringLiteral("secret")));
        record(*store, s, before + after);
        verifyAll(*store, s, 0);
        verifyEntries(*store, s, 1);
    }

    void tornLastLine_data()
    {
        QTest::addColumn<QByteArray>("tail");
        QTest::addRow("half a line") << QByteArray("{\"revision\":16,\"time\":1,\"aut");
        QTest::addRow("garbage") << QByteArray("\x01\x02garbage\n");
        QTest::addRow("wrong revision")
            << QByteArray("{\"revision\":99,\"time\":1,\"author\":\"a\",\"name\":\"n\","
                          "\"color\":\"#000000\",\"op\":[\"x\"]}\n");
    }
    void tornLastLine()
    {
        QFETCH(QByteArray, tail);
        TempFolder folder;
        const QString dir = folder.filePath("history");
        const Session s = randomSession(13, 30);
        makeStore(dir, s, every(10), 15);
        writeBytes(segment(dir, 10), tail, QIODevice::Append);
        QString warning;
        auto opened = HistoryStore::open(dir, every(10), &warning);
        QVERIFY(opened);
        const auto store = std::move(opened).value();
        QVERIFY(warning.contains(QStringLiteral("damaged")));
        QCOMPARE(store->revision(), qint64(15));
        QVERIFY(readBytes(segment(dir, 10) + QStringLiteral(".damaged")).endsWith(tail));
        record(*store, s, 30);
        verifyAll(*store, s, 0);
        verifyEntries(*store, s, 1);
    }

    void damagedCheckpointIsSkipped_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: the file is deleted
        QTest::addRow("hash does not match") << QByteArray("flip");
        QTest::addRow("truncated") << QByteArray("{\"format\":1,\"revision\":20,\"sha");
        QTest::addRow("not json") << QByteArray("\xff\xfe");
        QTest::addRow("deleted") << QByteArray();
    }
    void damagedCheckpointIsSkipped()
    {
        QFETCH(QByteArray, content);
        TempFolder folder;
        const QString dir = folder.filePath("history");
        const Session s = randomSession(17, 35);
        makeStore(dir, s, every(10), 35);
        const QString path = checkpointFile(dir, 20);
        if (content.isEmpty()) {
            QVERIFY(QFile::remove(path));
        } else if (content == "flip") {
            QByteArray bytes = readBytes(path);
            const qsizetype at = bytes.size() - 2;
            bytes[at] = bytes[at] == 'a' ? 'b' : 'a';
            writeBytes(path, bytes, QIODevice::Truncate);
        } else {
            writeBytes(path, content, QIODevice::Truncate);
        }
        auto opened = HistoryStore::open(dir, every(10));
        QVERIFY(opened);
        const auto store = std::move(opened).value();
        // Revisions 20 to 29 rebuild from the checkpoint at 10, through two segments.
        verifyAll(*store, s, 0);
    }

    void missingSegment_data()
    {
        QTest::addColumn<qint64>("missing");
        QTest::addColumn<QList<qint64>>("unreachable");
        QTest::addRow("first") << qint64(0) << QList<qint64> {1, 5, 9};
        QTest::addRow("middle") << qint64(10) << QList<qint64> {11, 15, 19};
    }
    void missingSegment()
    {
        QFETCH(qint64, missing);
        QFETCH(QList<qint64>, unreachable);
        TempFolder folder;
        const QString dir = folder.filePath("history");
        const Session s = randomSession(19, 35);
        makeStore(dir, s, every(10), 35);
        QVERIFY(QFile::remove(segment(dir, missing)));
        auto opened = HistoryStore::open(dir, every(10));
        QVERIFY(opened);
        const auto store = std::move(opened).value();
        for (qint64 r = 0; r <= 35; ++r) {
            const Result<QString> text = store->textAt(r);
            if (unreachable.contains(r)) {
                QVERIFY(!text);
                QVERIFY2(text.error().message.contains(QStringLiteral("missing")),
                         qPrintable(text.error().message));
            } else if (r <= missing || r > missing + 9) {
                QVERIFY2(text, qPrintable(QStringLiteral("%1: %2").arg(r).arg(errorOf(text))));
                QCOMPARE(text.value(), s.texts.at(r));
            }
        }
        QVERIFY(!store->entries(missing + 1, missing + 3));
        QVERIFY(store->entries(missing + 11, missing + 13));
    }

    void retention_data()
    {
        QTest::addColumn<qint64>("maxRevisions");
        QTest::addColumn<qint64>("maxBytes");
        QTest::addColumn<qint64>("oldest");
        QTest::addRow("40 revisions") << qint64(40) << qint64(0) << qint64(60);
        QTest::addRow("10 revisions") << qint64(10) << qint64(0) << qint64(90);
        QTest::addRow("1 revision: the current segment") << qint64(1) << qint64(0) << qint64(100);
        QTest::addRow("everything") << qint64(0) << qint64(0) << qint64(0);
        QTest::addRow("bytes") << qint64(0) << qint64(8000) << qint64(-1);
    }
    void retention()
    {
        QFETCH(qint64, maxRevisions);
        QFETCH(qint64, maxBytes);
        QFETCH(qint64, oldest);
        TempFolder folder;
        const QString dir = folder.filePath("history");
        const Session s = randomSession(23, 105);
        HistoryOptions options = every(10);
        options.maxRevisions = maxRevisions;
        options.maxBytes = maxBytes;
        const auto store = makeStore(dir, s, options, 105);
        QVERIFY(store);
        if (oldest >= 0) {
            QCOMPARE(store->oldestRevision(), oldest);
        } else {
            QVERIFY(store->oldestRevision() > 0);
            QVERIFY(store->diskBytes() <= maxBytes);
        }
        QCOMPARE(store->checkpoints().constFirst(), store->oldestRevision());
        for (qint64 r = 0; r < store->oldestRevision(); r += 10) {
            QVERIFY(!QFile::exists(segment(dir, r)));
            QVERIFY(!QFile::exists(checkpointFile(dir, r)));
        }
        verifyAll(*store, s, store->oldestRevision());
        // The same after a reopen.
        auto opened = HistoryStore::open(dir, options);
        QVERIFY(opened);
        QCOMPARE(opened.value()->oldestRevision(), store->oldestRevision());
        verifyAll(*opened.value(), s, store->oldestRevision());
    }

    void outsideTheKeptRange_data()
    {
        QTest::addColumn<qint64>("revision");
        QTest::addRow("negative") << qint64(-1);
        QTest::addRow("dropped") << qint64(20);
        QTest::addRow("just before the oldest") << qint64(59);
        QTest::addRow("after the newest") << qint64(106);
        QTest::addRow("far after") << (qint64(1) << 50);
    }
    void outsideTheKeptRange()
    {
        QFETCH(qint64, revision);
        TempFolder folder;
        const Session s = randomSession(29, 105);
        HistoryOptions options = every(10);
        options.maxRevisions = 40;
        const auto store = makeStore(folder.filePath("history"), s, options, 105);
        QVERIFY(store);
        QCOMPARE(store->oldestRevision(), qint64(60));
        const Result<QString> text = store->textAt(revision);
        QVERIFY(!text);
        QVERIFY2(text.error().message.contains(QStringLiteral("not kept")),
                 qPrintable(text.error().message));
        QVERIFY(text.error().message.contains(QStringLiteral("60 to 105")));
        QVERIFY(!store->entries(revision, revision));
    }

    void entriesAreBounded()
    {
        TempFolder folder;
        const Session s = randomSession(31, 2500);
        const auto store = makeStore(folder.filePath("history"), s, every(300), 2500);
        QVERIFY(store);
        const auto first = store->entries(1, 2500);
        QVERIFY(first);
        QCOMPARE(first.value().size(), HistoryStore::maxEntries);
        QCOMPARE(first.value().constLast().revision, qint64(HistoryStore::maxEntries));
        const auto middle = store->entries(1234, 1240);
        QVERIFY(middle);
        QCOMPARE(middle.value().size(), qsizetype(7));
        QCOMPARE(middle.value().constFirst().op, s.ops.at(1233));
    }

    void restartLeavesAGap()
    {
        TempFolder folder;
        const Session s = randomSession(37, 40);
        const auto store = makeStore(folder.filePath("history"), s, every(10), 15);
        QVERIFY(store);
        QVERIFY(store->restart(18, Rope(s.texts.at(18))));
        record(*store, s, 40);
        verifyAll(*store, s, 18);
        for (qint64 r = 0; r <= 15; ++r)
            QCOMPARE(store->textAt(r).value(), s.texts.at(r));
        QVERIFY(!store->textAt(16));
        QVERIFY(!store->append(entryFor(s, 40)));
    }

    void checkpointText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("empty") << QString();
        QTest::addRow("UTF-8") << QStringLiteral("é€😀\n\"\\");
        QTest::addRow("lone surrogate") << QStringLiteral("a") + QChar(0xD800) + u'b';
        QTest::addRow("lone surrogate at the end") << QStringLiteral("a") + QChar(0xDC00);
    }
    void checkpointText()
    {
        QFETCH(QString, text);
        TempFolder folder;
        const QString dir = folder.filePath("history");
        QVERIFY(HistoryStore::create(dir, 7, Rope(text)));
        auto opened = HistoryStore::open(dir);
        QVERIFY(opened);
        QCOMPARE(opened.value()->textAt(7).value(), text);
    }

    void lostSaltIsMadeAgain_data()
    {
        QTest::addColumn<QByteArray>("salt"); // empty: the file is deleted
        QTest::addRow("deleted") << QByteArray();
        QTest::addRow("short") << QByteArray("0123");
        QTest::addRow("not hex") << QByteArray("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\n");
    }
    void lostSaltIsMadeAgain()
    {
        QFETCH(QByteArray, salt);
        TempFolder folder;
        const QString dir = folder.filePath("history");
        const Session s = randomSession(43, 12);
        QString before;
        {
            const auto store = makeStore(dir, s, every(10), 5);
            QVERIFY(store);
            before = store->authorId(QStringLiteral("c"));
        }
        if (salt.isEmpty())
            QVERIFY(QFile::remove(dir + QStringLiteral("/salt")));
        else
            writeBytes(dir + QStringLiteral("/salt"), salt, QIODevice::Truncate);
        auto opened = HistoryStore::open(dir, every(10));
        QVERIFY(opened);
        const auto store = std::move(opened).value();
        const QString after = store->authorId(QStringLiteral("c"));
        QVERIFY(after != before);
        QCOMPARE(after.size(), qsizetype(32));
        record(*store, s, 12);
        verifyAll(*store, s, 0);
        auto again = HistoryStore::open(dir, every(10));
        QVERIFY(again);
        QCOMPARE(again.value()->authorId(QStringLiteral("c")), after);
    }

    void authorIdsDifferPerHistory()
    {
        TempFolder folder;
        const Session s = randomSession(41, 1);
        const auto a = makeStore(folder.filePath("a"), s, {}, 0);
        const auto b = makeStore(folder.filePath("b"), s, {}, 0);
        QVERIFY(a && b);
        const QString id = QStringLiteral("c-0123456789");
        QCOMPARE(a->authorId(id), a->authorId(id));
        QCOMPARE(a->authorId(id).size(), qsizetype(32));
        QVERIFY(a->authorId(id) != b->authorId(id));
        QVERIFY(a->authorId(id) != a->authorId(id + u'x'));
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
