#include "collab/AwayHighlighter.h"

#include "collab/Utf16Index.h"

#include <Qsci/qsciscintilla.h>

namespace ensemble {

namespace {

using S = QsciScintillaBase;

// Amber reads on white and on near-black, and is none of the palette's participant colours'
// typical hues at once; the outline is opaque, the fill light, so authorship tints show through.
const QColor markColor(0xe0, 0x9a, 0x00);
constexpr long fillAlpha = 40;
constexpr long outlineAlpha = 230;

} // namespace

AwayHighlighter::AwayHighlighter(QsciScintilla *editor, QObject *parent)
    : QObject(parent ? parent : editor)
    , m_editor(editor)
    , m_index(std::make_unique<Utf16Index>(editor))
    , m_indicator(editor->indicatorDefine(QsciScintilla::StraightBoxIndicator))
{
    if (m_indicator >= 0) {
        m_editor->setIndicatorDrawUnder(true, m_indicator);
        m_editor->setIndicatorForegroundColor(markColor, m_indicator);
        m_editor->setIndicatorOutlineColor(markColor, m_indicator);
        m_editor->SendScintilla(S::SCI_INDICSETALPHA, m_indicator, fillAlpha);
        m_editor->SendScintilla(S::SCI_INDICSETOUTLINEALPHA, m_indicator, outlineAlpha);
    }
}

AwayHighlighter::~AwayHighlighter()
{
    // A tab that stops being shared keeps no marks.
    if (m_editor)
        dismiss();
}

void AwayHighlighter::show(const QList<AwayChange> &changes, bool compared)
{
    if (m_indicator < 0)
        return;
    dismiss();
    m_compared = compared;
    const long length = long(m_editor->SendScintilla(S::SCI_GETLENGTH));
    m_editor->SendScintilla(S::SCI_SETINDICATORCURRENT, m_indicator);
    // The value is shared by all indicators: the authorship's last colour may still be set.
    m_editor->SendScintilla(S::SCI_SETINDICATORVALUE, 1UL);
    for (const AwayChange &change : changes) {
        long from = m_index->toBytes(change.from);
        long to = m_index->toBytes(change.to);
        if (from < 0 || to < 0 || length == 0)
            continue;
        // A deletion has no text left to mark: the character after it stands for it.
        if (from == to) {
            if (to < length)
                to = long(m_editor->SendScintilla(S::SCI_POSITIONAFTER, to));
            else
                from = long(m_editor->SendScintilla(S::SCI_POSITIONBEFORE, from));
        }
        m_editor->SendScintilla(S::SCI_INDICATORFILLRANGE, (unsigned long)from, to - from);
        ++m_count;
        for (const QString &author : change.authors) {
            if (!m_authors.contains(author))
                m_authors.append(author);
        }
    }
    emit changed();
}

QList<std::pair<qsizetype, qsizetype>> AwayHighlighter::markedRanges() const
{
    QList<std::pair<qsizetype, qsizetype>> ranges;
    if (m_indicator < 0 || !m_editor)
        return ranges;
    const long length = long(m_editor->SendScintilla(S::SCI_GETLENGTH));
    for (long at = 0; at < length;) {
        const long end = endOf(at);
        if (valueAt(at))
            ranges.append({m_index->toUtf16(at), m_index->toUtf16(end)});
        if (end <= at)
            break;
        at = end;
    }
    return ranges;
}

void AwayHighlighter::next()
{
    const long length = long(m_editor->SendScintilla(S::SCI_GETLENGTH));
    long at = long(m_editor->SendScintilla(S::SCI_GETCURRENTPOS));
    if (valueAt(at))
        at = endOf(at);
    if (at < length && !valueAt(at))
        at = endOf(at);
    if (at >= length) {
        at = 0;
        if (!valueAt(at))
            at = endOf(at);
    }
    if (at < length && valueAt(at))
        goTo(at);
}

void AwayHighlighter::previous()
{
    const long length = long(m_editor->SendScintilla(S::SCI_GETLENGTH));
    // The unit before the caret, or else the last unit of the change before it.
    long at = long(m_editor->SendScintilla(S::SCI_GETCURRENTPOS)) - 1;
    if (at >= 0 && !valueAt(at))
        at = startOf(at) - 1;
    if (at < 0) {
        at = length - 1;
        if (at >= 0 && !valueAt(at))
            at = startOf(at) - 1;
    }
    if (at >= 0 && valueAt(at))
        goTo(startOf(at));
}

void AwayHighlighter::dismiss()
{
    if (m_indicator < 0)
        return;
    m_editor->SendScintilla(S::SCI_SETINDICATORCURRENT, m_indicator);
    m_editor->SendScintilla(S::SCI_INDICATORCLEARRANGE, 0UL,
                            m_editor->SendScintilla(S::SCI_GETLENGTH));
    const bool wasShown = m_count > 0;
    m_count = 0;
    m_authors.clear();
    if (wasShown)
        emit changed();
}

long AwayHighlighter::valueAt(long position) const
{
    return long(m_editor->SendScintilla(S::SCI_INDICATORVALUEAT, m_indicator, position));
}

long AwayHighlighter::endOf(long position) const
{
    return long(m_editor->SendScintilla(S::SCI_INDICATOREND, m_indicator, position));
}

long AwayHighlighter::startOf(long position) const
{
    return long(m_editor->SendScintilla(S::SCI_INDICATORSTART, m_indicator, position));
}

void AwayHighlighter::goTo(long position)
{
    const long line = long(m_editor->SendScintilla(S::SCI_LINEFROMPOSITION, position));
    m_editor->SendScintilla(S::SCI_ENSUREVISIBLEENFORCEPOLICY, line);
    m_editor->SendScintilla(S::SCI_GOTOPOS, position);
    m_editor->SendScintilla(S::SCI_SCROLLRANGE, endOf(position), position);
    m_editor->setFocus();
}

} // namespace ensemble
