#include "LineComments.h"

#include "CodeEditor.h"
#include "Language.h"

#include <algorithm>

namespace ensemble {

namespace {

struct LineRange
{
    long first = 0;
    long last = 0;
};

LineRange selectedLines(const CodeEditor &editor)
{
    const long start = editor.SendScintilla(QsciScintillaBase::SCI_GETSELECTIONSTART);
    const long end = editor.SendScintilla(QsciScintillaBase::SCI_GETSELECTIONEND);
    LineRange lines;
    lines.first = editor.SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION, start);
    lines.last = editor.SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION, end);
    // A selection ending at the very start of a line does not include that line.
    if (end > start && lines.last > lines.first
        && editor.SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, lines.last) == end)
        --lines.last;
    return lines;
}

// Leading spaces and tabs, in bytes (they are one byte each in UTF-8).
long indentation(const QString &line)
{
    long count = 0;
    while (count < line.size() && (line[count] == u' ' || line[count] == u'\t'))
        ++count;
    return count;
}

bool isBlank(const QString &line)
{
    return line.trimmed().isEmpty();
}

} // namespace

bool toggleLineComments(CodeEditor &editor)
{
    const char *comment = editor.language().lineComment;
    if (!comment)
        return false;
    const QString prefix = QString::fromLatin1(comment);
    const LineRange lines = selectedLines(editor);

    bool allCommented = true;
    long minimumIndent = -1;
    for (long line = lines.first; line <= lines.last; ++line) {
        const QString text = editor.text(int(line));
        if (isBlank(text))
            continue;
        const long indent = indentation(text);
        minimumIndent = minimumIndent < 0 ? indent : std::min(minimumIndent, indent);
        allCommented = allCommented && text.mid(indent).startsWith(prefix);
    }
    if (minimumIndent < 0)
        return true; // only blank lines: nothing to do

    editor.beginUndoAction();
    const QByteArray insertion = (prefix + u' ').toLatin1();
    for (long line = lines.first; line <= lines.last; ++line) {
        const QString text = editor.text(int(line));
        if (isBlank(text))
            continue;
        const long lineStart = editor.SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, line);
        if (allCommented) {
            const long indent = indentation(text);
            const bool spaceAfter = text.mid(indent + prefix.size()).startsWith(u' ');
            editor.SendScintilla(QsciScintillaBase::SCI_DELETERANGE, lineStart + indent,
                                 long(prefix.size() + (spaceAfter ? 1 : 0)));
        } else {
            editor.SendScintilla(QsciScintillaBase::SCI_INSERTTEXT, lineStart + minimumIndent,
                                 insertion.constData());
        }
    }
    editor.endUndoAction();
    return true;
}

} // namespace ensemble
