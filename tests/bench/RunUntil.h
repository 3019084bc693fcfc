#pragma once

#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QTimer>

namespace ensemble::bench {

// Runs the calling thread's event loop until done() holds or timeoutMs pass; true if done. Unlike
// QTRY_VERIFY it works in any thread and checks every 2 ms, which the delay figures need.
template<class Predicate> bool runUntil(Predicate done, int timeoutMs)
{
    QEventLoop loop;
    QTimer poll;
    QElapsedTimer elapsed;
    elapsed.start();
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || elapsed.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start(2);
    if (!done())
        loop.exec();
    return done();
}

} // namespace ensemble::bench
