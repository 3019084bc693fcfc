#include "ServerDocument.h"

#include "Diff.h"

#include <QCoreApplication>

namespace ensemble {

namespace {

Error error(const char *code, const char *text)
{
    return Error {QString::fromLatin1(code), QCoreApplication::translate("ServerDocument", text)};
}

Error badRevision()
{
    return error("bad_revision",
                 QT_TRANSLATE_NOOP("ServerDocument", "The revision is unknown or no longer kept."));
}

Error tooLarge()
{
    return error("too_large",
                 QT_TRANSLATE_NOOP("ServerDocument", "The document would become too large."));
}

Error tooFarBehind()
{
    return error("too_far_behind",
                 QT_TRANSLATE_NOOP("ServerDocument",
                                   "The change is based on a revision too far behind the room; "
                                   "rejoin to catch up."));
}

// Identifies an operation as its sender sent it: a resend of a seq must match it.
size_t sentFingerprint(const TextOperation &op, qint64 baseRevision)
{
    size_t hash = qHash(baseRevision);
    op.forEachComponent([&](TextOperation::Kind kind, qsizetype length, QStringView inserted) {
        hash = qHashMulti(hash, int(kind), length, inserted);
    });
    return hash == 0 ? 1 : hash; // 0 means unknown
}

size_t sentFingerprint(const QString &text, qint64 baseRevision)
{
    const size_t hash = qHashMulti(baseRevision, text, 1);
    return hash == 0 ? 1 : hash;
}

} // namespace

ServerDocument::ServerDocument(const QString &text, qint64 revision, qsizetype maxLogLength)
    : m_text(text)
    , m_revision(revision)
    , m_log(maxLogLength)
{
}

ClientProgress *ServerDocument::findClient(const QString &clientId)
{
    if (m_cachedClient && m_cachedClientId == clientId)
        return m_cachedClient;
    const auto it = m_clients.find(clientId);
    if (it == m_clients.end())
        return nullptr;
    m_cachedClientId = clientId;
    m_cachedClient = &it->second;
    return m_cachedClient;
}

std::optional<Result<Applied>> ServerDocument::checkSequence(const ClientProgress *progress,
                                                             quint64 seq, size_t sent) const
{
    if (seq == 0 || !progress || seq > progress->seq)
        return std::nullopt;
    if (seq < progress->seq)
        return Result<Applied>(error("bad_sequence",
                                     QT_TRANSLATE_NOOP("ServerDocument",
                                                       "The operation's sequence number is older "
                                                       "than one already applied.")));
    // Acknowledging another operation under the applied one's seq would tell its sender it was
    // applied: the sender's text would never match the room's again.
    if (progress->sent != 0 && progress->sent != sent)
        return Result<Applied>(error("bad_sequence",
                                     QT_TRANSLATE_NOOP("ServerDocument",
                                                       "The sequence number was already used for "
                                                       "a different operation.")));
    const bool kept = progress->revision > oldestRevision() && progress->revision <= m_revision;
    return Result<Applied>(Applied {kept ? storedAt(progress->revision).entry.op : TextOperation(),
                                    progress->revision, true, std::nullopt});
}

Result<Applied> ServerDocument::receive(const TextOperation &op, qint64 baseRevision,
                                        const QString &clientId, quint64 seq,
                                        std::optional<Selection> selection)
{
    return receive(op, baseRevision, clientId, seq, std::move(selection),
                   seq == 0 ? 0 : sentFingerprint(op, baseRevision));
}

Result<Applied> ServerDocument::receive(const TextOperation &op, qint64 baseRevision,
                                        const QString &clientId, quint64 seq,
                                        std::optional<Selection> selection, size_t sent)
{
    ClientProgress *progress = seq == 0 ? nullptr : findClient(clientId);
    if (auto decided = checkSequence(progress, seq, sent))
        return std::move(*decided);
    if (baseRevision > m_revision || baseRevision < oldestRevision())
        return badRevision();

    // Every step visits at least the components of both operations, so this lower bound turns
    // away hopeless cases before any work is done; the running count below is the exact bound.
    const qint64 distance = m_revision - baseRevision;
    const qint64 logComponents = m_log.componentsFrom(baseRevision - oldestRevision());
    if (!withinBudget(distance * op.componentCount() + logComponents))
        return tooFarBehind();
    TextOperation transformed = op;
    qint64 work = 0;
    qint64 selectionWork = 0;
    for (qint64 r = baseRevision + 1; r <= m_revision; ++r) {
        const TextOperation &logged = storedAt(r).entry.op;
        const qint64 step = transformed.componentCount() + logged.componentCount();
        if (!withinBudget(work + step)) {
            m_workDone += work + selectionWork;
            return tooFarBehind();
        }
        work += step;
        auto pair = TextOperation::transform(transformed, logged);
        if (!pair)
            return pair.error();
        transformed = std::move(pair.value().first);
        // The selection lies in the text after the sender's op, so it moves through the logged
        // op as rebased onto that text (pair.second), not through the logged op itself, whose
        // positions count a text the sender had already changed. A selection too costly to move
        // is left out; the op is judged on its own.
        if (selection) {
            const qint64 moveStep = 2 * selection->size() * pair.value().second.componentCount();
            if (withinBudget(selectionWork + moveStep)) {
                selectionWork += moveStep;
                selection = transformSelection(*selection, pair.value().second);
            } else {
                selection.reset();
            }
        }
    }
    m_workDone += work + selectionWork;
    // Only growth is refused: a room over a lowered limit can still be trimmed down.
    if (transformed.targetLength() > m_maxDocumentLength
        && transformed.targetLength() > transformed.baseLength())
        return tooLarge();

    QString deleted;
    if (Result<std::monostate> applied = m_text.apply(transformed, &deleted); !applied)
        return applied.error();
    ++m_revision;
    if (seq != 0) {
        if (!progress)
            progress = &m_clients.emplace(clientId, ClientProgress()).first->second;
        *progress = ClientProgress {seq, m_revision, sent};
    }
    m_log.append(LogEntry {transformed, clientId, seq, m_revision}, std::move(deleted));
    return Applied {std::move(transformed), m_revision, false, std::move(selection)};
}

Result<Applied> ServerDocument::receiveText(const QString &text, qint64 baseRevision,
                                            const QString &clientId, quint64 seq)
{
    const size_t sent = seq == 0 ? 0 : sentFingerprint(text, baseRevision);
    if (auto decided = checkSequence(seq == 0 ? nullptr : findClient(clientId), seq, sent))
        return std::move(*decided);
    if (text.size() > m_maxDocumentLength)
        return tooLarge();
    const Result<QString> base = chargedTextAt(baseRevision);
    if (!base)
        return base.error();
    return receive(diff(base.value(), text), baseRevision, clientId, seq, std::nullopt, sent);
}

Result<QString> ServerDocument::textAt(qint64 revision) const
{
    if (revision > m_revision || revision < oldestRevision())
        return badRevision();
    if (revision == m_revision)
        return text();
    // Undo the newer entries one by one on a copy; each undo costs its size plus O(log n).
    Rope past = m_text;
    for (qint64 r = m_revision; r > revision; --r) {
        const OperationLog::Stored &stored = storedAt(r);
        const Result<std::monostate> undone
            = past.apply(stored.entry.op.invertFromDeleted(stored.deleted));
        if (!undone)
            return undone.error();
    }
    return past.text();
}

Result<QString> ServerDocument::chargedTextAt(qint64 revision) const
{
    if (revision >= oldestRevision() && revision < m_revision) {
        const qint64 undo = m_log.unitsFrom(revision - oldestRevision());
        if (!withinBudget(undo))
            return tooFarBehind();
        m_workDone += undo;
    }
    return textAt(revision);
}

Result<QList<LogEntry>> ServerDocument::operationsSince(qint64 revision) const
{
    if (revision > m_revision || revision < oldestRevision())
        return badRevision();
    QList<LogEntry> entries;
    entries.reserve(m_revision - revision);
    for (qint64 r = revision + 1; r <= m_revision; ++r)
        entries.append(storedAt(r).entry);
    return entries;
}

Result<qsizetype> ServerDocument::lengthAt(qint64 revision) const
{
    if (revision > m_revision || revision < oldestRevision())
        return badRevision();
    return revision == m_revision ? length() : storedAt(revision + 1).entry.op.baseLength();
}

Result<Selection> ServerDocument::selectionSince(const Selection &selection, qint64 revision) const
{
    if (revision > m_revision || revision < oldestRevision())
        return badRevision();
    const qint64 work = selectionWork(selection, revision);
    if (!withinBudget(work))
        return tooFarBehind();
    m_workDone += work;
    Selection moved = selection;
    for (qint64 r = revision + 1; r <= m_revision; ++r)
        moved = transformSelection(moved, storedAt(r).entry.op);
    return moved;
}

qint64 ServerDocument::selectionWork(const Selection &selection, qint64 revision) const
{
    // Each of the two positions of a range walks each operation at most once.
    return (m_revision - revision)
        + 2 * selection.size() * m_log.componentsFrom(revision - oldestRevision());
}

void ServerDocument::setMaxLogLength(qsizetype maxLogLength)
{
    m_log.setCapacity(maxLogLength);
}

void ServerDocument::setMaxLogUnits(qint64 maxLogUnits)
{
    m_log.setMaxUnits(maxLogUnits);
}

void ServerDocument::setMaxTransformWork(qint64 maxTransformWork)
{
    m_maxTransformWork = std::max<qint64>(0, maxTransformWork);
}

bool ServerDocument::withinBudget(qint64 work) const
{
    return m_maxTransformWork == 0 || work <= m_maxTransformWork;
}

void ServerDocument::setMaxDocumentLength(qsizetype maxDocumentLength)
{
    m_maxDocumentLength = std::clamp<qsizetype>(maxDocumentLength, 0, TextOperation::maxLength);
}

quint64 ServerDocument::lastSeq(const QString &clientId) const
{
    const auto it = m_clients.find(clientId);
    return it == m_clients.end() ? 0 : it->second.seq;
}

QHash<QString, ClientProgress> ServerDocument::clients() const
{
    QHash<QString, ClientProgress> result;
    for (const auto &[clientId, progress] : m_clients)
        result.insert(clientId, progress);
    return result;
}

void ServerDocument::restoreClient(const QString &clientId, ClientProgress progress)
{
    m_clients[clientId] = progress;
}

void ServerDocument::forgetSentOperations()
{
    for (auto &[clientId, progress] : m_clients)
        progress.sent = 0;
}

const OperationLog::Stored &ServerDocument::storedAt(qint64 revision) const
{
    // Callers check oldestRevision() < revision <= m_revision.
    return m_log.at(revision - oldestRevision() - 1);
}

} // namespace ensemble
