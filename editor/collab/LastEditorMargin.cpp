#include "collab/LastEditorMargin.h"

#include "ColorMath.h"
#include "client/ClientAuthorship.h"
#include "client/RecentEdits.h"
#include "collab/Utf16Index.h"

#include <QHash>

#include <Qsci/qsciscintilla.h>
#include <Qsci/qscistyle.h>
#include <optional>

namespace ensemble {

namespace {

using S = QsciScintillaBase;

constexpr int repaintDelayMs = 80;
// The margin holds this many characters of a name.
constexpr int nameLength = 10;
// QScintilla gives out style numbers from 255 down, for the whole process: one per colour pair,
// and no more than this many, so lexers' styles stay clear.
constexpr qsizetype maxStyles = 64;
// A line is judged by its first units: a minified file's one line would cost too much.
constexpr qsizetype maxUnitsPerLine = 4000;

QColor styleColor(QsciScintilla *editor, int message)
{
    const long bgr = long(editor->SendScintilla(message, long(S::STYLE_LINENUMBER)));
    return QColor(int(bgr & 0xff), int((bgr >> 8) & 0xff), int((bgr >> 16) & 0xff));
}

// The style for an author of colour @p color on a margin of @p paper and @p text colours. Kept by
// value: each QsciStyle holds a style number of the editor's, handed out once per combination.
std::optional<QsciStyle> styleFor(const QColor &color, const QColor &paper, const QColor &text,
                                  const QFont &font)
{
    static QHash<QString, QsciStyle> styles;
    const QString key = color.name() + paper.name() + text.name();
    if (const auto found = styles.constFind(key); found != styles.cend())
        return *found;
    if (styles.size() >= maxStyles)
        return std::nullopt;
    const QColor wash = mixColors(paper, color, isDark(paper) ? 0.45 : 0.35);
    const QsciStyle style(-1, QString(), withContrast(text, wash, 4.5), wash, font);
    if (style.style() < 0)
        return std::nullopt;
    styles.insert(key, style);
    return style;
}

} // namespace

LastEditorMargin::LastEditorMargin(QsciScintilla *editor, ClientAuthorship *authorship,
                                   RecentEdits *times, QObject *parent)
    : QObject(parent ? parent : editor)
    , m_editor(editor)
    , m_authorship(authorship)
    , m_times(times)
    , m_index(std::make_unique<Utf16Index>(editor))
{
    m_repaint.setSingleShot(true);
    m_repaint.setInterval(repaintDelayMs);
    connect(&m_repaint, &QTimer::timeout, this, &LastEditorMargin::refresh);
    connect(authorship, &ClientAuthorship::changed, this, [this] {
        if (m_enabled)
            m_repaint.start();
    });
    connect(editor, &QsciScintillaBase::SCN_UPDATEUI, this, [this](int updated) {
        if (m_enabled && (updated & S::SC_UPDATE_V_SCROLL))
            m_repaint.start();
    });
    m_editor->setMarginType(margin, QsciScintilla::TextMargin);
    m_editor->setMarginWidth(margin, 0);
}

LastEditorMargin::~LastEditorMargin()
{
    if (m_editor)
        setEnabled(false);
}

void LastEditorMargin::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (enabled)
        m_editor->setMarginWidth(margin, QString(nameLength + 1, u'M'));
    else
        m_editor->setMarginWidth(margin, 0);
    refresh();
}

void LastEditorMargin::refresh()
{
    m_repaint.stop();
    m_editor->clearMarginText();
    if (!m_enabled || !m_authorship)
        return;
    const QColor paper = styleColor(m_editor, S::SCI_STYLEGETBACK);
    const QColor text = styleColor(m_editor, S::SCI_STYLEGETFORE);
    const int first = int(m_editor->SendScintilla(
        S::SCI_DOCLINEFROMVISIBLE, m_editor->SendScintilla(S::SCI_GETFIRSTVISIBLELINE)));
    const int last = std::min(first + int(m_editor->SendScintilla(S::SCI_LINESONSCREEN)) + 1,
                              m_editor->lines() - 1);
    for (int line = first; line <= last; ++line) {
        const AuthorRecord author = m_authorship->author(lastAuthor(line));
        if (author.name.isEmpty())
            continue;
        const QString name = author.name.size() > nameLength
            ? author.name.left(nameLength - 1) + QChar(0x2026)
            : author.name;
        const QColor color = QColor::fromString(author.color);
        if (const std::optional<QsciStyle> style
            = color.isValid() ? styleFor(color, paper, text, m_editor->font()) : std::nullopt)
            m_editor->setMarginText(line, name, *style);
        else
            m_editor->setMarginText(line, name, int(S::STYLE_LINENUMBER));
    }
}

QString LastEditorMargin::lastEditor(int line) const
{
    return m_authorship ? m_authorship->author(lastAuthor(line)).name : QString();
}

quint32 LastEditorMargin::lastAuthor(int line) const
{
    const AuthorshipMap &map = m_authorship->map();
    // Until the map has heard of the editor's last edit, it describes another text.
    if (map.length() != m_index->length())
        return 0;
    const qsizetype from = m_index->toUtf16(long(m_editor->positionFromLineIndex(line, 0)));
    const qsizetype to = std::min(from + maxUnitsPerLine,
                                  m_index->toUtf16(long(m_editor->SendScintilla(
                                      S::SCI_GETLINEENDPOSITION, (unsigned long)line))));
    quint32 newest = 0;
    qint64 newestTime = 0;
    QHash<quint32, qsizetype> units;
    for (qsizetype at = from; at < to; ++at) {
        const quint32 author = map.authorAt(at);
        if (author == 0)
            continue;
        ++units[author];
        const qint64 time = m_times ? m_times->timeAt(at) : 0;
        if (time > newestTime) {
            newestTime = time;
            newest = author;
        }
    }
    if (newest != 0)
        return newest;
    quint32 most = 0;
    for (auto it = units.cbegin(); it != units.cend(); ++it) {
        if (most == 0 || it.value() > units.value(most))
            most = it.key();
    }
    return most;
}

} // namespace ensemble
