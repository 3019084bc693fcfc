#pragma once

#include <QColor>
#include <QWidget>

namespace ensemble {

// One remote participant's caret drawn over the editor's viewport: a thin bar in their colour,
// with their name on a small tag of that colour just above it (below it on the top line). One
// widget draws both so that they move, show and go away together.
class RemoteCaret : public QWidget
{
    Q_OBJECT

public:
    RemoteCaret(const QString &name, const QColor &color, QWidget *viewport);

    void setParticipant(const QString &name, const QColor &color);
    // Puts the bar's top at point (viewport coordinates), hidden when that is off screen.
    void place(QPoint point, int lineHeight, bool withTag);

    QString name() const { return m_name; }
    QColor color() const { return m_color; }
    // Where the bar is, in viewport coordinates.
    QRect barGeometry() const;
    // Where the name tag is, in viewport coordinates (empty when there is none).
    QRect tagGeometry() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QSize tagSize() const;

    QString m_name;
    QColor m_color;
    QRect m_bar; // local coordinates
    QRect m_tag; // local coordinates
};

} // namespace ensemble
