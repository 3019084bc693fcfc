#include "HistoryStore.h"

#include "HistoryFiles.h"

#include "ot/Rope.h"

#include <QDir>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <utility>

namespace ensemble {

namespace {

constexpr int revisionDigits = 16; // 2^53 has 16 digits: names sort as numbers do
const QString saltName = QStringLiteral("salt");
const QLatin1StringView checkpointPrefix("checkpoint-");
const QLatin1StringView checkpointSuffix(".text");
const QLatin1StringView segmentPrefix("ops-");
const QLatin1StringView segmentSuffix(".jsonl");

Error storageError(const QString &message)
{
    return Error {QStringLiteral("storage_failed"), message};
}

QString revisionName(QLatin1StringView prefix, qint64 revision, QLatin1StringView suffix)
{
    return prefix + QStringLiteral("%1").arg(revision, revisionDigits, 10, QLatin1Char('0'))
        + suffix;
}

// The revision a file name carries, or -1 when it is not one of ours.
qint64 nameRevision(const QString &name, QLatin1StringView prefix, QLatin1StringView suffix)
{
    if (!name.startsWith(prefix) || !name.endsWith(suffix)
        || name.size() != prefix.size() + revisionDigits + suffix.size())
        return -1;
    bool ok = false;
    const qint64 revision = QStringView(name).mid(prefix.size(), revisionDigits).toLongLong(&ok);
    return ok && revision >= 0 ? revision : -1;
}

// Reads one segment line by line, from its first entry (revision start + 1).
class SegmentReader
{
public:
    SegmentReader(const QString &path, qint64 start)
        : m_file(path)
        , m_next(start + 1)
    {
        m_open = m_file.open(QIODevice::ReadOnly);
    }
    bool isOpen() const { return m_open; }
    // The next entry, or nothing at the end of the readable part.
    std::optional<HistoryEntry> next()
    {
        if (!m_open || m_file.atEnd())
            return std::nullopt;
        const QByteArray line = m_file.readLine();
        std::optional<HistoryEntry> e = parseEntry(line, m_author);
        if (!e || e->revision != m_next) {
            m_damaged = true;
            return std::nullopt;
        }
        ++m_next;
        m_author = e->author;
        m_goodBytes += line.size();
        return e;
    }
    bool damaged() const { return m_damaged; }
    qint64 goodBytes() const { return m_goodBytes; }
    qint64 nextRevision() const { return m_next; }
    QString fileName() const { return m_file.fileName(); }
    const std::optional<HistoryAuthor> &lastAuthor() const { return m_author; }

private:
    QFile m_file;
    qint64 m_next;
    qint64 m_goodBytes = 0;
    std::optional<HistoryAuthor> m_author;
    bool m_open = false;
    bool m_damaged = false;
};

} // namespace

HistoryStore::HistoryStore(QString dir, HistoryOptions options)
    : m_dir(std::move(dir))
    , m_options(options)
{
}

HistoryStore::~HistoryStore()
{
    if (!m_readOnly)
        m_writer.wait();
}

QString HistoryStore::checkpointPath(qint64 revision) const
{
    return m_dir + u'/' + revisionName(checkpointPrefix, revision, checkpointSuffix);
}

QString HistoryStore::segmentPath(qint64 revision) const
{
    return m_dir + u'/' + revisionName(segmentPrefix, revision, segmentSuffix);
}

Result<std::unique_ptr<HistoryStore>> HistoryStore::create(const QString &dir, qint64 revision,
                                                           const Rope &text, HistoryOptions options)
{
    if (!QDir().mkpath(dir))
        return storageError(QStringLiteral("cannot create %1").arg(dir));
    std::unique_ptr<HistoryStore> store(new HistoryStore(dir, options));
    if (Result<std::monostate> salt = store->loadSalt(); !salt)
        return salt.error();
    store->writeCheckpoint(revision, text);
    if (Result<std::monostate> started = store->startSegment(revision); !started)
        return started.error();
    store->m_revision = revision;
    return store;
}

Result<std::unique_ptr<HistoryStore>> HistoryStore::open(const QString &dir, HistoryOptions options,
                                                         QString *warning)
{
    std::unique_ptr<HistoryStore> store(new HistoryStore(dir, options));
    const QDir directory(dir);
    if (!directory.exists())
        return storageError(QStringLiteral("%1 does not exist").arg(dir));
    for (const QFileInfo &file : directory.entryInfoList(QDir::Files)) {
        const QString name = file.fileName();
        if (const qint64 r = nameRevision(name, checkpointPrefix, checkpointSuffix); r >= 0) {
            store->m_parts[r].hasCheckpoint = true;
            store->m_parts[r].checkpointBytes = file.size();
        } else if (const qint64 s = nameRevision(name, segmentPrefix, segmentSuffix); s >= 0) {
            store->m_parts[s].hasSegment = true;
            store->m_parts[s].segmentBytes = file.size();
        }
    }
    if (store->m_parts.isEmpty())
        return storageError(QStringLiteral("%1 holds no history").arg(dir));
    if (Result<std::monostate> salt = store->loadSalt(); !salt)
        return salt.error();

    // Only the last segment is read now: it is the one appended to, so the one a crash can tear.
    const qint64 last = store->m_parts.lastKey();
    Part &part = store->m_parts.last();
    store->m_revision = last;
    if (part.hasSegment) {
        SegmentReader reader(store->segmentPath(last), last);
        if (!reader.isOpen())
            return storageError(QStringLiteral("cannot read %1").arg(reader.fileName()));
        while (reader.next()) { }
        store->m_revision = reader.nextRevision() - 1;
        store->m_segmentAuthor = reader.lastAuthor();
        if (reader.goodBytes() < part.segmentBytes) {
            const QString path = reader.fileName();
            const QString aside = path + QStringLiteral(".damaged");
            QFile::remove(aside);
            QFile::copy(path, aside);
            if (!QFile::resize(path, reader.goodBytes()))
                return storageError(QStringLiteral("cannot repair %1").arg(path));
            if (warning) {
                *warning = QStringLiteral("%1: ignored %2 damaged bytes after revision %3 (kept "
                                          "in %4)")
                               .arg(path)
                               .arg(part.segmentBytes - reader.goodBytes())
                               .arg(store->m_revision)
                               .arg(aside);
            }
            part.segmentBytes = reader.goodBytes();
        }
    }
    store->m_segment.setFileName(store->segmentPath(last));
    if (!store->m_segment.open(QIODevice::WriteOnly | QIODevice::Append)) {
        return storageError(QStringLiteral("cannot open %1: %2")
                                .arg(store->m_segment.fileName(), store->m_segment.errorString()));
    }
    part.hasSegment = true;
    store->enforceRetention();
    return store;
}

Result<std::monostate> HistoryStore::loadSalt()
{
    QFile file(m_dir + u'/' + saltName);
    if (file.open(QIODevice::ReadOnly)) {
        m_salt = QByteArray::fromHex(file.read(64).trimmed());
        if (m_salt.size() == 16)
            return std::monostate {};
    }
    // A new salt gives every author a new id: the names and colours still tell them apart.
    m_salt.resize(16);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(m_salt.data()),
                                         reinterpret_cast<quint32 *>(m_salt.data() + 16));
    // Not synced either (a room's creation waits for it): a salt a crash leaves short is made
    // again, as a lost one is.
    file.close();
    const QByteArray hex = m_salt.toHex() + '\n';
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(hex) != hex.size()
        || !file.flush())
        return storageError(
            QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return std::monostate {};
}

