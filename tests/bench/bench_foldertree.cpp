// Joining a shared folder of 1,000 files / 50 MB in a window (docs/PERFORMANCE.md, "Sharing a
// folder: joining and typing"): a RoomServer in its own thread holds the session, a guest's
// MainWindow (offscreen) joins it as a person does with an invite, and the clock stops at the
// first paint of the Session panel's tree holding every file. Printed: that time (median of 5
// joins, each a fresh window), the part from the folder session's join, and what the panel's
// refresh costs when someone moves to another file. Timings are only reported, never asserted.
#include "FolderPeers.h"
#include "RunUntil.h"
#include "server/RoomServer.h"
#include "session/SessionPanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QThread>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <algorithm>
#include <cstdio>

using namespace ensemble;
using namespace ensemble::bench;
using namespace ensemble::test;

namespace {

constexpr int files = 1000;
constexpr qsizetype fileLength = 50 * 1000;
constexpr int shown = files + 1; // and the room's first document, "untitled"

// A session of files documents of fileLength units each, on a RoomServer in its own thread.
class ServerThread : public QThread
{
public:
    ServerThread()
    {
        start();
        m_ready.acquire();
    }
    ~ServerThread() override
    {
        quit();
        wait();
    }
    Invite invite() const { return Invite(QStringLiteral("127.0.0.1"), m_port, m_room); }

protected:
    void run() override
    {
        ServerConfig config;
        config.limits.maxSessionTextLength = 64LL * 1024 * 1024;
        RoomServer server(config);
        if (!server.listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen");
        m_port = server.port();
        m_room = server.createRoom(QStringLiteral("untitled\n")).value();
        const QString text = QString(fileLength - 1, u'x') + u'\n';
        QList<std::pair<QString, QString>> batch;
        for (int i = 0; i < files; ++i)
            batch.append({QStringLiteral("src/module%1/file%2.cpp").arg(i / 50).arg(i), text});
        if (!server.addDocuments(m_room, batch).isEmpty())
            qFatal("cannot add the documents");
        m_ready.release();
        exec();
    }

private:
    QSemaphore m_ready;
    quint16 m_port = 0;
    QString m_room;
};

int filesShown(const QTreeWidget &tree)
{
    int count = 0;
    for (QTreeWidgetItemIterator it(const_cast<QTreeWidget *>(&tree),
                                    QTreeWidgetItemIterator::NoChildren);
         *it; ++it)
        ++count;
    return count;
}

// Stops a clock at the first paint of a tree's viewport that shows every file.
class FirstFullPaint : public QObject
{
public:
    FirstFullPaint(QTreeWidget &tree)
        : m_tree(tree)
    {
        tree.viewport()->installEventFilter(this);
        m_clock.start();
    }
    qint64 ns() const { return m_ns; }
    qint64 elapsedNs() const { return m_clock.nsecsElapsed(); }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_ns < 0 && filesShown(m_tree) == shown)
            m_ns = m_clock.nsecsElapsed();
        return false;
    }

private:
    QTreeWidget &m_tree;
    QElapsedTimer m_clock;
    qint64 m_ns = -1;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

class BenchFolderTree : public QObject
{
    Q_OBJECT

private slots:
    void joinToTreeOnScreen()
    {
        ServerThread server;
        std::printf("session of %d files, %.0f MB (UTF-16 units / 1e6)\n", files,
                    double(files) * double(fileLength) / 1e6);
        QList<double> total;
        QList<double> fromFolderHello;
        QList<double> presence;
        QList<double> changed;
        for (int run = 0; run < 5; ++run) {
            Peer guest(QStringLiteral("Ana"), QStringLiteral("#1e88e5"));
            guest.window.resize(1000, 700);
            auto *panel = guest.window.findChild<SessionPanel *>();
            QVERIFY(panel);
            FirstFullPaint paint(*panel->tree());
            qint64 folderHelloNs = -1;
            int changes = 0;
            // The guest's first connection speaks version 1; the session's answer makes the
            // window join again as a folder: that second join (its connect, hello and welcome)
            // starts the second figure.
            connect(&folders(guest), &FolderSessionController::sessionChanged, this, [&] {
                if (folderHelloNs >= 0 || !folders(guest).session())
                    return;
                folderHelloNs = paint.elapsedNs();
                connect(folders(guest).session(), &FolderSession::changed, this, [&] {
                    if (paint.ns() < 0)
                        ++changes;
                });
            });
            guest.collaboration().join(server.invite());
            QVERIFY(runUntil([&] { return paint.ns() >= 0; }, 30000));
            QVERIFY(folderHelloNs >= 0);
            total.append(double(paint.ns()) / 1e6);
            fromFolderHello.append(double(paint.ns() - folderHelloNs) / 1e6);
            changed.append(changes);
            QElapsedTimer clock;
            clock.start();
            constexpr int refreshes = 10;
            for (int i = 0; i < refreshes; ++i)
                panel->refresh();
            presence.append(double(clock.nsecsElapsed()) / 1e6 / refreshes);
            QCOMPARE(filesShown(*panel->tree()), shown);
        }
        std::printf("join to the Session panel's tree on screen with all %d files: %.1f ms median "
                    "of 5 (min %.1f, max %.1f); from the folder session's join %.1f ms; the "
                    "session changed %.0f times before; a refresh of the panel with the "
                    "tree unchanged (someone moving to another file) %.2f ms\n",
                    files, median(total), *std::min_element(total.cbegin(), total.cend()),
                    *std::max_element(total.cbegin(), total.cend()), median(fromFolderHello),
                    median(changed), median(presence));
    }
};

QTEST_MAIN(BenchFolderTree)
#include "bench_foldertree.moc"
