// Fuzz target for a room's history directory read back by HistoryStore: a damaged or hand-edited
// checkpoint and segment are refused with a message or repaired (the unreadable tail of the last
// segment kept aside), never a crash; every revision the store claims either rebuilds or fails
// with a message; a rebuilt revision is the one before it with its entry applied; and the store
// takes a new entry and reopens at it.
//
// Input: checkpoint-0000000000000000.text (its header line, then as many bytes as the header's
// `bytes` says), then ops-0000000000000000.jsonl (absent when there is no newline).
#include "FuzzTarget.h"

#include "server/HistoryStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace ensemble;

namespace {

// Inputs are small; this bounds the rebuilds one input can ask for.
constexpr qint64 maxChecked = 200;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    FUZZ_CHECK(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
}

void checkRevisions(const HistoryStore &store)
{
    const qint64 from = store.oldestRevision();
    const qint64 to = std::min(store.revision(), from + maxChecked);
    std::optional<QString> previous;
    for (qint64 r = from; r <= to; ++r) {
        const Result<QString> text = store.textAt(r);
        if (!text) {
            FUZZ_CHECK(!text.error().message.isEmpty());
            previous.reset();
            continue;
        }
        if (previous) {
            const auto entry = store.entries(r, r);
            FUZZ_CHECK(entry && entry.value().size() == 1 && entry.value().at(0).revision == r);
            const Result<QString> applied = entry.value().at(0).op.apply(*previous);
            FUZZ_CHECK(applied && applied.value() == text.value());
        }
        previous = text.value();
    }
    FUZZ_CHECK(!store.textAt(from - 1) && !store.textAt(store.revision() + 1));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_history";
    static char *argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
    static QTemporaryDir root;
    const QString dir = root.filePath(QStringLiteral("history"));
    FUZZ_CHECK(QDir().mkpath(dir));
    const QString checkpointPath = dir + QStringLiteral("/checkpoint-0000000000000000.text");
    const QString segmentPath = dir + QStringLiteral("/ops-0000000000000000.jsonl");

    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const double bytes = newline < 0
        ? 0.0
        : QJsonDocument::fromJson(input.left(newline)).object().value(u"bytes").toDouble();
    const qsizetype end = newline < 0
        ? input.size()
        : newline + 1 + qsizetype(std::clamp(bytes, 0.0, double(input.size() - newline - 1)));
    write(checkpointPath, input.left(end));
    const QByteArray log = input.mid(end);
    if (newline >= 0)
        write(segmentPath, log);

    HistoryOptions options;
    options.checkpointRevisions = 4;
    QString warning;
    auto opened = HistoryStore::open(dir, options, &warning);
    FUZZ_CHECK(opened);
    std::unique_ptr<HistoryStore> store = std::move(opened).value();
    const QByteArray kept = readAll(segmentPath);
    if (warning.isEmpty()) {
        FUZZ_CHECK(kept == log);
    } else {
        FUZZ_CHECK(log.startsWith(kept) && kept.size() < log.size());
        FUZZ_CHECK(readAll(segmentPath + QStringLiteral(".damaged")) == log);
    }
    checkRevisions(*store);

    // A new entry at the end, then the same after a reopen.
    const qint64 revision = store->revision();
    if (const Result<QString> last = store->textAt(revision)) {
        TextOperation op;
        op.retain(last.value().size()).insert(QStringLiteral("x"));
        FUZZ_CHECK(store->append(HistoryEntry {revision + 1, op, {}, 0}));
        if (store->wantsCheckpoint())
            FUZZ_CHECK(store->checkpoint(Rope(last.value() + u'x')));
        store.reset();
        QString again;
        auto reopened = HistoryStore::open(dir, options, &again);
        FUZZ_CHECK(reopened && again.isEmpty());
        FUZZ_CHECK(reopened.value()->revision() == revision + 1);
        const Result<QString> text = reopened.value()->textAt(revision + 1);
        FUZZ_CHECK(text && text.value() == last.value() + u'x');
        checkRevisions(*reopened.value());
    }
    store.reset();
    FUZZ_CHECK(QDir(dir).removeRecursively());
    return 0;
}
