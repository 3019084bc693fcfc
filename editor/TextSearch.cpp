#include "TextSearch.h"

#include <Qsci/qsciscintilla.h>
#include <regex>

namespace ensemble {

TextSearch::TextSearch(QsciScintilla &editor)
    : m_editor(editor)
{
}

QString TextSearch::validate(const QString &pattern, const SearchOptions &options)
{
    if (pattern.isEmpty())
        return tr("Nothing to search for.");
    if (!options.regularExpression)
        return {};
    // The same engine and syntax Scintilla uses for SCFIND_CXX11REGEX.
    try {
        const std::wstring wide = pattern.toStdWString();
        std::wregex check(wide, std::regex_constants::ECMAScript);
    } catch (const std::regex_error &error) {
        return tr("Invalid regular expression: %1").arg(QString::fromLocal8Bit(error.what()));
    }
    return {};
}

bool TextSearch::prepare(const QString &pattern, const SearchOptions &options)
{
    if (!validate(pattern, options).isEmpty())
        return false;
    m_flags = options.caseSensitive ? QsciScintillaBase::SCFIND_MATCHCASE : 0;
    m_checkWords = options.regularExpression && options.wholeWord;
    if (options.regularExpression)
        m_flags |= QsciScintillaBase::SCFIND_REGEXP | QsciScintillaBase::SCFIND_CXX11REGEX;
    else if (options.wholeWord)
        m_flags |= QsciScintillaBase::SCFIND_WHOLEWORD;
    m_pattern = pattern.toUtf8();
    return true;
}

TextSearch::Range TextSearch::search(long from, long to) const
{
    Range match = searchOnce(from, to);
    // Skip matches that are not whole words, moving one character at a time past each.
    while (m_checkWords && match.start >= 0 && !isWholeWord(match)) {
        if (from <= to) {
            from = m_editor.SendScintilla(QsciScintillaBase::SCI_POSITIONAFTER, match.start);
            if (from >= to || from <= match.start)
                return {};
        } else {
            from = m_editor.SendScintilla(QsciScintillaBase::SCI_POSITIONBEFORE, match.end);
            if (from <= to || from >= match.end)
                return {};
        }
        match = searchOnce(from, to);
    }
    return match;
}

bool TextSearch::isWholeWord(Range range) const
{
    // As SCFIND_WHOLEWORD: no word character just before the match or just after it.
    return m_editor.SendScintilla(QsciScintillaBase::SCI_WORDSTARTPOSITION, range.start, 1L)
        == range.start
        && m_editor.SendScintilla(QsciScintillaBase::SCI_WORDENDPOSITION, range.end, 1L)
        == range.end;
}

TextSearch::Range TextSearch::searchOnce(long from, long to) const
{
    m_editor.SendScintilla(QsciScintillaBase::SCI_SETSEARCHFLAGS, m_flags);
    m_editor.SendScintilla(QsciScintillaBase::SCI_SETTARGETRANGE, from, to);
    const long found = m_editor.SendScintilla(QsciScintillaBase::SCI_SEARCHINTARGET,
                                              uintptr_t(m_pattern.size()), m_pattern.constData());
    if (found < 0)
        return {};
    return {found, m_editor.SendScintilla(QsciScintillaBase::SCI_GETTARGETEND)};
}

TextSearch::Range TextSearch::nextMatch(Direction direction, bool wrapAround, bool *wrapped) const
{
    const long length = m_editor.SendScintilla(QsciScintillaBase::SCI_GETLENGTH);
    const long selectionStart = m_editor.SendScintilla(QsciScintillaBase::SCI_GETSELECTIONSTART);
    const long selectionEnd = m_editor.SendScintilla(QsciScintillaBase::SCI_GETSELECTIONEND);
    const bool onLastEmptyMatch
        = selectionStart == selectionEnd && selectionStart == m_lastEmptyMatch;
    *wrapped = false;
    Range match;
    if (direction == Direction::Forward) {
        long from = selectionEnd;
        if (onLastEmptyMatch && from < length)
            from = m_editor.SendScintilla(QsciScintillaBase::SCI_POSITIONAFTER, from);
        if (!onLastEmptyMatch || selectionEnd < length)
            match = search(from, length);
        if (match.start < 0 && wrapAround) {
            match = search(0, length);
            *wrapped = match.start >= 0;
        }
    } else {
        long from = selectionStart;
        if (onLastEmptyMatch && from > 0)
            from = m_editor.SendScintilla(QsciScintillaBase::SCI_POSITIONBEFORE, from);
        if (!onLastEmptyMatch || selectionStart > 0)
            match = search(from, 0);
        if (match.start < 0 && wrapAround) {
            match = search(length, 0);
            *wrapped = match.start >= 0;
        }
    }
    return match;
}

void TextSearch::select(Range range)
{
    const long line = m_editor.SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION, range.start);
    m_editor.SendScintilla(QsciScintillaBase::SCI_ENSUREVISIBLEENFORCEPOLICY, line);
    m_editor.SendScintilla(QsciScintillaBase::SCI_SETSEL, range.start, range.end);
}

