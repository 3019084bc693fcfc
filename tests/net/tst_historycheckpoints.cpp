// A history's checkpoints are written in the background (HistoryStore, CheckpointWriter): what is
// read right after a checkpoint is started waits for it, a store destroyed at once leaves a
// complete checkpoint and no temporary file, a write that fails is reported once and is as a
// missing checkpoint, and retention drops the same files as when each checkpoint was waited for.
#include "TempFiles.h"
#include "server/HistoryFiles.h"
#include "server/HistoryStore.h"

#include <QDir>
#include <QTest>
#include <optional>

using namespace ensemble;
using namespace ensemble::test;

namespace {

// A long text, so that writing its checkpoint takes a while: lines of @p kind's characters.
QString longText(qsizetype bytes, const QString &kind)
{
    QString line = kind.repeated(std::max<qsizetype>(1, 60 / kind.size())) + u'\n';
    return line.repeated(std::max<qsizetype>(1, bytes / line.toUtf8().size()));
}

// texts[r] is the text at revision r; each revision adds a line at the end.
QStringList textsFrom(const QString &first, int revisions)
{
    QStringList texts {first};
    for (int r = 1; r <= revisions; ++r)
        texts.append(texts.constLast() + QStringLiteral("edit %1\n").arg(r));
    return texts;
}

HistoryEntry entryAt(const QStringList &texts, qint64 revision)
{
    const QString &before = texts.at(revision - 1);
    TextOperation op;
    op.retain(before.size()).insert(texts.at(revision).mid(before.size()));
    return HistoryEntry {
        revision, op,
        HistoryAuthor {QStringLiteral("a1"), QStringLiteral("Ana"), QStringLiteral("#3366ff")},
        1'700'000'000'000 + revision};
}

QString checkpointPath(const QString &dir, qint64 revision)
{
    return dir + QStringLiteral("/checkpoint-%1.text").arg(revision, 16, 10, QLatin1Char('0'));
}

QStringList leftovers(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.tmp")}, QDir::Files | QDir::Hidden);
}

HistoryOptions every(qint64 revisions)
{
    HistoryOptions options;
    options.checkpointRevisions = revisions;
    options.checkpointBytes = qint64(1) << 40;
    return options;
}

} // namespace

