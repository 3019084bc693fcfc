#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;

namespace ensemble {

class AwayHighlighter;

// The strip above a shared editor that says what changed while the user was away ("4 changes by
// Ana, Ben while you were away") with Next, Previous and Dismiss; shown while an
// AwayHighlighter marks changes.
class AwayBar : public QFrame
{
    Q_OBJECT

public:
    AwayBar(AwayHighlighter *highlighter, QWidget *parent = nullptr);

    // What the bar says (empty while hidden).
    QString message() const;

private:
    void update();

    QPointer<AwayHighlighter> m_highlighter;
    QLabel *m_label;
};

} // namespace ensemble
