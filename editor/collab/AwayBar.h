#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;

namespace ensemble {

class AwayHighlighter;

// The strip above a shared editor that says what changed while the user was away ("4 changes by
// Ana, Ben while you were away") with Next, Previous and Dismiss; shown while an
// AwayHighlighter marks changes, or with Dismiss alone to say that they are not available.
class AwayBar : public QFrame
{
    Q_OBJECT

public:
    AwayBar(AwayHighlighter *highlighter, QWidget *parent = nullptr);

    // What the bar says (empty while hidden).
    QString message() const;

public slots:
    // Says, while no changes are marked, that the changes made while away are not available:
    // the server keeps them from revision @p keptFrom on (-1: it keeps no history).
    void showUnavailable(qint64 keptFrom);

private:
    void update();
    QString changesMessage(qsizetype count) const;

    QPointer<AwayHighlighter> m_highlighter;
    QLabel *m_label;
    QList<QWidget *> m_steps; // Next and Previous
    QString m_notice;
};

} // namespace ensemble
