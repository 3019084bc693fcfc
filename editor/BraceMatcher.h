#pragma once

#include <QObject>

class QsciScintilla;

namespace ensemble {

// Highlights the brace beside the caret and its partner (or shows it unmatched), as QsciScintilla
// does with SloppyBraceMatch, but looks for the partner no further than searchLimit bytes away:
// SCI_BRACEMATCH walks to the end of the document when a brace has no partner, 150 ms at the top
// of a 10 MB file on every update of the view. A partner further away is not looked for, and
// nothing is highlighted. QsciScintilla's own matching must be off (NoBraceMatch).
class BraceMatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr long searchLimit = 1'000'000;
    static constexpr long unmatched = -1;
    static constexpr long tooFar = -2;

    // Parented to the editor.
    explicit BraceMatcher(QsciScintilla *editor);

    // The position of the partner of the brace at position: unmatched, or tooFar when it would
    // lie more than searchLimit bytes away. Braces styled differently (in a comment, a string)
    // do not count, as with SCI_BRACEMATCH.
    long partner(long position) const;

private:
    void update();
    long braceAt(long position, bool *colon) const;
    void highlight(long brace, long other, bool colon);

    QsciScintilla *m_editor;
};

} // namespace ensemble
