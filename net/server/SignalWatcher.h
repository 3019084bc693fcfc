#pragma once

#include <QObject>

class QSocketNotifier;

namespace ensemble {

/// Turns SIGINT and SIGTERM into a Qt signal, through a self-pipe: the handler only writes one
/// byte, which is all a signal handler may safely do, and the event loop does the rest.
/// Does nothing on platforms without POSIX signals.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    /// Installs the handlers; only one watcher may exist at a time.
    explicit SignalWatcher(QObject *parent = nullptr);
    /// Restores the default handlers.
    ~SignalWatcher() override;

signals:
    /// SIGINT or SIGTERM arrived (@p signalNumber says which).
    void received(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace ensemble
