#include "collab/AuthorshipHighlighter.h"

#include "client/ClientAuthorship.h"
#include "client/RecentEdits.h"
#include "collab/Utf16Index.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QToolTip>
#include <Qsci/qsciscintilla.h>

namespace ensemble {

namespace {

using S = QsciScintillaBase;

// Low enough for the text to stay readable on white and on near-black backgrounds alike.
constexpr long tintAlpha = 70;
// SC_INDICFLAG_VALUEFORE, which QScintilla's header leaves out: a range's value is its colour.
constexpr long indicatorFlagValueFore = 1;
constexpr int dwellMs = 500;
// Edits come in bursts: one repaint for each.
constexpr int repaintDelayMs = 60;

} // namespace

AuthorshipHighlighter::AuthorshipHighlighter(QsciScintilla *editor, ClientAuthorship *authorship,
                                             QObject *parent)
    : QObject(parent ? parent : editor)
    , m_editor(editor)
    , m_authorship(authorship)
    , m_index(std::make_unique<Utf16Index>(editor))
    , m_indicator(editor->indicatorDefine(QsciScintilla::FullBoxIndicator))
{
    m_repaint.setSingleShot(true);
    m_repaint.setInterval(repaintDelayMs);
    connect(&m_repaint, &QTimer::timeout, this, &AuthorshipHighlighter::refresh);
    if (m_indicator >= 0) {
        m_editor->setIndicatorDrawUnder(true, m_indicator);
        // Each range carries its author's colour as the indicator's value.
        m_editor->SendScintilla(S::SCI_INDICSETFLAGS, m_indicator, indicatorFlagValueFore);
        m_editor->SendScintilla(S::SCI_INDICSETALPHA, m_indicator, tintAlpha);
        m_editor->SendScintilla(S::SCI_INDICSETOUTLINEALPHA, m_indicator, 0L);
    }
    connect(m_authorship, &ClientAuthorship::changed, this, [this] {
        if (m_enabled)
            m_repaint.start();
    });
    connect(m_editor, &QsciScintillaBase::SCN_DWELLSTART, this,
            &AuthorshipHighlighter::onDwellStart);
    connect(m_editor, &QsciScintillaBase::SCN_DWELLEND, this, [] { QToolTip::hideText(); });
}

AuthorshipHighlighter::~AuthorshipHighlighter()
{
    // A tab that stops being shared keeps no tints.
    if (m_editor && m_indicator >= 0) {
        m_enabled = false;
        refresh();
    }
}

void AuthorshipHighlighter::setEnabled(bool enabled)
{
    m_enabled = enabled;
    m_editor->SendScintilla(S::SCI_SETMOUSEDWELLTIME,
                            (unsigned long)(enabled ? dwellMs : int(S::SC_TIME_FOREVER)));
    refresh();
}

void AuthorshipHighlighter::refresh()
{
    m_repaint.stop();
    if (m_indicator < 0)
        return;
    m_editor->SendScintilla(S::SCI_SETINDICATORCURRENT, m_indicator);
    m_editor->SendScintilla(S::SCI_INDICATORCLEARRANGE, 0UL,
                            m_editor->SendScintilla(S::SCI_GETLENGTH));
    if (!m_enabled || !m_authorship)
        return;
    // While the editor holds an edit the map has not heard of yet, it would paint the wrong
    // text: the edit's arrival repaints.
    const AuthorshipMap &map = m_authorship->map();
    if (map.length() != m_index->length())
        return;
    qsizetype at = 0;
    for (const AuthorshipMap::Run &run : map.runs()) {
        const QColor color(m_authorship->author(run.author).color);
        const long from = m_index->toBytes(at);
        at += run.length;
        const long to = m_index->toBytes(at);
        if (run.author == 0 || !color.isValid() || from < 0 || to < 0)
            continue;
        // Scintilla's colours are 0xBBGGRR.
        const long bgr = color.red() | (color.green() << 8) | (color.blue() << 16);
        m_editor->SendScintilla(S::SCI_SETINDICATORVALUE,
                                (unsigned long)(S::SC_INDICVALUEBIT | bgr));
        m_editor->SendScintilla(S::SCI_INDICATORFILLRANGE, (unsigned long)from, to - from);
    }
}

void AuthorshipHighlighter::setTimes(RecentEdits *times)
{
    m_times = times;
}

QString AuthorshipHighlighter::describe(qsizetype position) const
{
    if (!m_authorship)
        return {};
    const AuthorshipMap &map = m_authorship->map();
    if (position < 0 || position >= map.length())
        return {};
    const AuthorRecord author = m_authorship->author(map.authorAt(position));
    if (author.name.isEmpty())
        return {};
    const qint64 time = m_times ? m_times->timeAt(position) : 0;
    if (time == 0)
        return tr("Written by %1").arg(author.name);
    // Today's edits by their time alone, older ones with their date.
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(time);
    const QLocale locale;
    const QString said = when.date() == QDate::currentDate()
        ? locale.toString(when.time(), QLocale::ShortFormat)
        : locale.toString(when, QLocale::ShortFormat);
    //: %1 is a name, %2 a time or a date and time.
    return tr("Written by %1 at %2").arg(author.name, said);
}

void AuthorshipHighlighter::onDwellStart(int position, int x, int y)
{
    if (!m_enabled || position < 0)
        return;
    const QString text = describe(m_index->toUtf16(position));
    if (!text.isEmpty())
        QToolTip::showText(m_editor->viewport()->mapToGlobal(QPoint(x, y)), text, m_editor);
}

} // namespace ensemble
