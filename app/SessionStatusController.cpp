#include "SessionStatusController.h"

#include "CollaborationController.h"

#include <QLabel>
#include <QStatusBar>

namespace ensemble {

SessionStatusController::SessionStatusController(QStatusBar &bar,
                                                 CollaborationController &collaboration,
                                                 QObject *parent)
    : QObject(parent)
    , m_collaboration(collaboration)
    , m_state(new QLabel(&bar))
    , m_participants(new QLabel(&bar))
{
    //: Tooltip of the status bar field showing the session's state.
    m_state->setToolTip(tr("Session"));
    //: "Session ▸ Participants" is the menu path: use the translated menu and entry names.
    m_participants->setToolTip(tr("People in the session (see Session ▸ Participants)"));
    for (QLabel *label : {m_state, m_participants}) {
        label->setContentsMargins(8, 0, 8, 0);
        bar.insertPermanentWidget(0, label);
    }
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &SessionStatusController::refresh);
    connect(&collaboration, &CollaborationController::sessionsChanged, this,
            &SessionStatusController::refresh);
    connect(&collaboration, &CollaborationController::notice, &bar,
            [&bar](const QString &text) { bar.showMessage(text, 5000); });
    refresh();
}

void SessionStatusController::refresh()
{
    const SharedDocument *session = m_collaboration.currentSession();
    m_state->setVisible(session != nullptr);
    m_participants->setVisible(session != nullptr);
    if (!session) {
        m_tick.stop();
        return;
    }
    m_state->setText(session->statusText());
    qsizetype present = 0;
    for (const SharedDocument::Member &member : session->members())
        present += member.away ? 0 : 1;
    m_participants->setText(tr("%n participant(s)", nullptr, int(present)));
    if (session->client().state() == SessionClient::State::Reconnecting)
        m_tick.start();
    else
        m_tick.stop();
}

} // namespace ensemble