class TestHistoryCheckpoints : public QObject
{
    Q_OBJECT

private slots:
    void readBackAtOnce_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<qint64>("checkpointAt"); // 0: the one create() writes
        QTest::addRow("small, after create") << QStringLiteral("int main() {}\n") << qint64(0);
        QTest::addRow("2 MB, after create") << longText(2 << 20, QStringLiteral("x")) << qint64(0);
        QTest::addRow("2 MB of UTF-8, after a checkpoint")
            << longText(2 << 20, QStringLiteral("é€😀")) << qint64(3);
    }
    void readBackAtOnce()
    {
        QFETCH(QString, first);
        QFETCH(qint64, checkpointAt);
        TempFolder folder;
        const QString dir = folder.filePath("history");
        const QStringList texts = textsFrom(first, 5);
        auto created = HistoryStore::create(dir, 0, Rope(texts.at(0)), every(1000));
        QVERIFY(created);
        const auto store = std::move(created).value();
        for (qint64 r = 1; r <= checkpointAt; ++r)
            QVERIFY(store->append(entryAt(texts, r)));
        if (checkpointAt > 0)
            QVERIFY(store->checkpoint(Rope(texts.at(checkpointAt))));
        // No wait: reading the checkpoint waits for its write.
        const Result<QString> text = store->textAt(checkpointAt);
        QVERIFY2(text, qPrintable(text ? QString() : text.error().message));
        QCOMPARE(text.value(), texts.at(checkpointAt));
        QVERIFY(store->checkpoints().contains(checkpointAt));
        QCOMPARE(QFileInfo(checkpointPath(dir, checkpointAt)).size(),
                 checkpointFile(checkpointAt, texts.at(checkpointAt)).size());
        QVERIFY(store->append(entryAt(texts, checkpointAt + 1)));
        QCOMPARE(store->textAt(checkpointAt + 1).value(), texts.at(checkpointAt + 1));
    }

    void sizeIsKnownBeforeTheWrite_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("empty") << QString();
        QTest::addRow("ASCII") << QStringLiteral("int main() {}\n");
        QTest::addRow("two and three bytes") << QStringLiteral("é€\n");
        QTest::addRow("surrogate pair") << QStringLiteral("😀a😀");
        QTest::addRow("lone surrogate, written as JSON") << QStringLiteral("a") + QChar(0xD800);
    }
    void sizeIsKnownBeforeTheWrite()
    {
        QFETCH(QString, text);
        for (qint64 revision : {0, 7, 123456789})
            QCOMPARE(checkpointFileBytes(revision, text), checkpointFile(revision, text).size());
    }

    void destroyedRightAfterCreate_data()
    {
        QTest::addColumn<qsizetype>("bytes");
        QTest::addRow("small") << qsizetype(100);
        QTest::addRow("4 MB") << qsizetype(4 << 20);
    }
    void destroyedRightAfterCreate()
    {
        QFETCH(qsizetype, bytes);
        TempFolder folder;
        const QString dir = folder.filePath("history");
        const QString text = longText(bytes, QStringLiteral("y"));
        QVERIFY(HistoryStore::create(dir, 0, Rope(text)));
        // The store is gone: its checkpoint is complete, and the directory can go at once.
        QVERIFY(leftovers(dir).isEmpty());
        {
            auto opened = HistoryStore::open(dir);
            QVERIFY(opened);
            QCOMPARE(opened.value()->textAt(0).value(), text);
        }
        QVERIFY(QDir(dir).removeRecursively());
        QVERIFY(!QDir(dir).exists());
    }

    void failedWriteIsReportedOnce_data()
    {
        QTest::addColumn<qint64>("failAt");
        QTest::addColumn<bool>("diskFull"); // else a directory stands in the checkpoint's way
        QTest::addColumn<QList<qint64>>("reachable");
        QTest::addRow("at create") << qint64(0) << false << QList<qint64> {};
        QTest::addRow("at a checkpoint") << qint64(3) << false << QList<qint64> {0, 1, 2, 3, 4, 5};
        QTest::addRow("at a checkpoint, disk full")
            << qint64(3) << true << QList<qint64> {0, 1, 2, 3, 4, 5};
    }
    void failedWriteIsReportedOnce()
    {
        QFETCH(qint64, failAt);
        QFETCH(bool, diskFull);
        QFETCH(QList<qint64>, reachable);
        TempFolder folder;
        const QString dir = folder.filePath("history");
        const QStringList texts = textsFrom(longText(1 << 20, QStringLiteral("z")), 5);
        QVERIFY(QDir().mkpath(diskFull ? dir : checkpointPath(dir, failAt)));
        auto created = HistoryStore::create(dir, 0, Rope(texts.at(0)), every(1000));
        QVERIFY(created);
        const auto store = std::move(created).value();
        QStringList errors;
        const auto note = [&errors](const Result<std::monostate> &r) {
            if (!r)
                errors.append(r.error().message);
        };
        if (failAt > 0) {
            for (qint64 r = 1; r <= failAt; ++r)
                QVERIFY(store->append(entryAt(texts, r)));
            QVERIFY(store->checkpoints().contains(0)); // before the limit, which any write meets
            std::optional<FileSizeLimit> limit;
            if (diskFull) {
                limit.emplace(4096);
                QVERIFY(limit->isActive());
            }
            note(store->checkpoint(Rope(texts.at(failAt))));
            QVERIFY(!store->checkpoints().contains(failAt)); // waits for the write
        } else {
            QCOMPARE(store->checkpoints(), QList<qint64> {});
        }
        for (qint64 r = failAt + 1; r <= 5; ++r)
            note(store->append(entryAt(texts, r)));
        QCOMPARE(store->revision(), qint64(5));
        QVERIFY2(errors.size() == 1, qPrintable(errors.join(u'\n')));
        QVERIFY2(errors.constFirst().contains(checkpointPath(dir, failAt)),
                 qPrintable(errors.constFirst()));
        QVERIFY(leftovers(dir).isEmpty());
        // As a missing checkpoint: the revisions after the one before it still rebuild.
        for (qint64 r = 0; r <= 5; ++r) {
            const Result<QString> text = store->textAt(r);
            QCOMPARE(bool(text), reachable.contains(r));
            if (text)
                QCOMPARE(text.value(), texts.at(r));
            else
                QVERIFY2(text.error().message.contains(QStringLiteral("cannot be rebuilt")),
                         qPrintable(text.error().message));
        }
    }

    void retentionDropsTheSameFiles_data()
    {
        QTest::addColumn<qint64>("maxRevisions");
        QTest::addColumn<qint64>("maxBytes");
        QTest::addRow("4 revisions") << qint64(4) << qint64(0);
        QTest::addRow("1 revision") << qint64(1) << qint64(0);
        QTest::addRow("2.5 MB") << qint64(0) << qint64(5 << 19);
    }
    void retentionDropsTheSameFiles()
    {
        QFETCH(qint64, maxRevisions);
        QFETCH(qint64, maxBytes);
        const QStringList texts = textsFrom(longText(1 << 20, QStringLiteral("w")), 12);
        HistoryOptions options = every(2);
        options.maxRevisions = maxRevisions;
        options.maxBytes = maxBytes;
        // Once as the rooms' thread does it, once waiting for each checkpoint as it was written.
        QStringList files[2];
        for (const bool waitEach : {false, true}) {
            TempFolder folder;
            const QString dir = folder.filePath("history");
            auto created = HistoryStore::create(dir, 0, Rope(texts.at(0)), options);
            QVERIFY(created);
            const auto store = std::move(created).value();
            for (qint64 r = 1; r <= 12; ++r) {
                QVERIFY(store->append(entryAt(texts, r)));
                if (store->wantsCheckpoint()) {
                    QVERIFY(store->checkpoint(Rope(texts.at(r))));
                    if (waitEach)
                        store->checkpoints();
                }
            }
            QVERIFY(store->oldestRevision() > 0);
            QCOMPARE(store->checkpoints().constFirst(), store->oldestRevision());
            QCOMPARE(store->textAt(store->oldestRevision()).value(),
                     texts.at(store->oldestRevision()));
            if (maxBytes > 0)
                QVERIFY(store->diskBytes() <= maxBytes);
            files[waitEach] = QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
            files[waitEach].removeAll(QStringLiteral("salt"));
        }
        QCOMPARE(files[0], files[1]);
    }
};

QTEST_GUILESS_MAIN(TestHistoryCheckpoints)
#include "tst_historycheckpoints.moc"
