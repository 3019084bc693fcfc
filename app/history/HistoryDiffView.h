#pragma once

#include "history/HistoryDiff.h"

#include <QFutureWatcher>
#include <QPlainTextEdit>
#include <optional>
#include <utility>

namespace ensemble {

// A read-only view of what changed between two texts, line by line (HistoryDiff): removed lines
// on a red tint, added ones on a green tint (both translucent, readable in light and dark
// themes). The diff is worked out on the thread pool and the view's text set at once, the tints
// painted under the lines in sight only: writing a long diff into the view line by line with its
// formats kept the window busy for a third of a second.
class HistoryDiffView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit HistoryDiffView(QWidget *parent = nullptr);

    // Shows the changes that turn @p from into @p to once they are worked out (diffShown()); a
    // call before that supersedes this one, whose diff is then never shown.
    void showDiff(const QString &from, const QString &to);
    // Shows @p diff now.
    void setDiff(const HistoryDiff &diff);
    // Whether a diff is being worked out.
    bool isWorking() const { return m_watcher.isRunning() || m_next.has_value(); }
    // How many lines the diff shown added and removed.
    int addedLines() const { return m_added; }
    int removedLines() const { return m_removed; }

signals:
    void diffShown();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void start(const QString &from, const QString &to);
    void onFinished();

    QFutureWatcher<HistoryDiff> m_watcher;
    std::optional<std::pair<QString, QString>> m_next; // asked for while one was worked out
    int m_added = 0;
    int m_removed = 0;
};

} // namespace ensemble
