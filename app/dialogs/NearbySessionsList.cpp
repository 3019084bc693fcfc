#include "dialogs/NearbySessionsList.h"

#include "AvahiBrowser.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace ensemble {

NearbySessionsList::NearbySessionsList(const QDBusConnection &bus, QWidget *parent)
    : QWidget(parent)
    , m_browser(new AvahiBrowser(bus, this))
    , m_list(new QListWidget)
    , m_status(new QLabel)
{
    m_list->setObjectName(QStringLiteral("nearbySessions"));
    m_list->setMaximumHeight(fontMetrics().height() * 6);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(QMargins());
    layout->addWidget(m_list);
    layout->addWidget(m_status);
    connect(m_browser, &AvahiBrowser::sessionFound, this, &NearbySessionsList::onFound);
    connect(m_browser, &AvahiBrowser::sessionLost, this, &NearbySessionsList::onLost);
    connect(m_browser, &AvahiBrowser::unavailable, this, &NearbySessionsList::onUnavailable);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            emit chosen(session(item));
    });
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit activated(session(item)); });
    updateStatus();
    m_browser->start();
}

QString NearbySessionsList::statusText() const
{
    return m_status->text();
}

NearbySession NearbySessionsList::session(const QListWidgetItem *item) const
{
    return m_sessions.value(item->data(Qt::UserRole).toString());
}

void NearbySessionsList::onFound(const NearbySession &session)
{
    m_sessions.insert(session.name, session);
    const Announcement &announced = session.announcement;
    const QString title = announced.title.isEmpty() ? session.name : announced.title;
    //: A session on the local network: the document's name, the host's name, their address.
    QString text = tr("%1 by %2 (%3)").arg(title, announced.hostName, session.address);
    if (announced.hasPassword)
        //: After a session nearby that asks for a password.
        text += u' ' + tr("[password]");
    QListWidgetItem *item = itemOf(session.name);
    if (!item) {
        item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, session.name);
    }
    item->setText(text);
    item->setToolTip(session.hasRoomId()
                         ? session.invite().toString()
                         : tr("The host keeps the room ID private: you need their invite."));
    m_list->sortItems();
    updateStatus();
}

void NearbySessionsList::onLost(const QString &name)
{
    m_sessions.remove(name);
    delete itemOf(name);
    updateStatus();
}

void NearbySessionsList::onUnavailable(avahi::Problem problem, const QString &detail)
{
    switch (problem) {
    case avahi::Problem::NoBus:
        m_problem = tr("Sessions nearby cannot be listed: there is no D-Bus system bus.");
        break;
    case avahi::Problem::NoDaemon:
        m_problem = tr("Sessions nearby cannot be listed: the Avahi daemon is not running.");
        break;
    case avahi::Problem::Failed:
    case avahi::Problem::None:
        m_problem = tr("Sessions nearby cannot be listed: %1").arg(detail);
        break;
    }
    updateStatus();
}

void NearbySessionsList::updateStatus()
{
    if (m_browser->problem() == avahi::Problem::None)
        m_problem.clear();
    if (!m_problem.isEmpty())
        m_status->setText(m_problem);
    else if (m_sessions.isEmpty())
        m_status->setText(tr("Looking for sessions on this network…"));
    else
        m_status->setText(tr("Pick a session to fill in its address."));
}

QListWidgetItem *NearbySessionsList::itemOf(const QString &name) const
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == name)
            return m_list->item(row);
    }
    return nullptr;
}

} // namespace ensemble
