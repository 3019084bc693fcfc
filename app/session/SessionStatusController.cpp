#include "session/SessionStatusController.h"

#include "session/CollaborationController.h"
#include "session/FolderSessionController.h"
#include "tls/Fingerprint.h"

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
    , m_encryption(new QLabel(&bar))
    , m_following(new QLabel(&bar))
{
    //: Tooltip of the status bar field showing the session's state.
    m_state->setToolTip(tr("Session"));
    //: "Session ▸ Participants" is the menu path: use the translated menu and entry names.
    m_participants->setToolTip(tr("People in the session (see Session ▸ Participants)"));
    //: Tooltip of the status bar field naming the participant whose caret the view follows.
    m_following->setToolTip(tr("Type, click in the editor or press Escape to stop following"));
    for (QLabel *label : {m_state, m_encryption, m_participants, m_following}) {
        label->setContentsMargins(8, 0, 8, 0);
        bar.insertPermanentWidget(0, label);
    }
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &SessionStatusController::refresh);
    connect(&collaboration, &CollaborationController::sessionsChanged, this,
            &SessionStatusController::refresh);
    // A field, not a passing message: a notice in the bar ("Ana created src/a.cpp") must not
    // take away whom the view follows.
    connect(&collaboration.folders(), &FolderSessionController::followingChanged, this,
            [this](const QString &name) {
                m_followedInFolder = name;
                refresh();
            });
    connect(&collaboration, &CollaborationController::notice, &bar,
            [&bar](const QString &text) { bar.showMessage(text, 5000); });
    refresh();
}

void SessionStatusController::refresh()
{
    const SharedDocument *session = m_collaboration.currentSession();
    for (QLabel *label : {m_state, m_encryption, m_participants})
        label->setVisible(session != nullptr);
    QString followed = session ? session->followedName() : QString();
    if (followed.isEmpty())
        followed = m_followedInFolder;
    //: Status bar: the view follows this participant's caret; %1 their name.
    m_following->setText(followed.isEmpty() ? QString() : tr("Following %1").arg(followed));
    m_following->setVisible(!followed.isEmpty());
    if (!session) {
        m_tick.stop();
        return;
    }
    m_state->setText(session->statusText());
    qsizetype present = 0;
    for (const SharedDocument::Member &member : session->members())
        present += member.presence == SharedDocument::Presence::Connected ? 1 : 0;
    //: Status bar, instead of the participant count while the connection is lost.
    m_participants->setText(session->isConnectionLost()
                                ? tr("Participants unknown")
                                : tr("%n participant(s)", nullptr, int(present)));
    const SessionClient &client = session->client();
    //: Status bar: whether the session's connection is encrypted (TLS).
    m_encryption->setText(client.isEncrypted() ? tr("Encrypted") : tr("Not encrypted"));
    if (!client.isEncrypted()) {
        m_encryption->setToolTip(tr("The connection is not encrypted: others on the network can "
                                    "read the document as it travels."));
    } else if (client.serverCertificate().isEmpty()) {
        m_encryption->setToolTip(tr("The connection is encrypted (TLS)."));
    } else {
        m_encryption->setToolTip(tr("The connection is encrypted (TLS). Server certificate "
                                    "SHA-256: %1")
                                     .arg(displayFingerprint(client.serverCertificate())));
    }
    if (session->client().state() == SessionClient::State::Reconnecting)
        m_tick.start();
    else
        m_tick.stop();
}

} // namespace ensemble