QString HistoryStore::authorId(const QString &clientId) const
{
    const QByteArray mac
        = QMessageAuthenticationCode::hash(clientId.toUtf8(), m_salt, QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.left(16).toHex());
}

void HistoryStore::writeCheckpoint(qint64 revision, const Rope &text)
{
    settleCheckpoint(true); // one write at a time, each settled
    m_writer.start(checkpointPath(revision), revision, text);
    Part &part = m_parts[revision];
    part.hasCheckpoint = true;
    part.checkpointBad = false;
    // Retention bounding bytes decides at once, as it did when the file was written here; the
    // exact size costs the text's concatenation and a pass over it, so only then.
    part.checkpointBytes
        = m_options.maxBytes > 0 ? checkpointFileBytes(revision, text.text()) : qint64(text.size());
}

void HistoryStore::settleCheckpoint(bool wait) const
{
    if (m_writer.pendingRevision() < 0 || (!wait && !m_writer.isFinished()))
        return;
    const CheckpointOutcome outcome = m_writer.settle();
    // A failed write left no file (its temporary one is removed): as if it had gone missing.
    if (const auto part = m_parts.constFind(outcome.revision); part != m_parts.cend()) {
        part->hasCheckpoint = outcome.error.isEmpty();
        part->checkpointBytes = outcome.bytes;
    }
    if (!outcome.error.isEmpty() && !m_readOnly)
        m_checkpointError = storageError(outcome.error);
}

Result<std::monostate> HistoryStore::checkpointFailure()
{
    settleCheckpoint(false);
    if (!m_checkpointError)
        return std::monostate {};
    return *std::exchange(m_checkpointError, std::nullopt);
}

Result<std::monostate> HistoryStore::startSegment(qint64 revision)
{
    m_segment.close();
    m_segment.setFileName(segmentPath(revision));
    if (!m_segment.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_broken = true;
        return storageError(QStringLiteral("cannot open %1: %2")
                                .arg(m_segment.fileName(), m_segment.errorString()));
    }
    Part &part = m_parts[revision];
    part.hasSegment = true;
    part.segmentBytes = 0;
    m_segmentAuthor.reset();
    m_broken = false;
    return std::monostate {};
}

