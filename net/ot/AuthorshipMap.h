#pragma once

#include "Result.h"
#include "TextOperation.h"

#include <QJsonArray>
#include <QList>
#include <variant>
#include <vector>

namespace ensemble {

/// Who wrote each UTF-16 unit of a document, kept as runs of one author each (never per
/// character). Authors are small numbers a table elsewhere names (0: nobody known, e.g. the text
/// a room was created with). It follows the text through every operation: apply each operation
/// the document applies, in the same order and transformed the same way, and both stay in step,
/// so concurrent edits keep every surviving unit with its typist.
///
/// The runs are kept in chunks of at most maxChunkRuns, each with its summed length, so an edit
/// finds its place by skipping whole chunks (from the chunk of the previous edit, since edits
/// mostly follow one another closely) and moves at most one chunk's runs.
class AuthorshipMap
{
public:
    /// A stretch of @p length units written by @p author.
    struct Run
    {
        qsizetype length = 0;
        quint32 author = 0;
        bool operator==(const Run &) const = default;
    };
    /// The most runs one chunk holds; a chunk that would hold more is split in two halves.
    static constexpr qsizetype maxChunkRuns = 64;
    /// A chunk left with fewer runs than this after a delete is merged with a neighbour.
    static constexpr qsizetype minChunkRuns = maxChunkRuns / 4;

    AuthorshipMap() = default;
    /// A text of @p length units, all by @p author.
    explicit AuthorshipMap(qsizetype length, quint32 author = 0);

    /// The document length it covers.
    qsizetype length() const { return m_length; }
    /// The runs, first to last; neighbours always have different authors and no run is empty.
    QList<Run> runs() const;
    /// How many runs there are.
    qsizetype runCount() const { return m_runCount; }
    /// How many chunks hold them.
    qsizetype chunkCount() const { return qsizetype(m_chunks.size()); }
    /// The heap bytes the runs and chunks take (their capacity, not only what is in use).
    qsizetype memoryBytes() const;
    /// The author of unit @p index (0 <= index < length()).
    quint32 authorAt(qsizetype index) const;

    /// Applies @p op, made by @p author: what it inserts is theirs, what it retains keeps its
    /// author, what it deletes goes. "bad_operation" (and nothing changed) when @p op does not
    /// fit length().
    Result<std::monostate> apply(const TextOperation &op, quint32 author);

    /// The runs as [length, author, length, author, ...].
    QJsonArray toJson() const;
    /// The map toJson() wrote; "bad_message" for anything else (odd count, a length below 1, an
    /// author that is not a non-negative integer).
    static Result<AuthorshipMap> fromJson(const QJsonValue &json);

    /// Equal runs (how they are cut into chunks and where the last edit was do not count).
    bool operator==(const AuthorshipMap &other) const;

private:
    struct Chunk
    {
        qsizetype length = 0; ///< The sum of its runs' lengths.
        std::vector<Run> runs;
    };
    /// Where a unit is: its chunk, where that chunk starts in the text, its run in the chunk and
    /// its offset in that run. At the very end: the last chunk, run == its size, offset 0.
    struct Place
    {
        qsizetype chunk = 0;
        qsizetype chunkStart = 0;
        qsizetype run = 0;
        qsizetype offset = 0;
    };

    Place locate(qsizetype position);
    void insertAt(qsizetype position, qsizetype length, quint32 author);
    void removeAt(qsizetype position, qsizetype length);
    void joinAt(qsizetype position);
    void splitIfFull(qsizetype chunk);
    void mergeIfSmall(qsizetype chunk, qsizetype chunkStart);
    void appendRun(qsizetype length, quint32 author);

    std::vector<Chunk> m_chunks; ///< Never an empty one.
    qsizetype m_length = 0;
    qsizetype m_runCount = 0;
    qsizetype m_fingerChunk = 0; ///< The chunk of the last edit...
    qsizetype m_fingerStart = 0; ///< ...and where it starts in the text.
};

} // namespace ensemble
