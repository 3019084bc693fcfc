#include "session/LastSeenRevisions.h"

#include "Settings.h"
#include "client/SessionClient.h"

namespace ensemble {

LastSeenRevisions::LastSeenRevisions(Settings &settings, SessionClient &client,
                                     const Invite &invite, QObject *parent)
    : QObject(parent)
    , m_settings(&settings)
    , m_room(invite.server() + u'/' + invite.roomId())
{
    const auto [epoch, revision] = settings.lastSeenRevision(m_room);
    if (revision >= 0)
        client.setLastSeen(epoch, revision);
    // Kept as it goes: the client may be gone before this is.
    connect(&client, &SessionClient::revisionChanged, this, [this, &client](qint64 revision) {
        m_epoch = client.epoch();
        m_revision = revision;
    });
}

LastSeenRevisions::~LastSeenRevisions()
{
    if (m_settings && m_revision >= 0 && !m_epoch.isEmpty())
        m_settings->setLastSeenRevision(m_room, m_epoch, m_revision);
}

} // namespace ensemble
