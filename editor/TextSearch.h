#pragma once

#include <QCoreApplication>
#include <QString>

class QsciScintilla;

namespace ensemble {

struct SearchOptions
{
    bool caseSensitive = false;
    bool wholeWord = false;
    // ECMAScript syntax (Scintilla's C++11 regex); replacements may use \1..\9.
    bool regularExpression = false;
    bool wrapAround = true;
};

// Find and replace on one editor through Scintilla's search target, so that matching works on
// the document in place, however large, and replace-all is a single undo step. Keep one per
// editor: it remembers empty matches so that "find next" moves on from them.
class TextSearch
{
    Q_DECLARE_TR_FUNCTIONS(ensemble::TextSearch)

public:
    enum class Direction { Forward, Backward };

    struct Outcome
    {
        bool found = false;
        bool wrapped = false; // the match lies on the far side of the start
        QString error; // for an invalid regular expression
    };

    explicit TextSearch(QsciScintilla &editor);

    // Selects the next match after the selection (before it, backwards).
    Outcome find(const QString &pattern, const SearchOptions &options, Direction direction);
    // Replaces the selection when it is a match, then selects the next match.
    Outcome replace(const QString &pattern, const QString &replacement,
                    const SearchOptions &options);
    // Every match in the document, as one undo step. Returns the number replaced (-1 when the
    // pattern is invalid).
    int replaceAll(const QString &pattern, const QString &replacement,
                   const SearchOptions &options);
    int countMatches(const QString &pattern, const SearchOptions &options);

    // Empty when the pattern can be searched for, otherwise why not.
    static QString validate(const QString &pattern, const SearchOptions &options);

private:
    struct Range
    {
        long start = -1;
        long end = -1;
    };
    // Searches from `from` towards `to` (backwards when to < from); start -1 when none.
    Range search(long from, long to) const;
    Range searchOnce(long from, long to) const;
    bool isWholeWord(Range range) const;
    bool prepare(const QString &pattern, const SearchOptions &options);
    void select(Range range);
    Range nextMatch(Direction direction, bool wrapAround, bool *wrapped) const;

    QsciScintilla &m_editor;
    QByteArray m_pattern;
    int m_flags = 0;
    // Regular expressions get whole-word matching by checking each match's ends (Scintilla's
    // flag does not apply to them, and a \b would treat the search start as a boundary).
    bool m_checkWords = false;
    // Where the last empty match was found, so that finding again steps past it instead of
    // returning it forever; an empty selection alone is just the caret.
    long m_lastEmptyMatch = -1;
};

} // namespace ensemble
