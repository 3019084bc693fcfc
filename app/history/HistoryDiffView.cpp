#include "history/HistoryDiffView.h"

#include "ot/Diff.h"

#include <QFontDatabase>
#include <QTextBlock>

namespace ensemble {

namespace {

// Unchanged lines shown around each change.
constexpr int contextLines = 2;

QStringList linesOf(QStringView text)
{
    QStringList lines;
    for (const QStringView line : text.split(u'\n'))
        lines.append(line.toString());
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // the text's final line feed
    return lines;
}

} // namespace

HistoryDiffView::HistoryDiffView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

void HistoryDiffView::showDiff(const QString &from, const QString &to)
{
    clear();
    m_added = m_removed = 0;
    QTextCursor cursor(document());
    QTextCharFormat plain;
    QTextCharFormat added;
    added.setBackground(QColor(40, 167, 69, 60));
    QTextCharFormat removed;
    removed.setBackground(QColor(215, 58, 73, 60));
    bool first = true;
    const auto write = [&](const QString &line, const QTextCharFormat &format) {
        if (!first)
            cursor.insertBlock();
        first = false;
        cursor.insertText(line, format);
    };
    qsizetype at = 0; // in from
    lineDiff(from, to).forEachComponent(
        [&](TextOperation::Kind kind, qsizetype length, QStringView inserted) {
            switch (kind) {
            case TextOperation::Kind::Retain: {
                const QStringList kept = linesOf(QStringView(from).mid(at, length));
                at += length;
                if (kept.size() <= 2 * contextLines + 1) {
                    for (const QString &line : kept)
                        write(QStringLiteral("  ") + line, plain);
                    break;
                }
                for (int i = 0; i < contextLines; ++i)
                    write(QStringLiteral("  ") + kept.at(i), plain);
                write(QStringLiteral("  … ")
                          + tr("unchanged lines: %1").arg(kept.size() - 2 * contextLines),
                      plain);
                for (qsizetype i = kept.size() - contextLines; i < kept.size(); ++i)
                    write(QStringLiteral("  ") + kept.at(i), plain);
                break;
            }
            case TextOperation::Kind::Delete:
                for (const QString &line : linesOf(QStringView(from).mid(at, length))) {
                    write(QStringLiteral("- ") + line, removed);
                    ++m_removed;
                }
                at += length;
                break;
            case TextOperation::Kind::Insert:
                for (const QString &line : linesOf(inserted)) {
                    write(QStringLiteral("+ ") + line, added);
                    ++m_added;
                }
                break;
            }
        });
    if (m_added == 0 && m_removed == 0)
        setPlainText(tr("No changes."));
    moveCursor(QTextCursor::Start);
}

} // namespace ensemble
