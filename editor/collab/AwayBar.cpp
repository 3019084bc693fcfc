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
    };
    addButton(tr("Next Change"), &AwayHighlighter::next);
    addButton(tr("Previous Change"), &AwayHighlighter::previous);
    addButton(tr("Dismiss"), &AwayHighlighter::dismiss);
    connect(highlighter, &AwayHighlighter::changed, this, &AwayBar::update);
    connect(highlighter, &QObject::destroyed, this, &QWidget::hide);
    update();
}

QString AwayBar::message() const
{
    return isHidden() ? QString() : m_label->text();
}

void AwayBar::update()
{
    const qsizetype count = m_highlighter ? m_highlighter->count() : 0;
    if (count == 0) {
        hide();
        return;
    }
    m_label->setText(tr("%n change(s) by %1 while you were away", nullptr, int(count))
                         .arg(QLocale().createSeparatedList(m_highlighter->authors())));
    show();
}

} // namespace ensemble
