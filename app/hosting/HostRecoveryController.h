#pragma once

#include <QObject>

namespace ensemble {

class CollaborationController;
struct AppContext;
struct InterruptedRoom;

// What to do, at start, with the rooms the app was hosting when it stopped unexpectedly: host
// them again (same address, room and revision, where the guests' clients are still trying to
// reconnect; a shared folder as a whole, through FolderSessionController), open their text as a
// document (one document's rooms only), discard them, or decide later. Nothing is deleted
// without the user saying so.
class HostRecoveryController : public QObject
{
    Q_OBJECT

public:
    HostRecoveryController(const AppContext &context, CollaborationController &collaboration,
                           QObject *parent);

    // Asks about every interrupted room, one after another.
    void offer();

private:
    void resume(const InterruptedRoom &room);
    void open(const InterruptedRoom &room);

    const AppContext &m_context;
    CollaborationController &m_collaboration;
};

} // namespace ensemble
