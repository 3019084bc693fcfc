#include "dialogs/IdentityFields.h"

#include <QColorDialog>
#include <QFormLayout>
#include <QLineEdit>
#include <QPixmap>
#include <QToolButton>

namespace ensemble {

IdentityFields::IdentityFields(const Identity &identity, QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(identity.name))
    , m_colorButton(new QToolButton)
    , m_color(identity.color)
{
    m_name->setMaxLength(64);
    m_name->setPlaceholderText(tr("How the others see you"));
    m_colorButton->setToolTip(tr("Your caret and selection colour in everyone's editor"));
    connect(m_colorButton, &QToolButton::clicked, this, &IdentityFields::chooseColor);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("Your &colour:"), m_colorButton);
    showColor();
}

Identity IdentityFields::identity() const
{
    return {m_name->text().trimmed(), m_color};
}

void IdentityFields::chooseColor()
{
    const QColor chosen = QColorDialog::getColor(QColor(m_color), this, tr("Your Colour"));
    if (chosen.isValid()) {
        m_color = chosen.name();
        showColor();
    }
}

void IdentityFields::showColor()
{
    QPixmap swatch(32, 16);
    swatch.fill(QColor(m_color));
    m_colorButton->setIcon(swatch);
    m_colorButton->setIconSize(swatch.size());
}

} // namespace ensemble
