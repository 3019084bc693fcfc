#pragma once

#include <QDockWidget>

class QListWidget;

namespace ensemble {

class CollaborationController;

// A dock listing the current tab's session: everyone's name and colour, who hosts, who is
// connected and who went away.
class ParticipantsPanel : public QDockWidget
{
    Q_OBJECT

public:
    ParticipantsPanel(CollaborationController &collaboration, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

private:
    void refresh();

    CollaborationController &m_collaboration;
    QListWidget *m_list;
};

} // namespace ensemble
