#include "session/SummonController.h"

#include "NoticeBar.h"
#include "session/FolderSessionController.h"
#include "session/SessionPanel.h"

#include <QAction>
#include <utility>

namespace ensemble {

SummonController::SummonController(FolderSessionController &folders, SessionPanel &panel,
                                   QObject *parent)
    : QObject(parent)
    , m_folders(folders)
    , m_panel(panel)
    //: Answer to "Ana asks everyone to follow them": follow Ana from file to file.
    , m_follow(new QAction(tr("Follow"), this))
    //: Answer to "Ana asks everyone to follow them": stay where you are.
    , m_ignore(new QAction(tr("Ignore"), this))
{
    connect(m_follow, &QAction::triggered, this, [this] {
        if (m_summoner)
            m_folders.follow(std::exchange(m_summoner, 0));
    });
    connect(m_ignore, &QAction::triggered, this, [this] { m_summoner = 0; });
    connect(&folders, &FolderSessionController::sessionChanged, this,
            &SummonController::onSessionChanged);
    onSessionChanged();
}

void SummonController::summonEveryone()
{
    FolderSession *session = m_folders.session();
    if (!session)
        return;
    if (session->client().summon())
        emit notice(tr("Asked everyone to follow you"));
    else
        emit notice(tr("Not connected: nobody was asked to follow you"));
}

void SummonController::onSessionChanged()
{
    FolderSession *session = m_folders.session();
    if (!session) {
        m_summoner = 0;
        return;
    }
    connect(&session->client(), &SessionClient::summoned, this, &SummonController::onSummoned,
            Qt::UniqueConnection);
}

void SummonController::onSummoned(int user)
{
    FolderSession *session = m_folders.session();
    if (!session || user == m_folders.followed())
        return;
    for (const Participant &participant : session->client().participants()) {
        if (participant.id != user)
            continue;
        m_summoner = user;
        //: %1: who asks, in the Session panel of everyone else.
        m_panel.notice()->showNotice(tr("%1 asks everyone to follow them.").arg(participant.name),
                                     {m_follow, m_ignore});
        m_panel.show();
        return;
    }
}

} // namespace ensemble
