#pragma once

#include <QDockWidget>

class QAction;
class QListWidget;
class QListWidgetItem;

namespace ensemble {

class CurrentSession;

// A dock listing the current session (CurrentSession: the current tab's, or the shared
// folder's): everyone's name and colour and who hosts, and in a shared folder the file each one
// is in; while the connection is lost, that it is, and that nobody's presence is known.
// Double-clicking someone else (or "Follow" in the context menu) follows them in the editor, from
// file to file in a shared folder; the followed row says so. The host can remove someone through
// the context menu.
class ParticipantsPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit ParticipantsPanel(CurrentSession &current, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    // What the context menu offers for item, as actions owned by parent: "Follow" (or "Stop
    // Following" when they are followed) for someone else who is there, and "Remove from
    // Session…" (which asks first) when this user owns the room.
    QList<QAction *> actionsFor(const QListWidgetItem *item, QObject *parent) const;

private:
    void refresh();
    void followItem(const QListWidgetItem *item);
    void showContextMenu(const QPoint &position);

    CurrentSession &m_current;
    QListWidget *m_list;
};

} // namespace ensemble
