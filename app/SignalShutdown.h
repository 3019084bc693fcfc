#pragma once

#include <QObject>

namespace ensemble {

class MainWindow;
class SignalWatcher;

// Ends the app on SIGTERM or SIGINT without a question, since nobody may be there to answer:
// hosted sessions end for their guests as when hosting stops, and a hosted document (or shared
// folder) with unsaved changes keeps its room's files, so that the next start offers it back as
// after a crash and nothing typed into it is lost.
class SignalShutdown : public QObject
{
    Q_OBJECT

public:
    explicit SignalShutdown(MainWindow &window, QObject *parent = nullptr);

private:
    void shutDown(int signalNumber);

    MainWindow &m_window;
    SignalWatcher *m_watcher;
};

} // namespace ensemble