TextSearch::Outcome TextSearch::find(const QString &pattern, const SearchOptions &options,
                                     Direction direction)
{
    Outcome outcome;
    outcome.error = validate(pattern, options);
    if (!prepare(pattern, options))
        return outcome;
    const Range match = nextMatch(direction, options.wrapAround, &outcome.wrapped);
    outcome.found = match.start >= 0;
    m_lastEmptyMatch = outcome.found && match.start == match.end ? match.start : -1;
    if (outcome.found)
        select(match);
    return outcome;
}

TextSearch::Outcome TextSearch::replace(const QString &pattern, const QString &replacement,
                                        const SearchOptions &options)
{
    if (!prepare(pattern, options))
        return {false, false, validate(pattern, options)};
    const long selectionStart = m_editor.SendScintilla(QsciScintillaBase::SCI_GETSELECTIONSTART);
    const long selectionEnd = m_editor.SendScintilla(QsciScintillaBase::SCI_GETSELECTIONEND);
    // Searching inside the selection both checks that it is a match and, for regular
    // expressions, captures the groups that SCI_REPLACETARGETRE substitutes.
    const Range current = search(selectionStart, selectionEnd);
    if (current.start == selectionStart && current.end == selectionEnd) {
        const QByteArray text = replacement.toUtf8();
        const int message = options.regularExpression ? QsciScintillaBase::SCI_REPLACETARGETRE
                                                      : QsciScintillaBase::SCI_REPLACETARGET;
        m_editor.SendScintilla(message, uintptr_t(text.size()), text.constData());
        const long end = m_editor.SendScintilla(QsciScintillaBase::SCI_GETTARGETEND);
        m_editor.SendScintilla(QsciScintillaBase::SCI_SETSEL, end, end);
    }
    return find(pattern, options, Direction::Forward);
}

int TextSearch::replaceAll(const QString &pattern, const QString &replacement,
                           const SearchOptions &options)
{
    if (!prepare(pattern, options))
        return -1;
    const QByteArray text = replacement.toUtf8();
    const int message = options.regularExpression ? QsciScintillaBase::SCI_REPLACETARGETRE
                                                  : QsciScintillaBase::SCI_REPLACETARGET;
    int count = 0;
    long from = 0;
    m_editor.beginUndoAction();
    for (;;) {
        const long length = m_editor.SendScintilla(QsciScintillaBase::SCI_GETLENGTH);
        if (from > length)
            break;
        const Range match = search(from, length);
        if (match.start < 0)
            break;
        m_editor.SendScintilla(message, uintptr_t(text.size()), text.constData());
        ++count;
        from = m_editor.SendScintilla(QsciScintillaBase::SCI_GETTARGETEND);
        if (match.start == match.end) {
            // An empty match must not match again at the same place.
            if (from >= m_editor.SendScintilla(QsciScintillaBase::SCI_GETLENGTH))
                break;
            from = m_editor.SendScintilla(QsciScintillaBase::SCI_POSITIONAFTER, from);
        }
    }
    m_editor.endUndoAction();
    return count;
}

int TextSearch::countMatches(const QString &pattern, const SearchOptions &options)
{
    if (!prepare(pattern, options))
        return -1;
    const long length = m_editor.SendScintilla(QsciScintillaBase::SCI_GETLENGTH);
    int count = 0;
    for (long from = 0; from <= length;) {
        const Range match = search(from, length);
        if (match.start < 0)
            break;
        ++count;
        if (match.end > match.start)
            from = match.end;
        else if (match.end >= length)
            break;
        else
            from = m_editor.SendScintilla(QsciScintillaBase::SCI_POSITIONAFTER, match.end);
    }
    return count;
}

} // namespace ensemble
