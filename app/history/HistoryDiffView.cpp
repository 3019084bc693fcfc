#include "history/HistoryDiffView.h"

#include <QFontDatabase>
#include <QPainter>
#include <QPromise>
#include <QTextBlock>
#include <QThreadPool>

namespace ensemble {

HistoryDiffView::HistoryDiffView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &HistoryDiffView::onFinished);
}

void HistoryDiffView::showDiff(const QString &from, const QString &to)
{
    // One at a time: while the slider moves, only the texts it rests on are worked out.
    if (m_watcher.isRunning()) {
        m_next.emplace(from, to);
        return;
    }
    start(from, to);
}

void HistoryDiffView::start(const QString &from, const QString &to)
{
    auto promise = std::make_shared<QPromise<HistoryDiff>>();
    m_watcher.setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, from, to] {
        promise->addResult(historyDiff(from, to));
        promise->finish();
    });
}

void HistoryDiffView::onFinished()
{
    if (m_watcher.future().resultCount() == 0)
        return;
    const HistoryDiff diff = m_watcher.result();
    m_watcher.setFuture(QFuture<HistoryDiff>());
    if (m_next) {
        // Superseded while it was worked out: the newer one is shown instead.
        const auto [from, to] = *std::exchange(m_next, std::nullopt);
        start(from, to);
        return;
    }
    setDiff(diff);
}

void HistoryDiffView::setDiff(const HistoryDiff &diff)
{
    m_added = diff.added;
    m_removed = diff.removed;
    setPlainText(diff.text);
    emit diffShown();
}

void HistoryDiffView::paintEvent(QPaintEvent *event)
{
    static const QColor added(40, 167, 69, 60);
    static const QColor removed(215, 58, 73, 60);
    if (m_added > 0 || m_removed > 0) {
        QPainter painter(viewport());
        const QPointF offset = contentOffset();
        const int bottom = event->rect().bottom();
        for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
            const QRectF box = blockBoundingGeometry(block).translated(offset);
            if (box.top() > bottom)
                break;
            // Each line starts with its mark (HistoryDiff).
            const QChar mark = document()->characterAt(block.position());
            if (mark == u'+' || mark == u'-')
                painter.fillRect(QRectF(0, box.top(), viewport()->width(), box.height()),
                                 mark == u'+' ? added : removed);
        }
    }
    QPlainTextEdit::paintEvent(event);
}

} // namespace ensemble
