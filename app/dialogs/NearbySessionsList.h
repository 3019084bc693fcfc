#pragma once

#include "Avahi.h"
#include "NearbySession.h"

#include <QDBusConnection>
#include <QHash>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace ensemble {

class AvahiBrowser;

// The Join dialog's "Sessions nearby": the sessions hosts announce on the local network, updated
// as they come and go, with a line saying what it is doing or why it finds nothing.
class NearbySessionsList : public QWidget
{
    Q_OBJECT

public:
    // Browses through bus's Avahi daemon (the system bus in the app).
    explicit NearbySessionsList(const QDBusConnection &bus, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QString statusText() const;
    // The session of a row of the list.
    NearbySession session(const QListWidgetItem *item) const;

signals:
    // The user picked a session (one click or the keyboard).
    void chosen(const ensemble::NearbySession &session);
    // The user double-clicked a session or pressed Enter on it.
    void activated(const ensemble::NearbySession &session);

private:
    void onFound(const NearbySession &session);
    void onLost(const QString &name);
    void onUnavailable(avahi::Problem problem, const QString &detail);
    void updateStatus();
    QListWidgetItem *itemOf(const QString &name) const;

    AvahiBrowser *m_browser;
    QListWidget *m_list;
    QLabel *m_status;
    QHash<QString, NearbySession> m_sessions;
    QString m_problem;
};

} // namespace ensemble
