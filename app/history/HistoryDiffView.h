#pragma once

#include <QPlainTextEdit>

namespace ensemble {

// A read-only view of what changed between two texts, line by line: removed lines marked "-" on
// a red tint, added ones "+" on a green tint (both translucent, readable in light and dark
// themes), and unchanged stretches folded to a line that counts them.
class HistoryDiffView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit HistoryDiffView(QWidget *parent = nullptr);

    // Shows the changes that turn @p from into @p to.
    void showDiff(const QString &from, const QString &to);
    // How many lines the last diff added and removed.
    int addedLines() const { return m_added; }
    int removedLines() const { return m_removed; }

private:
    int m_added = 0;
    int m_removed = 0;
};

} // namespace ensemble
