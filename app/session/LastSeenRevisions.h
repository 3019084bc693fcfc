#pragma once

#include <QObject>
#include <QPointer>

namespace ensemble {

class Invite;
class SessionClient;
class Settings;

// Remembers, per room, the last revision this user's window saw of a one-document session, and
// tells the next join of that room (from this or a later run of the app), so that it can show
// what changed meanwhile ("while you were away", RecentEdits). Written when the session ends.
class LastSeenRevisions : public QObject
{
    Q_OBJECT

public:
    // For @p client joining @p invite; a child of @p parent.
    LastSeenRevisions(Settings &settings, SessionClient &client, const Invite &invite,
                      QObject *parent);
    ~LastSeenRevisions() override;

private:
    QPointer<Settings> m_settings; // gone first when a window is torn down with its tabs
    QString m_room;
    QString m_epoch;
    qint64 m_revision = -1;
};

} // namespace ensemble
