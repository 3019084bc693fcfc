#include "collab/AwayBar.h"

#include "ColorMath.h"
#include "collab/AwayHighlighter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace ensemble {

AwayBar::AwayBar(AwayHighlighter *highlighter, QWidget *parent)
    : QFrame(parent)
    , m_highlighter(highlighter)
    , m_label(new QLabel(this))
{
    setAutoFillBackground(true);
    setFrameShape(QFrame::NoFrame);
    // The marks' amber, as a tint of the window colour, so the bar and the marks read as one.
    const QColor window = palette().color(QPalette::Window);
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window,
                    mixColors(window, QColor(0xe0, 0x9a, 0x00), isDark(window) ? 0.25 : 0.2));
    setPalette(tinted);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 3, 6, 3);
    layout->addWidget(m_label, 1);
    const auto addButton = [this, layout](const QString &text, void (AwayHighlighter::*slot)()) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, m_highlighter, slot);
        layout->addWidget(button);
        return button;
    };
    m_steps = {addButton(tr("Next Change"), &AwayHighlighter::next),
               addButton(tr("Previous Change"), &AwayHighlighter::previous)};
    connect(addButton(tr("Dismiss"), &AwayHighlighter::dismiss), &QToolButton::clicked, this,
            [this] {
                m_notice.clear();
                update();
            });
    connect(highlighter, &AwayHighlighter::changed, this, &AwayBar::update);
    connect(highlighter, &QObject::destroyed, this, &QWidget::hide);
    update();
}

QString AwayBar::message() const
{
    return isHidden() ? QString() : m_label->text();
}

void AwayBar::showUnavailable(qint64 keptFrom)
{
    m_notice = keptFrom < 0 ? tr("Changes made while you were away are not available: the server "
                                 "keeps no history")
                            : tr("Changes made while you were away are not available: the server "
                                 "keeps history from revision %1")
                                  .arg(keptFrom);
    update();
}

void AwayBar::update()
{
    const qsizetype count = m_highlighter ? m_highlighter->count() : 0;
    if (count == 0 && m_notice.isEmpty()) {
        hide();
        return;
    }
    for (QWidget *step : std::as_const(m_steps))
        step->setVisible(count > 0);
    m_label->setText(count > 0 ? changesMessage(count) : m_notice);
    show();
}

QString AwayBar::changesMessage(qsizetype count) const
{
    const QString authors = QLocale().createSeparatedList(m_highlighter->authors());
    if (!m_highlighter->isComparison())
        return tr("%n change(s) by %1 while you were away", nullptr, int(count)).arg(authors);
    // Without the history, only a comparison with the text seen last: say what it cannot know.
    if (authors.isEmpty()) {
        return tr("%n change(s) while you were away; who made them and when is not known "
                  "(compared with the text you saw last)",
                  nullptr, int(count));
    }
    return tr("%n change(s) while you were away, text added by %1; who deleted text and when is "
              "not known (compared with the text you saw last)",
              nullptr, int(count))
        .arg(authors);
}

} // namespace ensemble
