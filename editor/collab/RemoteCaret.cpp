#include "RemoteCaret.h"

#include <QPainter>

namespace ensemble {

namespace {
constexpr int barWidth = 2;
constexpr int tagPadding = 2;
// Between the end of the line's text and the name tag beside it.
constexpr int tagGap = 6;
// Long enough to read a name after a jump, short enough not to sit on the text while reading it.
constexpr int defaultTagMilliseconds = 2500;
} // namespace

RemoteCaret::RemoteCaret(const QString &name, const QColor &color, QWidget *viewport)
    : QWidget(viewport)
{
    // Clicks and drags belong to the editor underneath.
    setAttribute(Qt::WA_TransparentForMouseEvents);
    QFont small = font();
    if (small.pointSizeF() > 0)
        small.setPointSizeF(small.pointSizeF() * 0.8);
    else
        small.setPixelSize(qMax(8, small.pixelSize() * 4 / 5));
    setFont(small);
    m_tagTimer.setSingleShot(true);
    m_tagTimer.setInterval(defaultTagMilliseconds);
    connect(&m_tagTimer, &QTimer::timeout, this, &RemoteCaret::layout);
    setParticipant(name, color);
}

void RemoteCaret::setParticipant(const QString &name, const QColor &color)
{
    m_name = name;
    m_color = color;
    layout();
}

QSize RemoteCaret::tagSize() const
{
    const QFontMetrics metrics = fontMetrics();
    return {metrics.horizontalAdvance(m_name) + 2 * tagPadding, metrics.height() + tagPadding};
}

void RemoteCaret::place(QPoint point, int lineHeight, bool withTag, int freeX)
{
    m_point = point;
    m_lineHeight = lineHeight;
    m_withTag = withTag;
    m_freeX = freeX;
    layout();
}

void RemoteCaret::showTagBriefly()
{
    m_tagTimer.start();
    layout();
}

void RemoteCaret::setHovered(bool hovered)
{
    if (hovered == m_hovered)
        return;
    m_hovered = hovered;
    layout();
}

void RemoteCaret::layout()
{
    const QWidget *viewport = parentWidget();
    const bool onScreen = m_lineHeight > 0 && m_point.y() + m_lineHeight > 0
        && m_point.y() < viewport->height() && m_point.x() >= 0 && m_point.x() < viewport->width();
    setVisible(onScreen);
    if (!onScreen)
        return;
    const bool tagWanted = m_withTag && !m_name.isEmpty() && (m_hovered || m_tagTimer.isActive());
    QSize tag = tagWanted ? tagSize() : QSize(0, 0);
    const int besideX = m_freeX + tagGap;
    if (tagWanted && m_freeX >= 0 && besideX + tag.width() <= viewport->width()) {
        // One line high, so that it reaches into no other line either.
        const QRect bar(m_point.x() - barWidth / 2, m_point.y(), barWidth, m_lineHeight);
        const QRect beside(besideX, m_point.y(), tag.width(), m_lineHeight);
        const QRect both = bar.united(beside);
        setGeometry(both);
        m_bar = bar.translated(-both.topLeft());
        m_tag = beside.translated(-both.topLeft());
        raise();
        update();
        return;
    }
    // Over the neighbouring line's text: only while the pointer asks for it.
    if (!m_hovered)
        tag = QSize(0, 0);
    const bool tagAbove = m_point.y() >= tag.height();
    const int top = tagAbove ? m_point.y() - tag.height() : m_point.y();
    setGeometry(m_point.x() - barWidth / 2, top, qMax(barWidth, tag.width()),
                m_lineHeight + tag.height());
    m_bar = QRect(0, tagAbove ? tag.height() : 0, barWidth, m_lineHeight);
    m_tag = QRect(QPoint(0, tagAbove ? 0 : m_lineHeight), tag);
    raise();
    update();
}

QRect RemoteCaret::barGeometry() const
{
    return m_bar.translated(pos());
}

QRect RemoteCaret::tagGeometry() const
{
    return m_tag.translated(pos());
}

void RemoteCaret::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(m_bar, m_color);
    if (m_tag.isEmpty())
        return;
    painter.fillRect(m_tag, m_color);
    // Black or white text, whichever reads better on the participant's colour.
    painter.setPen(qGray(m_color.rgb()) > 140 ? Qt::black : Qt::white);
    painter.drawText(m_tag, Qt::AlignCenter, m_name);
}

} // namespace ensemble
