#include "AuthorshipMap.h"

namespace ensemble {

AuthorshipMap::AuthorshipMap(qsizetype length, quint32 author)
{
    appendRun(length, author);
}

QList<AuthorshipMap::Run> AuthorshipMap::runs() const
{
    QList<Run> all;
    all.reserve(m_runCount);
    for (const Chunk &chunk : m_chunks)
        all.append(QList<Run>(chunk.runs.begin(), chunk.runs.end()));
    return all;
}

qsizetype AuthorshipMap::memoryBytes() const
{
    qsizetype bytes = qsizetype(m_chunks.capacity() * sizeof(Chunk));
    for (const Chunk &chunk : m_chunks)
        bytes += qsizetype(chunk.runs.capacity() * sizeof(Run));
    return bytes;
}

quint32 AuthorshipMap::authorAt(qsizetype index) const
{
    for (const Chunk &chunk : m_chunks) {
        if (index >= chunk.length) {
            index -= chunk.length;
            continue;
        }
        for (const Run &run : chunk.runs) {
            if (index < run.length)
                return run.author;
            index -= run.length;
        }
    }
    return 0;
}

bool AuthorshipMap::operator==(const AuthorshipMap &other) const
{
    return m_length == other.m_length && m_runCount == other.m_runCount && runs() == other.runs();
}

Result<std::monostate> AuthorshipMap::apply(const TextOperation &op, quint32 author)
{
    if (op.baseLength() != m_length) {
        return Error {QStringLiteral("bad_operation"),
                      QStringLiteral("the operation is for %1 units, the authorship covers %2")
                          .arg(op.baseLength())
                          .arg(m_length)};
    }
    // Retains only move the position: walking them would make every edit cost all the runs.
    qsizetype position = 0;
    op.forEachComponent([&](TextOperation::Kind kind, qsizetype length, QStringView) {
        switch (kind) {
        case TextOperation::Kind::Retain:
            position += length;
            break;
        case TextOperation::Kind::Insert:
            insertAt(position, length, author);
            position += length;
            break;
        case TextOperation::Kind::Delete:
            removeAt(position, length);
            break;
        }
    });
    return std::monostate {};
}

AuthorshipMap::Place AuthorshipMap::locate(qsizetype position)
{
    // From the finger, whole chunks at a time, then the runs of one chunk.
    qsizetype chunk = m_fingerChunk;
    qsizetype start = m_fingerStart;
    const qsizetype last = qsizetype(m_chunks.size()) - 1;
    while (chunk > 0 && position < start) {
        --chunk;
        start -= m_chunks[chunk].length;
    }
    while (chunk < last && position >= start + m_chunks[chunk].length) {
        start += m_chunks[chunk].length;
        ++chunk;
    }
    const std::vector<Run> &runs = m_chunks[chunk].runs;
    qsizetype offset = position - start;
    qsizetype run = 0;
    while (run < qsizetype(runs.size()) && offset >= runs[run].length) {
        offset -= runs[run].length;
        ++run;
    }
    m_fingerChunk = chunk;
    m_fingerStart = start;
    return {chunk, start, run, offset};
}

void AuthorshipMap::insertAt(qsizetype position, qsizetype length, quint32 author)
{
    if (length <= 0)
        return;
    if (m_chunks.empty()) {
        appendRun(length, author);
        return;
    }
    const Place at = locate(position);
    Chunk &chunk = m_chunks[at.chunk];
    std::vector<Run> &runs = chunk.runs;
    m_length += length;
    chunk.length += length;
    if (at.offset > 0) {
        Run &run = runs[at.run];
        if (run.author == author) {
            run.length += length;
            return;
        }
        // Splits the run: its head, the new text, its tail.
        const Run tail {run.length - at.offset, run.author};
        run.length = at.offset;
        runs.insert(runs.begin() + at.run + 1, {Run {length, author}, tail});
        m_runCount += 2;
        splitIfFull(at.chunk);
        return;
    }
    // Between two runs: either may be the author's already.
    if (at.run < qsizetype(runs.size()) && runs[at.run].author == author) {
        runs[at.run].length += length;
    } else if (at.run > 0 && runs[at.run - 1].author == author) {
        runs[at.run - 1].length += length;
    } else if (at.run == 0 && at.chunk > 0 && m_chunks[at.chunk - 1].runs.back().author == author) {
        chunk.length -= length;
        Chunk &previous = m_chunks[at.chunk - 1];
        m_fingerChunk = at.chunk - 1;
        m_fingerStart = at.chunkStart - previous.length;
        previous.runs.back().length += length;
        previous.length += length;
    } else {
        runs.insert(runs.begin() + at.run, Run {length, author});
        ++m_runCount;
        splitIfFull(at.chunk);
    }
}

void AuthorshipMap::removeAt(qsizetype position, qsizetype length)
{
    if (length <= 0)
        return;
    const Place at = locate(position);
    m_length -= length;
    qsizetype chunkIndex = at.chunk;
    qsizetype run = at.run;
    qsizetype offset = at.offset;
    while (length > 0) {
        Chunk &chunk = m_chunks[chunkIndex];
        std::vector<Run> &runs = chunk.runs;
        if (offset > 0) { // from inside a run: it keeps its head
            const qsizetype k = std::min(length, runs[run].length - offset);
            runs[run].length -= k;
            chunk.length -= k;
            length -= k;
            ++run;
        }
        qsizetype end = run; // whole runs go in one erase
        while (length > 0 && end < qsizetype(runs.size()) && runs[end].length <= length) {
            length -= runs[end].length;
            chunk.length -= runs[end].length;
            ++end;
        }
        runs.erase(runs.begin() + run, runs.begin() + end);
        m_runCount -= end - run;
        if (length > 0 && run < qsizetype(runs.size())) { // ends inside a run: it keeps its tail
            runs[run].length -= length;
            chunk.length -= length;
            length = 0;
        }
        if (runs.empty())
            m_chunks.erase(m_chunks.begin() + chunkIndex);
        else
            ++chunkIndex;
        run = 0;
        offset = 0;
    }
    // The chunk that held the position, or the one after it if that went, still starts there;
    // if the text's end went, the last chunk ends there.
    if (at.chunk < qsizetype(m_chunks.size())) {
        m_fingerChunk = at.chunk;
        m_fingerStart = at.chunkStart;
    } else if (!m_chunks.empty()) {
        m_fingerChunk = qsizetype(m_chunks.size()) - 1;
        m_fingerStart = at.chunkStart - m_chunks.back().length;
    } else {
        m_fingerChunk = 0;
        m_fingerStart = 0;
    }
    joinAt(position);
    // The chunks on either side of the position may be left small.
    mergeIfSmall(m_fingerChunk, m_fingerStart);
    if (m_fingerChunk > 0 && m_fingerStart == position)
        mergeIfSmall(m_fingerChunk - 1, m_fingerStart - m_chunks[m_fingerChunk - 1].length);
}

void AuthorshipMap::joinAt(qsizetype position)
{
    if (position <= 0 || position >= m_length)
        return;
    const Place at = locate(position);
    if (at.offset != 0)
        return;
    Chunk &right = m_chunks[at.chunk];
    const bool sameChunk = at.run > 0;
    Chunk &left = sameChunk ? right : m_chunks[at.chunk - 1];
    Run &before = sameChunk ? right.runs[at.run - 1] : left.runs.back();
    const Run after = right.runs[at.run];
    if (before.author != after.author)
        return;
    before.length += after.length;
    left.length += after.length;
    right.length -= after.length;
    right.runs.erase(right.runs.begin() + at.run);
    --m_runCount;
    if (!sameChunk) {
        m_fingerChunk = at.chunk - 1;
        m_fingerStart = at.chunkStart - (left.length - after.length);
        if (right.runs.empty())
            m_chunks.erase(m_chunks.begin() + at.chunk);
    }
}

void AuthorshipMap::splitIfFull(qsizetype chunk)
{
    std::vector<Run> &runs = m_chunks[chunk].runs;
    if (qsizetype(runs.size()) <= maxChunkRuns)
        return;
    // The second half becomes a chunk of its own; the first keeps its start, so the finger holds.
    Chunk second;
    second.runs.assign(runs.begin() + qsizetype(runs.size()) / 2, runs.end());
    runs.resize(runs.size() / 2);
    for (const Run &run : second.runs)
        second.length += run.length;
    m_chunks[chunk].length -= second.length;
    m_chunks.insert(m_chunks.begin() + chunk + 1, std::move(second));
}

void AuthorshipMap::mergeIfSmall(qsizetype chunk, qsizetype chunkStart)
{
    if (chunk >= qsizetype(m_chunks.size())
        || qsizetype(m_chunks[chunk].runs.size()) >= minChunkRuns)
        return;
    const auto fits = [&](qsizetype a, qsizetype b) {
        return qsizetype(m_chunks[a].runs.size() + m_chunks[b].runs.size()) <= maxChunkRuns;
    };
    // The finger goes to the merged chunk: the one it held may go.
    qsizetype into = chunk;
    if (chunk + 1 < qsizetype(m_chunks.size()) && fits(chunk, chunk + 1)) {
        ++chunk; // the next chunk moves into this one, which keeps its start
        m_fingerChunk = into;
        m_fingerStart = chunkStart;
    } else if (chunk > 0 && fits(chunk - 1, chunk)) {
        into = chunk - 1;
        m_fingerChunk = into;
        m_fingerStart = chunkStart - m_chunks[into].length;
    } else {
        return;
    }
    Chunk &target = m_chunks[into];
    const Chunk &source = m_chunks[chunk];
    target.runs.insert(target.runs.end(), source.runs.begin(), source.runs.end());
    target.length += source.length;
    m_chunks.erase(m_chunks.begin() + chunk);
}

void AuthorshipMap::appendRun(qsizetype length, quint32 author)
{
    if (length <= 0)
        return;
    m_length += length;
    if (!m_chunks.empty() && m_chunks.back().runs.back().author == author) {
        m_chunks.back().runs.back().length += length;
        m_chunks.back().length += length;
        return;
    }
    if (m_chunks.empty() || qsizetype(m_chunks.back().runs.size()) >= maxChunkRuns)
        m_chunks.push_back({});
    m_chunks.back().runs.push_back({length, author});
    m_chunks.back().length += length;
    ++m_runCount;
}

QJsonArray AuthorshipMap::toJson() const
{
    QJsonArray array;
    for (const Chunk &chunk : m_chunks) {
        for (const Run &run : chunk.runs) {
            array.append(qint64(run.length));
            array.append(qint64(run.author));
        }
    }
    return array;
}

Result<AuthorshipMap> AuthorshipMap::fromJson(const QJsonValue &json)
{
    const auto bad = [](const QString &why) {
        return Error {QStringLiteral("bad_message"), QStringLiteral("authorship: ") + why};
    };
    if (!json.isArray())
        return bad(QStringLiteral("not an array"));
    const QJsonArray array = json.toArray();
    if (array.size() % 2 != 0)
        return bad(QStringLiteral("an odd number of elements"));
    AuthorshipMap map;
    for (qsizetype i = 0; i < array.size(); i += 2) {
        const double length = array.at(i).toDouble(-1);
        const double author = array.at(i + 1).toDouble(-1);
        // Lengths fit a document (2^31 units at most), authors a quint32.
        if (!array.at(i).isDouble() || length < 1 || length > 2147483647.0
            || length != double(qint64(length)))
            return bad(QStringLiteral("a run length is not a positive integer"));
        if (!array.at(i + 1).isDouble() || author < 0 || author > 4294967295.0
            || author != double(qint64(author)))
            return bad(QStringLiteral("an author is not a non-negative integer"));
        map.appendRun(qsizetype(length), quint32(author));
    }
    return map;
}

} // namespace ensemble