Result<std::monostate> HistoryStore::append(const HistoryEntry &entry)
{
    if (m_broken)
        return storageError(QStringLiteral("%1 needs a restart after a failed write").arg(m_dir));
    if (entry.revision != m_revision + 1) {
        return storageError(QStringLiteral("%1 is at revision %2, not %3")
                                .arg(m_dir)
                                .arg(m_revision)
                                .arg(entry.revision - 1));
    }
    const QByteArray line = entryLine(entry, m_segmentAuthor != entry.author);
    Part &part = m_parts.last();
    if (m_segment.write(line) != line.size() || !m_segment.flush()) {
        // Cut a partly written line off, or the next append would follow it.
        m_broken = !m_segment.resize(part.segmentBytes);
        return storageError(QStringLiteral("cannot append to %1: %2")
                                .arg(m_segment.fileName(), m_segment.errorString()));
    }
    part.segmentBytes += line.size();
    m_revision = entry.revision;
    m_segmentAuthor = entry.author;
    if (m_parts.size() > 1 && (m_options.maxRevisions > 0 || m_options.maxBytes > 0))
        enforceRetention();
    return checkpointFailure();
}

bool HistoryStore::wantsCheckpoint(qsizetype textLength) const
{
    const qint64 start = m_parts.lastKey();
    const qint64 bytes = m_parts.last().segmentBytes;
    return m_revision > start
        && (m_revision - start >= m_options.checkpointRevisions
            || bytes >= m_options.checkpointBytes)
        && bytes >= textLength / 8;
}

Result<std::monostate> HistoryStore::checkpoint(const Rope &text)
{
    if (m_parts.lastKey() == m_revision && m_parts.last().hasCheckpoint && !m_broken)
        return checkpointFailure();
    writeCheckpoint(m_revision, text);
    if (Result<std::monostate> started = startSegment(m_revision); !started)
        return started;
    enforceRetention();
    return checkpointFailure();
}

Result<std::monostate> HistoryStore::restart(qint64 revision, const Rope &text)
{
    if (revision < m_revision) {
        return storageError(QStringLiteral("%1 is at revision %2, past %3")
                                .arg(m_dir)
                                .arg(m_revision)
                                .arg(revision));
    }
    m_revision = revision;
    m_broken = true; // so checkpoint() writes even at the current segment's start
    return checkpoint(text);
}

void HistoryStore::enforceRetention()
{
    while (m_parts.size() > 1) {
        const auto second = std::next(m_parts.begin());
        const bool tooMany
            = m_options.maxRevisions > 0 && m_revision - second.key() >= m_options.maxRevisions;
        const bool tooBig = m_options.maxBytes > 0 && diskBytes() > m_options.maxBytes;
        if (!tooMany && !tooBig)
            return;
        // The new oldest revision must keep a checkpoint that reads: rebuild it if it does not.
        // (When it cannot be rebuilt either, the old segment is no use to it and goes anyway; when
        // it cannot be written, the old segment stays until a later try succeeds.)
        if (!readCheckpoint(second)) {
            if (Result<QString> text = textAt(second.key()); text) {
                writeCheckpoint(second.key(), Rope(text.value()));
                settleCheckpoint(true);
                if (!second->hasCheckpoint)
                    return;
            }
        }
        const qint64 first = m_parts.firstKey();
        QFile::remove(checkpointPath(first));
        QFile::remove(segmentPath(first));
        m_parts.erase(m_parts.begin());
    }
}

Result<QString> HistoryStore::readCheckpoint(Parts::const_iterator part) const
{
    if (part.key() == m_writer.pendingRevision())
        settleCheckpoint(true);
    const QString path = checkpointPath(part.key());
    if (!part->hasCheckpoint)
        return storageError(QStringLiteral("no checkpoint at revision %1").arg(part.key()));
    if (part->checkpointBad)
        return storageError(QStringLiteral("%1 is damaged").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        part->checkpointBad = true;
        return storageError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    }
    std::optional<QString> text = parseCheckpoint(file.readAll(), part.key());
    if (!text) {
        part->checkpointBad = true;
        return storageError(QStringLiteral("%1 is damaged").arg(path));
    }
    return std::move(*text);
}

Result<std::monostate> HistoryStore::checkRange(qint64 from, qint64 to) const
{
    if (from > to || from < oldestRevision() || to > m_revision) {
        return storageError(QStringLiteral("revisions %1 to %2 are not kept: the history holds "
                                           "revisions %3 to %4")
                                .arg(from)
                                .arg(to)
                                .arg(oldestRevision())
                                .arg(m_revision));
    }
    return std::monostate {};
}

