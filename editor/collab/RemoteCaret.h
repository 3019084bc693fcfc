#pragma once

#include <QColor>
#include <QTimer>
#include <QWidget>

namespace ensemble {

// One remote participant's caret drawn over the editor's viewport: a thin bar in their colour,
// with their name on a small tag of that colour for a moment after the participant moves or
// types, and while the pointer rests on the caret; otherwise the bar alone marks them. The tag
// goes beside the end of the caret's line, where it hides no text; when the line leaves no room
// there, only the pointer resting on the caret shows it, just above (below on the top line),
// over the neighbouring line. One widget draws both so that they move, show and go away together.
class RemoteCaret : public QWidget
{
    Q_OBJECT

public:
    RemoteCaret(const QString &name, const QColor &color, QWidget *viewport);

    void setParticipant(const QString &name, const QColor &color);
    // Puts the bar's top at point (viewport coordinates), hidden when that is off screen; only a
    // caret withTag ever shows the name. freeX: where the line's text ends on the caret's screen
    // line, so that the tag may start there (-1: the text goes on past the screen line).
    void place(QPoint point, int lineHeight, bool withTag, int freeX);
    // Shows the name for tagDuration: the participant moved or typed.
    void showTagBriefly();
    // Shows the name while the pointer is over the caret.
    void setHovered(bool hovered);
    void setTagDuration(int milliseconds) { m_tagTimer.setInterval(milliseconds); }

    QString name() const { return m_name; }
    QColor color() const { return m_color; }
    // Where the bar is, in viewport coordinates.
    QRect barGeometry() const;
    // Where the name tag is, in viewport coordinates (empty when it is not shown).
    QRect tagGeometry() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QSize tagSize() const;
    void layout();

    QString m_name;
    QColor m_color;
    QPoint m_point; // the bar's top, in viewport coordinates
    int m_lineHeight = 0;
    int m_freeX = -1;
    bool m_withTag = false;
    bool m_hovered = false;
    QTimer m_tagTimer; // running while the name shows after a move
    QRect m_bar; // local coordinates
    QRect m_tag; // local coordinates
};

} // namespace ensemble
