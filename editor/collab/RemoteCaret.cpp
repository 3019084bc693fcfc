#include "RemoteCaret.h"

#include <QPainter>

namespace ensemble {

namespace {
constexpr int barWidth = 2;
constexpr int tagPadding = 2;
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
    setParticipant(name, color);
}

void RemoteCaret::setParticipant(const QString &name, const QColor &color)
{
    m_name = name;
    m_color = color;
    update();
}

QSize RemoteCaret::tagSize() const
{
    const QFontMetrics metrics = fontMetrics();
    return {metrics.horizontalAdvance(m_name) + 2 * tagPadding, metrics.height() + tagPadding};
}

void RemoteCaret::place(QPoint point, int lineHeight, bool withTag)
{
    const QWidget *viewport = parentWidget();
    const bool onScreen = point.y() + lineHeight > 0 && point.y() < viewport->height()
        && point.x() >= 0 && point.x() < viewport->width();
    setVisible(onScreen);
    if (!onScreen)
        return;
    const QSize tag = withTag && !m_name.isEmpty() ? tagSize() : QSize();
    const bool tagAbove = point.y() >= tag.height();
    const int top = tagAbove ? point.y() - tag.height() : point.y();
    setGeometry(point.x() - barWidth / 2, top, qMax(barWidth, tag.width()),
                lineHeight + tag.height());
    m_bar = QRect(0, tagAbove ? tag.height() : 0, barWidth, lineHeight);
    m_tag = QRect(QPoint(0, tagAbove ? 0 : lineHeight), tag);
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
