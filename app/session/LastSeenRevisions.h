#pragma once

#include <QObject>
#include <QPointer>

namespace ensemble {

class Invite;
class SessionClient;
class Settings;

// Remembers, per room and per document of a shared folder, what this user's window saw last (the
// revision in the settings, the text with SeenTexts) and tells the next join of that room (from
// this or a later run of the app), so that it can show what changed meanwhile ("while you were
// away", RecentEdits), by the history or, without it, by comparing texts. Written when the
// session is left or its client goes.
class LastSeenRevisions : public QObject
{
    Q_OBJECT

public:
    // For @p client joining @p invite (either protocol, as set before); a child of @p parent.
    LastSeenRevisions(Settings &settings, SessionClient &client, const Invite &invite,
                      QObject *parent);

private:
    void save(const SessionClient &client);
    QString keyOf(const QString &doc) const;

    QPointer<Settings> m_settings; // gone first when a window is torn down with its tabs
    QString m_room;
};

} // namespace ensemble
