#include "history/HistoryDiff.h"

#include "ot/Diff.h"

#include <QCoreApplication>

namespace ensemble {

namespace {

// Unchanged lines shown around each change.
constexpr int contextLines = 2;

QList<QStringView> linesOf(QStringView text)
{
    QList<QStringView> lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // the text's final line feed
    return lines;
}

} // namespace

HistoryDiff historyDiff(const QString &from, const QString &to)
{
    HistoryDiff diff;
    QString &out = diff.text;
    const auto write = [&out](QStringView mark, QStringView line) {
        if (!out.isEmpty())
            out += u'\n';
        out += mark;
        out += line;
    };
    const QStringView kept = u"  ";
    qsizetype at = 0; // in from
    lineDiff(from, to).forEachComponent([&](TextOperation::Kind kind, qsizetype length,
                                            QStringView inserted) {
        switch (kind) {
        case TextOperation::Kind::Retain: {
            const QList<QStringView> lines = linesOf(QStringView(from).mid(at, length));
            at += length;
            if (lines.size() <= 2 * contextLines + 1) {
                for (const QStringView line : lines)
                    write(kept, line);
                break;
            }
            for (int i = 0; i < contextLines; ++i)
                write(kept, lines.at(i));
            write(u"  … ",
                  // The view's messages, under its name: this runs outside any QObject.
                  QCoreApplication::translate("ensemble::HistoryDiffView", "unchanged lines: %1")
                      .arg(lines.size() - 2 * contextLines));
            for (qsizetype i = lines.size() - contextLines; i < lines.size(); ++i)
                write(kept, lines.at(i));
            break;
        }
        case TextOperation::Kind::Delete:
            for (const QStringView line : linesOf(QStringView(from).mid(at, length))) {
                write(u"- ", line);
                ++diff.removed;
            }
            at += length;
            break;
        case TextOperation::Kind::Insert:
            for (const QStringView line : linesOf(inserted)) {
                write(u"+ ", line);
                ++diff.added;
            }
            break;
        }
    });
    if (diff.added == 0 && diff.removed == 0)
        diff.text = QCoreApplication::translate("ensemble::HistoryDiffView", "No changes.");
    return diff;
}

} // namespace ensemble
