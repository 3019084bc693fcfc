#include "BraceMatcher.h"

#include <Qsci/qscilexer.h>
#include <Qsci/qsciscintilla.h>

#include <algorithm>
#include <cstring>

namespace ensemble {

namespace {
using S = QsciScintillaBase;
// Each opening brace followed by its closing one. In UTF-8 these bytes never occur inside a
// multi-byte character, so the search can go byte by byte.
constexpr char pairs[] = "()[]{}<>";
} // namespace

BraceMatcher::BraceMatcher(QsciScintilla *editor)
    : QObject(editor)
    , m_editor(editor)
{
    connect(editor, &S::SCN_UPDATEUI, this, &BraceMatcher::update);
}

long BraceMatcher::partner(long position) const
{
    const char brace = char(m_editor->SendScintilla(S::SCI_GETCHARAT, position));
    const char *found = brace ? std::strchr(pairs, brace) : nullptr;
    if (!found)
        return unmatched;
    const long index = found - pairs;
    const bool forward = index % 2 == 0;
    const char seek = pairs[forward ? index + 1 : index - 1];
    const long style = m_editor->SendScintilla(S::SCI_GETSTYLEAT, position);
    const long endStyled = m_editor->SendScintilla(S::SCI_GETENDSTYLED);
    const long length = m_editor->SendScintilla(S::SCI_GETLENGTH);
    const long from = forward ? position + 1 : std::max(0L, position - searchLimit);
    const long to = forward ? std::min(length, position + 1 + searchLimit) : position;
    const bool reachesEnd = forward ? to == length : from == 0;
    if (to <= from)
        return unmatched;
    // A pointer into Scintilla's buffer; the gap in it is at the caret, outside the range.
    const auto *text = reinterpret_cast<const char *>(
        m_editor->SendScintilla(S::SCI_GETRANGEPOINTER, from, to - from));
    // As SCI_BRACEMATCH: text not styled yet counts whatever its style.
    const auto counts = [&](long at) {
        return at > endStyled || m_editor->SendScintilla(S::SCI_GETSTYLEAT, at) == style;
    };
    int depth = 1;
    const long step = forward ? 1 : -1;
    for (long at = forward ? from : to - 1; at >= from && at < to; at += step) {
        const char c = text[at - from];
        if ((c == brace || c == seek) && counts(at)) {
            depth += c == brace ? 1 : -1;
            if (depth == 0)
                return at;
        }
    }
    return reachesEnd ? unmatched : tooFar;
}

void BraceMatcher::update()
{
    const long caret = m_editor->SendScintilla(S::SCI_GETCURRENTPOS);
    bool colon = false;
    long brace = caret > 0 ? braceAt(caret - 1, &colon) : -1;
    if (brace < 0)
        brace = braceAt(caret, &colon);
    if (brace < 0) {
        highlight(-1, -1, false);
        return;
    }
    long other = 0;
    if (colon) {
        // Python: the end of the block the colon opens, as QsciScintilla shows it.
        const long line = m_editor->SendScintilla(S::SCI_LINEFROMPOSITION, brace);
        other = m_editor->SendScintilla(S::SCI_GETLINEENDPOSITION,
                                        m_editor->SendScintilla(S::SCI_GETLASTCHILD, line, -1L));
    } else {
        other = partner(brace);
    }
    if (other == tooFar)
        highlight(-1, -1, false);
    else
        highlight(brace, other, colon);
}

long BraceMatcher::braceAt(long position, bool *colon) const
{
    const char c = char(m_editor->SendScintilla(S::SCI_GETCHARAT, position));
    const QsciLexer *lexer = m_editor->lexer();
    if (c == ':') {
        *colon = lexer && std::strcmp(lexer->lexer(), "python") == 0;
        return *colon ? position : -1;
    }
    if (!c || !std::strchr(pairs, c))
        return -1;
    // Only braces of the lexer's operator style count (not those in comments or strings).
    const int style = lexer ? lexer->braceStyle() : -1;
    if (style >= 0 && (m_editor->SendScintilla(S::SCI_GETSTYLEAT, position) & 0x1f) != style)
        return -1;
    return position;
}

void BraceMatcher::highlight(long brace, long other, bool colon)
{
    if (brace >= 0 && other < 0) {
        m_editor->SendScintilla(S::SCI_BRACEBADLIGHT, brace);
        m_editor->SendScintilla(S::SCI_SETHIGHLIGHTGUIDE, 0UL);
        return;
    }
    m_editor->SendScintilla(S::SCI_BRACEHIGHLIGHT, brace, other);
    if (brace < 0) {
        m_editor->SendScintilla(S::SCI_SETHIGHLIGHTGUIDE, 0UL);
        return;
    }
    // The indentation guide to light up, as QsciScintilla chooses it.
    long column = m_editor->SendScintilla(S::SCI_GETCOLUMN, brace);
    long columnOther = m_editor->SendScintilla(S::SCI_GETCOLUMN, other);
    if (colon) {
        const long line = m_editor->SendScintilla(S::SCI_LINEFROMPOSITION, brace);
        column = m_editor->SendScintilla(
            S::SCI_GETCOLUMN, m_editor->SendScintilla(S::SCI_GETLINEINDENTPOSITION, line));
        const long columnNext = m_editor->SendScintilla(
            S::SCI_GETCOLUMN, m_editor->SendScintilla(S::SCI_GETLINEINDENTPOSITION, line + 1));
        const long indent = m_editor->SendScintilla(S::SCI_GETINDENT);
        if (columnNext - indent > 1)
            column = columnNext - indent;
        if (columnOther == 0)
            columnOther = column;
    }
    m_editor->SendScintilla(S::SCI_SETHIGHLIGHTGUIDE, std::min(column, columnOther));
}

} // namespace ensemble
