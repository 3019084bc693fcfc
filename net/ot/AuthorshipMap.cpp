#include "AuthorshipMap.h"

namespace ensemble {

AuthorshipMap::AuthorshipMap(qsizetype length, quint32 author)
    : m_length(length)
{
    if (length > 0)
        m_runs.append({length, author});
}

quint32 AuthorshipMap::authorAt(qsizetype index) const
{
    for (const Run &run : m_runs) {
        if (index < run.length)
            return run.author;
        index -= run.length;
    }
    return 0;
}

void AuthorshipMap::append(QList<Run> &runs, qsizetype length, quint32 author) const
{
    if (length <= 0)
        return;
    if (!runs.isEmpty() && runs.last().author == author)
        runs.last().length += length;
    else
        runs.append({length, author});
}

Result<std::monostate> AuthorshipMap::apply(const TextOperation &op, quint32 author)
{
    if (op.baseLength() != m_length) {
        return Error {QStringLiteral("bad_operation"),
                      QStringLiteral("the operation is for %1 units, the authorship covers %2")
                          .arg(op.baseLength())
                          .arg(m_length)};
    }
    // Edited in place where the operation touches the text: its retains only move the cursor.
    // The cursor is (run, offset) with offset < that run's length, or run == size at the end;
    // runStart is where that run starts in the new text. It starts at the finger, the run where
    // the last operation ended, since edits mostly follow one another closely.
    qsizetype run = std::min(m_fingerRun, m_runs.size());
    qsizetype runStart = run == m_fingerRun ? m_fingerStart : 0;
    if (run != m_fingerRun)
        run = 0;
    qsizetype offset = 0;
    bool first = true;
    qsizetype componentsLeft = op.componentCount();
    const auto joinAt = [&](qsizetype at) { // runs at - 1 and at, when by one author
        if (at > 0 && at < m_runs.size() && m_runs.at(at - 1).author == m_runs.at(at).author) {
            if (run == at) {
                run = at - 1;
                offset += m_runs.at(at - 1).length;
                runStart -= m_runs.at(at - 1).length;
            }
            m_runs[at - 1].length += m_runs.at(at).length;
            m_runs.removeAt(at);
        }
    };
    op.forEachComponent([&](TextOperation::Kind kind, qsizetype length, QStringView) {
        if (std::exchange(first, false)) {
            // Where the operation starts: from the finger, forwards or back.
            const qsizetype target = kind == TextOperation::Kind::Retain ? length : 0;
            while (run > 0 && target < runStart) {
                --run;
                runStart -= m_runs.at(run).length;
            }
            if (kind == TextOperation::Kind::Retain)
                length -= runStart;
        }
        // A final retain changes nothing: walking it would make every edit cost all the runs.
        if (--componentsLeft == 0 && kind == TextOperation::Kind::Retain)
            return;
        switch (kind) {
        case TextOperation::Kind::Retain:
            while (length > 0) {
                const qsizetype left = m_runs.at(run).length - offset;
                if (length < left) {
                    offset += length;
                    break;
                }
                length -= left;
                runStart += m_runs.at(run).length;
                ++run;
                offset = 0;
            }
            break;
        case TextOperation::Kind::Delete:
            while (length > 0) {
                Run &r = m_runs[run];
                const qsizetype k = std::min(length, r.length - offset);
                r.length -= k;
                length -= k;
                if (r.length == 0) {
                    m_runs.removeAt(run);
                    joinAt(run);
                } else if (offset == r.length) {
                    runStart += r.length;
                    ++run;
                    offset = 0;
                }
            }
            break;
        case TextOperation::Kind::Insert:
            if (run < m_runs.size() && m_runs.at(run).author == author) {
                m_runs[run].length += length;
                offset += length;
            } else if (offset == 0 && run > 0 && m_runs.at(run - 1).author == author) {
                m_runs[run - 1].length += length;
                runStart += length;
            } else if (offset == 0) {
                m_runs.insert(run, Run {length, author});
                ++run;
                runStart += length;
            } else {
                // Splits the run: its head, the new text, its tail (where the cursor goes).
                const Run tail {m_runs.at(run).length - offset, m_runs.at(run).author};
                m_runs[run].length = offset;
                m_runs.insert(run + 1, Run {length, author});
                m_runs.insert(run + 2, tail);
                run += 2;
                runStart += offset + length;
                offset = 0;
            }
            break;
        }
    });
    m_fingerRun = run;
    m_fingerStart = runStart;
    m_length = op.targetLength();
    return std::monostate {};
}

QJsonArray AuthorshipMap::toJson() const
{
    QJsonArray array;
    for (const Run &run : m_runs) {
        array.append(qint64(run.length));
        array.append(qint64(run.author));
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
        map.append(map.m_runs, qsizetype(length), quint32(author));
        map.m_length += qsizetype(length);
    }
    return map;
}

} // namespace ensemble