Result<QString> HistoryStore::textAt(qint64 revision) const
{
    if (Result<std::monostate> kept = checkRange(revision, revision); !kept)
        return kept.error();
    // The last part starting at or before the revision, then back to a checkpoint that reads.
    auto part = std::prev(m_parts.upperBound(revision));
    std::optional<QString> base;
    QString problems;
    for (;;) {
        Result<QString> text = readCheckpoint(part);
        if (text) {
            base = std::move(text).value();
            break;
        }
        if (part->hasCheckpoint)
            problems += QStringLiteral("; ") + text.error().message;
        if (part == m_parts.cbegin())
            break;
        --part;
        if (!part->hasSegment) {
            problems += QStringLiteral("; %1 is missing").arg(segmentPath(part.key()));
            break;
        }
    }
    if (!base) {
        return storageError(
            QStringLiteral("revision %1 cannot be rebuilt: no checkpoint before it reads%2")
                .arg(revision)
                .arg(problems));
    }
    Rope rope(*base);
    for (qint64 at = part.key(); at < revision; ++part) {
        // Each segment runs up to the next part's start (the last one to revision()).
        if (!part->hasSegment) {
            return storageError(QStringLiteral("revision %1 cannot be rebuilt: %2 is missing")
                                    .arg(revision)
                                    .arg(segmentPath(part.key())));
        }
        SegmentReader reader(segmentPath(part.key()), part.key());
        const auto next = std::next(part);
        const qint64 end = std::min(revision, next == m_parts.cend() ? m_revision : next.key());
        while (at < end) {
            const std::optional<HistoryEntry> e = reader.next();
            if (!e) {
                return storageError(
                    QStringLiteral("revision %1 cannot be rebuilt: %2 ends at revision %3")
                        .arg(revision)
                        .arg(reader.fileName())
                        .arg(at));
            }
            if (Result<std::monostate> applied = rope.apply(e->op); !applied) {
                return storageError(
                    QStringLiteral("revision %1 cannot be rebuilt: revision %2 does not apply: %3")
                        .arg(revision)
                        .arg(e->revision)
                        .arg(applied.error().message));
            }
            at = e->revision;
        }
    }
    return rope.text();
}

Result<QList<HistoryEntry>> HistoryStore::entries(qint64 from, qint64 to) const
{
    if (Result<std::monostate> kept = checkRange(from - 1, to); !kept)
        return kept.error();
    QList<HistoryEntry> result;
    // The part whose segment holds revision from: it starts before it.
    auto part = std::prev(m_parts.upperBound(from - 1));
    for (qint64 at = from - 1; at < to && result.size() < maxEntries; ++part) {
        if (!part->hasSegment) {
            return storageError(QStringLiteral("revisions after %1 are missing: %2 is missing")
                                    .arg(at)
                                    .arg(segmentPath(part.key())));
        }
        SegmentReader reader(segmentPath(part.key()), part.key());
        const auto next = std::next(part);
        const qint64 end = std::min(to, next == m_parts.cend() ? m_revision : next.key());
        while (at < end && result.size() < maxEntries) {
            std::optional<HistoryEntry> e = reader.next();
            if (!e) {
                return storageError(QStringLiteral("revisions after %1 are missing: %2 ends there")
                                        .arg(reader.nextRevision() - 1)
                                        .arg(reader.fileName()));
            }
            if (e->revision >= from) {
                at = e->revision;
                result.append(std::move(*e));
            }
        }
    }
    return result;
}

std::shared_ptr<const HistoryStore> HistoryStore::snapshot() const
{
    std::shared_ptr<HistoryStore> copy(new HistoryStore(m_dir, m_options));
    copy->m_parts = m_parts;
    copy->m_parts.detach(); // readCheckpoint() marks bad checkpoints in it, on the other thread
    copy->m_revision = m_revision;
    copy->m_broken = true; // never appended to
    copy->m_readOnly = true;
    copy->m_writer = m_writer; // shares the write in flight, to wait for it
    return copy;
}

qint64 HistoryStore::oldestRevision() const
{
    return m_parts.firstKey();
}

qint64 HistoryStore::diskBytes() const
{
    settleCheckpoint(false);
    qint64 bytes = 0;
    for (const Part &part : m_parts)
        bytes += part.checkpointBytes + part.segmentBytes;
    return bytes;
}

QList<qint64> HistoryStore::checkpoints() const
{
    settleCheckpoint(true);
    QList<qint64> result;
    for (auto it = m_parts.cbegin(); it != m_parts.cend(); ++it) {
        if (it->hasCheckpoint)
            result.append(it.key());
    }
    return result;
}

qsizetype HistoryStore::segmentCount() const
{
    qsizetype count = 0;
    for (const Part &part : m_parts)
        count += part.hasSegment ? 1 : 0;
    return count;
}

} // namespace ensemble
