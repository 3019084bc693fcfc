#include "session/ParticipantsPanel.h"

#include "session/CollaborationController.h"
#include "session/CurrentSession.h"

#include <QAction>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <algorithm>

namespace ensemble {

namespace {

// Item data: the participant's id, and whether they are someone else who is there (whom the host
// may remove and anyone may follow).
constexpr int userRole = Qt::UserRole;
constexpr int removableRole = Qt::UserRole + 1;

QIcon swatch(const QColor &color, bool faded)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QColor fill = color;
    if (faded)
        fill.setAlphaF(0.35f);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawEllipse(1, 1, 12, 12);
    painter.end();
    return pixmap;
}

} // namespace

ParticipantsPanel::ParticipantsPanel(CurrentSession &current, QWidget *parent)
    : QDockWidget(tr("Participants"), parent)
    , m_current(current)
    , m_list(new QListWidget)
{
    setObjectName(QStringLiteral("participantsPanel"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setWordWrap(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QListWidget::customContextMenuRequested, this,
            &ParticipantsPanel::showContextMenu);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &ParticipantsPanel::followItem);
    setWidget(m_list);
    connect(&current, &CurrentSession::changed, this, &ParticipantsPanel::refresh);
    refresh();
}

void ParticipantsPanel::refresh()
{
    m_list->clear();
    if (!m_current.client()) {
        auto *item = new QListWidgetItem(tr("This document is not shared."), m_list);
        item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        return;
    }
    const QColor greyed = palette().color(QPalette::Disabled, QPalette::Text);
    if (m_current.isConnectionLost()) {
        //: Participants panel, first line while the connection to the session is lost.
        auto *item = new QListWidgetItem(
            tr("Connection lost. Who is in the session is not known until it is back."), m_list);
        item->setForeground(greyed);
    }
    for (const SharedDocument::Member &member : m_current.members()) {
        QStringList notes;
        if (member.self) {
            //: Participants list, after a name: this is you.
            notes.append(tr("you"));
        }
        if (member.host) {
            //: Participants list, after a name: this person hosts the session (a noun).
            notes.append(tr("host"));
        }
        switch (member.presence) {
        case SharedDocument::Presence::Connected:
            //: Participants list, after a name: this person is in the session.
            notes.append(tr("connected"));
            break;
        case SharedDocument::Presence::Reconnecting:
            //: Participants list, after your own name: your connection is being restored.
            notes.append(tr("reconnecting"));
            break;
        case SharedDocument::Presence::Unknown:
            //: Participants list, after a name: this person was in the session when your
            //: connection was lost; whether they still are is not known.
            notes.append(tr("status unknown"));
            break;
        }
        const bool followed = m_current.isFollowing(member.participant.id);
        if (followed) {
            //: Participants list, after a name: your view follows this person's caret.
            notes.append(tr("following"));
        }
        //: Participants list entry: %1 a name, %2 notes such as "you, host, connected".
        QString text
            = tr("%1 (%2)").arg(member.participant.name, notes.join(tr(", ", "list separator")));
        const QString file = m_current.fileOf(member.participant.id);
        if (!file.isEmpty()) {
            //: Participants list, the line under a name: the shared folder's file they are in.
            text += u'\n' + tr("in %1").arg(file);
        }
        const bool present = member.presence == SharedDocument::Presence::Connected;
        auto *item
            = new QListWidgetItem(swatch(QColor(member.participant.color), !present), text, m_list);
        item->setData(userRole, member.participant.id);
        item->setData(removableRole, !member.self && present);
        if (!present)
            item->setForeground(greyed);
        if (followed) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
    }
}

void ParticipantsPanel::followItem(const QListWidgetItem *item)
{
    if (item && m_current.client() && item->data(removableRole).toBool())
        m_current.follow(item->data(userRole).toInt());
}

QList<QAction *> ParticipantsPanel::actionsFor(const QListWidgetItem *item, QObject *parent) const
{
    SessionClient *client = m_current.client();
    if (!item || !client || !item->data(removableRole).toBool())
        return {};
    const int user = item->data(userRole).toInt();
    const QList<Participant> others = client->participants();
    const auto found = std::find_if(others.cbegin(), others.cend(),
                                    [user](const Participant &p) { return p.id == user; });
    if (found == others.cend())
        return {};
    QList<QAction *> actions;
    if (m_current.isFollowing(user)) {
        //: Context menu of a participant: your view no longer follows their caret.
        auto *stop = new QAction(tr("Stop Following"), parent);
        connect(stop, &QAction::triggered, &m_current, &CurrentSession::stopFollowing);
        actions.append(stop);
    } else {
        //: Context menu of a participant: your view follows their caret as they move and type.
        auto *follow = new QAction(tr("Follow"), parent);
        connect(follow, &QAction::triggered, &m_current, [this, user] { m_current.follow(user); });
        actions.append(follow);
    }
    if (client->isOwner()) {
        //: Context menu of a participant: the host sends them out of the session (asks first).
        auto *remove = new QAction(tr("Remove from Session…"), parent);
        connect(remove, &QAction::triggered, client, [this, client, participant = *found] {
            m_current.collaboration().removeParticipant(*client, participant);
        });
        actions.append(remove);
    }
    return actions;
}

void ParticipantsPanel::showContextMenu(const QPoint &position)
{
    QMenu menu;
    menu.addActions(actionsFor(m_list->itemAt(position), &menu));
    if (!menu.isEmpty())
        menu.exec(m_list->viewport()->mapToGlobal(position));
}

} // namespace ensemble
