#include "NoticeBar.h"

#include "ColorMath.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace ensemble {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_buttons(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    setAutoFillBackground(true);
    setFrameShape(QFrame::NoFrame);
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(QIcon(QStringLiteral(":/ensemble/icons/tab-close.svg")));
    m_close->setToolTip(tr("Dismiss"));
    connect(m_close, &QToolButton::clicked, this, &NoticeBar::dismiss);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(icon);
    layout->addWidget(m_label, 1);
    layout->addLayout(m_buttons);
    layout->addWidget(m_close);
    updateColors();
    hide();
}

void NoticeBar::showNotice(const QString &message, const QList<QAction *> &actions)
{
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_label->setText(message);
    for (QAction *action : actions) {
        auto *button = new QPushButton(action->text(), this);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(button, &QPushButton::clicked, this, &NoticeBar::dismiss);
        m_buttons->addWidget(button);
    }
    show();
}

void NoticeBar::dismiss()
{
    hide();
}

QString NoticeBar::message() const
{
    return isHidden() ? QString() : m_label->text();
}

void NoticeBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColors();
}

void NoticeBar::updateColors()
{
    // An amber tint of the window colour: noticeable in light and dark palettes alike.
    const QColor window = parentWidget() ? parentWidget()->palette().color(QPalette::Window)
                                         : palette().color(QPalette::Window);
    QPalette tinted = palette();
    const QColor background = mixColors(window, QColor(0xf0b400), isDark(window) ? 0.25 : 0.3);
    if (tinted.color(QPalette::Window) == background)
        return;
    tinted.setColor(QPalette::Window, background);
    setPalette(tinted);
}

} // namespace ensemble
