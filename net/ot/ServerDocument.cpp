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

} // namespace

ServerDocument::ServerDocument(const QString &text, qint64 revision, qsizetype maxLogLength)
    : m_text(text)
    , m_revision(revision)
    , m_maxLogLength(std::max<qsizetype>(0, maxLogLength))
{
}

std::optional<Result<Applied>> ServerDocument::checkSequence(const QString &clientId,
                                                             quint64 seq) const
{
    if (seq == 0)
        return std::nullopt;
    const auto it = m_clients.constFind(clientId);
    if (it == m_clients.cend() || seq > it->seq)
        return std::nullopt;
    if (seq < it->seq)
        return Result<Applied>(error("bad_sequence",
                                     QT_TRANSLATE_NOOP("ServerDocument",
                                                       "The operation's sequence number is older "
                                                       "than one already applied.")));
    const Stored *stored = storedAt(it->revision);
    return Result<Applied>(
        Applied {stored ? stored->entry.op : TextOperation(), it->revision, true});
}

Result<Applied> ServerDocument::receive(const TextOperation &op, qint64 baseRevision,
                                        const QString &clientId, quint64 seq)
{
    if (auto decided = checkSequence(clientId, seq))
        return std::move(*decided);
    if (baseRevision > m_revision || baseRevision < oldestRevision())
        return badRevision();

    TextOperation transformed = op;
    for (qint64 r = baseRevision + 1; r <= m_revision; ++r) {
        auto pair = TextOperation::transform(transformed, storedAt(r)->entry.op);
        if (!pair)
            return pair.error();
        transformed = std::move(pair.value().first);
    }
    // Only growth is refused: a room over a lowered limit can still be trimmed down.
    if (transformed.targetLength() > m_maxDocumentLength
        && transformed.targetLength() > transformed.baseLength())
        return error("too_large",
                     QT_TRANSLATE_NOOP("ServerDocument", "The document would become too large."));

    QString deleted;
    if (Result<std::monostate> applied = m_text.apply(transformed, &deleted); !applied)
        return applied.error();
    ++m_revision;
    if (seq != 0)
        m_clients.insert(clientId, ClientProgress {seq, m_revision});
    if (m_maxLogLength > 0) {
        m_log.push_back(
            Stored {LogEntry {transformed, clientId, seq, m_revision}, std::move(deleted)});
    }
    trimLog();
    return Applied {std::move(transformed), m_revision, false};
}

Result<Applied> ServerDocument::receiveText(const QString &text, qint64 baseRevision,
                                            const QString &clientId, quint64 seq)
{
    if (auto decided = checkSequence(clientId, seq))
        return std::move(*decided);
    if (text.size() > m_maxDocumentLength)
        return error("too_large",
                     QT_TRANSLATE_NOOP("ServerDocument", "The document would become too large."));
    const Result<QString> base = textAt(baseRevision);
    if (!base)
        return base.error();
    return receive(diff(base.value(), text), baseRevision, clientId, seq);
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
        const Stored *stored = storedAt(r);
        const Result<std::monostate> undone
            = past.apply(stored->entry.op.invertFromDeleted(stored->deleted));
        if (!undone)
            return undone.error();
    }
    return past.text();
}

Result<QList<LogEntry>> ServerDocument::operationsSince(qint64 revision) const
{
    if (revision > m_revision || revision < oldestRevision())
        return badRevision();
    QList<LogEntry> entries;
    entries.reserve(m_revision - revision);
    for (qint64 r = revision + 1; r <= m_revision; ++r)
        entries.append(storedAt(r)->entry);
    return entries;
}

void ServerDocument::setMaxLogLength(qsizetype maxLogLength)
{
    m_maxLogLength = std::max<qsizetype>(0, maxLogLength);
    trimLog();
}

void ServerDocument::setMaxDocumentLength(qsizetype maxDocumentLength)
{
    m_maxDocumentLength = std::clamp<qsizetype>(maxDocumentLength, 0, TextOperation::maxLength);
}

quint64 ServerDocument::lastSeq(const QString &clientId) const
{
    return m_clients.value(clientId).seq;
}

void ServerDocument::restoreClient(const QString &clientId, ClientProgress progress)
{
    m_clients.insert(clientId, progress);
}

const ServerDocument::Stored *ServerDocument::storedAt(qint64 revision) const
{
    const qint64 index = m_logStart + (revision - oldestRevision()) - 1;
    if (revision <= oldestRevision() || revision > m_revision)
        return nullptr;
    return &m_log[size_t(index)];
}

void ServerDocument::trimLog()
{
    if (logSize() <= m_maxLogLength)
        return;
    m_logStart += logSize() - m_maxLogLength;
    // Erase the dead front only once it outweighs the live part: amortised O(1) per entry.
    if (m_logStart > 1024 && m_logStart * 2 > qsizetype(m_log.size())) {
        m_log.erase(m_log.begin(), m_log.begin() + m_logStart);
        m_logStart = 0;
    }
}

} // namespace ensemble
